// A Slack Connect channel: the school's workspace installed the bot, the jongerenwerk's
// people sit in the shared channel from their own organisation. Slack names their
// organisation in some payloads (a modal's `team`, an event's `team_id`) and the installing
// workspace beside it (`view.app_installed_team_id`, the event's `authorizations`); what
// they do belongs to the installing workspace's leerlijn.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventBody, FAKE_TEAM, input, interactionBody, postToSlackEndpoint, viewSubmissionPayload } from '../../fakes/slack-signing.js';
import { cardsIn, lastView, useSlackLeerlijn } from './flow.js';
import { COORDINATOR, SECRET, USERS } from './harness.js';

const OTHER_ORG = 'T0JONGERENWERK';
const YOUTH_WORKER = USERS[3]!; // on the team, from the other organisation
const SCHOOL = 'De Brug';

const env = useSlackLeerlijn(SCHOOL);
let roundId = '';
beforeAll(async () => {
  await env.h.command(COORDINATOR, 'scores');
  await env.h.settle();
  roundId = cardsIn(env.h).roundId;
});

const workspaces = async (): Promise<string[]> =>
  (await env.h.testDb.db.query<{ tenant: string }>(`select tenant_id as tenant from workspaces order by tenant_id`)).rows.map((r) => r.tenant);

describe('Slack Connect: a member from another organisation in the shared channel', () => {
  it('saves their note on a score card: the modal closes as for a colleague, and no second workspace appears', async () => {
    await env.h.click(YOUTH_WORKER, 'card_note', `${roundId}|P1`);
    await env.h.settle();
    const view = lastView(env.h, YOUTH_WORKER);
    const payload = viewSubmissionPayload({
      user: YOUTH_WORKER, callbackId: view.callbackId, values: { note: { v: input.text('Samen met de mentoren oppakken') } },
      privateMetadata: view.meta, team: OTHER_ORG, installedTeam: FAKE_TEAM.id,
    });
    const res = await postToSlackEndpoint(env.h.endpoint, SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    await env.h.settle();
    expect(res.text).toBe('');
    expect(await workspaces()).toEqual([FAKE_TEAM.id]);
  });

  it('shows their leerlijn in the App Home', async () => {
    const opened = eventBody({ type: 'app_home_opened', user: YOUTH_WORKER, tab: 'home', channel: 'D0YOUTH' }, { event_id: 'EvConnectHome', team_id: OTHER_ORG, installed_team_id: FAKE_TEAM.id });
    await postToSlackEndpoint(env.h.endpoint, SECRET, opened, 'application/json');
    await env.h.settle();
    expect(JSON.stringify(env.h.fake.homeOf(YOUTH_WORKER))).toContain(SCHOOL);
    expect(await workspaces()).toEqual([FAKE_TEAM.id]);
  });
});
