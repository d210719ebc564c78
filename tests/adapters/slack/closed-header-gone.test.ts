// A round whose header Slack no longer has (a workspace admin deleted it): closing it still
// tells the channel, with "agree all", and its cards still show their results. Slack cannot
// redraw a deleted message, ever, so that redraw must not hold the round-closed message back:
// before, each `sluit` and every `scores` after it said the channel was not told.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { cardsIn, deletedInChannel, useSlackLeerlijn, voteAll, voteOf } from './flow.js';
import { allToldTo, CHANNEL, COORDINATOR } from './harness.js';

const env = useSlackLeerlijn('Het Baken');

describe('a round whose header is gone from Slack', () => {
  it('is closed with its round-closed message in the channel, and its cards drawn closed', async () => {
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    const { roundId, cards } = cardsIn(env.h);
    await voteAll(env.h, roundId, cards, voteOf);
    const headerTs = [...cards.values()][0]!.thread_ts!;
    await deletedInChannel(env.h, headerTs);

    await env.h.command(COORDINATOR, 'sluit');
    await env.h.settle();
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();

    const said = t('nl', 'round.closed', { moment: t('nl', 'moment.week1') });
    expect(env.h.fake.messagesIn(CHANNEL).filter((m) => !m.thread_ts && m.text === said)).toHaveLength(1);
    // A card drawn closed no longer offers its vote buttons.
    const stillVoting = [...cards.values()].filter((card) => JSON.stringify(env.h.fake.messagesIn(CHANNEL).find((m) => m.ts === card.ts)?.blocks).includes('"action_id":"vote_'));
    expect(stillVoting).toHaveLength(0);
    expect(allToldTo(env.h.fake, COORDINATOR)).not.toContain('maar het bericht daarover kwam niet in het kanaal');
  });
});
