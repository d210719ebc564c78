// A note added from an action's reminder in Slack (its note button, then the modal): the reminder
// stays that reminder, with the new status, and is not replaced by the owner's list of actions.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { tick } from '../../../src/scheduler/tick.js';
import { input } from '../../fakes/slack-signing.js';
import { USERS } from './harness.js';
import { lastView, useSlackLeerlijn } from './flow.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

const env = useSlackLeerlijn('De Brug');

const owner = USERS[2]!;
const dm = `D${owner.slice(1)}`;
const textOf = (m: { blocks?: unknown; text?: string } | undefined): string => JSON.stringify(m?.blocks ?? m?.text ?? '');

describe('Slack: a note from an action’s reminder', () => {
  it('keeps the reminder, showing the action as bezig, without the owner’s other action', async () => {
    await savePlanItemInSlack(env.h, 'A1', { ...texts('Signalen blijven liggen', 'Signalen binnen een week besproken'), ...row(0, 'Signalenlijst maken', owner, '2026-02-20'), ...row(1, 'Rooster maken', owner, '2026-04-20') });
    // Three days before it is due, at nine, the owner is reminded.
    await tick({ db: env.h.testDb.db, messengers: { slack: env.h.adapter.messenger } }, new Date('2026-02-17T08:05:00Z'));
    await env.h.settle();
    const reminder = env.h.fake.messagesIn(dm).find((m) => textOf(m).includes('Je actie moet klaar zijn op'));
    expect(reminder).toBeDefined();
    const noteValue = /"action_id":"action_note","value":"([^"]+)"/.exec(textOf(reminder))?.[1];
    expect(noteValue).toBeDefined();

    await env.h.click(owner, 'action_note', noteValue!, { channel: dm, ts: reminder!.ts });
    await env.h.settle();
    const view = lastView(env.h, owner);
    await env.h.submit(owner, 'action_note', { status: { v: input.select('bezig') }, note: { v: input.text('Half af') } }, view.meta);
    await env.h.settle();

    const after = textOf(env.h.fake.messagesIn(dm).find((m) => m.ts === reminder!.ts));
    expect(after).toContain('Je actie moet klaar zijn op');
    expect(after).toContain(t('nl', 'action.status.bezig'));
    expect(after).not.toContain('Rooster maken');
    expect(after).not.toContain(t('nl', 'home.myActions'));
  });
});
