// Teams shows an invoke's answer in place of the card pressed. "Agree all" is offered by the
// message that told the team the round closed; a result card posted before that (it offered the
// button then) may still be pressed. Each press must leave the message pressed as itself: the
// round-closed message must not turn into a second result card, nor the result card into it.
import { describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { PEOPLE, cardText, startHetBaken, useHetBaken, votedAndClosedRound } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useHetBaken();
const said = t('nl', 'round.closed', { moment: t('nl', 'moment.week1') });

const closedRound = (): Promise<string> => votedAndClosedRound(env.h);

const postedId = async (key: string): Promise<string> =>
  (await env.h.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1`, [key])).rows[0]!.message_id;

describe('"agree all" answered on Teams', () => {
  it('pressed on the round-closed message, answers with that message, nothing left to take over', async () => {
    const roundId = await closedRound();
    const pressed = await postedId(`closed:${roundId}`);
    const answer = cardText(await env.h.invoke(anna, 'agree_all', { roundId }, { ...env.h.inChannel(anna), replyToId: pressed }));
    expect(answer).toContain(said);
    expect(answer).not.toContain(t('nl', 'card.button.agreeAll'));
    expect(answer).not.toContain(t('nl', 'result.heading'));
  });

  it('pressed on an older result card, answers with the result card and its total', async () => {
    // A new leerlijn (the first round above is agreed).
    await env.h.db.db.query('delete from leerlijnen');
    await startHetBaken(env.h);
    const roundId = await closedRound();
    const pressed = await postedId(`result:${roundId}`);
    const answer = cardText(await env.h.invoke(anna, 'agree_all', { roundId }, { ...env.h.inChannel(anna), replyToId: pressed }));
    // The round card (headed as the round; 'Uitkomst' is the outcome's own message below).
    expect(answer).toContain(t('nl', 'card.instrument', { moment: t('nl', 'moment.short.week1') }));
    expect(answer).toContain(t('nl', 'result.total', { total: 20, fase: t('nl', 'fase.opbouw') }));
    expect(answer).not.toContain(said);
  });
});
