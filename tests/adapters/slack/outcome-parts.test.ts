// A round's filled instrument that went to the channel as two Slack messages and now fits one: the one left over is
// deleted (kept, it would show the older outcome below the new one). One a workspace admin already deleted in the channel
// (Slack answers message_not_found) counts as deleted: the publish goes on, nothing is posted again, no error reaches the
// coordinator. Today's notes (ten per onderdeel, 300 characters each) fill about 27 of a message's 50 blocks, so the
// second part is set up as one posted before would stand: in the channel, remembered under instrumentKey(round, 1).
import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { instrumentKey, postedMessage, rememberPosted } from '../../../src/app/posted.js';
import { makeDeps } from '../../support/fixtures.js';
import { deletedInChannel, useLoggedSlackLeerlijn, votedAndClosed } from './flow.js';
import { allToldTo, CHANNEL, COORDINATOR, TOKEN } from './harness.js';

const env = useLoggedSlackLeerlijn();
const instrumentTitle = t('nl', 'result.instrument');
const resultPrefix = t('nl', 'result.total').split('{')[0]!;

/** The channel's messages (not in a thread) since `before` whose text starts with `prefix`, as they stand now. */
const outcomeSince = (before: ReadonlySet<string>, prefix: string) =>
  env.h.fake.messagesIn(CHANNEL).filter((m) => !m.thread_ts && !before.has(m.ts) && m.text?.startsWith(prefix));

/** Where the harness's one leerlijn keeps its posted messages. */
async function leerlijn(): Promise<{ workspaceId: string; leerlijnId: string }> {
  const { rows } = await env.h.testDb.db.query<{ id: string; workspace_id: string }>(`select id, workspace_id from leerlijnen where channel_id = $1`, [CHANNEL]);
  return { workspaceId: rows[0]!.workspace_id, leerlijnId: rows[0]!.id };
}

/** Week 1 voted, closed and all agreed; its filled instrument standing as two messages. */
async function instrumentInTwo(): Promise<{ roundId: string; before: Set<string>; parts: string[]; total: number }> {
  const roundId = await votedAndClosed(env.h);
  const before = new Set(env.h.fake.messagesIn(CHANNEL).map((m) => m.ts));
  await env.h.click(COORDINATOR, 'agree_all', roundId);
  await env.h.settle();
  const first = outcomeSince(before, instrumentTitle);
  expect(first).toHaveLength(1);
  const posted = await new WebClient(TOKEN, { slackApiUrl: env.h.fake.url }).chat.postMessage({ channel: CHANNEL, text: first[0]!.text!, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Notitie deel 2' } }] });
  await rememberPosted(makeDeps(env.h.testDb.db), { ...(await leerlijn()), key: instrumentKey(roundId, 1), message: { channelId: CHANNEL, messageId: posted.ts! } });
  const result = outcomeSince(before, resultPrefix);
  expect(result).toHaveLength(1);
  return { roundId, before, parts: [first[0]!.ts, posted.ts!], total: Number(result[0]!.text!.match(/Totaalscore (\d+)/)![1]) };
}

/** An agreement that changes the total (P1 at 3: voteOf's proposal for it is lower): the outcome is drawn anew. */
async function agreeP1(roundId: string, score: number): Promise<void> {
  await env.h.click(COORDINATOR, 'agree', `${roundId}|P1|${score}`);
  await env.h.settle();
}

const deletesAsked = () => env.h.fake.callsTo('chat.delete');
const stillKept = async (roundId: string) => postedMessage(makeDeps(env.h.testDb.db), (await leerlijn()).workspaceId, instrumentKey(roundId, 1));

/** The outcome once, in the first messages it went as: the result and the instrument's first part, with `total`. */
function expectOutcomeOnce(before: ReadonlySet<string>, parts: readonly string[], total: number): void {
  const instrument = outcomeSince(before, instrumentTitle);
  expect(instrument.map((m) => m.ts)).toEqual([parts[0]]);
  expect(JSON.stringify(instrument[0]!.blocks)).toContain(`Totaalscore ${total} van 30`);
  expect(JSON.stringify(env.h.fake.messagesIn(CHANNEL))).not.toContain('Notitie deel 2');
  const result = outcomeSince(before, resultPrefix);
  expect(result).toHaveLength(1);
  expect(result[0]!.text).toContain(`Totaalscore ${total} van 30`);
}

describe('slack: a filled instrument that needs fewer messages than it went as', () => {
  it('keeps the first with the outcome once; the one left over is deleted from the channel', async () => {
    const { roundId, before, parts, total } = await instrumentInTwo();
    const deletesBefore = deletesAsked().length;
    await agreeP1(roundId, 3);

    expect(deletesAsked().slice(deletesBefore).map((c) => c.body.ts)).toEqual([parts[1]]);
    expect(env.h.fake.messagesIn(CHANNEL).map((m) => m.ts)).not.toContain(parts[1]);
    expectOutcomeOnce(before, parts, total + 1);
    expect(await stillKept(roundId)).toBeNull();
    expect(allToldTo(env.h.fake, COORDINATOR)).not.toContain(tError('nl', 'internal'));
    expect(env.logged.warnings()).toEqual([]);
  });

  it('counts a leftover already deleted in the channel as deleted: nothing posted again, no error, not asked again', async () => {
    const { roundId, before, parts, total } = await instrumentInTwo();
    await deletedInChannel(env.h, parts[1]!);
    const deletesBefore = deletesAsked().length;
    const postsBefore = env.h.fake.callsTo('chat.postMessage').length;
    await agreeP1(roundId, 3);

    // The bot asked to delete it, and Slack answered that it has no such message.
    expect(deletesAsked().slice(deletesBefore).map((c) => [c.body.ts, c.error])).toEqual([[parts[1], 'message_not_found']]);
    expectOutcomeOnce(before, parts, total + 1);
    const posted = env.h.fake.callsTo('chat.postMessage').slice(postsBefore).map((c) => String(c.body.text));
    expect(posted.filter((text) => text.startsWith(instrumentTitle) || text.startsWith(resultPrefix))).toEqual([]);
    expect(allToldTo(env.h.fake, COORDINATOR)).not.toContain(tError('nl', 'internal'));
    expect(env.logged.warnings()).toEqual([]);

    // Forgotten as deleted: the next agreement does not ask for it again.
    expect(await stillKept(roundId)).toBeNull();
    const deletesNow = deletesAsked().length;
    await agreeP1(roundId, 2);
    expect(deletesAsked().slice(deletesNow)).toEqual([]);
    expectOutcomeOnce(before, parts, total);
  });
});
