// `/leerlijn start` as it runs in production: the bot learns its own id from Slack, the
// channel may refuse the bot, Slack may be slow, and the form speaks the deployment's language.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { slackDoor } from '../../fakes/slack-door.js';
import { lastView, sidesOf, startFormValues } from './flow.js';
import { SLACK_TIME_LIMITS } from '../../../src/adapters/slack/time-limits.js';
import { tField } from '../../../src/i18n/index.js';
import { BOT, CHANNEL, COORDINATOR, startHarness, TOKEN, USERS, type Harness, type HarnessParts } from './harness.js';

const open: Array<{ close(): Promise<void> }> = [];
const doors: Array<{ release(): void }> = [];
afterEach(async () => {
  // Held calls go through first, or a failed test would leave the bot waiting on them forever.
  for (const door of doors.splice(0)) door.release();
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function harness(parts: HarnessParts = {}): Promise<Harness> {
  const h = await startHarness(parts);
  open.push(h);
  return h;
}

/** The users preselected in a modal's users field. */
function preselected(blocks: unknown[], blockId: string): unknown {
  const block = blocks.find((b) => (b as { block_id?: string }).block_id === blockId) as { element?: { initial_users?: unknown } } | undefined;
  return block?.element?.initial_users;
}

describe('/leerlijn start in production conditions', () => {
  it('opens the form with only the starter preset, as coordinator, when the bot id comes from Slack itself', async () => {
    // As in production: the adapter is not told the bot's ids; Slack's auth.test names them.
    const h = await harness({ botIds: false });
    // Asked when the adapter starts, before any click has to wait for it.
    await h.fake.until(() => h.fake.callsTo('auth.test').length > 0);
    expect(h.fake.callsTo('auth.test')).toHaveLength(1);
    await h.command(COORDINATOR, 'start');
    await h.settle();
    // Nobody is on a side until the starter says so (start-form.ts), as on Teams.
    const blocks = lastView(h, COORDINATOR).blocks;
    expect(preselected(blocks, 'coordinators')).toEqual([COORDINATOR]);
    expect(['schoolSide', 'jongerenwerk', 'managers'].map((id) => preselected(blocks, id))).toEqual([undefined, undefined, undefined]);
    await h.command(COORDINATOR, 'status');
    await h.settle();
    // The answer is kept: asking Slack before every ack would slow every click.
    expect(h.fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('tells the starter privately to invite the bot when the channel refuses it, and keeps the leerlijn', async () => {
    const h = await harness();
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const res = await h.submit(COORDINATOR, 'start', startFormValues(), view.meta);
    expect(res.text).toBe('');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toEqual([]);
    const dm = JSON.stringify(h.fake.messagesIn(`D${COORDINATOR.slice(1)}`));
    expect(dm).toContain(`/invite <@${BOT}>`);
    expect(dm).toContain(`<#${CHANNEL}>`);
    expect(dm).toContain('/leerlijn planning');
    const { rows } = await h.testDb.db.query<{ n: number }>(`select count(*)::int as n from leerlijnen where channel_id = $1`, [CHANNEL]);
    expect(rows[0]?.n).toBe(1);
    // After the invitation, the command the message names shows the timeline.
    await h.command(COORDINATOR, 'planning');
    await h.settle();
    expect(JSON.stringify(h.fake.ephemeralsTo(COORDINATOR).at(-1)?.body)).toContain('Planning van de leerlijn');
  });

  /** A fake Slack behind a door that holds users.info until released; both closed after the test. */
  async function usersInfoHeld(): Promise<{ fake: Awaited<ReturnType<typeof startFakeSlack>>; door: Awaited<ReturnType<typeof slackDoor>> }> {
    const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: [...USERS, BOT] }, users: USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })) });
    open.push(fake);
    const door = await slackDoor(fake);
    door.hold('users.info');
    open.push(door);
    doors.push(door);
    return { fake, door };
  }

  it('answers the start form before asking Slack for anyone’s name, and stores the names afterwards', async () => {
    const { fake, door } = await usersInfoHeld();
    const h = await harness({ fake: door.fake });
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    // users.info cannot answer: had the bot asked it before the ack, Bolt would give up after
    // 3 s with a 404, as Slack would show "We had some trouble connecting".
    const res = await h.submit(COORDINATOR, 'start', startFormValues(), view.meta);
    expect([res.status, res.text]).toEqual([200, '']);
    expect(fake.callsTo('users.info')).toEqual([]);
    door.release();
    await h.settle();
    const { rows } = await h.testDb.db.query<{ name: string }>(`select display_name as name from members where user_id = $1`, [USERS[1]!]);
    expect(rows.map((r) => r.name)).toEqual(['Lid 2']);
    expect(h.fake.messagesIn(CHANNEL).length).toBeGreaterThan(0);
  });

  it('refuses a start that names someone on no side within Slack’s 3 s though Slack does not say their name', async () => {
    const { fake, door } = await usersInfoHeld();
    // The bot's own limits for a call a person waits on (4 s an attempt, two attempts): longer
    // than the 3 s Slack gives the modal's answer. Only the wait for a name is short here.
    const h = await harness({ fake: door.fake, timeLimits: { ...SLACK_TIME_LIMITS, namesBeforeAnswerMs: 50 } });
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    // The coordinator (preset) is on neither side: the refusal names them.
    const res = await h.submit(COORDINATOR, 'start', { ...startFormValues(), ...sidesOf(USERS.slice(1)) }, view.meta);
    // Had the answer waited for users.info, Bolt would give up after 3 s with a 404, and Slack show "We had some trouble connecting".
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ response_action: 'errors', errors: { managers: tField('nl', { message: 'side_everyone', params: { names: COORDINATOR } }) } });
    // The question asked is answered before the fake closes.
    door.release();
    await fake.until(() => fake.callsTo('users.info').length > 0);
  });

  it('shows the time format in the form’s language', async () => {
    const h = await harness({ defaultLang: 'en' });
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const form = JSON.stringify(lastView(h, COORDINATOR).blocks);
    expect(form).toContain('HH:MM');
    expect(form).not.toContain('UU:MM');
  });
});
