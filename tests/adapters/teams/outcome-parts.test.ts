// A round's outcome too big for one Teams message (a team that wrote long notes on every onderdeel, full of marks
// that are escaped as typed)
// goes out as several messages. Updated after an agreement changes the total, each message is to
// show its own part once, in the place it stands: not the whole outcome written into the last
// message (which showed everyone the first part twice), and nothing posted a second time.
import { describe, expect, it } from 'vitest';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { t } from '../../../src/i18n/index.js';
import { outcomeKey, postedMessage } from '../../../src/app/posted.js';
import { makeDeps } from '../../support/fixtures.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, deletedInChannel, useHetBaken, votedAndClosedRound, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];

const NOTES_PER_ONDERDEEL = 10;
const marker = (code: string, j: number): string => `Notitie ${code}.${j} `;
const noteBody = (code: string, j: number): string =>
  `${marker(code, j)}${'Wie *belt* het _jongerenwerk_? "Wij" & [zij] ~samen~ `elke` week. '.repeat(6)}`.slice(0, 300);

/** Ten long notes on every onderdeel, as the team wrote them on the cards (a harness has eight people, so through SQL). */
async function writeLongNotes(h: Harness, roundId: string): Promise<void> {
  for (const code of ONDERDEEL_CODES) {
    for (let j = 0; j < NOTES_PER_ONDERDEEL; j++) {
      await h.db.db.query(`insert into notes (round_id, onderdeel, user_id, body) values ($1::uuid, $2, $3, $4)`, [roundId, code, anna.aadObjectId, noteBody(code, j)]);
    }
  }
}

const count = (said: string, what: string): number => said.split(what).length - 1;
/** Every note written (writeLongNotes) is in `said` exactly once. */
const expectEachNoteOnce = (said: string): void => {
  for (const code of ONDERDEEL_CODES) for (let j = 0; j < NOTES_PER_ONDERDEEL; j++) expect(count(said, marker(code, j))).toBe(1);
};
/** The messages in the channel since `earlier` that hold the round's notes (the outcome's), as text each, as they stand now. */
const outcomeMessagesSince = (h: Harness, earlier: ReadonlySet<string>): Array<{ id: string; text: string }> =>
  h.connector.messagesIn(CHANNEL.id)
    .filter((m) => !earlier.has(m.id))
    .map((m) => ({ id: m.id, text: cardText(adaptiveCardOf(m.activity)) }))
    .filter((m) => m.text.includes('Notitie '));
const outcomeHeading = `${t('nl', 'result.heading')}: `;
/**
 * A closed round with long notes on every onderdeel, all its scores agreed: the outcome goes out as several messages. The
 * messages in the channel before it (the score cards show the notes too) and the outcome's own, as they stood then.
 */
async function outcomeInParts(h: Harness): Promise<{ roundId: string; cardsAbove: Set<string>; parts: Array<{ id: string; text: string }> }> {
  const roundId = await votedAndClosedRound(h);
  await writeLongNotes(h, roundId);
  const cardsAbove = new Set(h.connector.messagesIn(CHANNEL.id).map((m) => m.id));
  await h.invoke(anna, 'agree_all', { roundId });
  await h.flush();
  const parts = outcomeMessagesSince(h, cardsAbove);
  expect(parts.length).toBeGreaterThan(1);
  return { roundId, cardsAbove, parts };
}
/** The message the bot remembers for the outcome's part `part` (the harness has one leerlijn), or null. */
async function keptPart(h: Harness, roundId: string, part = 0): Promise<string | null> {
  const { rows } = await h.db.db.query<{ workspace_id: string }>(`select workspace_id from leerlijnen`);
  return (await postedMessage(makeDeps(h.db.db), rows[0]!.workspace_id, outcomeKey(roundId, part)))?.messageId ?? null;
}

describe('teams: a round outcome posted as several messages', () => {
  const env = useHetBaken();
  it('shows each part once where it stands, and after a changed agreement the new total, nothing posted twice', async () => {
    const { roundId, cardsAbove, parts } = await outcomeInParts(env.h);
    const outcomeMessages = () => outcomeMessagesSince(env.h, cardsAbove);
    const headed = (): string[] => outcomeMessages().filter((m) => m.text.includes(outcomeHeading)).map((m) => m.id);
    expect(headed()).toEqual([parts[0]!.id]);
    // The first part under the key an outcome of one message always had: records from before find it.
    expect(await keptPart(env.h, roundId)).toBe(parts[0]!.id);
    expectEachNoteOnce(outcomeMessages().map((m) => m.text).join('\n'));
    expect(outcomeMessages().map((m) => m.text).join('\n')).toContain('Totaalscore 20 van 30');

    // P1 agreed at 3 instead of 2: the total becomes 21, in the same messages.
    const postedBefore = env.h.connector.sentTo(CHANNEL.id).length;
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    await env.h.flush();
    const updated = outcomeMessages();
    expect(updated.map((m) => m.id)).toEqual(parts.map((m) => m.id));
    const said = updated.map((m) => m.text).join('\n');
    expectEachNoteOnce(said);
    expect(said).toContain('Totaalscore 21 van 30');
    expect(said).not.toContain('Totaalscore 20 van 30');
    expect(headed()).toEqual([parts[0]!.id]);
    const postedSince = env.h.connector.sentTo(CHANNEL.id).slice(postedBefore).map((a) => cardText(adaptiveCardOf(a.activity)));
    expect(postedSince.filter((text) => text.includes('Notitie '))).toEqual([]);
  });

});

describe('teams: a round outcome that needs fewer messages than it went as', () => {
  const env = useHetBaken();

  it('needing one message after it went as several, keeps the first with the whole outcome once; the others are deleted and forgotten', async () => {
    const { roundId, cardsAbove, parts } = await outcomeInParts(env.h);

    // The notes gone (the outcome shrinks), then P1 agreed at 3: the outcome fits one message again.
    await env.h.db.db.query(`delete from notes where round_id = $1::uuid`, [roundId]);
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    await env.h.flush();
    const standing = env.h.connector.messagesIn(CHANNEL.id).filter((m) => !cardsAbove.has(m.id)).map((m) => ({ id: m.id, text: cardText(adaptiveCardOf(m.activity)) }));
    const outcome = standing.filter((m) => m.text.includes(outcomeHeading));
    expect(outcome.map((m) => m.id)).toEqual([parts[0]!.id]);
    const said = standing.map((m) => m.text).join('\n');
    // The outcome once: one heading, and no message but the outcome states a total.
    expect(count(said, outcomeHeading)).toBe(1);
    expect(standing.filter((m) => m.text.includes('Totaalscore')).map((m) => m.id)).toEqual([parts[0]!.id]);
    expect(said).toContain('Totaalscore 21 van 30');
    expect(said).not.toContain('Totaalscore 20 van 30');
    expect(said).not.toContain('Notitie ');
    for (let i = 1; i < parts.length; i++) expect(await keptPart(env.h, roundId, i)).toBeNull();
    expect(await keptPart(env.h, roundId)).toBe(parts[0]!.id);
  });
});

describe('teams: a round outcome whose leftover parts Teams refuses for good to delete', () => {
  const env = useHetBaken();

  it('forgets them instead of trying again at every publish (403: the conversation no longer takes the bot)', async () => {
    const { roundId } = await outcomeInParts(env.h);
    await env.h.db.db.query(`delete from notes where round_id = $1::uuid`, [roundId]);
    // Refused for good (403: the bot may not), not for now.
    env.h.connector.failNext('DELETE', { status: 403, times: 20 });
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    await env.h.flush();
    const deletesAsked = env.h.connector.requests.filter((r) => r.method === 'DELETE').length;
    expect(deletesAsked).toBeGreaterThan(0);
    for (let i = 1; i < 4; i++) expect(await keptPart(env.h, roundId, i)).toBeNull();
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 2 });
    await env.h.flush();
    expect(env.h.connector.requests.filter((r) => r.method === 'DELETE').length).toBe(deletesAsked);
  });
});

describe('teams: a round outcome whose leftover parts Teams refuses to delete while the admin blocks the app', () => {
  const env = useHetBaken();

  it('keeps them, and the next publish deletes them', async () => {
    const { roundId, cardsAbove, parts } = await outcomeInParts(env.h);
    await env.h.db.db.query(`delete from notes where round_id = $1::uuid`, [roundId]);
    // 403 BotDisabledByAdmin: the bot blocked for now, the channel and its messages still there. Removal goes from the last
    // part back and stops at the first refused: one DELETE, not retried (a 4xx).
    env.h.connector.failNext('DELETE', { status: 403, code: 'BotDisabledByAdmin', times: 1 });
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    await env.h.flush();
    expect(env.h.connector.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(await keptPart(env.h, roundId, parts.length - 1)).toBe(parts.at(-1)!.id);

    // Unblocked: the next publish deletes them.
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 2 });
    await env.h.flush();
    for (let i = 1; i < parts.length; i++) expect(await keptPart(env.h, roundId, i)).toBeNull();
    const standing = env.h.connector.messagesIn(CHANNEL.id).filter((m) => !cardsAbove.has(m.id)).map((m) => m.id);
    expect(standing).toContain(parts[0]!.id);
    for (const part of parts.slice(1)) expect(standing).not.toContain(part.id);
  });
});

describe('teams: a round outcome part deleted in the channel', () => {
  const env = useHetBaken();

  it('is posted again by the same publish, above the other parts, which come back after it in order', async () => {
    const { roundId, cardsAbove, parts } = await outcomeInParts(env.h);
    await deletedInChannel(env.h, parts[0]!.id);

    // One agreement after: it finds the first part (the heading) gone and brings the outcome back whole.
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    await env.h.flush();
    const standing = outcomeMessagesSince(env.h, cardsAbove);
    const headed = standing.filter((m) => m.text.includes(outcomeHeading));
    expect(headed).toHaveLength(1);
    expect(headed[0]!.id).not.toBe(parts[0]!.id);
    // As the channel shows them: the headed message first, the other parts below it.
    expect(standing[0]!.id).toBe(headed[0]!.id);
    expect(standing).toHaveLength(parts.length);
    const said = standing.map((m) => m.text).join('\n');
    expect(said).toContain('Totaalscore 21 van 30');
    expect(said).not.toContain('Totaalscore 20 van 30');
    expectEachNoteOnce(said);
    for (let i = 0; i < parts.length; i++) expect(await keptPart(env.h, roundId, i)).toBe(standing[i]!.id);
  });
});
