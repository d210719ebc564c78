// Outside posting a round (whose own words say the cards were not all taken), a call a person
// waits on that Slack answers 429 with a Retry-After longer than they wait out failed as anything
// unexpected: "er ging iets mis aan onze kant", logged as an error an operator would look into.
// Slack asked to wait, and nothing is broken: the person hears to wait a minute and try again, in
// the leerlijn's language, and the log has a warning. A form whose submit asks Slack something
// before its ack (who is being added to the team: a bot may not be) stays open with those words
// beside the input, what was picked kept and nothing saved.
import { describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { input } from '../../fakes/slack-signing.js';
import { COORDINATOR, teamIdsIn } from './harness.js';
import { leerlijnIdIn, useLoggedSlackLeerlijn } from './flow.js';

const env = useLoggedSlackLeerlijn();

const saidTo = (user: string): string[] => env.h.fake.ephemeralsTo(user).map((e) => String(e.body.text));
const NEWCOMER = 'U0NIEUW9';
const teamIds = (): Promise<string[]> => teamIdsIn(env.h);

describe('a Slack call a person waits on, outside posting a round, answered 429 with a long Retry-After', () => {
  it('typed (the stop form not opened): told Slack asked to wait a minute, and a warning logged, not an error', async () => {
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    await env.h.command(COORDINATOR, 'stop');
    await env.h.settle();
    expect(saidTo(COORDINATOR)).toContain(tError('nl', 'rate_limited'));
    expect(saidTo(COORDINATOR)).not.toContain(tError('nl', 'internal'));
    expect(env.logged.errors()).toEqual([]);
    expect(env.logged.warnings().length).toBeGreaterThan(0);
  });

  it('submitted (the team form adding someone Slack would not yet say is no bot): the words beside the add field, nobody added', async () => {
    await env.h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(env.h));
    await env.h.settle();
    const form = env.h.fake.lastView(COORDINATOR)!.view as { private_metadata: string; blocks: Array<{ block_id?: string; element?: { type: string } }> };
    const add = form.blocks.find((b) => b.element?.type === 'multi_users_select')!.block_id!;
    const before = await teamIds();
    env.h.fake.failNext('users.info', { status: 429, retryAfter: 30, times: 10 });
    const res = await env.h.submit(COORDINATOR, 'team', { [add]: { v: input.users([NEWCOMER]) } }, form.private_metadata);
    expect(res.json).toEqual({ response_action: 'errors', errors: { [add]: tError('nl', 'rate_limited') } });
    expect(await teamIds()).toEqual(before);
    expect(env.logged.errors()).toEqual([]);
    expect(env.logged.warnings().length).toBeGreaterThan(0);
  });

  it('typed (`team add` of someone Slack would not yet say is no bot): told the same, nobody added', async () => {
    const before = await teamIds();
    env.h.fake.failNext('users.info', { status: 429, retryAfter: 30, times: 10 });
    await env.h.command(COORDINATOR, `team add <@${NEWCOMER}>`);
    await env.h.settle();
    expect(saidTo(COORDINATOR)).toContain(tError('nl', 'rate_limited'));
    expect(await teamIds()).toEqual(before);
  });

  it('clicked (the roles form not opened): told the same, where before nothing was said', async () => {
    const leerlijnId = await leerlijnIdIn(env.h);
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    await env.h.click(COORDINATOR, 'meeting_roles', leerlijnId);
    await env.h.settle();
    expect(saidTo(COORDINATOR)).toContain(tError('nl', 'rate_limited'));
    expect(env.logged.errors()).toEqual([]);
  });
});
