// Other bots and apps in the channel (a calendar app, a poll bot) cannot click a vote. Picked
// with the channel's members at the start they are taken out afterwards and the starter is
// told; `team add` and the team form do not add them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeTeam } from '../../../src/app/leerlijn.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { t } from '../../../src/i18n/index.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { input } from '../../fakes/slack-signing.js';
import { lastView, startFormValues, leerlijnIdIn } from './flow.js';
import { BOT, CHANNEL, COORDINATOR, lastToldTo, NOW, startHarness, teamIdsIn, TOKEN, USERS, type Harness } from './harness.js';

const POLL_BOT = 'U0POLLBOT';
const NEWCOMER = 'U0NIEUW9';
// Whoever installs an app names it; the bot must not turn that name into a link, nor its stars into bold.
const POLL_NAME = 'Polly <https://evil.example|klik hier> *bot*';

let h: Harness;
beforeAll(async () => {
  const fake = await startFakeSlack({
    tokens: [TOKEN],
    members: { [CHANNEL]: [...USERS, POLL_BOT, BOT] },
    users: [...USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })), { id: POLL_BOT, name: POLL_NAME, isBot: true }, { id: NEWCOMER, name: 'Nieuw Lid' }],
  });
  h = await startHarness({ fake });
});
afterAll(async () => {
  await h?.close();
  await h?.fake.close();
});

const teamIds = (): Promise<string[]> => teamIdsIn(h);
async function coordinatorIds(): Promise<string[]> {
  const { rows } = await h.testDb.db.query<{ user_id: string }>('select user_id from members where is_coordinator order by user_id');
  return rows.map((r) => r.user_id);
}
const toldCoordinator = (): string => lastToldTo(h.fake, COORDINATOR);

describe('bots and apps in the team', () => {
  it('takes a bot picked on a side out of the team after the start, and tells the starter', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const res = await h.submit(COORDINATOR, 'start', startFormValues({ members: [...USERS, POLL_BOT] }), view.meta);
    expect(res.text).toBe('');
    await h.settle();

    expect(await teamIds()).toEqual([...USERS].sort());
    expect(toldCoordinator()).toContain(t('nl', 'start.botsLeftOut', { names: `<@${POLL_BOT}>` }));
    // The score cards count only people: 0 of 8, not 0 of 9.
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    expect(JSON.stringify(h.fake.messagesIn(CHANNEL))).toContain(t('nl', 'card.votedCount', { count: 0, total: USERS.length }));
  });

  it('adds the person but not the bot named in `team add`, and says why', async () => {
    await h.command(COORDINATOR, `team add <@${POLL_BOT}> <@${NEWCOMER}>`);
    await h.settle();
    expect(toldCoordinator()).toContain(t('nl', 'team.added', { name: `<@${NEWCOMER}>` }));
    expect(toldCoordinator()).toContain(t('nl', 'team.botsNotAdded', { names: `<@${POLL_BOT}>` }));
    expect(await teamIds()).toContain(NEWCOMER);
    expect(await teamIds()).not.toContain(POLL_BOT);
  });

  it('changes nothing when `team add` names only a bot', async () => {
    const before = await teamIds();
    await h.command(COORDINATOR, `team add <@${POLL_BOT}>`);
    await h.settle();
    expect(toldCoordinator()).toContain(t('nl', 'team.botsNotAdded', { names: `<@${POLL_BOT}>` }));
    expect(toldCoordinator()).not.toContain('toegevoegd aan');
    expect(await teamIds()).toEqual(before);
  });

  it('refuses a bot in the team form’s add field and keeps the form open', async () => {
    const before = await teamIds();
    await h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(h));
    await h.settle();
    const form = h.fake.lastView(COORDINATOR)!.view as { private_metadata: string; blocks: Array<{ block_id?: string; element?: { type: string } }> };
    const add = form.blocks.find((b) => b.element?.type === 'multi_users_select')!.block_id!;
    const res = await h.submit(COORDINATOR, 'team', { [add]: { v: input.users([POLL_BOT]) } }, form.private_metadata);
    expect(res.json).toEqual({ response_action: 'errors', errors: { [add]: t('nl', 'field.bots', { names: POLL_NAME }) } });
    expect(await teamIds()).toEqual(before);
  });
  it('refuses a bot in the add field and no coordinator left at once', async () => {
    await h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(h));
    await h.settle();
    const form = h.fake.lastView(COORDINATOR)!.view as { private_metadata: string; blocks: Array<{ block_id?: string; element?: { type: string } }> };
    const add = form.blocks.find((b) => b.element?.type === 'multi_users_select')!.block_id!;
    const res = await h.submit(COORDINATOR, 'team', { [add]: { v: input.users([POLL_BOT]) }, coord_0: { v: input.checked([]) } }, form.private_metadata);
    const { errors } = res.json as { errors: Record<string, string> };
    expect(errors[add]).toContain(t('nl', 'field.bots', { names: POLL_NAME }));
    // The page has no input for all coordinators: Slack shows it beside an input of the page.
    expect(Object.values(errors).join(' ')).toContain(t('nl', 'field.coordinator_required'));
    expect(await coordinatorIds()).toEqual([COORDINATOR]);
  });

  it('names a refused bot escaped when “Vorige” cannot save page 2, so its name is no link and no bold', async () => {
    const ws = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
    const { rows } = await h.testDb.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1`, [CHANNEL]);
    const deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
    const more = Array.from({ length: 50 }, (_, i) => ({ userId: `U0MEER${String(i).padStart(3, '0')}`, displayName: `Meer ${i}` }));
    await changeTeam(deps, { workspaceId: ws, userId: COORDINATOR }, rows[0]!.id, { upsert: more });
    await h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(h));
    await h.settle();
    const { id, hash, view: page1 } = h.fake.lastView(COORDINATOR)!;
    const next = await h.submit(COORDINATOR, 'team', {}, (page1 as { private_metadata: string }).private_metadata);
    const page2 = (next.json as { view: { private_metadata: string; blocks: Array<{ block_id?: string; element?: { type: string } }> } }).view;
    const add = page2.blocks.find((b) => b.element?.type === 'multi_users_select')!.block_id!;
    await h.clickInView(COORDINATOR, 'team_previous', '0', { id, hash, callbackId: 'team', privateMetadata: page2.private_metadata, values: { [add]: { v: input.users([POLL_BOT]) } } });
    await h.settle();
    const problems = JSON.stringify((h.fake.lastView(COORDINATOR)!.view as { blocks: Array<{ block_id?: string }> }).blocks.find((b) => b.block_id === 'team_problems'));
    expect(problems).toContain('Polly &lt;https://evil.example|klik hier&gt;');
    expect(problems).not.toContain('<https://evil.example');
    expect(problems).toContain('\u2217bot\u2217');
  });
});
