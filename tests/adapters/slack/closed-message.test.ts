// The message that told the channel a round closed is redrawn after each agreement (it drops
// "Alle voorstellen overnemen" once nothing is left to agree). That redraw is the least of an
// agreement: a closed message Slack no longer has (a workspace admin deleted it) must not keep
// the channel from getting the result. Nor must a deleted result message stay away: the next
// agreement posts it again (Slack answers its update with message_not_found).
import { describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { deletedInChannel, useSlackLeerlijn, votedAndClosed } from './flow.js';
import { allToldTo, CHANNEL, COORDINATOR } from './harness.js';

const env = useSlackLeerlijn('Het Baken');
const resultPrefix = t('nl', 'result.total').split('{')[0]!;

describe('a round-closed message that is gone from Slack', () => {
  it('does not stop "agree all" from posting the result, nor tell the coordinator of an error', async () => {
    const roundId = await votedAndClosed(env.h);
    const said = t('nl', 'round.closed', { moment: t('nl', 'moment.week1') });
    const closed = env.h.fake.messagesIn(CHANNEL).filter((m) => !m.thread_ts && m.text === said);
    expect(closed).toHaveLength(1);
    await deletedInChannel(env.h, closed[0]!.ts);

    await env.h.click(COORDINATOR, 'agree_all', roundId);
    await env.h.settle();
    expect(env.h.fake.messagesIn(CHANNEL).filter((m) => m.text?.startsWith(resultPrefix))).toHaveLength(1);
    expect(allToldTo(env.h.fake, COORDINATOR)).not.toContain(tError('nl', 'internal'));
  });
});

describe('a result message that is gone from Slack (deleted in the channel)', () => {
  it('is posted again by the next agreement, with the new total', async () => {
    const roundId = await votedAndClosed(env.h);
    await env.h.click(COORDINATOR, 'agree_all', roundId);
    await env.h.settle();
    const results = () => env.h.fake.messagesIn(CHANNEL).filter((m) => m.text?.startsWith(resultPrefix));
    const [first] = results();
    await deletedInChannel(env.h, first!.ts);

    // One agreement after: P1 agreed at 3 (voteOf's proposal for it is lower), the total one higher.
    const total = Number(first!.text!.match(/Totaalscore (\d+)/)![1]);
    await env.h.click(COORDINATOR, 'agree', `${roundId}|P1|3`);
    await env.h.settle();
    expect(results()).toHaveLength(1);
    expect(results()[0]!.ts).not.toBe(first!.ts);
    expect(results()[0]!.text).toContain(`Totaalscore ${total + 1} van 30`);
    expect(allToldTo(env.h.fake, COORDINATOR)).not.toContain(tError('nl', 'internal'));
  });
});
