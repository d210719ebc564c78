// A button that opens a form (roles, move, action plan, evaluation…) in a leerlijn started in
// English: when Slack answers 429 and the form does not open, the person who pressed it reads to
// wait a minute in English. Before, those words fell back to the bot's default language ("Dat
// lukte nu niet: … Wacht een minuut …"); found walking the leerlijn in English, at the action
// plan's "Fill in". The team form's "Edit team" and the two "Add a note" buttons (a score card, an
// action in its owner's DM) said nothing at all when Slack refused to open their form.
// (A refusal already spoke the leerlijn's language: the use case knows it.)
import { afterEach, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { COORDINATOR, USERS } from './harness.js';
import { cardsIn, leerlijnIdIn, useSlackLeerlijn } from './flow.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

const env = useSlackLeerlijn({ school: 'Het Baken', lang: 'en' });

/** The bot's direct-message channel with a person, as the fake Slack names it. */
const dmOf = (user: string): string => `D${user.slice(1)}`;
const saidTo = (user: string): string[] => env.h.fake.ephemeralsTo(user).map((e) => String(e.body.text));

describe('a Slack button that opens a form, in an English leerlijn, when the form does not open', () => {
  // Slack answers again: what one test refused is not refused in the next.
  afterEach(() => env.h.fake.failNext('views.open', { status: 429, times: 0 }));

  it('Slack answers 429: the coordinator reads to wait a minute, in English', async () => {
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    await env.h.click(COORDINATOR, 'meeting_roles', await leerlijnIdIn(env.h));
    await env.h.settle();
    expect(saidTo(COORDINATOR)).toContain(tError('en', 'rate_limited'));
    expect(saidTo(COORDINATOR)).not.toContain(tError('nl', 'rate_limited'));
  });


  it('the team form (its "Edit team" button): the coordinator reads the same, where before nothing was said', async () => {
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    const before = saidTo(COORDINATOR).length;
    await env.h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(env.h));
    await env.h.settle();
    expect(saidTo(COORDINATOR).slice(before)).toEqual([tError('en', 'rate_limited')]);
  });

  it('a team member\'s "Add a note" on a score card: told the same, where before nothing was said', async () => {
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    const { roundId } = cardsIn(env.h);
    const member = USERS[1]!;
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    const before = saidTo(member).length;
    await env.h.click(member, 'card_note', `${roundId}|P1`);
    await env.h.settle();
    expect(saidTo(member).slice(before)).toEqual([tError('en', 'rate_limited')]);
  });

  it('an action owner\'s "Add a note" in their DM: told the same, where before nothing was said', async () => {
    await savePlanItemInSlack(env.h, 'P1', { ...texts('Too little contact', 'A monthly meeting'), ...row(0, 'Plan the meeting', COORDINATOR, '2026-03-13') });
    await env.h.command(COORDINATOR, 'my-actions');
    await env.h.settle();
    const actionId = /"value":"([0-9a-f-]{36})\|klaar"/.exec(JSON.stringify(env.h.fake.ephemeralsTo(COORDINATOR).at(-1)))?.[1];
    expect(actionId).toBeDefined();
    env.h.fake.failNext('views.open', { status: 429, retryAfter: 30, times: 10 });
    const before = saidTo(COORDINATOR).length;
    await env.h.click(COORDINATOR, 'action_note', actionId!, { channel: dmOf(COORDINATOR) });
    await env.h.settle();
    expect(saidTo(COORDINATOR).slice(before)).toEqual([tError('en', 'rate_limited')]);
  });
});
