// The delete form sent, and the delete itself failing after its checks passed (here: a table it
// empties is gone, as in an outage). The round's posted cards were drawn deleted first, while
// their records still say where they are (app/flows/data.ts deleteSubmitted). The leerlijn still
// runs, so they are drawn back as they stand: no card may say "deleted", without its vote
// buttons, for a leerlijn the coordinator is told to try deleting again.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { formSpec, submitFormFlow } from '../../../src/app/flows/form-registry.js';
import type { ErrorView, FormSurface, Place } from '../../../src/app/flows/surface.js';
import { openRound } from '../../../src/app/rounds.js';
import type { RoundView } from '../../../src/app/views.js';
import { leerlijnById } from '../../../src/store/leerlijnen.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

const CHANNEL: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };

describe.each(backends())('a delete that fails after its checks, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);
  afterEach(async () => {
    await env.t.db.query('alter table if exists conversation_refs_gone rename to conversation_refs');
  });

  it('leaves the leerlijn, says to try again, and draws its open round back with its buttons', async () => {
    const anna = env.s.coordinator;
    await openRound(env.deps, anna, env.s.leerlijnId, 'week1');
    await env.t.db.query('alter table conversation_refs rename to conversation_refs_gone');
    const drawn: Array<{ deleted: boolean; stopped: boolean }> = [];
    const answers: Array<ErrorView | 'accepted'> = [];
    const surface: FormSurface = {
      ...surfaceFake({ roundClosed: async (round: RoundView) => (drawn.push({ deleted: round.deleted === true, stopped: round.stopped }), null) }),
      formAccepted: async () => void answers.push('accepted'),
      formRefused: async (view) => void answers.push(view),
    };
    const ctx = { deps: env.deps, log: pino({ level: 'silent' }), actor: anna, place: CHANNEL, lang: 'nl' as const, surface, leerlijnId: env.s.leerlijnId };
    // Thrown on, so the caller says to try again (not swallowed as if it went through).
    await expect(submitFormFlow(formSpec('delete'), ctx, { confirm: 'Het Baken College' })).rejects.toThrow();
    expect((await leerlijnById(env.t.db, env.s.leerlijnId))?.status).toBe('active');
    // Drawn deleted first (else the redraw back proves nothing), then as it stands.
    expect(drawn).toEqual([{ deleted: true, stopped: true }, { deleted: false, stopped: false }]);
  });
});
