// A button that opens a form (roles, move, action plan, evaluation…) in a leerlijn started in
// English: when Slack answers 429 and the form does not open, the person who pressed it reads to
// wait a minute in English. Before, those words fell back to the bot's default language ("Dat
// lukte nu niet: … Wacht een minuut …"); found walking the leerlijn in English, at the action
// plan's "Fill in". The team form's "Edit team" said nothing at all when Slack refused to open it.
// (A refusal already spoke the leerlijn's language: the use case knows it.)
import { describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { COORDINATOR } from './harness.js';
import { leerlijnIdIn, useSlackLeerlijn } from './flow.js';

const env = useSlackLeerlijn({ school: 'Het Baken', lang: 'en' });

const saidTo = (user: string): string[] => env.h.fake.ephemeralsTo(user).map((e) => String(e.body.text));

describe('a Slack button that opens a form, in an English leerlijn, when the form does not open', () => {
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
});
