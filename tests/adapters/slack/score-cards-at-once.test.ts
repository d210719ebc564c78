// Score cards in Slack when two presses meet: a second `scores`, a second agreeing or a second
// close while the first is still under way (its Slack calls held at a door) or already done.
import { describe, expect, it } from 'vitest';
import { closeRound } from '../../../src/app/rounds.js';
import { getRound } from '../../../src/app/round-views.js';
import { t } from '../../../src/i18n/index.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { slackDoor, type SlackDoor } from '../../fakes/slack-door.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { BOT, CHANNEL, COORDINATOR, NOW, startHarness, TOKEN, USERS, type Harness } from './harness.js';
import { cardsIn, closedRound, startLeerlijnInSlack } from './flow.js';

/** A bot with a started leerlijn whose Slack calls pass a door the test can hold shut. */
async function withDoor(test: (h2: Harness, door: SlackDoor) => Promise<void>): Promise<void> {
  const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: [...USERS, BOT] }, users: USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })) });
  const door = await slackDoor(fake);
  const h2 = await startHarness({ fake: door.fake });
  try {
    await startLeerlijnInSlack(h2, 'De Brug');
    await test(h2, door);
  } finally {
    door.release();
    await h2.close();
    await door.close();
    await fake.close();
  }
}

describe('two `scores` at once', () => {
  it('post the round once; the second is told the cards are on their way', async () => {
    await withDoor(async (h2, door) => {
      const before = h2.fake.messagesIn(CHANNEL).length;
      door.hold('chat.postMessage');
      const posting = door.arrived('chat.postMessage');
      await h2.command(COORDINATOR, 'scores');
      await posting; // the first `scores` is posting its header, slowly
      await h2.command(COORDINATOR, 'scores');
      const told = t('nl', 'round.beingPosted');
      // The second command is answered while the first still waits at the door.
      await h2.fake.until(() => h2.fake.ephemeralsTo(COORDINATOR).some((e) => e.body.text === told));
      expect(h2.fake.ephemeralsTo(COORDINATOR).map((e) => e.body.text)).toContain(told);
      door.release();
      await h2.settle();
      const posted = h2.fake.messagesIn(CHANNEL).slice(before);
      expect(posted.filter((m) => !m.thread_ts)).toHaveLength(1);
      expect(posted.filter((m) => m.thread_ts)).toHaveLength(10);
    });
  });
});

describe('agreeing twice at once', () => {
  it('posts one result and one instrument, showing the later total', async () => {
    await withDoor(async (h2, door) => {
      const { deps, coordinator, closed } = await closedRound(h2);
      const round = closed;
      const p1 = closed.cards.find((c) => c.onderdeel === 'P1')!.closed!.tally.proposed;
      const before = h2.fake.messagesIn(CHANNEL).length;

      door.hold('chat.postMessage');
      const resultPosting = door.arrived('chat.postMessage');
      await h2.click(COORDINATOR, 'agree_all', round.roundId);
      await resultPosting; // the result of agree_all is on its way, slowly
      await h2.click(COORDINATOR, 'agree_select', `${round.roundId}|P1|${p1 === 3 ? 1 : 3}`, { selected: true });
      door.release();
      await h2.settle();

      const final = await getRound(deps, coordinator, round.roundId);
      const total = t('nl', 'result.total', { total: final.result!.total, fase: t('nl', `fase.${final.result!.fase}`) });
      const posted = h2.fake.messagesIn(CHANNEL).slice(before);
      const results = posted.filter((m) => m.text?.startsWith(t('nl', 'result.total').split('{')[0]!));
      const instruments = posted.filter((m) => m.text?.startsWith(t('nl', 'result.instrument')));
      expect(results.map((m) => m.text)).toEqual([total]);
      expect(instruments).toHaveLength(1);
      expect(JSON.stringify(instruments[0]!.blocks)).toContain(total);
    });
  });
});

describe('a close button pressed after another close', () => {
  it('says the round was already closed, posts nothing, and draws the header and cards closed', async () => {
    await withDoor(async (h2) => {
      await h2.command(COORDINATOR, 'scores');
      await h2.settle();
      const { roundId, cards } = cardsIn(h2);
      const headerTs = cards.get('P1')!.thread_ts!;
      // Another close got there first, and its redraw has not reached the channel (under way, or failed).
      const ws = await ensureWorkspace(h2.testDb.db, 'slack', FAKE_TEAM.id);
      await closeRound({ db: h2.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' }, { workspaceId: ws, userId: COORDINATOR }, roundId);
      const posted = h2.fake.messagesIn(CHANNEL).length;
      const told = h2.fake.ephemeralsTo(COORDINATOR).length;

      await h2.click(COORDINATOR, 'round_close', roundId, { ts: headerTs });
      await h2.settle();

      // Told once, and nothing posted twice: no second summary, no second next step.
      expect(h2.fake.ephemeralsTo(COORDINATOR).slice(told).map((e) => e.body.text)).toEqual([t('nl', 'round.alreadyClosed')]);
      expect(h2.fake.messagesIn(CHANNEL)).toHaveLength(posted);
      const shown = (ts: string | undefined): string => JSON.stringify(h2.fake.messagesIn(CHANNEL).find((m) => m.ts === ts)?.blocks);
      expect(shown(headerTs)).not.toContain(t('nl', 'round.opened', { moment: t('nl', 'moment.week1') }));
      expect(shown(headerTs)).not.toContain(t('nl', 'guide.button.coordinator.close_round'));
      expect(shown(cards.get('P1')!.ts)).not.toContain('"vote_1"');
    });
  });
});
