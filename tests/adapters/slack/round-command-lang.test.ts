// An English team whose week-17 cards could not all be posted is told which command posts the
// rest in English (`scores final`), and that command does it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { agreeAllProposed, castVote, closeRound, openRound } from '../../../src/app/rounds.js';
import { t } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { BOT, CHANNEL, COORDINATOR, NOW, startHarness, USERS, type Harness } from './harness.js';
import { cardsIn, CODES, startLeerlijnInSlack, voteOf } from './flow.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h, { school: 'Riverside School', lang: 'en' });
});
afterEach(async () => {
  await h?.close();
});

/** Week 1 voted, closed and agreed through the use cases. */
async function finishWeek1(): Promise<void> {
  const deps: Deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' };
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  const row = await activeLeerlijnIn(h.testDb.db, workspaceId, CHANNEL);
  if (!row) throw new Error('no leerlijn in the channel');
  const coordinator = { workspaceId, userId: COORDINATOR };
  const round = await openRound(deps, coordinator, row.id, 'week1');
  for (const [i, user] of USERS.entries()) {
    for (const [j, code] of CODES.entries()) await castVote(deps, { workspaceId, userId: user }, { roundId: round.roundId, onderdeel: code, score: voteOf(i, j) });
  }
  await closeRound(deps, coordinator, round.roundId);
  await agreeAllProposed(deps, coordinator, round.roundId);
}

describe('Slack: an English team whose week-17 cards were not all posted', () => {
  it('is told to type `scores final`, which posts them', async () => {
    await finishWeek1();
    const before = h.fake.messagesIn(CHANNEL).length;
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    // Months before the final meeting: confirmed with 'now' (the round's early check is apart, in week17-early).
    await h.command(COORDINATOR, 'scores final now');
    await h.settle();
    const told = h.fake.ephemeralsTo(COORDINATOR).map((e) => String(e.body.text)).join('\n');
    expect(told).toContain(t('en', 'round.postFailed.notInChannel', { bot: `<@${BOT}>`, command: 'scores final' }));
    await h.command(COORDINATOR, 'scores final');
    await h.settle();
    expect(cardsIn(h, before).cards.size).toBe(10);
  });
});
