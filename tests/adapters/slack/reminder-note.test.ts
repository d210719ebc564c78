// A note added from an action's reminder in Slack (its note button, then the modal): the reminder
// stays that reminder, with the new status, and is not replaced by the owner's list of actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { tick } from '../../../src/scheduler/tick.js';
import { input } from '../../fakes/slack-signing.js';
import { startHarness, USERS, type Harness } from './harness.js';
import { lastView, startLeerlijnInSlack } from './flow.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h, 'De Brug');
});
afterAll(async () => {
  await h?.close();
});

const owner = USERS[2]!;
const dm = `D${owner.slice(1)}`;
const textOf = (m: { blocks?: unknown; text?: string } | undefined): string => JSON.stringify(m?.blocks ?? m?.text ?? '');

describe('Slack: a note from an action’s reminder', () => {
  it('keeps the reminder, showing the action as bezig, without the owner’s other action', async () => {
    await savePlanItemInSlack(h, 'A1', { ...texts('Signalen blijven liggen', 'Signalen binnen een week besproken'), ...row(0, 'Signalenlijst maken', owner, '2026-02-20'), ...row(1, 'Rooster maken', owner, '2026-04-20') });
    // Three days before it is due, at nine, the owner is reminded.
    await tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, new Date('2026-02-17T08:05:00Z'));
    await h.settle();
    const reminder = h.fake.messagesIn(dm).find((m) => textOf(m).includes('Je actie moet klaar zijn op'));
    expect(reminder).toBeDefined();
    const noteValue = /"action_id":"action_note","value":"([^"]+)"/.exec(textOf(reminder))?.[1];
    expect(noteValue).toBeDefined();

    await h.click(owner, 'action_note', noteValue!, { channel: dm, ts: reminder!.ts });
    await h.settle();
    const view = lastView(h, owner);
    await h.submit(owner, 'action_note', { status: { v: input.select('bezig') }, note: { v: input.text('Half af') } }, view.meta);
    await h.settle();

    const after = textOf(h.fake.messagesIn(dm).find((m) => m.ts === reminder!.ts));
    expect(after).toContain('Je actie moet klaar zijn op');
    expect(after).toContain(t('nl', 'action.status.bezig'));
    expect(after).not.toContain('Rooster maken');
    expect(after).not.toContain(t('nl', 'home.myActions'));
  });
});
