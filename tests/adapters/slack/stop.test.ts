// `stop` in Slack: a modal with nothing to type. A refusal has no input to stand beside, so the
// modal closes and the reason is said to its sender alone. The round's cards are redrawn without
// buttons where Slack lets them be; where it does not, the stop stands all the same. A stopped English leerlijn's export and
// delete form stay in English, though the channel no longer has a running leerlijn to take it from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { lastView, startLeerlijnInSlack } from './flow.js';
import { CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h, { lang: 'en' });
  await h.command(COORDINATOR, 'scores');
  await h.settle();
});
afterAll(async () => {
  await h?.close();
});

const saidTo = (user: string, from: number): string => JSON.stringify(h.fake.ephemeralsTo(user).slice(from).map((e) => e.body));

describe('stopping a leerlijn in Slack', () => {
  it('opens a modal with no input; a member’s forged send closes it and is told why, the coordinator’s stops the leerlijn', async () => {
    await h.command(COORDINATOR, 'stop');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(view.callbackId).toBe('stop');
    expect(JSON.stringify(view.blocks)).toContain(t('en', 'stop.warning').slice(0, 40));
    expect(view.blocks.filter((b) => (b as { type?: string }).type === 'input')).toEqual([]);

    const member = USERS[3]!;
    const told = h.fake.ephemeralsTo(member).length;
    const forged = await h.submit(member, 'stop', {}, view.meta);
    expect(forged.text).toBe('');
    await h.settle();
    expect(saidTo(member, told)).toContain(tError('en', 'not_coordinator'));

    // Slack refuses the redraw of the round: the stop stands, the channel is told, and its sender hears of no error.
    h.fake.failNext('chat.update', { error: 'message_not_found', times: 1 });
    const refusedBefore = h.fake.callsTo('chat.update').filter((c) => c.error).length;
    const toldCoordinator = h.fake.ephemeralsTo(COORDINATOR).length;
    const sent = await h.submit(COORDINATOR, 'stop', {}, view.meta);
    expect(sent.text).toBe('');
    await h.settle();
    expect(JSON.stringify(h.fake.messagesIn(CHANNEL).at(-1))).toContain('stopped the leerlijn');
    expect(h.fake.callsTo('chat.update').filter((c) => c.error).length).toBe(refusedBefore + 1);
    expect(saidTo(COORDINATOR, toldCoordinator)).toBe('[]');
  });

  it('answers help and a word it does not know in the stopped leerlijn’s English, not the deployment’s Dutch', async () => {
    // Answered with the command itself: what Slack shows its sender alone.
    const said = async (words: string): Promise<string> => JSON.stringify(await h.command(USERS[3]!, words));
    expect(await said('help')).toContain(t('en', 'command.help.intro').slice(0, 40));
    expect(await said('wafel')).toContain(t('en', 'command.unknown', { command: 'X' }).split('X')[0]);
  });

  it('sends the stopped leerlijn’s export, and opens its delete form, in its language', async () => {
    const told = h.fake.ephemeralsTo(COORDINATOR).length;
    await h.command(COORDINATOR, 'status');
    await h.settle();
    expect(saidTo(COORDINATOR, told)).toContain(t('en', 'status.stopped'));
    await h.command(COORDINATOR, 'export');
    await h.settle();
    expect(saidTo(COORDINATOR, told)).toContain(t('en', 'export.sentPrivately'));
    await h.command(COORDINATOR, 'verwijder');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(view.callbackId).toBe('delete');
    expect(JSON.stringify(view.blocks)).toContain(t('en', 'export.confirmLabel'));
  });
});
