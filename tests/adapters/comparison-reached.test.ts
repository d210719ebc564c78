// Week 17 equal to the desired week-1 score counts as reached, and both apps say so: the
// Slack comparison message and the Teams comparison card, through their pure renderers.
import { describe, expect, it } from 'vitest';
import { slackMarkup, toBlockKit } from '../../src/adapters/slack/render/doc.js';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { comparisonDoc } from '../../src/views/results.js';
import type { ComparisonView } from '../../src/app/views.js';
import { compareInstruments, type FullScores } from '../../src/domain/compare.js';
import { ONDERDEEL_CODES, ONDERDELEN, type Lang, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { cardText } from './teams/harness.js';

function scores(values: Partial<Record<OnderdeelCode, Score>>, fill: Score): FullScores {
  return Object.fromEntries(ONDERDEEL_CODES.map((c) => [c, values[c] ?? fill])) as FullScores;
}

// Desired 2 everywhere; week 17: P1 equal (2), P2 past it (3), A1 short of it (1), the rest equal.
const view = (lang: Lang): ComparisonView => ({
  leerlijnId: 'l1', channelId: 'C1', lang,
  comparison: compareInstruments('nieuw', scores({}, 2), scores({ P2: 3, A1: 1 }, 2)),
});
const label = (code: OnderdeelCode, lang: Lang): string => ONDERDELEN.find((o) => o.code === code)!.label[lang];

/** The one line that names the onderdeel, in the Slack message's section texts. */
function slackLine(code: OnderdeelCode, lang: Lang): string {
  const texts = toBlockKit(comparisonDoc(slackMarkup, view(lang))).blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
  const lines = texts.join('\n').split('\n').filter((l) => l.includes(label(code, lang)));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** The value beside the onderdeel in the Teams card's facts. */
function teamsValue(code: OnderdeelCode, lang: Lang): string {
  const values: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.title === 'string' && typeof o.value === 'string' && o.title.includes(label(code, lang))) values.push(o.value);
    Object.values(o).forEach(walk);
  };
  walk(toAdaptiveCard(comparisonDoc(teamsMarkup([]), view(lang))));
  expect(values).toHaveLength(1);
  return values[0]!;
}

/** What follows the last "·": the reached mark. */
const mark = (line: string): string => line.slice(line.lastIndexOf('·') + 1).trim();

describe.each([
  ['nl', 'bereikt', 'nog niet bereikt', 'bij 9 van 10'],
  ['en', 'reached', 'not reached yet', '9 of 10'],
] as const)('an equal week-17 score counts as reached (%s)', (lang, reached, notReached, count) => {
  it('in Slack', () => {
    expect(mark(slackLine('P1', lang))).toBe(reached);
    expect(mark(slackLine('P2', lang))).toBe(reached);
    expect(mark(slackLine('A1', lang))).toBe(notReached);
    const text = JSON.stringify(toBlockKit(comparisonDoc(slackMarkup, view(lang))).blocks);
    expect(text).toContain(count);
    // The percentage is of the onderdelen counted, not of the desired points (9 of 10 is 90%).
    expect(text).toContain('(90%)');
  });

  it('in Teams', () => {
    expect(mark(teamsValue('P1', lang))).toBe(reached);
    expect(mark(teamsValue('P2', lang))).toBe(reached);
    expect(mark(teamsValue('A1', lang))).toBe(notReached);
    const text = cardText(toAdaptiveCard(comparisonDoc(teamsMarkup([]), view(lang))));
    expect(text).toContain(count);
    // The percentage is of the onderdelen counted, not of the desired points (9 of 10 is 90%).
    expect(text).toContain('(90%)');
  });
});
