// Teams gives a message 15 s and then sends it again, with the same activity id: the command
// ran twice. Here the channel answers the command's send only when the test lets it (as a slow
// Bot Connector does, each send up to CONNECTOR_TIMEOUT_MS), and the turn's deadline is 300 ms,
// so nothing waits long: Teams hears 200 while the send is held, the answer still reaches the
// channel, and the message delivered again is not run again.
import { describe, expect, it } from 'vitest';
import { messageActivity, postActivity, type PostResult } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, useHetBaken } from './harness.js';

const anna = PEOPLE[0]!;
const env = useHetBaken({ messageDeadlineMs: 300 });

/** The HTTP answer, or 'none' when none came within `limitMs` (a bound for a failing run, never waited out when it passes). */
function answerWithin(posted: Promise<PostResult>, limitMs: number): Promise<PostResult | 'none'> {
  let timer: NodeJS.Timeout | undefined;
  const none = new Promise<'none'>((resolve) => (timer = setTimeout(() => resolve('none'), limitMs)));
  return Promise.race([posted, none]).finally(() => clearTimeout(timer));
}

const status = (): ReturnType<typeof messageActivity> => messageActivity({ ...env.h.inChannel(anna), text: 'status' });

/** Holds the bot's answer to this message (not a send the start may still be making) until the test releases it. */
const holdAnswerTo = (message: { id: string }) => env.h.connector.pauseAnswer('POST', (body) => body.replyToId === message.id);

/** The bot's messages in the channel in answer to this one (the turn's reply goes to the message that asked). */
const answersTo = (message: { id: string }): number => env.h.connector.sentTo(CHANNEL.id).filter((a) => a.replyToId === message.id).length;

describe('a typed command whose channel answers slowly', () => {
  it('is answered 200 to Teams before its send is answered, and its answer still reaches the channel once', async () => {
    const message = status();
    const held = holdAnswerTo(message);
    const posted = postActivity(env.h.url, message);
    await held.reached;
    // Old: Teams heard nothing until the send was answered (past its 15 s, and it sent the message again).
    expect(await answerWithin(posted, 5_000)).toMatchObject({ status: 200 });
    held.release();
    await env.h.connector.until(() => answersTo(message) > 0);
    expect(answersTo(message)).toBe(1);
  });

  it('runs once when Teams delivers the same message again while it runs, and answers both deliveries 200', async () => {
    const message = status();
    const held = holdAnswerTo(message);
    const first = postActivity(env.h.url, message);
    await held.reached;
    const again = await postActivity(env.h.url, message);
    held.release();
    expect(again.status).toBe(200);
    expect((await first).status).toBe(200);
    await env.h.connector.until(() => answersTo(message) > 0);
    // Old: the command ran again, and the channel read its answer twice.
    expect(answersTo(message)).toBe(1);
  });

  it('still answers a person who types the same command again (a new message, its own id)', async () => {
    const [once, twice] = [status(), status()];
    expect((await postActivity(env.h.url, once)).status).toBe(200);
    expect((await postActivity(env.h.url, twice)).status).toBe(200);
    await env.h.connector.until(() => answersTo(once) === 1 && answersTo(twice) === 1);
  });
});
