// The actieplan and its follow-up in Slack, as the coordinator and the owners see them:
// editing texts alone, the note form's status, failed DMs and channel posts, the DM redrawn.
import { describe, expect, it } from 'vitest';
import { t, tField } from '../../../src/i18n/index.js';
import type { FakeMessage } from '../../fakes/slack-api.js';
import { eventBody, input, postToSlackEndpoint, type SlackPostResult } from '../../fakes/slack-signing.js';
import { allViolations, CHANNEL, COORDINATOR, lastToldTo, SECRET, USERS } from './harness.js';
import { lastView, useSlackLeerlijn } from './flow.js';
import { openPlanItem, row, savePlanItemInSlack, texts, type Values } from './plan-steps.js';

const env = useSlackLeerlijn('De Brug');

const dmOf = (user: string): string => `D${user.slice(1)}`;
const lastEphemeral = (user: string): string => lastToldTo(env.h.fake, user);
const count = async (sql: string): Promise<number> => (await env.h.testDb.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`)).rows[0]!.n;
const openItem = (code: string) => openPlanItem(env.h, code);
const saveItem = (code: string, values: Values): Promise<SlackPostResult> => savePlanItemInSlack(env.h, code, values);

/** The owner's DM listing their actions, and the action ids in the order shown. */
function ownerDm(owner: string): { message: FakeMessage; ids: string[] } {
  const message = env.h.fake.messagesIn(dmOf(owner)).filter((m) => JSON.stringify(m.blocks).includes('action_status_klaar')).at(-1);
  expect(message).toBeDefined();
  const ids = [...JSON.stringify(message!.blocks).matchAll(/"value":"([0-9a-f-]{36})\|klaar"/g)].map((m) => m[1]!);
  return { message: message!, ids };
}

/** The action ids of the buttons drawn highlighted (style primary) in one actions block. */
function highlighted(message: FakeMessage, blockId: string): string[] {
  const block = (message.blocks as Array<{ block_id?: string; elements?: Array<{ action_id?: string; style?: string }> }>).find((b) => b.block_id === blockId);
  return (block?.elements ?? []).filter((e) => e.style === 'primary').map((e) => e.action_id ?? '');
}

function sectionText(message: FakeMessage, blockId: string): string {
  const block = (message.blocks as Array<{ block_id?: string; text?: { text: string } }>).find((b) => b.block_id === blockId);
  return block?.text?.text ?? '';
}

describe('Slack: the actieplan and following up its actions', () => {
  it('saves corrected texts of an onderdeel that has actions without a new action, showing the kept actions', async () => {
    expect((await saveItem('P1', { ...texts('Weinig overleg', 'Wekelijks overleg'), ...row(0, 'Overleg <!channel> plannen', USERS[1]!, '2026-02-20') })).text).toBe('');
    const view = await openItem('P1');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain(t('nl', 'plan.existingActions'));
    expect(shown).toContain('Overleg &lt;!channel&gt; plannen');
    expect(shown).not.toContain('<!channel>');
    const res = await env.h.submit(COORDINATOR, 'plan', texts('Weinig overleg tussen school en jongerenwerk', 'Wekelijks overleg'), view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    expect(JSON.stringify(env.h.fake.messagesIn(CHANNEL).at(-1))).toContain('Weinig overleg tussen school en jongerenwerk');
    expect(await count(`actions where onderdeel = 'P1'`)).toBe(1);
    // An onderdeel without any action still needs one.
    const none = await saveItem('P2', texts('Iets', 'Iets beters'));
    expect(none.json).toEqual({ response_action: 'errors', errors: { 'actions.0.description': tField('nl', { message: 'actions_required' }) } });
  });

  it('starts the note form at the current status, so a note on a stuck action keeps it stuck', async () => {
    const owner = USERS[2]!;
    await saveItem('A1', { ...texts('Signalen blijven liggen', 'Signalen binnen een week besproken'), ...row(0, 'Signalenlijst maken', owner, '2026-02-20') });
    const { message, ids } = ownerDm(owner);
    await env.h.click(owner, 'action_status_loopt_vast', `${ids[0]}|loopt_vast`, { channel: dmOf(owner), ts: message.ts });
    await env.h.settle();
    await env.h.click(owner, 'action_note', ids[0]!, { channel: dmOf(owner), ts: message.ts });
    await env.h.settle();
    const view = lastView(env.h, owner);
    const select = (view.blocks as Array<{ block_id?: string; element?: { initial_option?: { value: string } } }>).find((b) => b.block_id === 'status');
    expect(select?.element?.initial_option?.value).toBe('loopt_vast');
    // A note too long is refused beside the note, the modal kept open with what was typed.
    const status = { v: input.select(select!.element!.initial_option!.value) };
    const long = await env.h.submit(owner, 'action_note', { status, note: { v: input.text('x'.repeat(501)) } }, view.meta);
    expect(long.json).toMatchObject({ response_action: 'errors', errors: { note: expect.any(String) } });
    expect(Object.keys((long.json as { errors: object }).errors)).toEqual(['note']);
    // The owner only types a note and presses Opslaan: the status stays as the form showed it.
    const res = await env.h.submit(owner, 'action_note', { status: { v: input.select(select!.element!.initial_option!.value) }, note: { v: input.text('Wacht op de mentoren') } }, view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    const { rows } = await env.h.testDb.db.query<{ status: string }>(`select status from actions where id = $1::uuid`, [ids[0]!]);
    expect(rows[0]?.status).toBe('loopt_vast');
  });

  it('sets an action\'s status from the App Home: saved, the home shown again, the coordinator told; the same button sent by another member is refused', async () => {
    const owner = USERS[3]!;
    await saveItem('B1', { ...texts('Geen vast aanspreekpunt', 'Iedereen kent het aanspreekpunt'), ...row(0, 'Aanspreekpunt kiezen', owner, '2026-02-20') });
    await postToSlackEndpoint(env.h.endpoint, SECRET, eventBody({ type: 'app_home_opened', user: owner, tab: 'home', channel: dmOf(owner) }, { event_id: 'EvHome1' }), 'application/json');
    await env.h.settle();
    const home = JSON.stringify(env.h.fake.homeOf(owner));
    const value = /"value":"([0-9a-f-]{36}\|klaar)"/.exec(home)?.[1];
    expect(value).toBeDefined(); // the home offers the status buttons, as Teams' home does
    const told = env.h.fake.messagesIn(dmOf(COORDINATOR)).length;
    const published = env.h.fake.callsTo('views.publish').length;
    const status = async (): Promise<string | undefined> =>
      (await env.h.testDb.db.query<{ status: string }>(`select status from actions where id = $1::uuid`, [value!.split('|')[0]!])).rows[0]?.status;

    // Ids in buttons are forgeable: another member sends it from their own Home.
    const other = USERS[2]!;
    await env.h.clickInView(other, 'action_status_klaar', value!, { id: 'V0HOME2', type: 'home' });
    await env.h.settle();
    expect(await status()).toBe('open');
    expect(lastEphemeral(other)).toContain(t('nl', 'error.not_owner'));
    expect(env.h.fake.callsTo('views.publish')).toHaveLength(published);
    expect(env.h.fake.messagesIn(dmOf(COORDINATOR))).toHaveLength(told);

    await env.h.clickInView(owner, 'action_status_klaar', value!, { id: 'V0HOME', type: 'home' });
    await env.h.settle();
    expect(await status()).toBe('klaar');
    // Shown again: a finished action leaves the list of one's open actions.
    expect(env.h.fake.callsTo('views.publish')).toHaveLength(published + 1);
    expect(JSON.stringify(env.h.fake.homeOf(owner))).not.toContain('Aanspreekpunt kiezen');
    expect(lastEphemeral(owner)).not.toBe('null'); // the confirmation, in the bot's messages
    expect(JSON.stringify(env.h.fake.messagesIn(dmOf(COORDINATOR)).slice(told))).toContain('Aanspreekpunt kiezen');
  });

  it('tells the coordinator privately which owners could not get their DM', async () => {
    const view = await openItem('A2');
    env.h.fake.failNext('conversations.open', { error: 'user_not_found' });
    const res = await env.h.submit(COORDINATOR, 'plan', {
      ...texts('Geen gezamenlijke activiteiten', 'Eén activiteit per maand'),
      ...row(0, 'Activiteit kiezen', USERS[3]!, '2026-02-20'), ...row(1, 'Zaal reserveren', USERS[4]!, '2026-02-27'),
    }, view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    expect(lastEphemeral(COORDINATOR)).toContain(t('nl', 'plan.ownersUnreached', { names: `<@${USERS[3]!}>` }));
    expect(JSON.stringify(env.h.fake.messagesIn(dmOf(USERS[4]!)))).toContain('Zaal reserveren');
  });

  it('tells the owner privately when the coordinator could not be told of a status change', async () => {
    const owner = USERS[4]!;
    const { message, ids } = ownerDm(owner);
    env.h.fake.failNext('conversations.open', { error: 'user_not_found' });
    await env.h.click(owner, 'action_status_bezig', `${ids[0]}|bezig`, { channel: dmOf(owner), ts: message.ts });
    await env.h.settle();
    expect(lastEphemeral(owner)).toContain(t('nl', 'action.coordinatorsUnreached', { names: `<@${COORDINATOR}>` }));
  });

  it('still DMs the owners when the channel post fails, and tells the user why', async () => {
    const owner = USERS[5]!;
    const view = await openItem('B1');
    env.h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const res = await env.h.submit(COORDINATOR, 'plan', { ...texts('Taken onduidelijk', 'Taken op papier'), ...row(0, 'Takenlijst opstellen', owner, '2026-02-20') }, view.meta);
    expect(res.text).toBe('');
    await env.h.settle();
    expect(JSON.stringify(env.h.fake.messagesIn(dmOf(owner)))).toContain('Takenlijst opstellen');
    expect(JSON.stringify(env.h.fake.messagesIn(CHANNEL))).not.toContain('Takenlijst opstellen');
    expect(lastEphemeral(COORDINATOR)).toContain(t('nl', 'slack.savedNotPosted.notInChannel'));
    // When even an ephemeral in that channel is refused, the user hears it in a DM.
    const again = await openItem('B1');
    env.h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    env.h.fake.failNext('chat.postEphemeral', { error: 'not_in_channel' });
    await env.h.submit(COORDINATOR, 'plan', texts('Taken onduidelijk', 'Taken op papier en besproken'), again.meta);
    await env.h.settle();
    expect(JSON.stringify(env.h.fake.messagesIn(dmOf(COORDINATOR)).at(-1))).toContain(t('nl', 'slack.savedNotPosted.notInChannel'));
  });

  it('redraws the owner DM with the new status after a click in it', async () => {
    const owner = USERS[6]!;
    await saveItem('B2', { ...texts('Weinig waardering', 'Successen gedeeld'), ...row(0, 'Tweede stap', owner, '2026-03-10'), ...row(1, 'Eerste stap', owner, '2026-02-10') });
    const { message, ids } = ownerDm(owner);
    expect(sectionText(message, 'action_0')).toContain('Eerste stap');
    expect(sectionText(message, 'action_0')).toContain(t('nl', 'action.status.open'));
    await env.h.click(owner, 'action_status_klaar', `${ids[0]}|klaar`, { channel: dmOf(owner), ts: message.ts });
    await env.h.settle();
    const after = env.h.fake.messagesIn(dmOf(owner)).find((m) => m.ts === message.ts)!;
    expect(after.edited).toBe(true);
    expect(sectionText(after, 'action_0')).toContain('Eerste stap');
    expect(sectionText(after, 'action_0')).toContain(t('nl', 'action.status.klaar'));
    expect(sectionText(after, 'action_1')).toContain('Tweede stap');
    expect(sectionText(after, 'action_1')).toContain(t('nl', 'action.status.open'));
    // The status last set is the highlighted button, as on Teams; an open action has none highlighted.
    expect(highlighted(after, 'action_buttons_0')).toEqual(['action_status_klaar']);
    expect(highlighted(after, 'action_buttons_1')).toEqual([]);
  });

  it('lets an owner who has left the team still finish their action: confirmed, DM redrawn, coordinator told', async () => {
    const owner = USERS[7]!;
    await saveItem('T2', { ...texts('Geen vaste contactpersoon', 'Vaste contactpersoon per school'), ...row(0, 'Contactpersoon overdragen', owner, '2026-03-20') });
    const { message, ids } = ownerDm(owner);
    await env.h.command(COORDINATOR, `team remove <@${owner}>`);
    await env.h.settle();
    const toCoordinator = env.h.fake.messagesIn(dmOf(COORDINATOR)).length;
    await env.h.click(owner, 'action_status_klaar', `${ids[0]}|klaar`, { channel: dmOf(owner), ts: message.ts });
    await env.h.settle();
    expect(lastEphemeral(owner)).toContain(t('nl', 'action.status.klaar'));
    expect(lastEphemeral(owner)).not.toContain(t('nl', 'error.not_on_team'));
    expect(sectionText(env.h.fake.messagesIn(dmOf(owner)).find((m) => m.ts === message.ts)!, 'action_0')).toContain(t('nl', 'action.status.klaar'));
    expect(JSON.stringify(env.h.fake.messagesIn(dmOf(COORDINATOR)).slice(toCoordinator))).toContain('Contactpersoon overdragen');
  });

  it('refuses a past due date and an owner outside the team on their own fields, keeping the form as typed', async () => {
    const view = await openItem('T1');
    const viewCalls = env.h.fake.calls.filter((c) => c.method.startsWith('views.')).length;
    const res = await env.h.submit(COORDINATOR, 'plan', {
      ...texts('Weinig uitwisseling', 'Maandelijkse uitwisseling'),
      ...row(0, 'Gastles regelen', 'U0STRANGER', '2026-02-20'), ...row(1, 'Uitwisseling plannen', USERS[1]!, '2026-01-10'),
    }, view.meta);
    // response_action "errors" keeps the modal open with everything the user typed in it.
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { 'actions.0.ownerUserId': tField('nl', { message: 'not_in_team' }), 'actions.1.dueDate': tField('nl', { message: 'date_past' }) },
    });
    await env.h.settle();
    expect(env.h.fake.calls.filter((c) => c.method.startsWith('views.')).length).toBe(viewCalls);
    expect(await count(`plan_items where onderdeel = 'T1'`)).toBe(0);
  });

  it('still saves a modal opened before its inputs were named by field (plan_item, a0_desc…), problems at its own inputs', async () => {
    const view = await openItem('T3');
    const legacy = (i: number, description: string | null, owner: string | null, due: string | null): Values => ({
      [`a${i}_desc`]: { v: input.text(description) }, [`a${i}_owner`]: { v: { type: 'users_select', selected_user: owner } }, [`a${i}_due`]: { v: input.date(due) },
    });
    const texts3 = texts('Weinig terugkoppeling', 'Terugkoppeling na elk overleg');
    const bad = await env.h.submit(COORDINATOR, 'plan_item', { ...texts3, ...legacy(0, null, null, null), ...legacy(1, 'Terugkoppeling plannen', USERS[1]!, '2026-01-10') }, view.meta);
    expect(bad.json).toEqual({ response_action: 'errors', errors: { a1_due: tField('nl', { message: 'date_past' }) } });
    const ok = await env.h.submit(COORDINATOR, 'plan_item', { ...texts3, ...legacy(0, 'Terugkoppeling plannen', USERS[1]!, '2026-02-20') }, view.meta);
    expect(ok.text).toBe('');
    await env.h.settle();
    expect(await count(`actions where onderdeel = 'T3'`)).toBe(1);
  });

  it('kept every payload inside Block Kit limits', () => {
    expect(allViolations(env.h.fake)).toEqual([]);
  });
});
