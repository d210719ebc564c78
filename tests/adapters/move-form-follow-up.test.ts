// The planning's move form ("Verplaatsen") lists the new evaluation meeting only once it can be planned
// the domain's way, after the eindevaluatie ("If the team wants, schedule a new evaluation meeting"; the
// help: "na de eindevaluatie"), or once it is planned and can be moved. Before, it stood in the list from
// week 0 (a tester saw it there). Asked for by name (`planning nieuw`, the next step's button) the form
// still plans it. Slack's modal and Teams' card in the planning, from the same rule.
import { describe, expect, it } from 'vitest';
import { formSpec, loadForm } from '../../src/app/flows/form-registry.js';
import { getTimeline, rescheduleMeeting } from '../../src/app/meetings.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { timelineCard } from '../../src/adapters/teams/cards/timeline.js';
import { t } from '../../src/i18n/index.js';
import { backends } from '../support/db.js';
import { EINDEVALUATIE_BEGUN, useStartedLeerlijn } from '../support/fixtures.js';

const FOLLOW_UP = t('nl', 'meeting.vervolgevaluatie');

describe.each(backends())('the move form\'s meetings on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  it('lists the new evaluation meeting from the eindevaluatie on, or asked for by name, on Slack and Teams', async () => {
    const { deps, s } = env;
    const slackOptions = async (kind?: string): Promise<string[]> => {
      const form = (await loadForm(deps, s.coordinator, formSpec('move'), { leerlijnId: s.leerlijnId, ...(kind ? { kind } : {}) })).draw(slackMarkup);
      const field = form.fields.find((f) => f.id === 'kind');
      return field?.kind === 'choice' ? field.options.map((o) => o.label) : [];
    };
    const teamsCard = async (): Promise<string> => JSON.stringify(timelineCard(await getTimeline(deps, s.coordinator, s.leerlijnId)));

    expect(await slackOptions()).toEqual(['signalering', 'actieplan', 'terugkom', 'eindevaluatie'].map((k) => t('nl', `meeting.${k}` as 'meeting.signalering')));
    expect(await teamsCard()).not.toContain(FOLLOW_UP);
    expect(await slackOptions('vervolgevaluatie')).toContain(FOLLOW_UP);

    deps.setNow(EINDEVALUATIE_BEGUN);
    expect(await slackOptions()).toContain(FOLLOW_UP);
    expect(await teamsCard()).toContain(FOLLOW_UP);
  });

  it('lists it once planned, to be moved', async () => {
    const { deps, s } = env;
    // Planned (from the eindevaluatie on), it is listed by being planned: seen with the clock before that meeting.
    deps.setNow(EINDEVALUATIE_BEGUN);
    await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-09-14', time: '15:30' });
    deps.setNow(new Date('2026-05-24T09:00:00Z'));
    const form = (await loadForm(deps, s.coordinator, formSpec('move'), { leerlijnId: s.leerlijnId })).draw(slackMarkup);
    expect(JSON.stringify(form.fields)).toContain(FOLLOW_UP);
    expect(JSON.stringify(timelineCard(await getTimeline(deps, s.coordinator, s.leerlijnId)))).toContain(FOLLOW_UP);
  });
});
