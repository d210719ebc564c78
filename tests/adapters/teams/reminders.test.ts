// The coordinator sets when meeting reminders go out, from the Herinneringen form on the
// timeline card: prefilled with the current settings, a bad combination comes back with the
// reason beside the input, and the planned reminders move at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { adaptiveCardProblems } from '../../support/adaptive-cards.js';
import { makeDeps } from '../../support/fixtures.js';
import { getReminderSettings } from '../../../src/app/meetings.js';
import { t, tError } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { tick } from '../../../src/scheduler/tick.js';
import { CHANNEL, PEOPLE, TENANT, cardText, startHarness, type Harness, elements, textAfter, startHetBaken } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;
let leerlijnId = '';
let workspaceId = '';

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  const row = await activeLeerlijnIn(h.db.db, workspaceId, CHANNEL.id);
  if (!row) throw new Error('no leerlijn in the channel');
  leerlijnId = row.id;
});

afterAll(async () => {
  const problems = h.cards.flatMap((c) => adaptiveCardProblems(c));
  await h.close();
  expect(problems).toEqual([]);
});

const lastCard = (): JsonObject => h.connector.lastCardIn(CHANNEL.id)!;
const settings = () => getReminderSettings(makeDeps(h.db.db), { workspaceId, userId: anna.aadObjectId }, leerlijnId);

const byId = (card: unknown, id: string) => elements(card).find((e) => e.id === id);

async function pendingKinds(): Promise<Record<string, string>> {
  const { rows } = await h.db.db.query<{ kind: string; runAt: Date }>(
    `select kind, min(run_at) as "runAt" from scheduled_jobs where leerlijn_id = $1::uuid and status = 'pending' and kind like 'meeting_%' group by kind`,
    [leerlijnId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, new Date(r.runAt).toISOString()]));
}

describe('Teams: reminder settings from the timeline card', () => {
  it('gives the coordinator the form filled with the current settings; a team member’s timeline has none', async () => {
    await h.say(bram, 'planning');
    const member = lastCard();
    expect(cardText(member)).toContain(t('nl', 'timeline.heading'));
    expect(JSON.stringify(member)).not.toContain(t('nl', 'reminders.button.open'));

    await h.say(anna, 'planning');
    // In the channel everyone sees the planning; the form is in anna's own view of it.
    expect(JSON.stringify(lastCard())).not.toContain(t('nl', 'reminders.button.open'));
    const form = elements(await h.seenBy(anna, lastCard())).find((e) => e.type === 'Action.ShowCard' && e.title === t('nl', 'reminders.button.open'));
    expect(form).toBeDefined();
    expect([byId(form, 'inviteDays')?.value, byId(form, 'dayBefore')?.value, byId(form, 'atStart')?.value]).toEqual(['7', '1', 'true']);
    expect(textAfter(form, 'dayBefore')).toBe('Valt die dag in het weekend of op een feestdag, dan komt hij op de werkdag ervoor.');
  });

  it('answers a reminder after the invitation with the form again, values kept and the reason beside the invitation', async () => {
    await h.submit(anna, { form: 'reminders', inviteDays: '2', dayBefore: '3', atStart: 'false' });
    const form = lastCard();
    expect(textAfter(form, 'inviteDays')).toBe(t('nl', 'field.invite_after_reminder'));
    expect([byId(form, 'inviteDays')?.value, byId(form, 'dayBefore')?.value, byId(form, 'atStart')?.value]).toEqual(['2', '3', 'false']);
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false });
  });

  it('refuses a team member who is not the coordinator', async () => {
    await h.submit(bram, { form: 'reminders', inviteDays: '10', dayBefore: '2', atStart: 'false' });
    expect(cardText(lastCard())).toContain(tError('nl', 'not_coordinator'));
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false });
  });

  it('saves 10 / 2 / no start message, moves the planned reminders and confirms', async () => {
    expect(await pendingKinds()).toMatchObject({ meeting_invite: '2026-01-26T08:00:00.000Z', meeting_day_before: '2026-01-30T08:00:00.000Z' });
    await h.submit(anna, { form: 'reminders', inviteDays: '10', dayBefore: '2', atStart: 'false' });
    expect(cardText(lastCard())).toContain(t('nl', 'reminders.saved', { invite: 'een uitnodiging 10 dagen vooraf', shortReminder: 'een korte herinnering 2 dagen vooraf', atStart: 'geen bericht bij de start van de bijeenkomst' }));
    // Saturday 31 January, two days before, is not a working day: the short reminder goes on Friday.
    expect(cardText(lastCard())).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026, korte herinnering op vrijdag 30 januari 2026.');
    expect(await settings()).toEqual({ inviteDays: 10, dayBefore: 2, atStart: false, notifyChannel: false });
    const after = await pendingKinds();
    expect(after).toMatchObject({ meeting_invite: '2026-01-23T08:00:00.000Z', meeting_day_before: '2026-01-30T08:00:00.000Z' });
    expect(after.meeting_start).toBeUndefined();
  });

  it('notifies the whole channel of the invitation and the start when the coordinator chooses so, not of the short reminder', async () => {
    await h.submit(anna, { form: 'reminders', inviteDays: '7', dayBefore: '1', atStart: 'true', notifyChannel: 'true' });
    expect(cardText(lastCard())).toContain(t('nl', 'reminders.savedNotify'));
    expect(await settings()).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: true });
    const mentionsAfter = async (iso: string) => {
      const before = h.connector.messagesIn(CHANNEL.id).length;
      await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, new Date(iso));
      await h.flush();
      return h.connector.messagesIn(CHANNEL.id).slice(before).map((m) => (m.activity.entities ?? []) as unknown[]);
    };
    // The signalering is on Monday 2 February 2026, 15:30 Amsterdam: the invitation goes a week before at 09:00.
    const invitation = await mentionsAfter('2026-01-26T08:00:30Z');
    expect(invitation).toEqual([[{ type: 'mention', text: '<at>kanaal</at>', mentioned: { id: CHANNEL.id, name: 'kanaal' } }]]);
    expect(await mentionsAfter('2026-02-01T08:00:30Z')).toEqual([[]]);
    const start = await mentionsAfter('2026-02-02T14:30:30Z');
    expect(start.map((e) => e.length)).toEqual([1]);
  });
});
