// The roles form names up to ten people (a notulist and an invuller for each meeting): the team is
// read once for all of them, not once per person named.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { assignMeetingRoles } from '../../src/app/meetings.js';
import { countingDb, type CountingDb } from '../support/counting-db.js';
import { pgliteTestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

let db: CountingDb;
let deps: ReturnType<typeof makeDeps>;
let s: Started;

beforeEach(async () => {
  db = countingDb(await pgliteTestDb());
  deps = makeDeps(db.db);
  s = await startFixture(deps, { members: 4 });
  db.reset();
});
afterEach(() => db.drop());

/** Reads of the members table: one is the coordinator check's, one the named people's. */
const memberReads = (): string[] => db.statements.filter((sql) => sql.startsWith('select user_id as "userId"'));

it('reads the team once for everyone the roles form names, and still refuses who is not on it', async () => {
  const [a, b, c, d] = s.members.map((m) => m.userId) as [string, string, string, string];
  await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
    { kind: 'signalering', notulistUserId: a, invullerUserId: b },
    { kind: 'actieplan', notulistUserId: c, invullerUserId: d },
    { kind: 'terugkom', notulistUserId: b, invullerUserId: a },
    { kind: 'eindevaluatie', notulistUserId: d, invullerUserId: c },
  ]);
  expect(memberReads(), db.statements.join('\n')).toHaveLength(2);

  db.reset();
  await expect(assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
    { kind: 'signalering', notulistUserId: 'U_NOBODY', invullerUserId: b },
    { kind: 'actieplan', notulistUserId: c, invullerUserId: 'U_GONE' },
  ])).rejects.toMatchObject({ fields: [{ field: '0.notulistUserId', message: 'not_in_team' }, { field: '1.invullerUserId', message: 'not_in_team' }] });
  expect(memberReads()).toHaveLength(2);
});
