// A word after `scores` or `evaluatie` that a plain object answers to by itself (constructor,
// toString, __proto__) is an unknown argument like any other: it opens no round and starts no
// eindevaluatie.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { startLeerlijnInSlack } from './flow.js';
import { slackShown } from '../../story/drivers/text.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h);
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
    // As read: the underscores someone typed are drawn as look-alikes, so they make nothing italic.
    const told = h.fake.ephemeralsTo(COORDINATOR).map((e) => slackShown(String(e.body.text))).join('\n');
    expect(told).toContain(t('nl', 'command.unknownArgs', { command: `${command} ${arg}` }));
    expect(h.fake.messagesIn(CHANNEL).length).toBe(before);
  });
});
