// The team modal in Slack for a team of 60 (two pages): someone added on page 1 is named in the
// channel's post after the last page, as a change on that page would be. Slack's modal has no
// remove (the typed `team verwijder` is team-command.test.ts's); Teams' removals: teams/team-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { input, type StateValue } from '../../fakes/slack-signing.js';
import { CHANNEL } from './harness.js';
import { openTeamModal as openOf, submitPage as submitOf, useTeamOf60, type Shown } from './team-of-60.js';

const { env, lastPost } = useTeamOf60();

const openTeamModal = (): Promise<Shown> => openOf(env.h);
const submitPage = (view: Shown, changes: Record<string, Record<string, StateValue>> = {}): Promise<Shown | null> => submitOf(env.h, view, changes);

describe('someone added on an earlier page of the team modal', () => {
  it('is named in the channel after the last page, once, also when the last page changes nothing', async () => {
    const newcomer = 'U0NEW0001';
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    const page2 = await submitPage(await openTeamModal(), { add_0: { v: input.users([newcomer]) } });
    expect(page2).not.toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts); // the team hears after the last page
    expect(await submitPage(page2!)).toBeNull();
    expect(lastPost().split(t('nl', 'team.added', { name: `<@${newcomer}>` })).length - 1).toBe(1);
  });
});
