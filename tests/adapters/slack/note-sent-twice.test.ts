// A note modal sent a second time: Slack keeps a modal open with "try again" when our answer came
// after its 3 s, and the person presses again. A score card's note and an action's status note are
// then kept once, as every other form (app/flows/form-once.ts), and the second send says it was sent.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { input } from '../../fakes/slack-signing.js';
import { dmOf } from '../../story/drivers/slack-parts.js';
import { COORDINATOR, USERS } from './harness.js';
import { cardsIn, lastView, useSlackLeerlijn } from './flow.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

const MEMBER = USERS[3]!;
const env = useSlackLeerlijn('Het Baken');
const count = async (sql: string, params: string[]): Promise<number> =>
  (await env.h.testDb.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params)).rows[0]!.n;

describe('Slack: a note modal sent twice', () => {
  it('a score card’s note: kept once, the second send told it was sent already', async () => {
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    const { roundId, cards } = cardsIn(env.h);
    await env.h.click(MEMBER, 'card_note', `${roundId}|P2`, { ts: cards.get('P2')?.ts });
    await env.h.settle();
    const { meta } = lastView(env.h, MEMBER);
    const note = { note: { v: input.text('Wekelijks overleg met de mentoren') } };
    expect((await env.h.submit(MEMBER, 'card_note', note, meta, 'V0NOTEVIEW')).text).toBe('');
    await env.h.settle();
    const again = await env.h.submit(MEMBER, 'card_note', note, meta, 'V0NOTEVIEW');
    expect(await count(`notes where round_id = $1::uuid and user_id = $2::text`, [roundId, MEMBER])).toBe(1);
    expect(again.json).toEqual({ response_action: 'errors', errors: { note: t('nl', 'form.alreadySent') } });
    // Another opening of the note form is another note.
    expect((await env.h.submit(MEMBER, 'card_note', note, meta, 'V0NOTEVIEW2')).text).toBe('');
    expect(await count(`notes where round_id = $1::uuid and user_id = $2::text`, [roundId, MEMBER])).toBe(2);
  });

  it('an action’s status note: one update kept, the second send told it was sent already', async () => {
    const item = texts('Signalen blijven liggen', 'Signalen binnen een week besproken');
    await savePlanItemInSlack(env.h, 'A1', { ...item, ...row(0, 'Signalenlijst maken', MEMBER, '2026-02-20') });
    const dm = env.h.fake.messagesIn(dmOf(MEMBER)).filter((m) => JSON.stringify(m.blocks).includes('action_status_klaar')).at(-1);
    const actionId = /"value":"([0-9a-f-]{36})\|klaar"/.exec(JSON.stringify(dm?.blocks))?.[1] ?? '';
    await env.h.click(MEMBER, 'action_note', actionId, { channel: dmOf(MEMBER), ts: dm?.ts });
    await env.h.settle();
    const { meta } = lastView(env.h, MEMBER);
    const values = { status: { v: input.select('bezig') }, note: { v: input.text('Wacht op de mentoren') } };
    expect((await env.h.submit(MEMBER, 'action_note', values, meta, 'V0STATUSVIEW')).text).toBe('');
    await env.h.settle();
    const again = await env.h.submit(MEMBER, 'action_note', values, meta, 'V0STATUSVIEW');
    await env.h.settle();
    expect(await count(`action_updates where action_id = $1::uuid`, [actionId])).toBe(1);
    expect(again.json).toEqual({ response_action: 'errors', errors: { status: t('nl', 'form.alreadySent') } });
    // What keeps them once is kept with the leerlijn, and goes when it is deleted.
    expect(await count(`posted_messages where key like 'form_sent:%' and message_id like $1::text and leerlijn_id is null`, ['V0%VIEW'])).toBe(0);
    expect(await count(`posted_messages where key like 'form_sent:%' and message_id like $1::text and leerlijn_id is not null`, ['V0%VIEW'])).toBe(2);
  });
});
