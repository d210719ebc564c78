// What a paged team form keeps of its session on the server (app/flows/team-session.ts): nothing for a
// form of one page, every page's moves when two pages are saved at once, and after the channel heard the
// team, a last page sent again with a change names only that change.
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teamSubmitted, type MemberChoice, type TeamFormInput } from '../../../src/app/flows/team-form.js';
import type { ChannelView, TeamFormSurface } from '../../../src/app/flows/surface.js';
import type { Db } from '../../../src/store/db.js';
import { backends, type TestDb } from '../../support/db.js';
import { makeDeps, startFixture, type Started } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

/** What the channel post said above the team: each line's key and whom it names. */
type Said = Array<{ key: string; names: readonly string[] }>;

describe.each(backends())('a team form session on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  /** The team posts in the channel, in order: what each said above the team. */
  let posts: Said[];
  /** Statements that wrote a session record. */
  let sessionWrites: string[];

  beforeEach(async () => {
    t = await open();
    s = await startFixture(makeDeps(t.db), { members: 4 });
    posts = [];
    sessionWrites = [];
  });
  afterEach(() => t.drop());

  /** A page of the form: `last` says whether it is the form's last page. */
  async function page(input: TeamFormInput, last: boolean): Promise<void> {
    const watched: Db = {
      ...t.db,
      query: (sql, params, opts) => {
        if (!/^\s*select/i.test(sql) && params?.some((p) => typeof p === 'string' && /^team_(moves|told):/.test(p))) sessionWrites.push(sql);
        return t.db.query(sql, params, opts);
      },
      transaction: (fn, opts) =>
        t.db.transaction((tx) => fn({ ...tx, query: (sql, params, o) => (params?.some((p) => typeof p === 'string' && /^team_(moves|told):/.test(p)) && !/^\s*select/i.test(sql) && sessionWrites.push(sql), tx.query(sql, params, o)) }), opts),
    };
    const deps = makeDeps(watched);
    const said = (view: ChannelView): Said => (view.type === 'team' ? (view.change ?? []).map((l) => ({ key: l.key, names: [...(l.people?.names ?? [])].sort() })) : []);
    const surface: TeamFormSurface = {
      ...surfaceFake({
        reply: async () => undefined, post: async (view) => void posts.push(said(view)),
        recount: async () => undefined, notify: async () => ({ ok: true }), people: async () => [],
      }),
      formAccepted: async () => undefined, formRefused: async (r) => { throw new Error(`refused: ${JSON.stringify(r)}`); },
      pageAfter: () => (last ? undefined : async () => undefined),
    };
    const place = { channelId: s.view.leerlijn.channelId, personal: false, repliesSeenByAll: false };
    await teamSubmitted({ deps, log: pino({ level: 'silent' }), actor: s.coordinator, place, lang: 'nl', surface, leerlijnId: s.leerlijnId }, input);
  }
  const remove = (userId: string): MemberChoice => ({ userId, side: undefined, level: undefined, remove: true });
  const coordinator = (userId: string, isCoordinator: boolean): MemberChoice => ({ userId, side: undefined, level: undefined, isCoordinator });

  it('a form of one page keeps no session record: the channel hears it at once', async () => {
    await page({ members: [remove('U003')], add: [] }, true);
    expect(posts).toEqual([[{ key: 'team.removed', names: ['U003'] }]]);
    expect(sessionWrites).toEqual([]);
  });

  it('two pages of one session saved at the same moment: the last page names both pages’ moves', async () => {
    const session = randomUUID();
    await page({ members: [remove('U001')], add: [], session }, false);
    await Promise.all([page({ members: [remove('U002')], add: [], session, savedBefore: true }, false), page({ members: [remove('U003')], add: [], session, savedBefore: true }, false)]);
    expect(posts).toEqual([]);
    await page({ members: [], add: [], session, savedBefore: true }, true);
    expect(posts).toEqual([[{ key: 'team.removedMany', names: ['U001', 'U002', 'U003'] }]]);
  });

  it('the last page sent again with a change names that change only; sent again without one, nothing', async () => {
    const session = randomUUID();
    await page({ members: [coordinator('U001', true)], add: [], session }, false);
    await page({ members: [remove('U003')], add: [], session, savedBefore: true }, true);
    await page({ members: [coordinator('U002', true)], add: [], session, savedBefore: true }, true);
    await page({ members: [], add: [], session, savedBefore: true }, true);
    expect(posts).toEqual([
      [{ key: 'team.removed', names: ['U003'] }, { key: 'team.nowCoordinator', names: ['U001'] }],
      [{ key: 'team.nowCoordinator', names: ['U002'] }],
    ]);
  });
});
