// A close that lost the race to another close (app/flows/closing.ts), in Teams: the answer is
// the round's result card saying it was already closed, nothing is posted twice (no second
// summary, no second next step), and the round's cards are drawn closed again. A close whose
// message to the team Teams refuses still answers with the closed round.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, PEOPLE, cardText, elements, isNextStepHint, startHetBaken, useHetBaken } from './harness.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useHetBaken();
let roundId = '';

beforeAll(async () => {
  await env.h.say(anna, 'scores');
  const { rows } = await env.h.db.db.query<{ id: string }>(`select id from score_rounds`);
  roundId = rows[0]!.id;
  // One vote: its proposal keeps agreeing open once closed, so the round-closed message stays as posted.
  await env.h.invoke(anna, 'vote', { roundId, onderdeel: 'P1', score: 2 });
});

const posts = () => env.h.connector.sentTo(CHANNEL.id);
const updates = () => env.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id && a.method === 'PUT');

describe('a Teams close button pressed after another close', () => {
  it('the close that closes it answers with the closed round, posts it for the team and tells the next step, once each', async () => {
    const before = posts().length;
    const answer = cardText(await env.h.invoke(anna, 'close', { roundId }));
    await env.h.flush();
    // The result card, closed: no close button, and not saying again what the message posted under it says.
    expect(answer).not.toContain(t('nl', 'guide.button.coordinator.close_round'));
    expect(answer).not.toContain(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
    expect(answer).not.toContain(t('nl', 'round.alreadyClosed'));
    const posted = posts().slice(before).map((a) => adaptiveCardOf(a.activity));
    expect(posted.map((card) => isNextStepHint(card))).toEqual([false, true]);
    expect(cardText(posted[0])).toContain(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
  });

  it('the one that lost says it was already closed, posts nothing, and draws the cards closed again', async () => {
    const before = posts().length;
    const redrawn = updates().length;
    const card = await env.h.invoke(anna, 'close', { roundId });
    await env.h.flush();
    expect(cardText(card)).toContain(t('nl', 'round.alreadyClosed'));
    // Said as a warning, as the same sentence is after `sluit` or Slack's close button: not in the green of good news.
    const said = elements(card).find((e) => e.text === t('nl', 'round.alreadyClosed'));
    expect(said?.color).toBe('Attention');
    expect(posts()).toHaveLength(before);
    // The result card and the ten cards (the message that told the team it closed is unchanged while agreeing is open).
    expect(updates().length).toBe(redrawn + 11);
  });
});

describe('a close whose message to the team Teams refuses', () => {
  it('still answers the coordinator with the closed round: the close is saved', async () => {
    // A new leerlijn with an open round (the first round above is closed).
    await env.h.db.db.query('delete from leerlijnen');
    await startHetBaken(env.h);
    await env.h.say(anna, 'scores');
    const { rows } = await env.h.db.db.query<{ id: string }>(`select id from score_rounds where status = 'open'`);
    const open = rows[0]!.id;
    // Teams will not take a new message in the channel (the bot was removed from it, say).
    env.h.connector.failNext('POST', { status: 403, times: 10 });
    const answer = cardText(await env.h.invoke(anna, 'close', { roundId: open }));
    env.h.connector.reset();
    const closed = await env.h.db.db.query<{ status: string }>(`select status from score_rounds where id = $1::uuid`, [open]);
    expect(closed.rows).toEqual([{ status: 'closed' }]);
    // The round card, closed: headed as the round (not asking to vote), what is still to agree under it.
    expect(answer).toContain(t('nl', 'card.instrument', { moment: t('nl', 'moment.short.week1') }));
    expect(answer).toContain(t('nl', 'result.missing', { onderdelen: '10 onderdelen' }));
    expect(answer).not.toContain(t('nl', 'guide.button.coordinator.close_round'));
  });
});
