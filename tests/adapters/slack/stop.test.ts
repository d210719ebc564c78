// `stop` in Slack: a modal with nothing to type. A refusal has no input to stand beside, so the
// modal closes and the reason is said to its sender alone. The round's cards are redrawn without
// buttons where Slack lets them be; where it does not, the stop stands all the same. A stopped English leerlijn's export and
// delete form stay in English, though the channel no longer has a running leerlijn to take it from.
import { beforeAll, describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { lastView, useSlackLeerlijn } from './flow.js';
import { CHANNEL, COORDINATOR, USERS } from './harness.js';

const env = useSlackLeerlijn({ lang: 'en' });
beforeAll(async () => {
  await env.h.command(COORDINATOR, 'scores');
  await env.h.settle();
});

const saidTo = (user: string, from: number): string => JSON.stringify(env.h.fake.ephemeralsTo(user).slice(from).map((e) => e.body));

describe('stopping a leerlijn in Slack', () => {
  it('opens a modal with no input; a member’s forged send closes it and is told why, the coordinator’s stops the leerlijn', async () => {
    await env.h.command(COORDINATOR, 'stop');
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    expect(view.callbackId).toBe('stop');
    expect(JSON.stringify(view.blocks)).toContain(t('en', 'stop.warning').slice(0, 40));
    expect(view.blocks.filter((b) => (b as { type?: string }).type === 'input')).toEqual([]);

    const member = USERS[3]!;
    const told = env.h.fake.ephemeralsTo(member).length;
    const forged = await env.h.submit(member, 'stop', {}, view.meta);
    expect(forged.text).toBe('');
    await env.h.settle();
    expect(saidTo(member, told)).toContain(tError('en', 'not_coordinator'));

    // Slack refuses the redraw of the round: the stop stands, the channel is told, and its sender hears of no error.
    env.h.fake.failNext('chat.update', { error: 'message_not_found', times: 1 });
    const refusedBefore = env.h.fake.callsTo('chat.update').filter((c) => c.error).length;
    const toldCoordinator = env.h.fake.ephemeralsTo(COORDINATOR).length;
    const sent = await env.h.submit(COORDINATOR, 'stop', {}, view.meta);
    expect(sent.text).toBe('');
    await env.h.settle();
    expect(JSON.stringify(env.h.fake.messagesIn(CHANNEL).at(-1))).toContain('stopped the leerlijn');
    expect(env.h.fake.callsTo('chat.update').filter((c) => c.error).length).toBe(refusedBefore + 1);
    expect(saidTo(COORDINATOR, toldCoordinator)).toBe('[]');
  });

  it('answers help and a word it does not know in the stopped leerlijn’s English, not the deployment’s Dutch', async () => {
    // Answered with the command itself: what Slack shows its sender alone.
    const said = async (words: string): Promise<string> => JSON.stringify(await env.h.command(USERS[3]!, words));
    expect(await said('help')).toContain(t('en', 'command.help.intro').slice(0, 40));
    expect(await said('wafel')).toContain(t('en', 'command.unknown', { command: 'X' }).split('X')[0]);
  });

  it('sends the stopped leerlijn’s export, and opens its delete form, in its language', async () => {
    const told = env.h.fake.ephemeralsTo(COORDINATOR).length;
    await env.h.command(COORDINATOR, 'status');
    await env.h.settle();
    expect(saidTo(COORDINATOR, told)).toContain(t('en', 'status.stopped'));
    await env.h.command(COORDINATOR, 'export');
    await env.h.settle();
    expect(saidTo(COORDINATOR, told)).toContain(t('en', 'export.sentPrivately'));
    await env.h.command(COORDINATOR, 'verwijder');
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    expect(view.callbackId).toBe('delete');
    expect(JSON.stringify(view.blocks)).toContain(t('en', 'export.confirmLabel'));
  });
});
