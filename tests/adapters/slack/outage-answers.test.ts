// Clicks and modals sent while the database does not answer: each person hears "try again"
// (the owner's status buttons in their DM, the plan's post button in a channel not read before,
// a modal from a workspace this process has not seen yet), rather than nothing at all.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { interactionBody, postToSlackEndpoint, input, viewSubmissionPayload } from '../../fakes/slack-signing.js';
import { lastView, leerlijnIdIn, useSlackLeerlijn } from './flow.js';
import { COORDINATOR, SECRET, USERS } from './harness.js';
import { databaseDown as takeDown } from '../../support/outage.js';

const TRY_AGAIN = tError('nl', 'internal');
const env = useSlackLeerlijn('Het Baken');
let leerlijnId = '';
let restore = (): void => undefined;

beforeAll(async () => {
  leerlijnId = await leerlijnIdIn(env.h);
});
// Registered after the helper's: runs before it closes the harness.
afterAll(() => restore());

/** Every statement fails as with a database that is gone, until `restore`. */
function databaseDown(): void {
  restore = takeDown(env.h.testDb.db);
}

describe('while the database is down', () => {
  it.each([
    ['klaar in an owner’s DM', 'action_status_klaar', () => `${randomUUID()}|klaar`, 'D0OWNERDM'],
    ['the note button in an owner’s DM', 'action_note', () => randomUUID(), 'D0OWNERDM'],
    ['the plan’s post button in a channel not read before', 'plan_post', () => leerlijnId, 'C0NOTREAD'],
  ])('%s is answered with "try again"', async (_name, actionId, value, channel) => {
    const user = USERS[1]!;
    const before = env.h.fake.ephemeralsTo(user).length;
    databaseDown();
    try {
      expect((await env.h.click(user, actionId, value(), { channel, ts: '5.000001' })).status).toBe(200);
      await env.h.settle();
    } finally {
      restore();
    }
    expect(env.h.fake.ephemeralsTo(user).slice(before).map((e) => JSON.stringify(e.body)).join(' ')).toContain(TRY_AGAIN);
  });

  it('a modal from a workspace not seen yet stays open with "try again" beside its first input', async () => {
    await env.h.click(COORDINATOR, 'team_edit', leerlijnId);
    await env.h.settle();
    const team = lastView(env.h, COORDINATOR);
    const payload = viewSubmissionPayload({ user: COORDINATOR, callbackId: team.callbackId, values: { add_0: { v: input.users([]) } }, privateMetadata: team.meta, team: 'T0REPLICA' });
    databaseDown();
    let answer;
    try {
      answer = await postToSlackEndpoint(env.h.endpoint, SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    } finally {
      restore();
    }
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ response_action: 'errors', errors: { add_0: TRY_AGAIN } });
  });
});
