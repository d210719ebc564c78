// An actieplan with more actions than one Slack message holds (50 blocks; an action with its status buttons takes two):
// the team reads every action once in the channel, and a status click in a list of many actions shows the new status.
// The fake Slack refuses a message over 50 blocks, as Slack does (invalid_blocks), so an overfull redraw would show here.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import type { FakeMessage } from '../../fakes/slack-api.js';
import { allViolations, CHANNEL, COORDINATOR, lastToldTo, USERS } from './harness.js';
import { useSlackLeerlijn } from './flow.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

const env = useSlackLeerlijn('De Brug', { checkBlocks: true });

const MANY = 30;
const dmOf = (user: string): string => `D${user.slice(1)}`;
const said = (messages: readonly FakeMessage[]): string => JSON.stringify(messages.map((m) => m.blocks));
/** How often `text` stands in `messages`, as a whole description (`Actie 1` is not `Actie 10`). */
const timesIn = (messages: readonly FakeMessage[], text: string): number => said(messages).split(`${text} `).length - 1;
const withStatusButtons = (messages: readonly FakeMessage[]): FakeMessage[] => messages.filter((m) => JSON.stringify(m.blocks).includes('action_status_klaar'));

/** One action saved through the form, the others added to the same onderdeel as a long plan would have them. */
async function planWithManyActions(owner: string): Promise<string> {
  await savePlanItemInSlack(env.h, 'A1', { ...texts('Signalen blijven liggen', 'Signalen binnen een week besproken'), ...row(0, 'Actie 0', owner, '2026-03-01') });
  const { rows } = await env.h.testDb.db.query<{ leerlijn_id: string }>(`select leerlijn_id from actions where description = 'Actie 0'`);
  const leerlijnId = rows[0]!.leerlijn_id;
  for (let i = 1; i < MANY; i++) {
    await env.h.testDb.db.query(
      `insert into actions (leerlijn_id, onderdeel, description, owner_user_id, due_date, status, source, created_by)
       values ($1::uuid, 'A1', $2::text, $3::text, $4::date, 'open', 'actieplan', $5::text)`,
      [leerlijnId, `Actie ${i}`, owner, `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, COORDINATOR],
    );
  }
  return leerlijnId;
}

describe('Slack: an actieplan with more actions than one message holds', () => {
  it('posts every action once in the channel, and a status click in the owner’s long list shows the new status', async () => {
    const owner = USERS[2]!;
    const leerlijnId = await planWithManyActions(owner);

    // The whole plan shared in the channel: every action once, within Slack's limits, with no buttons to click.
    const before = env.h.fake.messagesIn(CHANNEL).length;
    await env.h.click(owner, 'plan_post', leerlijnId, { channel: CHANNEL });
    await env.h.settle();
    const plan = env.h.fake.messagesIn(CHANNEL).slice(before);
    expect(plan.length).toBeGreaterThan(0);
    for (let i = 0; i < MANY; i++) expect(timesIn(plan, `Actie ${i}`)).toBe(1);
    expect(withStatusButtons(plan)).toEqual([]);

    // The owner leaves; the coordinator hands all thirty to another: one DM lists them, with status buttons.
    const heir = USERS[3]!;
    await env.h.command(COORDINATOR, `team remove <@${owner}>`);
    await env.h.settle();
    await env.h.command(COORDINATOR, `acties overdragen <@${heir}>`);
    await env.h.settle();
    const dm = withStatusButtons(env.h.fake.messagesIn(dmOf(heir)));
    expect(dm).toHaveLength(1);
    const listed = [...JSON.stringify(dm[0]!.blocks).matchAll(/"value":"([0-9a-f-]{36})\|klaar"/g)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThan(1);

    // A click on the last action listed (past the 25th block pair an uncut list would have sent in a second message).
    const clicked = listed.at(-1)!;
    await env.h.click(heir, 'action_status_klaar', `${clicked}|klaar`, { channel: dmOf(heir), ts: dm[0]!.ts });
    await env.h.settle();
    const { rows } = await env.h.testDb.db.query<{ description: string; status: string }>(`select description, status from actions where id = $1::uuid`, [clicked]);
    expect(rows[0]?.status).toBe('klaar');
    const after = withStatusButtons(env.h.fake.messagesIn(dmOf(heir)));
    expect(after).toHaveLength(1);
    expect(after[0]!.edited).toBe(true);
    // The clicked action now shows klaar, its button highlighted; each action listed stands there once.
    const blocks = after[0]!.blocks as Array<{ block_id?: string; text?: { text: string }; elements?: Array<{ value?: string; style?: string }> }>;
    const line = blocks.find((b) => b.text?.text.includes(`${rows[0]!.description} `));
    expect(line?.text?.text).toContain(t('nl', 'action.status.klaar'));
    const chosen = blocks.flatMap((b) => b.elements ?? []).filter((e) => e.style === 'primary').map((e) => e.value);
    expect(chosen).toEqual([`${clicked}|klaar`]);
    for (let i = 0; i < MANY; i++) expect(timesIn(after, `Actie ${i}`)).toBeLessThanOrEqual(1);
    expect(JSON.stringify(after[0]!.blocks)).toContain('En nog');
    expect(lastToldTo(env.h.fake, heir)).toContain(t('nl', 'action.status.klaar'));
    expect(allViolations(env.h.fake)).toEqual([]);
  });
});
