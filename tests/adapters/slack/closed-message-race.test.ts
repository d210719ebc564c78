// The round-closed message is posted, and only then remembered under its key. An agreement
// that lands between the two looks for the message, finds none and redraws nothing: the
// message Slack holds must still end without "Alle voorstellen overnemen" once everything is
// agreed. The fake holds the answer to that post (Slack has the message, the bot not its ts)
// while the coordinator agrees.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { castVote } from '../../../src/app/rounds.js';
import { t } from '../../../src/i18n/index.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { CODES, cardsIn, startLeerlijnInSlack, voteOf } from './flow.js';
import { CHANNEL, COORDINATOR, NOW, USERS, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h, 'Het Baken');
});
afterEach(async () => {
  await h?.close();
});

const said = t('nl', 'round.closed', { moment: t('nl', 'moment.week1') });
const resultPrefix = t('nl', 'result.total').split('{')[0]!;
const closedMessages = () => h.fake.messagesIn(CHANNEL).filter((m) => !m.thread_ts && m.text === said);
const hasResult = () => h.fake.messagesIn(CHANNEL).some((m) => m.text?.startsWith(resultPrefix));

/** The round posted, every member's vote in (through the use case: the votes are not what this is about); its id. */
async function votedRound(): Promise<string> {
  await h.command(COORDINATOR, 'scores');
  await h.settle();
  const { roundId } = cardsIn(h);
  const deps: Deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' };
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  for (const [i, user] of USERS.entries()) {
    for (const [j, onderdeel] of CODES.entries()) await castVote(deps, { workspaceId, userId: user }, { roundId, onderdeel, score: voteOf(i, j) });
  }
  return roundId;
}

/** `sluit` typed, its round-closed message taken by Slack and its answer held; `agree` runs in that window. */
async function agreeWhileClosing(agree: () => Promise<void>): Promise<void> {
  const paused = h.fake.pauseAnswer('chat.postMessage', (body) => body.text === said);
  await h.command(COORDINATOR, 'sluit');
  await paused.reached;
  await agree();
  // The agreement's redraw of that message came before its result: once the result is in, it has looked.
  await h.fake.until(hasResult);
  paused.release();
  await h.settle();
}

describe('an agreement between posting the round-closed message and remembering it', () => {
  it('"agree all": the message ends without its agree-all button', async () => {
    const roundId = await votedRound();
    await agreeWhileClosing(async () => {
      await h.click(COORDINATOR, 'agree_all', roundId);
    });
    expect(closedMessages()).toHaveLength(1);
    expect(JSON.stringify(closedMessages()[0]!.blocks)).not.toContain('agree_all');
  });

  it('the last single agreement: the message ends without its agree-all button', async () => {
    const roundId = await votedRound();
    const agreeOn = (code: string) => h.click(COORDINATOR, 'agree', `${roundId}|${code}|2`);
    await agreeWhileClosing(async () => {
      for (const code of CODES) await agreeOn(code);
    });
    expect(closedMessages()).toHaveLength(1);
    expect(JSON.stringify(closedMessages()[0]!.blocks)).not.toContain('agree_all');
  });
});
