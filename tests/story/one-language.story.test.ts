// A leerlijn speaks its own language to everyone, from the start to the export: a whole walk in
// English (and in Dutch), and nothing any person saw — the channel, their private chat, what the
// bot answered them, the PDFs — has a word that only the other language's texts use.
import { describe, expect } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { formatShortDate } from '../../src/i18n/format.js';
import { t, type MessageKey } from '../../src/i18n/index.js';
import { pdfText } from '../documents/pdf-text.js';
import { otherLanguageWords } from './language.js';
import { PLATFORMS, story, type Matrix, type Person, type Story } from './story.js';

const WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};
const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [3, 3, 3], A1: [3, 3, 3], A2: [3, 3, 3], A3: [3, 3, 3],
  B1: [3, 3, 3], B2: [3, 3, 3], T1: [3, 3, 3], T2: [3, 3, 3], T3: [2, 2, 2],
};

// A start on Monday 2 February 2026 at 15.30 Amsterdam time (see walk.story.test.ts).
const ACTIEPLAN_INVITE = '2026-02-09T08:01:00Z';
const SIGNALERING = '2026-02-02T14:31:00Z';
const ACTIEPLAN = '2026-02-16T14:31:00Z';
const ACTION_DUE_SOON = '2026-03-12T08:01:00Z';
const ACTION_OVERDUE = '2026-03-16T08:01:00Z';
const TERUGKOM_EVE = '2026-03-29T08:01:00Z'; // the day before: its short reminder
const TERUGKOM = '2026-03-30T13:31:00Z';
const EINDEVALUATIE = '2026-05-26T13:31:00Z';
const NEW_EVALUATION_INVITE = '2026-09-07T07:01:00Z';

/** What the team types, in the leerlijn's language. */
const TYPED = {
  nl: { school: 'De Horizon', wat: 'We weten niet wat de ander doet', eind: 'Elke maand samen terugkijken', actie: 'Maandoverleg plannen', half: 'Half gelukt', heel: 'Gelukt' },
  en: { school: 'Riverside School', wat: 'We do not know what the other does', eind: 'Every month we review together', actie: 'Plan a monthly meeting', half: 'Halfway there', heel: 'Done well' },
} as const;

/** Everything the bot answered each person, step by step, kept as the story goes. */
class Seen {
  readonly answers: string[] = [];
  constructor(private readonly s: Story) {}
  async after(p: Person, step: Promise<void>): Promise<void> {
    await step;
    this.answers.push(this.s.d.lastAnswer(p), this.s.d.lastAnswerToAll(p));
  }
}

async function walk(s: Story, lang: Lang, seen: Seen): Promise<string[]> {
  const say = (key: MessageKey, params?: Record<string, string>): string => t(lang, key, params);
  const button = (code: string): string => say(`guide.button.coordinator.${code}` as MessageKey);
  const typed = TYPED[lang];
  const anna = s.coordinator('anna');
  const team = s.members(3);
  const [, bram, chen] = team as [Person, Person, Person];
  const pdfs: string[] = [];
  // Their text (the step documents' file names have a test of their own).
  const keepPdfs = async (): Promise<void> => {
    for (const d of await s.d.newChannelDocuments()) pdfs.push((await pdfText(d.bytes)).text);
  };
  // The PDFs are opened when they come: a Teams link is valid for hours, not weeks.
  const timePasses = async (iso: string): Promise<void> => {
    await s.timePasses(iso);
    await keepPdfs();
  };

  await seen.after(anna, s.start({ by: anna, school: typed.school, members: team, lang }));
  await seen.after(anna, s.press(anna, button('set_team_sides')));
  if (s.platform === 'slack') await seen.after(anna, s.press(anna, say('team.title')));
  await seen.after(anna, s.fillTeam(anna, [
    { person: anna, side: 'school', level: 'manager' },
    { person: bram, side: 'jongerenwerk', level: 'uitvoerder' },
    { person: chen, side: 'school', level: 'uitvoerder' },
  ]));
  await seen.after(anna, s.press(anna, button('plan_meetings')));
  await seen.after(anna, s.press(anna, say('guide.holiday.moveTo', { date: formatShortDate(lang, '2026-05-26') })));

  await timePasses(SIGNALERING);
  // Refusals, to a member and to someone of the channel outside the team, and a vote's answer.
  await seen.after(bram, s.press(bram, button('open_round'), 'channel'));
  await seen.after(anna, s.press(anna, button('open_round'), 'channel'));
  await seen.after(s.outsider(), s.vote(s.outsider(), 'P1', 2));
  await seen.after(bram, s.vote(bram, 'P2', 2));
  await seen.after(bram, s.command(bram, 'sluit'));
  await seen.after(bram, s.command(bram, 'onbekend'));
  // Someone not the coordinator sends the planning's button the coordinator was shown (its id is forgeable).
  if (s.platform === 'slack') {
    await seen.after(anna, s.command(anna, 'planning'));
    await seen.after(bram, s.d.pressShown(bram, { label: say('timeline.button.move'), shownTo: { person: anna, in: 'answer' } }, 'channel'));
    await seen.after(s.outsider(), s.d.pressShown(s.outsider(), { label: say('timeline.button.roles'), shownTo: { person: anna, in: 'answer' } }, 'channel'));
  }
  await s.voteMatrix(team, WEEK1);
  await seen.after(anna, s.press(anna, say('round.button.close'), 'channel'));
  await seen.after(anna, s.agreeAll(anna));
  await seen.after(anna, s.agree(anna, 'P1', 2));
  await keepPdfs();

  await timePasses(ACTIEPLAN_INVITE);
  await timePasses(ACTIEPLAN);
  await seen.after(bram, s.press(bram, button('fill_actieplan'), 'channel'));
  await seen.after(anna, s.press(anna, button('fill_actieplan'), 'channel'));
  await seen.after(anna, s.addPlanItem(anna, {
    onderdeel: 'P1', watKanBeter: typed.wat, gewensteEindsituatie: typed.eind,
    actions: [{ description: typed.actie, owner: bram, due: '2026-03-13' }],
  }, true));
  // A form sent back: what it says beside its fields.
  await seen.after(anna, s.addPlanItem(anna, { onderdeel: 'P2', watKanBeter: '', gewensteEindsituatie: '', actions: [] }));
  seen.answers.push(...Object.values(s.d.formProblems(anna)));
  await timePasses(ACTION_DUE_SOON);
  await seen.after(bram, s.setStatus(bram, typed.actie, 'bezig'));
  await timePasses(ACTION_OVERDUE);

  await timePasses(TERUGKOM_EVE);
  await timePasses(TERUGKOM);
  await seen.after(anna, s.press(anna, button('fill_terugkom'), 'channel'));
  await seen.after(anna, s.evaluate(anna, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2, toelichting: typed.half }, true));

  await timePasses(EINDEVALUATIE);
  await seen.after(anna, s.press(anna, button('fill_eindevaluatie'), 'channel'));
  await seen.after(anna, s.evaluate(anna, { moment: 'eind', onderdeel: 'P1', bereikt: 3, toelichting: typed.heel }, true));
  await s.voteMatrix(team, WEEK17);
  await seen.after(anna, s.press(anna, say('round.button.close'), 'channel'));
  await seen.after(anna, s.agreeAll(anna));
  await keepPdfs();
  await seen.after(anna, s.press(anna, button('compare')));
  await keepPdfs();
  await seen.after(anna, s.press(anna, button('plan_new_evaluation')));
  await seen.after(anna, s.fillMeetingDate(anna, '2026-09-14', '15:30'));
  await timePasses(NEW_EVALUATION_INVITE);

  for (const words of ['status', 'team', 'help', 'acties', 'export']) await seen.after(anna, s.command(anna, words));
  await seen.after(bram, s.command(bram, 'status'));
  return pdfs;
}

describe.each(PLATFORMS.flatMap((platform) => (['en', 'nl'] as const).map((lang) => [platform, lang] as const)))('on %s, a leerlijn in %s', (platform, lang) => {
  story(platform, 'says nothing in the other language to anyone, from the start to the export', async (s) => {
    const seen = new Seen(s);
    const pdfs = await walk(s, lang, seen);
    const everywhere: Record<string, string> = {
      channel: s.d.channel(),
      ...Object.fromEntries([...s.members(3), s.outsider()].map((p) => [`private chat of ${p.key}`, s.d.privateChat(p)])),
      answers: seen.answers.join('\n'),
      pdfs: pdfs.join('\n'),
    };
    // The youth organisation's name is what the start form was given (JoU), not the bot's words.
    const leaks = Object.entries(everywhere).map(([where, text]) => [where, otherLanguageWords(text, lang, ['JoU'])] as const).filter(([, words]) => words.length > 0);
    expect(Object.fromEntries(leaks), `${platform}, ${lang}`).toEqual({});
    // What was looked at is there: the round, a form's problems, the comparison, the export.
    expect(everywhere.channel).toContain(t(lang, 'guide.button.coordinator.open_round'));
    expect(everywhere.answers).toContain(t(lang, 'field.required'));
    expect(everywhere.channel).toContain(t(lang, 'compare.heading'));
    expect(everywhere.channel).toContain(t(lang, 'reminder.dayBefore', { meeting: '', time: '15:30' }).trim());
    const exported = `${everywhere.answers}${everywhere['private chat of anna']}`;
    expect([t(lang, 'export.ready'), t(lang, 'export.sentPrivately'), t(lang, 'teams.exportInChat')].filter((said) => exported.includes(said))).not.toEqual([]);
    expect(pdfs.length).toBeGreaterThan(4);
  }, 400_000);
});
