// The language of a person's own overview and private chat (app/overview.ts readerLangOf): that of
// the leerlijnen the overview shows them, when those share one. A coordinator's stopped leerlijn is
// shown there (when it stopped, until when its data is kept), so it counts for the language too; a
// member who does not see it still reads its language, as someone taken off a team does.
import { describe, expect, it } from 'vitest';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { getHome } from '../../src/app/overview.js';
import { personalLang } from '../../src/app/flows/reader-lang.js';
import { backends } from '../support/db.js';
import { makeDeps, startFixture } from '../support/fixtures.js';

describe.each(backends())('the overview’s language with a stopped leerlijn, on $name', ({ open }) => {
  it('a coordinator whose only leerlijn, an English one, was stopped reads her overview in English', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const s = await startFixture(deps, { members: 2, overrides: { lang: 'en' } });
      await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
      const home = await getHome(deps, s.workspaceId, s.coordinator.userId);
      expect(home.ended?.map((e) => e.leerlijn.id)).toEqual([s.leerlijnId]);
      expect(home.lang).toBe('en');
      expect(await personalLang({ deps, actor: s.coordinator }, false)).toBe('en');
    } finally {
      await t.drop();
    }
  });

  // Both ways round: with only an English chat, "the chat's own" could not be told from "the stopped one's".
  it.each(['en', 'nl'] as const)('one running in Dutch and a stopped English one she coordinates: they share no language, so the chat’s own (%s)', async (own) => {
    const t = await open();
    try {
      const deps = { ...makeDeps(t.db), defaultLang: own };
      const stopped = await startFixture(deps, { members: 2, channelId: 'C_EN', overrides: { lang: 'en' } });
      await stopLeerlijn(deps, stopped.coordinator, stopped.leerlijnId, 'stopped');
      await startFixture(deps, { members: 2, channelId: 'C_NL', overrides: { lang: 'nl' } });
      const home = await getHome(deps, stopped.workspaceId, stopped.coordinator.userId);
      expect({ running: home.leerlijnen.length, ended: home.ended?.length }).toEqual({ running: 1, ended: 1 });
      expect(home.lang).toBe(own);
      expect(await personalLang({ deps, actor: stopped.coordinator }, false)).toBe(own);
    } finally {
      await t.drop();
    }
  });

  // Not listed, yet their chat spoke its language up to the stop: as for someone taken off a team (pastTeamLangsOf), it goes on in it.
  it('a member who does not coordinate it does not see it, and still reads its language, not the server’s', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const s = await startFixture(deps, { members: 2, overrides: { lang: 'en' } });
      await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
      const member = s.members[1]!;
      const home = await getHome(deps, s.workspaceId, member.userId);
      expect({ running: home.leerlijnen.length, ended: home.ended?.length ?? 0, lang: home.lang }).toEqual({ running: 0, ended: 0, lang: 'en' });
      expect(await personalLang({ deps, actor: member }, false)).toBe('en');
    } finally {
      await t.drop();
    }
  });
});
