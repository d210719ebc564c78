// What a process remembers between clicks (src/app/places.ts): never behind a start, stop or
// delete made here, never a read that raced one, and for commands always read afresh.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteLeerlijn } from '../../src/app/data.js';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import {
  LEERLIJN_TTL_MS, REFERENCE_RECHECK_MS, channelLeerlijn, forgetLeerlijnen, forgetReferences, noteReference, placesEpoch, referenceKnown, workspaceIdFor,
} from '../../src/app/places.js';
import { voterAccountIds } from '../../src/store/reach.js';
import { useCountedLeerlijn } from '../support/counting-db.js';
import { startFixture } from '../support/fixtures.js';

const env = useCountedLeerlijn(4);
afterEach(() => void vi.restoreAllMocks());

const cached = (): ReturnType<typeof channelLeerlijn> => channelLeerlijn(env.deps, env.s.workspaceId, 'C_TEAM', 'cached');

describe('workspace ids', () => {
  it('are asked of the database once per tenant', async () => {
    const first = await workspaceIdFor(env.deps, 'teams', 'tenant-x');
    expect(await workspaceIdFor(env.deps, 'teams', 'tenant-x')).toBe(first);
    expect(await workspaceIdFor(env.deps, 'slack', 'tenant-x')).not.toBe(first);
    expect(env.db.count).toBe(2);
  });
});

describe("the channel's leerlijn", () => {
  it('is read once for card actions, and every time for commands', async () => {
    expect((await cached())?.id).toBe(env.s.leerlijnId);
    expect((await cached())?.id).toBe(env.s.leerlijnId);
    expect(env.db.count).toBe(1);
    await channelLeerlijn(env.deps, env.s.workspaceId, 'C_TEAM', 'fresh');
    expect(env.db.count).toBe(2);
  });

  it('is read again after a stop or a delete made in this process', async () => {
    await cached();
    await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped');
    expect(await cached()).toBeNull();
    // A new one starts there only once the stopped one's data is deleted (src/app/ended.ts).
    await deleteLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'Het Baken College');
    const again = await startFixture(env.deps, { members: 2 });
    expect((await cached())?.id).toBe(again.leerlijnId);
    await deleteLeerlijn(env.deps, again.coordinator, again.leerlijnId, 'Het Baken College');
    expect(await cached()).toBeNull();
  });

  it('does not keep a read that was under way when a leerlijn changed', async () => {
    const reading = cached();
    forgetLeerlijnen(env.db.db); // as a stop committing meanwhile does
    await reading;
    env.db.reset();
    await cached();
    expect(env.db.count).toBe(1);
  });

  it('is read again for card actions after the TTL, which bounds what another replica can leave behind', async () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1_000_000);
    await cached();
    now.mockReturnValue(1_000_000 + LEERLIJN_TTL_MS - 1);
    await cached();
    expect(env.db.count).toBe(1);
    now.mockReturnValue(1_000_000 + LEERLIJN_TTL_MS);
    await cached();
    expect(env.db.count).toBe(2);
  });
});

describe('stored references', () => {
  it('are known as written, until a delete, a change or the recheck time', () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(5_000);
    noteReference(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' }, placesEpoch(env.db.db));
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' })).toBe(true);
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'b' })).toBe(false);
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U002', signature: 'a' })).toBe(false);
    now.mockReturnValue(5_000 + REFERENCE_RECHECK_MS);
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' })).toBe(false);
    noteReference(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' }, placesEpoch(env.db.db));
    forgetReferences(env.db.db);
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' })).toBe(false);
  });

  it('are not noted when a delete came between the write and the note', () => {
    const epoch = placesEpoch(env.db.db);
    forgetReferences(env.db.db);
    noteReference(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' }, epoch);
    expect(referenceKnown(env.db.db, { workspaceId: env.s.workspaceId, key: 'member:U001', signature: 'a' })).toBe(false);
  });
});

describe("voters' platform accounts", () => {
  const ref = (userId: string, id: unknown): Promise<unknown> =>
    env.db.db.query(`insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, $3::jsonb)`, [env.s.workspaceId, `member:${userId}`, JSON.stringify({ user: { id } })]);

  it('are read in one statement, in team order, leaving out those without a stored account', async () => {
    await ref('U000', '29:nul');
    await ref('U002', '29:twee');
    await ref('U003', 42);
    env.db.reset();
    expect(await voterAccountIds(env.db.db, env.s.workspaceId, env.s.leerlijnId, 60)).toEqual(['29:nul', '29:twee']);
    expect(env.db.count).toBe(1);
    // The limit counts voting members, with or without an account, as the card's list does.
    expect(await voterAccountIds(env.db.db, env.s.workspaceId, env.s.leerlijnId, 2)).toEqual(['29:nul']);
  });
});

describe('every write to a leerlijn row forgets the cached ones', () => {
  // A new write that is not here may leave a card action with a stale row: make it forget
  // (src/app/places.ts, forgetLeerlijnen) and list it.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const sources = files('src').map((f) => ({ file: f.split('\\').join('/'), text: readFileSync(join(root, f), 'utf8') }));
  const found = (pattern: RegExp): string[] => sources.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => `${file}: ${m[0]}`)).sort();

  it('writes leerlijnen rows only where it is known', () => {
    expect(found(/(insert into|delete from) leerlijnen\b|update leerlijnen set \w+/g)).toEqual([
      'src/app/meetings.ts: update leerlijnen set reminder_offsets', // not a column of LeerlijnRow
      'src/store/export.ts: delete from leerlijnen',
      'src/store/leerlijnen.ts: insert into leerlijnen',
      'src/store/leerlijnen.ts: update leerlijnen set status',
    ]);
  });

  it('calls those writes only from use cases that forget afterwards', () => {
    expect(found(/\b(insertLeerlijn|setLeerlijnStatus|deleteLeerlijnData)\(tx/g)).toEqual([
      'src/app/data.ts: deleteLeerlijnData(tx',
      'src/app/leerlijn.ts: insertLeerlijn(tx',
      'src/app/leerlijn.ts: setLeerlijnStatus(tx',
    ]);
    expect(found(/\b(insertLeerlijn|setLeerlijnStatus|deleteLeerlijnData)\((?!tx|db: )/g)).toEqual([]);
  });
});
