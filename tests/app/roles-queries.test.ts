// The roles form names up to ten people (a notulist and an invuller for each meeting): the team is
// read once for all of them, not once per person named.
import { expect, it } from 'vitest';
import { assignMeetingRoles } from '../../src/app/meetings.js';
import { useCountedLeerlijn } from '../support/counting-db.js';

const env = useCountedLeerlijn(4);

/** Reads of the members table: one is the coordinator check's, one the named people's. */
const memberReads = (): string[] => env.db.statements.filter((sql) => sql.startsWith('select user_id as "userId"'));

it('reads the team once for everyone the roles form names, and still refuses who is not on it', async () => {
  const [a, b, c, d] = env.s.members.map((m) => m.userId) as [string, string, string, string];
  await assignMeetingRoles(env.deps, env.s.coordinator, env.s.leerlijnId, [
    { kind: 'signalering', notulistUserId: a, invullerUserId: b },
    { kind: 'actieplan', notulistUserId: c, invullerUserId: d },
    { kind: 'terugkom', notulistUserId: b, invullerUserId: a },
    { kind: 'eindevaluatie', notulistUserId: d, invullerUserId: c },
  ]);
  expect(memberReads(), env.db.statements.join('\n')).toHaveLength(2);

  env.db.reset();
  await expect(assignMeetingRoles(env.deps, env.s.coordinator, env.s.leerlijnId, [
    { kind: 'signalering', notulistUserId: 'U_NOBODY', invullerUserId: b },
    { kind: 'actieplan', notulistUserId: c, invullerUserId: 'U_GONE' },
  ])).rejects.toMatchObject({ fields: [{ field: '0.notulistUserId', message: 'not_in_team' }, { field: '1.invullerUserId', message: 'not_in_team' }] });
  expect(memberReads()).toHaveLength(2);
});
