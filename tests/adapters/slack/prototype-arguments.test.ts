// A word after `scores` or `evaluatie` that a plain object answers to by itself (constructor,
// toString, __proto__) is an unknown argument like any other: it opens no round and starts no
// eindevaluatie.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { lastView, startFormValues } from './flow.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.command(COORDINATOR, 'start');
  await h.settle();
  const view = lastView(h, COORDINATOR);
  const values = {
    ...startFormValues(),
    randvoorwaarden: { v: { type: 'checkboxes' as const, selected_options: [{ text: { type: 'plain_text' as const, text: 'x', emoji: true }, value: 'draagvlak' }] } },
  };
  await h.submit(COORDINATOR, 'start', values, view.meta);
  await h.settle();
});
afterEach(async () => {
  await h?.close();
});

describe('Slack: a prototype name as a command argument', () => {
  it.each([
    ['scores', 'constructor'], ['scores', '__proto__'], ['evaluatie', 'constructor'], ['evaluatie', '__proto__'],
  ])('`%s %s` is answered as an unknown command, and nothing is posted in the channel', async (command, arg) => {
    const before = h.fake.messagesIn(CHANNEL).length;
    await h.command(COORDINATOR, `${command} ${arg}`);
    await h.settle();
    const told = h.fake.ephemeralsTo(COORDINATOR).map((e) => String(e.body.text)).join('\n');
    expect(told).toContain(t('nl', 'command.unknown', { command: `${command} ${arg}` }));
    expect(h.fake.messagesIn(CHANNEL).length).toBe(before);
  });
});
