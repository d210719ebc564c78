// Whether the coordinator's planning offers "Notulist en invuller" is decided once, in the flow
// (app/flows/plan.ts), and both platforms draw what it says. Teams used to hide the button on its
// own when it had no team to list, while Slack always showed it.
import { describe, expect, it } from 'vitest';
import { timelineFor } from '../../src/app/flows/plan.js';
import type { ReplyView } from '../../src/app/flows/surface.js';
import { renderReply as renderSlackReply } from '../../src/adapters/slack/render/reply.js';
import { renderReply as renderTeamsReply } from '../../src/adapters/teams/reply.js';
import { t } from '../../src/i18n/index.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

type TimelineReply = Extract<ReplyView, { type: 'timeline' }>;
const ROLES = t('nl', 'timeline.button.roles');

/** The button's label on each platform, where the reply shows it. */
function rolesButtons(view: TimelineReply): { slack: boolean; teams: boolean } {
  const slack = JSON.stringify(renderSlackReply('nl', view).blocks);
  const teams = JSON.stringify(renderTeamsReply('nl', view, new Map()).actions ?? []);
  return { slack: slack.includes(ROLES), teams: teams.includes(ROLES) };
}

describe.each(backends())('the roles button under the planning, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  it('is offered to the coordinator on both platforms, with the team to choose from', async () => {
    const view = (await timelineFor(env.deps, env.s.coordinator, env.s.leerlijnId)) as TimelineReply;
    expect(view.rolesOffered).toBe(true);
    expect(rolesButtons(view)).toEqual({ slack: true, teams: true });
  });

  it('is offered to nobody else', async () => {
    const view = (await timelineFor(env.deps, env.s.members[1]!, env.s.leerlijnId)) as TimelineReply;
    expect(view.rolesOffered).toBe(false);
    expect(rolesButtons(view)).toEqual({ slack: false, teams: false });
  });

  it('is left out on both platforms when the flow does not offer it, the other controls kept', async () => {
    const view = (await timelineFor(env.deps, env.s.coordinator, env.s.leerlijnId)) as TimelineReply;
    const without = { ...view, rolesOffered: false };
    expect(rolesButtons(without)).toEqual({ slack: false, teams: false });
    expect(JSON.stringify(renderSlackReply('nl', without).blocks)).toContain(t('nl', 'timeline.button.move'));
    expect(JSON.stringify(renderTeamsReply('nl', without, new Map()).actions)).toContain(t('nl', 'timeline.button.move'));
  });
});
