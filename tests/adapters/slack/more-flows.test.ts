// The Slack flows leerlijn.test.ts does not walk through: export, delete, moving a meeting,
// notulist/invuller, status, acties, mijn-acties, and a leerlijn in English.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import type { Deps } from '../../../src/app/context.js';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { getStatusInChannel } from '../../../src/app/overview.js';
import { renderNotice } from '../../../src/adapters/slack/render/reply.js';
import { t, tError } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM, input } from '../../fakes/slack-signing.js';
import { allViolations, CHANNEL, COORDINATOR, NOW, startHarness, USERS, type Harness } from './harness.js';
import { lastView, startLeerlijnInSlack } from './flow.js';
import { slackText } from '../../story/drivers/text.js';

const SCHOOL = 'Het Baken & Co';
const OWNER = USERS[1]!;
const dmOf = (user: string): string => `D${user.slice(1)}`;
const ephemeralText = (h: Harness, user: string): string => JSON.stringify(h.fake.ephemeralsTo(user));
const channelText = (h: Harness): string => JSON.stringify(h.fake.messagesIn(CHANNEL));

function depsOf(h: Harness): Deps {
  return { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' };
}

async function leerlijnId(h: Harness): Promise<string> {
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  const row = await activeLeerlijnIn(h.testDb.db, workspaceId, CHANNEL);
  if (!row) throw new Error('no leerlijn in the channel');
  return row.id;
}

/** Two actions through the use case (the actieplan modal itself is covered in leerlijn.test.ts). */
async function seedActions(h: Harness): Promise<void> {
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  await savePlanItem(depsOf(h), { workspaceId, userId: COORDINATOR }, await leerlijnId(h), {
    onderdeel: 'A1', watKanBeter: 'Weinig contact', gewensteEindsituatie: 'Wekelijks contact',
    actions: [
      { description: 'Rooster *bold* delen met <@U123>', ownerUserId: OWNER, dueDate: '2026-02-20' },
      { description: 'Spreekuur inplannen', ownerUserId: USERS[2]!, dueDate: '2026-03-01' },
    ],
  });
}

// One harness for the file: the adapter caches our workspace id per Slack team for the
// process, so a second harness (a second database) in the same file would see a stale id.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Slack: planning, status, actions, export and delete', () => {
  beforeAll(async () => {
    await startLeerlijnInSlack(h, SCHOOL);
  });

  it('shows `status` only to whoever asked', async () => {
    await h.command(USERS[4]!, 'status');
    await h.settle();
    const mine = ephemeralText(h, USERS[4]!);
    expect(mine).toContain(t('nl', 'status.actions', { open: 0, bezig: 0, klaar: 0, looptVast: 0 }));
    expect(mine).toContain(t('nl', 'status.active'));
    expect(ephemeralText(h, USERS[5]!)).not.toContain(t('nl', 'status.active'));
    expect(channelText(h)).not.toContain(t('nl', 'status.active'));
  });

  it('refuses to move a meeting out of order, with the reason in the form', async () => {
    await h.click(COORDINATOR, 'meeting_move', await leerlijnId(h));
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(view.callbackId).toBe('move');
    const before = h.fake.messagesIn(CHANNEL).length;
    const res = await h.submit(COORDINATOR, 'move', { kind: { v: input.select('eindevaluatie') }, date: { v: input.date('2026-03-01') }, time: { v: input.text('15:30') } }, view.meta);
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { date: expect.stringContaining(t('nl', 'schedule.issue.order')) } });
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before);
  });

  it('moves a meeting onto a Saturday and posts the timeline with the warnings', async () => {
    await h.click(COORDINATOR, 'meeting_move', await leerlijnId(h));
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const res = await h.submit(COORDINATOR, 'move', { kind: { v: input.select('actieplan') }, date: { v: input.date('2026-02-21') }, time: { v: input.text('10:00') } }, view.meta);
    expect(res.text).toBe('');
    await h.settle();
    const last = JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1));
    expect(last).toContain(t('nl', 'schedule.warningIntro'));
    expect(last).toContain(t('nl', 'schedule.issue.weekend'));
    expect(last).toContain('za 21 feb 2026, 10.00 uur');
  });

  it('the "is the plan getting going?" prompt moves the terugkom earlier in one click, from the DM', async () => {
    const id = await leerlijnId(h);
    const status = await getStatusInChannel(depsOf(h), await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id), CHANNEL);
    const prompt = renderNotice({ type: 'coordinator_prompt', prompt: 'plan_going', leerlijn: status.leerlijn, meeting: null, openRound: false, unagreed: 0 });
    expect(JSON.stringify(prompt.blocks)).toContain(t('nl', 'reminder.button.moveTerugkom'));
    await h.click(COORDINATOR, 'meeting_move', `${id}|terugkom`, { channel: dmOf(COORDINATOR) });
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(JSON.stringify(view.blocks)).toContain('"initial_option"');
    expect(JSON.stringify(view.blocks)).toContain('"value":"terugkom"');
    // Sent as a move modal opened before the form was shared (callback meeting_move): it still moves.
    const res = await h.submit(COORDINATOR, 'meeting_move', { kind: { v: input.select('terugkom') }, date: { v: input.date('2026-03-16') }, time: { v: input.text('15:30') } }, view.meta);
    expect(res.text).toBe('');
    await h.settle();
    // The new timeline goes to the team's channel, not to the coordinator's DM.
    expect(JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1))).toContain('ma 16 mrt 2026, 15.30 uur');
  });

  it('names the notulist and invuller; someone outside the team is refused', async () => {
    await h.click(COORDINATOR, 'meeting_roles', await leerlijnId(h));
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(view.callbackId).toBe('roles');
    const user = (id: string): { v: { type: 'users_select'; selected_user: string } } => ({ v: { type: 'users_select', selected_user: id } });
    const bad = await h.submit(COORDINATOR, 'roles', { '0.notulistUserId': user('U0STRANGER') }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { '0.notulistUserId': t('nl', 'field.not_in_team') } });
    const ok = await h.submit(COORDINATOR, 'roles', { '0.notulistUserId': user(OWNER), '0.invullerUserId': user(USERS[2]!) }, view.meta);
    expect(ok.text).toBe('');
    await h.settle();
    const last = JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1));
    expect(last).toContain(`${t('nl', 'timeline.notulist')}: <@${OWNER}>`);
    expect(last).toContain(`${t('nl', 'timeline.invuller')}: <@${USERS[2]}>`);
  });

  it('keeps where a meeting takes place, from the same form, shown so that it cannot ping anyone; a too long one is refused', async () => {
    await h.click(COORDINATOR, 'meeting_roles', await leerlijnId(h));
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(JSON.stringify(view)).toContain('"block_id":"1.location"');
    const text = (value: string) => ({ v: { type: 'plain_text_input' as const, value } });
    const bad = await h.submit(COORDINATOR, 'roles', { '1.location': text('x'.repeat(201)) }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { '1.location': t('nl', 'field.too_long') } });
    const ok = await h.submit(COORDINATOR, 'roles', { '1.location': text('Lokaal *12* <!here>') }, view.meta);
    expect(ok.text).toBe('');
    await h.settle();
    const last = JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1));
    expect(last).toContain(`${t('nl', 'timeline.location')}: Lokaal`);
    expect(last).not.toContain('<!here>');
  });

  it('lists all actions for whoever asks `acties`, with user text escaped', async () => {
    await seedActions(h);
    await h.command(USERS[5]!, 'acties');
    await h.settle();
    const list = ephemeralText(h, USERS[5]!);
    expect(list).toContain('Spreekuur inplannen');
    expect(list).toContain('Rooster \u2217bold\u2217 delen met &lt;@U123&gt;');
    expect(list).not.toContain('<@U123>');
  });

  it('shows `mijn-acties` only to its owner, with their actions only', async () => {
    const othersBefore = ephemeralText(h, USERS[2]!);
    await h.command(OWNER, 'mijn-acties');
    await h.settle();
    const mine = JSON.stringify(h.fake.ephemeralsTo(OWNER).at(-1));
    expect(mine).toContain('Rooster \u2217bold\u2217 delen');
    expect(mine).not.toContain('Spreekuur inplannen');
    expect(mine).toContain(t('nl', 'action.button.klaar'));
    expect(ephemeralText(h, USERS[2]!)).toBe(othersBefore);
    expect(channelText(h)).not.toContain(t('nl', 'home.myActions'));
  });

  it('sends the export as one ZIP (CSV, PDF, JSON) to the coordinator, and refuses anyone else', async () => {
    await h.command(USERS[3]!, 'export');
    await h.settle();
    expect(ephemeralText(h, USERS[3]!)).toContain(tError('nl', 'not_coordinator'));
    expect(h.fake.uploads()).toEqual([]);
    // Slack has its answer before the PDFs are made: an export never keeps it waiting past 3 s.
    await h.command(COORDINATOR, 'export');
    expect(h.fake.uploads()).toEqual([]);
    await h.settle();
    const [file] = h.fake.uploads();
    expect(file).toMatchObject({ completed: true, channel: dmOf(COORDINATOR) });
    const entries = unzipSync(new Uint8Array(file!.bytes));
    const names = Object.keys(entries);
    expect(names.every((n) => n.startsWith('leerlijn-het-baken-'))).toBe(true);
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    const json = names.find((n) => n.endsWith('.json'))!;
    const data = JSON.parse(Buffer.from(entries[json]!).toString('utf8')) as { formatVersion: number; leerlijn: { schoolName?: string }; actions: unknown[] };
    expect(data.formatVersion).toBe(2);
    expect(JSON.stringify(data.leerlijn)).toContain(SCHOOL);
    expect(data.actions).toHaveLength(2);
    // Named, as every other DM names its leerlijn: a coordinator of two teams can tell whose export it is.
    expect(h.fake.messagesIn(dmOf(COORDINATOR)).map((m) => slackText(m, new Map())).join('\n')).toContain(`De export van de leerlijn van ${SCHOOL} staat klaar.`);
    // Told where it went, where the export was asked for.
    expect(ephemeralText(h, COORDINATOR)).toContain(t('nl', 'export.sentPrivately'));
  });

  it('says so when the export could not be sent, instead of a general error', async () => {
    h.fake.failNext('conversations.open', { error: 'not_allowed_token_type', times: 10 });
    await h.command(COORDINATOR, 'export');
    await h.settle();
    h.fake.failNext('conversations.open', { times: 0 });
    expect(ephemeralText(h, COORDINATOR)).toContain(t('nl', 'export.notSent', { error: 'not_allowed_token_type' }));
  });

  it('deletes only after the coordinator types the school name', async () => {
    const open = async (user: string): Promise<{ meta: string }> => {
      await h.command(user, 'verwijder');
      await h.settle();
      const view = lastView(h, user);
      expect(view.callbackId).toBe('delete');
      return view;
    };
    const wrong = await h.submit(COORDINATOR, 'delete', { confirm: { v: input.text('Het Baken') } }, (await open(COORDINATOR)).meta);
    expect(wrong.json).toMatchObject({ response_action: 'errors', errors: { confirm: t('nl', 'field.confirm_mismatch') } });
    // A member who is not the coordinator gets no form at all, only the refusal.
    const modalsBefore = h.fake.calls.filter((c) => c.method === 'views.open').length;
    await h.command(USERS[3]!, 'verwijder');
    await h.settle();
    expect(h.fake.calls.filter((c) => c.method === 'views.open').length).toBe(modalsBefore);
    expect(JSON.stringify(h.fake.ephemeralsTo(USERS[3]!).at(-1)?.body)).toContain(tError('nl', 'not_coordinator'));
    // A submit forged with the coordinator's form is refused all the same.
    const stranger = await h.submit(USERS[3]!, 'delete', { confirm: { v: input.text(SCHOOL) } }, (await open(COORDINATOR)).meta);
    // On the team, they also hear who the coordinator is.
    expect(stranger.json).toMatchObject({ response_action: 'errors', errors: { confirm: `${tError('nl', 'not_coordinator')} ${t('nl', 'refusal.coordinatorIs', { coordinators: 'Lid 1' })}` } });
    expect(await leerlijnId(h)).toMatch(/^[0-9a-f-]{36}$/);

    const right = await h.submit(COORDINATOR, 'delete', { confirm: { v: input.text(' het baken & co ') } }, (await open(COORDINATOR)).meta);
    expect(right.text).toBe('');
    await h.settle();
    expect(JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1))).toContain(t('nl', 'export.deleted', { name: `<@${COORDINATOR}>` }));
    const { rows } = await h.testDb.db.query<{ n: number }>('select count(*)::int as n from leerlijnen');
    expect(rows[0]?.n).toBe(0);
    await h.command(USERS[4]!, 'status');
    await h.settle();
    expect(JSON.stringify(h.fake.ephemeralsTo(USERS[4]!).at(-1))).toContain(tError('nl', 'no_leerlijn'));
  });

  it('kept every payload inside Block Kit limits', () => {
    expect(allViolations(h.fake)).toEqual([]);
  });
});

describe('Slack: a leerlijn in English answers in English', () => {
  beforeAll(async () => {
    // Started through the use case: the Slack start modal has no language choice (see report).
    const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
    await startLeerlijn(depsOf(h), { workspaceId, userId: COORDINATOR }, {
      channelId: CHANNEL, kind: 'bestaand', schoolName: 'Harbour College', youthOrgName: 'City Youth Work', startDate: '2026-02-02', startTime: '15:30',
      lang: 'en', randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [COORDINATOR],
      members: USERS.map((userId, i) => ({ userId, displayName: `Member ${i}`, side: i % 2 === 0 ? 'school' : 'jongerenwerk', level: i < 2 ? 'manager' : 'uitvoerder' })),
    });
    await seedActions(h);
  });

  it('answers status, help and refusals in English', async () => {
    const seen = h.fake.ephemeralsTo(USERS[3]!).length;
    await h.command(USERS[3]!, 'status');
    await h.command(USERS[3]!, 'export');
    await h.settle();
    const text = JSON.stringify(h.fake.ephemeralsTo(USERS[3]!).slice(seen));
    expect(text).toContain(t('en', 'status.actions', { open: 2, bezig: 0, klaar: 0, looptVast: 0 }));
    expect(text).toContain(tError('en', 'not_coordinator'));
    const help = await h.command(USERS[3]!, 'whatever');
    expect(help.text).toContain(t('en', 'command.help.intro').slice(0, 40));
  });

  it('confirms a status change from the DM in English and tells the coordinator in English', async () => {
    await h.command(OWNER, 'my-actions');
    await h.settle();
    const mine = JSON.stringify(h.fake.ephemeralsTo(OWNER).at(-1));
    expect(mine).toContain(t('en', 'home.myActions'));
    const actionId = /"value":"([0-9a-f-]{36})\|klaar"/.exec(mine)?.[1];
    await h.click(OWNER, 'action_note', actionId ?? '', { channel: dmOf(OWNER) });
    await h.settle();
    expect(JSON.stringify(lastView(h, OWNER).blocks)).toContain(t('en', 'action.noteLabel'));
    await h.click(OWNER, 'action_status_klaar', `${actionId}|klaar`, { channel: dmOf(OWNER) });
    await h.settle();
    const confirmation = String(h.fake.ephemeralsTo(OWNER).at(-1)?.body.text);
    const action = 'Rooster \u2217bold\u2217 delen met &lt;@U123&gt;';
    expect(confirmation).toBe(t('en', 'action.youUpdated', { action, leerlijn: 'Harbour College · City Youth Work', status: t('en', 'action.status.klaar') }));
    expect(JSON.stringify(h.fake.messagesIn(dmOf(COORDINATOR)))).toContain(t('en', 'action.status.klaar'));
  });
});
