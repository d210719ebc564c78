// The coordinator sets when meeting reminders go out, from the Herinneringen button on the
// timeline: the modal shows the current settings, a bad combination stays in the form, and
// the planned reminders move at once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { getReminderSettings } from '../../../src/app/meetings.js';
import { t, tError } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { tick } from '../../../src/scheduler/tick.js';
import { FAKE_TEAM, input } from '../../fakes/slack-signing.js';
import { CHANNEL, COORDINATOR, NOW, USERS } from './harness.js';
import { lastView, useSlackLeerlijn } from './flow.js';

const MEMBER = USERS[3]!;
const env = useSlackLeerlijn('Het Baken', { checkBlocks: true });
let leerlijnId = '';
let workspaceId = '';

const deps = (): Deps => ({ db: env.h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' });
const settings = () => getReminderSettings(deps(), { workspaceId, userId: COORDINATOR }, leerlijnId);
const ephemeralText = (user: string): string => JSON.stringify(env.h.fake.ephemeralsTo(user));
/** The shared form sends yes/no as 'true'/'false'; a modal opened before it sent 'yes'/'no'. */
const SHARED = { yes: 'true', no: 'false' } as const;
const LEGACY = { yes: 'yes', no: 'no' } as const;
const values = (invite: string, before: string, atStart: 'yes' | 'no', notifyChannel: 'yes' | 'no' = 'no', said: typeof SHARED | typeof LEGACY = SHARED) => ({
  inviteDays: { v: input.select(invite) }, dayBefore: { v: input.select(before) }, atStart: { v: input.radio(said[atStart]) },
  notifyChannel: { v: input.radio(said[notifyChannel]) },
});

/** The first pending run of each meeting reminder kind: the signalering's, the earliest meeting. */
async function firstPending(): Promise<Record<string, string>> {
  const { rows } = await env.h.testDb.db.query<{ kind: string; runAt: Date }>(
    `select kind, min(run_at) as "runAt" from scheduled_jobs where leerlijn_id = $1::uuid and status = 'pending' and kind like 'meeting_%' group by kind`,
    [leerlijnId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, new Date(r.runAt).toISOString()]));
}

beforeAll(async () => {
  workspaceId = await ensureWorkspace(env.h.testDb.db, 'slack', FAKE_TEAM.id);
  const row = await activeLeerlijnIn(env.h.testDb.db, workspaceId, CHANNEL);
  if (!row) throw new Error('no leerlijn in the channel');
  leerlijnId = row.id;
});

describe('Slack: reminder settings from the timeline', () => {
  it('shows the Herinneringen button on the coordinator’s timeline only', async () => {
    await env.h.command(COORDINATOR, 'planning');
    await env.h.command(MEMBER, 'planning');
    await env.h.settle();
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'reminders.button.open'));
    expect(ephemeralText(COORDINATOR)).toContain('"action_id":"meeting_reminders"');
    expect(ephemeralText(MEMBER)).toContain(t('nl', 'timeline.heading'));
    expect(ephemeralText(MEMBER)).not.toContain('meeting_reminders');
  });

  it('opens the form with the current settings: invitation 7 days, reminder 1 day, at the start', async () => {
    await env.h.click(COORDINATOR, 'meeting_reminders', leerlijnId);
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    expect(view.callbackId).toBe('reminders');
    const initial = Object.fromEntries(
      (view.blocks as Array<{ block_id?: string; element?: { initial_option?: { value: string } } }>).map((b) => [b.block_id, b.element?.initial_option?.value]),
    );
    expect(initial).toMatchObject({ inviteDays: '7', dayBefore: '1', atStart: 'true' });
    const hint = (view.blocks as Array<{ block_id?: string; hint?: { text: string } }>).find((b) => b.block_id === 'dayBefore')?.hint?.text;
    expect(hint).toBe('Valt die dag in het weekend of op een feestdag, dan komt hij op de werkdag ervoor.');
  });

  it('keeps a reminder after the invitation in the form, with the reason beside the invitation', async () => {
    const view = lastView(env.h, COORDINATOR);
    const res = await env.h.submit(COORDINATOR, 'reminders', values('2', '3', 'yes'), view.meta);
    expect(res.json).toEqual({ response_action: 'errors', errors: { inviteDays: t('nl', 'field.invite_after_reminder') } });
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false });
  });

  it('refuses a team member who is not the coordinator', async () => {
    const view = lastView(env.h, COORDINATOR);
    const res = await env.h.submit(MEMBER, 'reminders', values('10', '2', 'no'), view.meta);
    expect(res.json).toEqual({ response_action: 'errors', errors: { inviteDays: tError('nl', 'not_coordinator', { coordinators: 'Lid 1' }) } });
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false });
  });

  it('saves 10 / 2 / no start message, moves the planned reminders and tells the coordinator', async () => {
    const before = await firstPending();
    // Signalering on Mon 2 Feb 2026 15:30 Amsterdam: 09:00 local is 08:00Z.
    expect(before).toMatchObject({ meeting_invite: '2026-01-26T08:00:00.000Z', meeting_day_before: '2026-01-30T08:00:00.000Z' });
    expect(before.meeting_start).toBeDefined();
    const view = lastView(env.h, COORDINATOR);
    const res = await env.h.submit(COORDINATOR, 'reminders', values('10', '2', 'no'), view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    expect(await settings()).toEqual({ inviteDays: 10, dayBefore: 2, atStart: false, notifyChannel: false });
    const after = await firstPending();
    expect(after).toMatchObject({ meeting_invite: '2026-01-23T08:00:00.000Z', meeting_day_before: '2026-01-30T08:00:00.000Z' });
    expect(after.meeting_start).toBeUndefined();
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'reminders.saved', { invite: 'een uitnodiging 10 dagen vooraf', shortReminder: 'een korte herinnering 2 dagen vooraf', atStart: 'geen bericht bij de start van de bijeenkomst' }));
    // Saturday 31 January, two days before, is not a working day: the short reminder goes on Friday.
    expect(ephemeralText(COORDINATOR)).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026, korte herinnering op vrijdag 30 januari 2026.');
  });

  it('notifies the whole channel (@channel) of the invitation and the start when the coordinator chooses so, not of the short reminder', async () => {
    await env.h.click(COORDINATOR, 'meeting_reminders', leerlijnId);
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    await env.h.submit(COORDINATOR, 'reminders', values('7', '1', 'yes', 'yes'), view.meta);
    await env.h.settle();
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: true });
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'reminders.savedNotify'));
    const postedAfter = async (iso: string): Promise<string[]> => {
      const before = env.h.fake.callsTo('chat.postMessage').length;
      await tick({ db: env.h.testDb.db, messengers: { slack: env.h.adapter.messenger } }, new Date(iso));
      await env.h.settle();
      return env.h.fake.callsTo('chat.postMessage').slice(before).filter((c) => c.body.channel === CHANNEL).map((c) => String(c.body.text));
    };
    // The signalering is on Monday 2 February 2026, 15:30 Amsterdam: the invitation goes a week before at 09:00.
    const invitation = await postedAfter('2026-01-26T08:00:30Z');
    expect(invitation).toHaveLength(1);
    expect(invitation[0]).toMatch(/^<!channel> Uitnodiging: de signaleringsbijeenkomst/);
    const reminder = await postedAfter('2026-02-01T08:00:30Z');
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).not.toContain('<!channel>');
    expect(await postedAfter('2026-02-02T14:30:30Z')).toEqual([expect.stringMatching(/^<!channel> /)]);
  });

  it('still saves from a modal opened before the form was shared (callback meeting_reminders, yes/no)', async () => {
    const view = lastView(env.h, COORDINATOR);
    const res = await env.h.submit(COORDINATOR, 'meeting_reminders', values('7', '1', 'no', 'no', LEGACY), view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: false, notifyChannel: false });
  });
});
