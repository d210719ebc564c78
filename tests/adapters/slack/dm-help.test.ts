// `/leerlijn help` typed in a direct message between two colleagues: Slack gives it a D channel,
// like the bot's own DM, and says no more (channel_name 'directmessage' for both). The answer
// must be true in either: it may not call that chat one with the bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/app/flows/registry.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { postToSlackEndpoint, slashCommandBody } from '../../fakes/slack-signing.js';
import { textOf, SECRET, startHarness, USERS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('help in a Slack DM between two people', () => {
  it('lists what works in a private chat without claiming the chat is with the bot', async () => {
    const body = slashCommandBody({ command: '/leerlijn', text: 'help', user_id: USERS[1]!, channel_id: 'D0COLLEAGUES', channel_name: 'directmessage' });
    const res = await postToSlackEndpoint(h.endpoint, SECRET, body, 'application/x-www-form-urlencoded');
    await h.settle();
    const answer = textOf(JSON.parse(res.text));
    for (const c of COMMANDS.filter((x) => x.where === 'anywhere')) expect(answer).toContain(t('nl', `command.help.${c.helpKey}` as MessageKey));
    expect(answer).not.toMatch(/met mij|chat with me/);
  });
});
