// The mark a paged team form keeps once its session's team was posted (app/flows/team-form.ts): it
// holds for that leerlijn's form only, so a session id sent with another leerlijn's last page (replayed
// or forged card data) cannot keep that team from its channel, even a team that looks the same.
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { teamSubmitted } from '../../../src/app/flows/team-form.js';
import type { TeamFormSurface } from '../../../src/app/flows/surface.js';
import { backends } from '../../support/db.js';
import { makeDeps, startFixture, type Started } from '../../support/fixtures.js';
import { surfaceFake, unexpected } from '../../support/surface-fake.js';

describe.each(backends())('a team form session on $name', ({ open }) => {
  it('marks one leerlijn: the same session on another leerlijn with the same team still posts it', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const [a, b] = [await startFixture(deps, { channelId: 'C_A' }), await startFixture(deps, { channelId: 'C_B' })];
      const session = randomUUID();
      /** The last page of a form that saved on an earlier page, sent with `session`: what went to the channel. */
      async function lastPage(s: Started): Promise<string[]> {
        const posted: string[] = [];
        const surface: TeamFormSurface = {
          ...surfaceFake({
            reply: async () => undefined, post: async (view) => void posted.push(view.type), recount: async () => undefined, people: async () => [],
          }),
          formAccepted: async () => undefined, formRefused: unexpected('formRefused'),
        };
        const place = { channelId: s.view.leerlijn.channelId, personal: false, repliesSeenByAll: false };
        const ctx = { deps, log: pino({ level: 'silent' }), actor: s.coordinator, place, lang: 'nl' as const, surface, leerlijnId: s.leerlijnId };
        await teamSubmitted(ctx, { members: [], add: [], savedBefore: true, session });
        return posted;
      }
      expect(await lastPage(a)).toEqual(['team']);
      expect(await lastPage(a)).toEqual([]);
      expect(await lastPage(b)).toEqual(['team']);
    } finally {
      await t.drop();
    }
  });
});
