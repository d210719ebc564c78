// A leerlijn speaks its own language to everyone, from the start to the export: a whole walk in
// English (and in Dutch), and nothing any person saw — the channel, their private chat, what the
// bot answered them, the PDFs — has a word that only the other language's texts use.
import { describe, expect } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { formatShortDate } from '../../src/i18n/format.js';
import { t, type MessageKey } from '../../src/i18n/index.js';
import { pdfText } from '../documents/pdf-text.js';
import { otherLanguageWords } from './language.js';
import { PLATFORMS, story, type Person, type Story } from './story.js';
import { ACTIEPLAN, EINDEVALUATIE, NEW_EVALUATION_INVITE, SIGNALERING, TERUGKOM, WEEK1, WEEK17 } from './walk-timeline.js';

// Beside the walk's meetings (walk-timeline.ts): the moments this story looks in between.
const ACTIEPLAN_INVITE = '2026-02-09T08:01:00Z';
const ACTION_DUE_SOON = '2026-03-12T08:01:00Z';
const ACTION_OVERDUE = '2026-03-16T08:01:00Z';
const TERUGKOM_EVE = '2026-03-29T08:01:00Z'; // the day before: its short reminder

/** What the team types, in the leerlijn's language. */
const TYPED = {
  nl: { school: 'De Horizon', wat: 'We weten niet wat de ander doet', eind: 'Elke maand samen terugkijken', actie: 'Maandoverleg plannen', half: 'Half gelukt', heel: 'Gelukt' },
  en: { school: 'Riverside School', wat: 'We do not know what the other does', eind: 'Every month we review together', actie: 'Plan a monthly meeting', half: 'Halfway there', heel: 'Done well' },
} as const;

/** A walk through a leerlijn in one language, keeping everything the bot answered each person and the text of each PDF. */
class Walk {
  readonly answers: string[] = [];
  readonly pdfs: string[] = [];
  readonly typed: (typeof TYPED)[Lang];
  readonly anna: Person;
  readonly team: Person[];
  readonly bram: Person;

  constructor(readonly s: Story, readonly lang: Lang) {
    this.typed = TYPED[lang];
    this.anna = s.coordinator('anna');
    this.team = s.members(3);
    this.bram = this.team[1]!;
  }

  say(key: MessageKey, params?: Record<string, string>): string {
    return t(this.lang, key, params);
  }

  /** A step of this person; then what the bot answered them (and everyone, where answers are posts). */
  async by(p: Person, step: Promise<void>): Promise<void> {
    await step;
    this.answers.push(this.s.d.lastAnswer(p), this.s.d.lastAnswerToAll(p));
  }

  /** Their file name and text. */
  async keepPdfs(): Promise<void> {
    for (const d of await this.s.d.newChannelDocuments()) this.pdfs.push(`${d.name}\n${(await pdfText(d.bytes)).text}`);
  }

  /** The PDFs are opened when they come: a Teams link is valid for hours, not weeks. */
  async timePasses(iso: string): Promise<void> {
    await this.s.timePasses(iso);
    await this.keepPdfs();
  }
}

async function startAndPlan(w: Walk): Promise<void> {
  const { s, anna, bram, team } = w;
  await w.by(anna, s.start({ by: anna, school: w.typed.school, members: team, lang: w.lang }));
  await w.by(anna, s.press(anna, s.button('set_team_sides')));
  if (s.platform === 'slack') await w.by(anna, s.press(anna, w.say('team.title')));
  await w.by(anna, s.fillTeam(anna, [
    { person: anna, side: 'school', level: 'manager' },
    { person: bram, side: 'jongerenwerk', level: 'uitvoerder' },
    { person: team[2]!, side: 'school', level: 'uitvoerder' },
  ]));
  await w.by(anna, s.press(anna, s.button('plan_meetings')));
  await w.by(anna, s.press(anna, w.say('guide.holiday.moveTo', { date: formatShortDate(w.lang, '2026-05-26') })));
}

async function week1(w: Walk): Promise<void> {
  const { s, anna, bram } = w;
  await w.timePasses(SIGNALERING);
  // Refusals, to a member and to someone of the channel outside the team, and a vote's answer.
  await w.by(bram, s.press(bram, s.button('open_round'), 'channel'));
  await w.by(anna, s.press(anna, s.button('open_round'), 'channel'));
  await w.by(s.outsider(), s.vote(s.outsider(), 'P1', 2));
  await w.by(bram, s.vote(bram, 'P2', 2));
  await w.by(bram, s.command(bram, 'sluit'));
  // A word of neither language: what is typed is said back, and is no word of the bot's.
  await w.by(bram, s.command(bram, 'xyzzy'));
  // Someone not the coordinator sends the planning's button the coordinator was shown (its id is forgeable).
  if (s.platform === 'slack') {
    await w.by(anna, s.command(anna, 'planning'));
    await w.by(bram, s.d.pressShown(bram, { label: w.say('timeline.button.move'), shownTo: { person: anna, in: 'answer' } }, 'channel'));
    await w.by(s.outsider(), s.d.pressShown(s.outsider(), { label: w.say('timeline.button.roles'), shownTo: { person: anna, in: 'answer' } }, 'channel'));
  }
  await s.voteMatrix(w.team, WEEK1);
  await w.by(anna, s.press(anna, s.button('close_round'), 'channel'));
  await w.by(anna, s.agreeAll(anna));
  await w.by(anna, s.agree(anna, 'P1', 2));
  await w.keepPdfs();
}

async function actieplan(w: Walk): Promise<void> {
  const { s, anna, bram, typed } = w;
  await w.timePasses(ACTIEPLAN_INVITE);
  await w.timePasses(ACTIEPLAN);
  await w.by(bram, s.press(bram, s.button('fill_actieplan'), 'channel'));
  await w.by(anna, s.press(anna, s.button('fill_actieplan'), 'channel'));
  await w.by(anna, s.addPlanItem(anna, {
    onderdeel: 'P1', watKanBeter: typed.wat, gewensteEindsituatie: typed.eind,
    actions: [{ description: typed.actie, owner: bram, due: '2026-03-13' }],
  }, true));
  // A form sent back: what it says beside its fields.
  await w.by(anna, s.addPlanItem(anna, { onderdeel: 'P2', watKanBeter: '', gewensteEindsituatie: '', actions: [] }));
  w.answers.push(...Object.values(s.d.formProblems(anna)));
  await w.timePasses(ACTION_DUE_SOON);
  await w.by(bram, s.setStatus(bram, typed.actie, 'bezig'));
  await w.timePasses(ACTION_OVERDUE);
}

async function evaluationsToExport(w: Walk): Promise<void> {
  const { s, anna, bram, typed } = w;
  await w.timePasses(TERUGKOM_EVE);
  await w.timePasses(TERUGKOM);
  await w.by(anna, s.press(anna, s.button('fill_terugkom'), 'channel'));
  await w.by(anna, s.evaluate(anna, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2, toelichting: typed.half }, true));
  await w.timePasses(EINDEVALUATIE);
  await w.by(anna, s.press(anna, s.button('fill_eindevaluatie'), 'channel'));
  await w.by(anna, s.evaluate(anna, { moment: 'eind', onderdeel: 'P1', bereikt: 3, toelichting: typed.heel }, true));
  await s.voteMatrix(w.team, WEEK17);
  await w.by(anna, s.press(anna, s.button('close_round'), 'channel'));
  await w.by(anna, s.agreeAll(anna));
  await w.keepPdfs();
  await w.by(anna, s.press(anna, s.button('compare')));
  await w.keepPdfs();
  await w.by(anna, s.press(anna, s.button('plan_new_evaluation')));
  await w.by(anna, s.fillMeetingDate(anna, '2026-09-14', '15:30'));
  await w.timePasses(NEW_EVALUATION_INVITE);
  for (const words of ['status', 'team', 'help', 'acties', 'export']) await w.by(anna, s.command(anna, words));
  await w.by(bram, s.command(bram, 'status'));
}

describe.each(PLATFORMS.flatMap((platform) => (['en', 'nl'] as const).map((lang) => [platform, lang] as const)))('on %s, a leerlijn in %s', (platform, lang) => {
  story(platform, 'says nothing in the other language to anyone, from the start to the export', async (s) => {
    const w = new Walk(s, lang);
    for (const part of [startAndPlan, week1, actieplan, evaluationsToExport]) await part(w);
    const everywhere: Record<string, string> = {
      channel: s.d.channel(),
      ...Object.fromEntries([...s.members(3), s.outsider()].map((p) => [`private chat of ${p.key}`, s.d.privateChat(p)])),
      answers: w.answers.join('\n'),
      pdfs: w.pdfs.join('\n'),
    };
    // The youth organisation's name is what the start form was given (JoU), not the bot's words.
    const leaks = Object.entries(everywhere).map(([where, text]) => [where, otherLanguageWords(text, lang, ['JoU'])] as const).filter(([, words]) => words.length > 0);
    expect(Object.fromEntries(leaks), `${platform}, ${lang}`).toEqual({});
    // What was looked at is there: the round, a form's problems, the comparison, the export.
    expect(everywhere.channel).toContain(t(lang, 'guide.button.coordinator.open_round'));
    expect(everywhere.answers).toContain(t(lang, 'field.required'));
    expect(everywhere.channel).toContain(t(lang, 'compare.heading'));
    expect(everywhere.channel).toContain(t(lang, 'reminder.dayBefore', { meeting: '', time: lang === 'nl' ? '15.30 uur' : '15:30' }).trim());
    const exported = `${everywhere.answers}${everywhere['private chat of anna']}`;
    expect([t(lang, 'export.ready'), t(lang, 'export.sentPrivately'), t(lang, 'teams.exportInChat')].filter((said) => exported.includes(said))).not.toEqual([]);
    expect(w.pdfs.length).toBeGreaterThan(4);
  }, 400_000);
});
