// Whether the planning offers "Herinneringen" is said once, by the flow (app/flows/plan.ts): the
// view carries the reminder settings exactly where the form is offered, and both platforms draw
// that. Slack used to show the button to anyone who could edit, Teams only with settings in the
// view; they agreed only because the flow set both together.
import { describe, expect, it } from 'vitest';
import { timelineFor } from '../../src/app/flows/plan.js';
import type { ReplyView } from '../../src/app/flows/surface.js';
import { renderReply as renderSlackReply } from '../../src/adapters/slack/render/reply.js';
import { renderReply as renderTeamsReply } from '../../src/adapters/teams/reply.js';
import { t } from '../../src/i18n/index.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

type TimelineReply = Extract<ReplyView, { type: 'timeline' }>;
const REMINDERS = t('nl', 'reminders.button.open');

function remindersButtons(view: TimelineReply): { slack: boolean; teams: boolean } {
  const slack = JSON.stringify(renderSlackReply('nl', view).blocks);
  const teams = JSON.stringify(renderTeamsReply('nl', view, new Map()).actions ?? []);
  return { slack: slack.includes(REMINDERS), teams: teams.includes(REMINDERS) };
}

describe.each(backends())('the reminders button under the planning, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  it('is offered to the coordinator on both platforms', async () => {
    const view = (await timelineFor(env.deps, env.s.coordinator, env.s.leerlijnId)) as TimelineReply;
    expect(view.reminders).toBeDefined();
    expect(remindersButtons(view)).toEqual({ slack: true, teams: true });
  });

  it('is offered to nobody else', async () => {
    const view = (await timelineFor(env.deps, env.s.members[1]!, env.s.leerlijnId)) as TimelineReply;
    expect(view.reminders).toBeUndefined();
    expect(remindersButtons(view)).toEqual({ slack: false, teams: false });
  });

  it('is left out on both platforms when the view does not offer it, the other controls kept', async () => {
    const { reminders: _left, ...without } = (await timelineFor(env.deps, env.s.coordinator, env.s.leerlijnId)) as TimelineReply;
    expect(remindersButtons(without)).toEqual({ slack: false, teams: false });
    expect(JSON.stringify(renderSlackReply('nl', without).blocks)).toContain(t('nl', 'timeline.button.move'));
    expect(JSON.stringify(renderTeamsReply('nl', without, new Map()).actions)).toContain(t('nl', 'timeline.button.move'));
  });
});
