// The coordinator's planning with its forms (as in a personal chat, where no own view is fetched):
// for a team of 30 whose names are as long as the bot keeps (100), the roles form lists everyone
// in eight pickers and the card is over the 80 KB a message is kept under. It came as 22 messages,
// each a line or a heading of the planning, because the room for the body was reckoned with the
// forms on every part; it now comes as the planning and, after it, its forms.
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineCard } from '../../../src/adapters/teams/cards/timeline.js';
import { cardsToSend, MAX_CARD_CHARS } from '../../../src/adapters/teams/cards/split.js';
import type { MemberView } from '../../../src/app/views.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../../fakes/bot-connector/routes.js';
import { buildViewFixtures, type ViewFixtures } from '../../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

/** A team of `n` with Teams' ids and names of the 100 characters the bot keeps. */
function longNamedTeam(n: number): MemberView[] {
  const base = f.leerlijn.members[0]!;
  return Array.from({ length: n }, (_, i) => ({ ...base, userId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}`, displayName: `${'Marie-José van den Berg-de Wit '.repeat(4)}${i}`.slice(-100), isCoordinator: i === 0 }));
}

describe('the planning of a team of 30 with long names, with its forms', () => {
  it('comes as two messages, the whole planning in order, its forms on the last', () => {
    const card = timelineCard(f.timeline, longNamedTeam(30));
    expect(JSON.stringify(card).length).toBeGreaterThan(MAX_CARD_CHARS);
    const parts = cardsToSend(card);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(JSON.stringify(part).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    expect(parts.flatMap((part) => part.body)).toEqual(card.body);
    expect(parts.at(-1)!.actions).toEqual(card.actions);
    expect(parts[0]!.actions).toBeUndefined();
  });

  it('a planning that fits stays one message', () => {
    const card = timelineCard(f.timeline, longNamedTeam(8));
    expect(cardsToSend(card)).toEqual([card]);
  });
});
