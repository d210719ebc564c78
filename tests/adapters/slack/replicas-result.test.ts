// Two replicas of the bot behind one Slack app and one database: the result of a round is
// posted once, with the latest total, even when agree clicks land on both at the same moment.
// (Card updates across replicas: replicas.test.ts.)
import { describe, expect, it } from 'vitest';
import { getRound } from '../../../src/app/round-views.js';
import { t } from '../../../src/i18n/index.js';
import type { Db } from '../../../src/store/db.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { slackDoor } from '../../fakes/slack-door.js';
import { pgliteTestDb } from '../../support/db.js';
import { closedRound, startLeerlijnInSlack } from './flow.js';
import { BOT, CHANNEL, COORDINATOR, startHarness, TOKEN, USERS } from './harness.js';

/** The database as one replica uses it, telling the test when that replica asks for the result's claim. */
function watchingClaims(db: Db, onClaim: () => void): Db {
  return {
    kind: db.kind,
    query: ((sql, params, opts) => {
      if (params?.some((p) => typeof p === 'string' && p.startsWith('posting:result:'))) onClaim();
      return db.query(sql, params, opts);
    }) as Db['query'],
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: async () => undefined,
  };
}

describe('two replicas', () => {
  it('post one result and one instrument when agree clicks reach both at once, showing the later total', async () => {
    const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: [...USERS, BOT] }, users: USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })) });
    const door = await slackDoor(fake);
    const shared = await pgliteTestDb();
    let claimed!: () => void;
    const secondAsksForClaim = new Promise<void>((resolve) => (claimed = resolve));
    const first = await startHarness({ fake: door.fake, testDb: shared });
    const second = await startHarness({ fake: door.fake, testDb: { db: watchingClaims(shared.db, () => claimed()), drop: async () => undefined } });
    try {
      await startLeerlijnInSlack(first, 'De Brug');
      const { deps, coordinator, closed } = await closedRound(first);
      const p1 = closed.cards.find((c) => c.onderdeel === 'P1')!.closed!.tally.proposed;
      const before = fake.messagesIn(CHANNEL).length;

      door.hold('chat.postMessage');
      const resultPosting = door.arrived('chat.postMessage');
      await first.click(COORDINATOR, 'agree_all', closed.roundId);
      await resultPosting; // the first replica is posting the result, slowly
      const secondPosting = door.arrived('chat.postMessage');
      await second.click(COORDINATOR, 'agree_select', `${closed.roundId}|P1|${p1 === 3 ? 1 : 3}`, { selected: true });
      // The second replica either waits for the first (it asks for the claim) or posts a result of its own.
      const what = await Promise.race([secondAsksForClaim.then(() => 'waits'), secondPosting.then(() => 'posts')]);
      door.release();
      await first.settle();
      await second.settle();

      expect(what).toBe('waits');
      const final = await getRound(deps, coordinator, closed.roundId);
      const total = t('nl', 'result.total', { total: final.result!.total, fase: t('nl', `fase.${final.result!.fase}`) });
      const posted = fake.messagesIn(CHANNEL).slice(before);
      const results = posted.filter((m) => m.text?.startsWith(t('nl', 'result.total').split('{')[0]!));
      const instruments = posted.filter((m) => m.text?.startsWith(t('nl', 'result.instrument')));
      expect(results.map((m) => m.text)).toEqual([total]);
      expect(instruments).toHaveLength(1);
      expect(JSON.stringify(instruments[0]!.blocks)).toContain(total);
    } finally {
      door.release();
      await second.close();
      await first.close();
      await shared.drop();
      await door.close();
      await fake.close();
    }
  });
});
