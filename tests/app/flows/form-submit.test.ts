// A sent form (app/flows/form-registry.ts submitFormFlow), for both platforms: whoever may not
// open the form is refused before what they typed is read, so a member is never asked to fix
// inputs of a form only the coordinator (or the meeting's invuller) may send. A Teams form is a
// card the whole channel sees.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formSpec, loadForm, submitFormFlow } from '../../../src/app/flows/form-registry.js';
import type { ErrorView, FormSurface, Place } from '../../../src/app/flows/surface.js';
import { assignMeetingRoles, getTimeline } from '../../../src/app/meetings.js';
import { fillsIn } from '../../../src/app/fillers.js';
import { leerlijnById } from '../../../src/store/leerlijnen.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

const CHANNEL: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };

describe.each(backends())('a sent form on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** Sends the form as this person; what the form answered: refused with a view, or accepted. */
  async function send(form: 'move' | 'reminders' | 'delete' | 'stop' | 'plan', userId: string, values: Record<string, string>): Promise<Array<ErrorView | 'accepted'>> {
    const answers: Array<ErrorView | 'accepted'> = [];
    const surface: FormSurface = {
      ...surfaceFake({ post: async () => undefined, people: async () => [] }),
      formAccepted: async () => void answers.push('accepted'),
      formRefused: async (view) => void answers.push(view),
    };
    const actor = { workspaceId: env.s.coordinator.workspaceId, userId };
    await submitFormFlow(formSpec(form), { deps: env.deps, log: pino({ level: 'silent' }), actor, place: CHANNEL, lang: 'nl', surface, leerlijnId: env.s.leerlijnId }, values);
    return answers;
  }

  it('refuses a member’s empty move form as not theirs, not as badly filled in', async () => {
    const member = env.s.members[1]!.userId;
    expect(await send('move', member, {})).toEqual([expect.objectContaining({ type: 'error', code: 'not_coordinator' })]);
    const [refusal] = await send('move', member, { kind: 'terugkom', date: 'morgen', time: '' });
    expect(refusal).not.toHaveProperty('fields');
  });

  it('refuses someone outside the team as it refuses a member: only the coordinator may send these forms', async () => {
    for (const form of ['move', 'reminders', 'delete', 'stop'] as const) {
      expect(await send(form, 'U_OUTSIDER', { confirm: 'Het Baken College' }), form).toEqual([expect.objectContaining({ code: 'not_coordinator' })]);
    }
    expect((await getTimeline(env.deps, env.s.coordinator, env.s.leerlijnId)).meetings).toHaveLength(4);
  });

  it('still reads the coordinator’s values: an empty move form shows its problems', async () => {
    const [refusal] = await send('move', env.s.coordinator.userId, {});
    expect(refusal).toMatchObject({ type: 'error', code: 'invalid_input' });
    expect((refusal as ErrorView).fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['kind', 'date', 'time']));
  });

  it('opens and takes the actieplan’s form from the coordinator and the meeting’s invuller, from no other member', async () => {
    const [bram, chen] = env.s.members.slice(1) as [typeof env.s.coordinator, typeof env.s.coordinator];
    await assignMeetingRoles(env.deps, env.s.coordinator, env.s.leerlijnId, { kind: 'actieplan', invullerUserId: chen.userId });
    const req = { leerlijnId: env.s.leerlijnId, onderdeel: 'P1' };
    await expect(loadForm(env.deps, bram, formSpec('plan'), req, { open: true })).rejects.toMatchObject({ code: 'not_invuller' });
    await expect(loadForm(env.deps, chen, formSpec('plan'), req, { open: true })).resolves.toMatchObject({ lang: 'nl' });
    expect(await send('plan', bram.userId, { onderdeel: 'P1' })).toEqual([expect.objectContaining({ code: 'not_invuller' })]);
    const leerlijn = (await leerlijnById(env.t.db, env.s.leerlijnId))!;
    expect([await fillsIn(env.deps, bram, leerlijn, 'actieplan'), await fillsIn(env.deps, chen, leerlijn, 'actieplan')]).toEqual([false, true]);
  });
});
