// The English catalogue is English: every text translated (but those both languages say alike),
// and the commands it tells people to type spelled in English: a Dutch command word (`scores
// eind`) works, but an English team cannot know what it means. Only the line that says the Dutch
// names work too shows one on purpose.
import { describe, expect, it } from 'vitest';
import { catalogueKeys, hasKey, template, type Lang, type MessageKey } from '../../src/i18n/index.js';

const KEYS: MessageKey[] = catalogueKeys('nl').filter(hasKey);
const ON_PURPOSE: readonly string[] = ['command.help.aliases'];

const spans = (text: string): string[] => [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1]!);
const prose = (text: string): string => text.replace(/`[^`]*`/g, ' ');
const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** Words the English texts use as English: in their sentences, or in a command spelled otherwise than in Dutch. */
function englishWords(): Set<string> {
  const out = new Set<string>();
  for (const key of KEYS) {
    const nlSpans = spans(template('nl', key));
    const en = template('en', key);
    words(prose(en)).forEach((w) => out.add(w));
    spans(en).filter((s) => !nlSpans.includes(s)).flatMap(words).forEach((w) => out.add(w));
  }
  return out;
}

const commandsIn = (lang: Lang, key: MessageKey): string[] => spans(template(lang, key));

describe('the English catalogue', () => {
  it('spells every command it suggests in English', () => {
    const english = englishWords();
    const dutch = new Set(KEYS.flatMap((k) => commandsIn('nl', k)).flatMap(words).filter((w) => !english.has(w)));
    const found = KEYS.filter((k) => !ON_PURPOSE.includes(k))
      .flatMap((k) => commandsIn('en', k).filter((c) => words(c).some((w) => dutch.has(w))).map((c) => `${k}: ${c}`));
    expect(found).toEqual([]);
    // It would see one: the Dutch command for closing a round.
    expect(dutch.has('sluit')).toBe(true);
  });
});

describe('the English catalogue beside the Dutch one', () => {
  // Where both languages say the same: names, numbers, loanwords (Team, Manager, Status, Start).
  const SAME_IN_BOTH = new Set([
    'side.school', 'level.manager', 'team.heading', 'moment.short.week1', 'moment.short.week17', 'action.previousStatus',
    'card.button.vote', 'myData.votes', 'start.submit', 'start.langName.nl', 'start.langName.en', 'timeline.week',
    'plan.week1Score', 'guide.count.week.one', 'documents.chart.week1', 'documents.chart.week17',
    'documents.alt.score', 'documents.alt.compareItem', 'documents.alt.compareTotals', 'documents.pdf.school', 'documents.pdf.action', 'documents.pdf.cut', 'documents.pdf.col.status',
    'documents.csv.school', 'documents.csv.code', 'documents.csv.status', 'documents.csv.moment', 'documents.csv.score',
  ]);

  it('translates every text, but those that read the same in both languages', () => {
    expect(KEYS.filter((k) => template('en', k) === template('nl', k) && !SAME_IN_BOTH.has(k))).toEqual([]);
  });
});

describe('the English catalogue, by the command registry', () => {
  it('writes each command that has an English word with it (`/leerlijn schedule`, not `/leerlijn planning`)', async () => {
    const { COMMANDS } = await import('../../src/app/flows/registry.js');
    // A command whose English help line spells it otherwise than its (Dutch) name: `planning` is `schedule`.
    const dutchOnly = COMMANDS.filter((c) => !template('en', `command.help.${c.helpKey}` as MessageKey).startsWith(`\`/leerlijn ${c.name}`)).map((c) => c.name as string);
    const found = KEYS.filter((k) => !ON_PURPOSE.includes(k)).flatMap((k) =>
      dutchOnly.filter((name) => new RegExp(`/leerlijn ${name}(?![\\w-])`).test(template('en', k))).map((name) => `${k}: ${name}`));
    expect(found).toEqual([]);
  });
});

describe('the English catalogue\'s words', () => {
  it('calls the meetings\' planning the schedule, as its title and command do (Dutch "planning" read as a Dutch word)', () => {
    const found = KEYS.filter((k) => !ON_PURPOSE.includes(k) && /\bplanning\b/i.test(prose(template('en', k))));
    expect(found).toEqual([]);
  });
});

describe('the English catalogue\'s document names', () => {
  it('names the filled documents in English, as its invitations and PDFs do (\'Filled Signaleringsinstrument\' stood beside \'Filled-in assessment instrument\')', () => {
    const found = KEYS.filter((k) => /Signaleringsinstrument|Evaluatielijst|Actieplan/.test(template('en', k)));
    expect(found).toEqual([]);
  });
});

describe('the English catalogue\'s roles', () => {
  it('names the meeting roles minute-taker and form-filler, as its forms and reminders do (the help said "picks the notulist and invuller")', () => {
    const found = KEYS.filter((k) => /\b(notulist|invuller)s?\b/i.test(prose(template('en', k)).replace(/\{\w+\}/g, ' ')));
    expect(found).toEqual([]);
  });
});

describe('the English catalogue\'s tenses', () => {
  it('says what happens on a day to come as English does: \'then I will delete it\', not \'then I delete it\'; \'the coordinator can export it\', not \'exports it first\'', () => {
    const found = KEYS.filter((k) => /\bI delete\b|\bexports it first\b/.test(template('en', k)));
    expect(found).toEqual([]);
  });
});

describe('the English catalogue\'s pronouns', () => {
  it('names someone the bot cannot reach, then says "they": not "Dewi Test" four times in one notice', () => {
    const names = (key: MessageKey): number => template('en', key).split('{name}').length - 1;
    expect(names('reminder.recipientGone')).toBeLessThanOrEqual(2);
    expect(template('en', 'reminder.recipientGone')).toMatch(/\bthem\b/);
  });
});

describe('the English catalogue\'s idiom', () => {
  it('calls the middle school-holiday region Central, and puts "already" where English does', () => {
    expect(template('en', 'guide.region.midden')).toBe('Central');
    expect(KEYS.filter((k) => /\bthere already is\b/i.test(template('en', k)))).toEqual([]);
  });

  it('says in the status which round is open as the round itself does: \'The voting round for Assessment (week 1) is still open\', not \'Voting round Assessment (week 1) is …\'', () => {
    expect(template('en', 'status.roundOpen')).toBe('The voting round for {moment} is still open.');
  });

  it('says an ended leerlijn is no longer running, as English does, not that it \'no longer runs\'', () => {
    expect(KEYS.filter((k) => /\bno longer runs\b/.test(template('en', k)))).toEqual([]);
  });

  it('says scores were voted for, as the score cards do: the PDF read \'To discuss: both 1 and 3 were voted\'', () => {
    expect(KEYS.filter((k) => /\bwere voted\b(?! for)/.test(template('en', k)))).toEqual([]);
  });
});
