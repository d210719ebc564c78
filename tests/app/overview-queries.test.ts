// What one read of a person's overview (app/overview.ts getHome: the App Home, a personal chat's
// `status`) costs the database, counted: the leerlijnen it lists, running ones they are on and
// ended ones they coordinate, come in one statement, not one for each kind; and where each one
// stands for them (app/progress.ts, the next step the overview names) reads the team once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { getHome } from '../../src/app/overview.js';
import { getProgress } from '../../src/app/progress.js';
import { countingDb, type CountingDb } from '../support/counting-db.js';
import { pgliteTestDb } from '../support/db.js';
import { makeDeps, startFixture } from '../support/fixtures.js';

let db: CountingDb;
let deps: ReturnType<typeof makeDeps>;

beforeEach(async () => {
  db = countingDb(await pgliteTestDb());
  deps = makeDeps(db.db);
});
afterEach(() => db.drop());

describe('one overview read', () => {
  it('two running and two stopped leerlijnen of their coordinator: listed as before, in 8 statements', async () => {
    const started = [];
    for (const channelId of ['C_1', 'C_2', 'C_3', 'C_4']) {
      started.push(await startFixture(deps, { members: 2, channelId }));
      deps.setNow(new Date(deps.now().getTime() + 60_000));
    }
    const [first, second, third, fourth] = started as [typeof started[number], typeof started[number], typeof started[number], typeof started[number]];
    await stopLeerlijn(deps, first.coordinator, first.leerlijnId, 'stopped');
    deps.setNow(new Date(deps.now().getTime() + 60_000));
    await stopLeerlijn(deps, third.coordinator, third.leerlijnId, 'stopped');
    db.reset();
    const home = await getHome(deps, first.workspaceId, first.coordinator.userId);
    // Running in the order they started; ended, the last stopped first.
    expect(home.leerlijnen.map((l) => l.leerlijn.id)).toEqual([second.leerlijnId, fourth.leerlijnId]);
    expect(home.ended?.map((l) => l.leerlijn.id)).toEqual([third.leerlijnId, first.leerlijnId]);
    // The leerlijnen (1), their own actions (1), each running one's team and meetings (2 × 2), each ended one's team (2 × 1).
    expect(db.count, db.statements.join('\n')).toBe(8);
  });

  it('where a leerlijn stands for them (its next step): the team read once, in 9 statements', async () => {
    const s = await startFixture(deps, { members: 3 });
    db.reset();
    const progress = await getProgress(deps, s.coordinator, s.leerlijnId);
    expect(progress.progress.next).toMatchObject({ role: 'coordinator' });
    // The leerlijn, its team, then meetings, rounds, plan, actions, two evaluation lists and whether it was compared.
    expect(db.count, db.statements.join('\n')).toBe(9);
  });

  it('someone off the team is still refused, and the refusal written down, before anything but the team is read', async () => {
    const s = await startFixture(deps, { members: 3 });
    db.reset();
    await expect(getProgress(deps, { workspaceId: s.workspaceId, userId: 'U_OUTSIDER' }, s.leerlijnId)).rejects.toMatchObject({ code: 'not_on_team' });
    // The leerlijn, its team, then the refusal: no meeting, round, plan or action was read for them.
    expect(db.count, db.statements.join('\n')).toBe(3);
    expect(db.statements.at(-1)).toMatch(/^insert into audit_log/);
  });
});
