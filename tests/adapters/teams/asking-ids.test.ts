// Teams' "ask first" buttons toggle parts of their own card by id (Action.ToggleVisibility). What a reader needs: every
// such button unfolds its own question, even when one card holds the same asking button twice (a reply card merged with
// a redrawn one, the next step's close twice), and even when a long card goes as several messages (a button toggles only
// what is in its own message).
import { describe, expect, it } from 'vitest';
import { toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { cardsToSend, MAX_CARD_CHARS } from '../../../src/adapters/teams/cards/split.js';
import { uniqueAskingIds, type AdaptiveCard } from '../../../src/adapters/teams/cards/common.js';
import type { Block, Button, Doc } from '../../../src/views/doc.js';
import { nodesOf as nodes } from '../../story/drivers/text.js';

const CLOSE: Button = { label: 'Stemronde sluiten', action: 'close_round', data: { roundId: 'r1' }, inPlace: true, confirm: { title: 'Sluiten?', text: 'Zeker?', confirm: 'Sluiten', cancel: 'Annuleren' } };
const OTHER: Button = { label: 'Verder', action: 'next', data: { leerlijnId: 'l1' } };

const ids = (card: AdaptiveCard): string[] => nodes(card.body).flatMap((n) => (typeof n.id === 'string' ? [n.id] : []));
const toggled = (card: AdaptiveCard): string[][] => nodes(card.body).flatMap((n) => (n.type === 'Action.ToggleVisibility' ? [n.targetElements as string[]] : []));

/** Every id once, and every toggle aimed at ids of the same card. */
function expectTogglesWork(card: AdaptiveCard, label: string): void {
  const own = ids(card);
  expect(own.filter((id, i) => own.indexOf(id) !== i), `${label}: ids twice`).toEqual([]);
  expect(toggled(card).flat().filter((id) => !own.includes(id)), `${label}: toggles of ids not on the card`).toEqual([]);
}

/**
 * Each asking row is an outer container holding its button and its hidden question: every toggle in it shows or hides the
 * question inside that same container (not another row's), and `rows` such containers are on the card.
 */
function expectEachToggleUnfoldsItsOwnQuestion(card: AdaptiveCard, rows: number): void {
  const asking = card.body.filter((outer) => toggled({ ...card, body: [outer] }).length > 0);
  expect(asking).toHaveLength(rows);
  for (const outer of asking) {
    const inside = nodes(outer);
    const questions = inside.filter((n) => n.isVisible === false).map((n) => n.id);
    expect(questions).toHaveLength(1);
    const own = ids({ ...card, body: [outer] });
    for (const targets of toggled({ ...card, body: [outer] })) {
      expect(targets).toContain(questions[0]);
      expect(targets.filter((id) => !own.includes(id))).toEqual([]);
    }
  }
}

describe('Teams ask-first ids', () => {
  it('the same asking button twice in one card: each unfolds its own question', () => {
    const row: Block = { type: 'buttons', id: 'row', buttons: [OTHER, CLOSE] };
    const card = toAdaptiveCard({ fallback: 'x', blocks: [row, { type: 'text', text: 'tussendoor' }, row] });
    expectTogglesWork(card, 'one doc');
    expectEachToggleUnfoldsItsOwnQuestion(card, 2);
    // A reply card and a redrawn card merged into one body (own-view-invokes.ts oneCard).
    const merged = uniqueAskingIds({ ...card, body: [...card.body, ...toAdaptiveCard({ fallback: 'y', blocks: [row] }).body] });
    expectTogglesWork(merged, 'merged');
    expectEachToggleUnfoldsItsOwnQuestion(merged, 3);
  });

  it('a button asking first twice inside groups, beside a text, or as a round control: each unfolds its own question', () => {
    const confirm = CLOSE.confirm!;
    const kinds: Block[] = [
      { type: 'group', blocks: [{ type: 'buttons', id: 'row', buttons: [CLOSE] }] },
      { type: 'text', text: 'Klaar?', button: CLOSE },
      { type: 'round_control', roundId: 'r1', control: 'close', label: 'Sluiten', confirm },
    ];
    for (const block of kinds) {
      const card = toAdaptiveCard({ fallback: 'x', blocks: [block, block] });
      expectTogglesWork(card, block.type);
    }
  });

  it('a long card split in parts keeps each button with the question it unfolds', () => {
    const row: Block = { type: 'buttons', id: 'row', buttons: [OTHER, CLOSE] };
    // Fillers of every length around where the row would fall at a part's end.
    for (let filler = MAX_CARD_CHARS - 3000; filler < MAX_CARD_CHARS; filler += 97) {
      const doc: Doc = { fallback: 'x', blocks: [{ type: 'text', text: 'a'.repeat(filler) }, row, { type: 'text', text: 'b'.repeat(2000) }] };
      const parts = cardsToSend(toAdaptiveCard(doc));
      parts.forEach((part, i) => expectTogglesWork(part, `filler ${filler}, part ${i + 1} of ${parts.length}`));
    }
  });
});
