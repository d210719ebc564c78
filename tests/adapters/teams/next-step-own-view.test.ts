// After a step taken in a Teams channel, its taker hears what is next ("Wat nu?"). Everyone reads
// that card, so what is next is the taker's own view of it: their next action, which can name
// their own open actions, is theirs; everyone else reads only whose it is.
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, isNextStepHint, startHetBaken, useHetBaken } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const env = useHetBaken();

/** The "what next?" cards in the channel, as posted for everyone. */
const hints = (): JsonObject[] =>
  env.h.connector.messagesIn(CHANNEL.id).map((m) => adaptiveCardOf(m.activity)).filter((c): c is JsonObject => c !== undefined && isNextStepHint(c));

/** What everyone, anna and bram each see of the one "what next?" card `step` posts. */
async function seenAfter(step: () => Promise<unknown>): Promise<{ shared: string; anna: string; bram: string }> {
  const before = hints().length;
  await step();
  await env.h.flush();
  const fresh = hints().slice(before);
  expect(fresh).toHaveLength(1);
  const hint = fresh[0]!;
  return { shared: cardText(hint), anna: cardText(await env.h.seenBy(anna, hint)), bram: cardText(await env.h.seenBy(bram, hint)) };
}

/**
 * The coordinator's next action here. After a close it is the meeting's own work, choosing the scores
 * (nobody voted, so there is no proposal to take over); after the actieplan item it would be the
 * team's sides, which the meeting leaves for later.
 */
const COORDINATORS_NEXT = 'Kies voor week 1 per onderdeel een score';

describe('the next step after a step in a Teams channel', () => {
  it('a member who saved an actieplan item: their open actions are in their own view, not in the card the team reads', async () => {
    await env.h.submit(anna, { form: 'roles', 'invuller.actieplan': bram.aadObjectId });
    const { shared, anna: annas, bram: brams } = await seenAfter(() => env.h.submit(bram, {
      form: 'plan', onderdeel: 'P1', watKanBeter: 'Elkaar vaker spreken', gewensteEindsituatie: 'Maandelijks overleg',
      'actions.0.description': 'Overleg plannen', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
    }));
    expect(brams).toContain('Laat weten hoe het gaat met je acties');
    expect(annas).not.toContain('je acties');
    expect(shared).not.toContain('je acties');
    expect(shared).toContain('Bram Test');
  });

  it('the coordinator who closed the round with its button: the next action is theirs alone', async () => {
    await env.h.say(anna, 'scores');
    const { rows } = await env.h.db.db.query<{ id: string }>(`select id from score_rounds where status = 'open'`);
    const { shared, anna: annas, bram: brams } = await seenAfter(() => env.h.invoke(anna, 'close', { roundId: rows[0]!.id }));
    expect(annas).toContain(COORDINATORS_NEXT);
    expect(brams).not.toContain(COORDINATORS_NEXT);
    expect(shared).not.toContain(COORDINATORS_NEXT);
    expect(shared).toContain('Anna Test');
  });

  it('the coordinator who typed sluit: the next action is theirs alone', async () => {
    await env.h.db.db.query('delete from leerlijnen');
    await startHetBaken(env.h);
    await env.h.say(anna, 'scores');
    const { shared, anna: annas, bram: brams } = await seenAfter(() => env.h.say(anna, 'sluit'));
    expect(annas).toContain(COORDINATORS_NEXT);
    expect(brams).not.toContain(COORDINATORS_NEXT);
    expect(shared).not.toContain(COORDINATORS_NEXT);
  });

  it('answers whoever asks for that view with their own next step, not the taker’s', async () => {
    const refresh = hints().at(-1)!.refresh as { action: { verb: string; data: Record<string, unknown> } };
    const brams = cardText(await env.h.invoke(bram, refresh.action.verb, refresh.action.data));
    expect(brams).toContain('Wat nu?');
    expect(brams).not.toContain(COORDINATORS_NEXT);
  });
});
