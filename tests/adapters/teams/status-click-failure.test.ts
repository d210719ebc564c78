// Bram clicks 'klaar' on the message with his actions of an English leerlijn (after a plan), and
// the status cannot be saved on our side (here: the database lost the actions table). Any other
// click that fails so hears "try again" beside its card, which Teams leaves as it was, so the
// button is there to try again (bot.ts, c4d5daa): a status click answered a card instead, which
// took the place of his list and its buttons. Now it is a message beside the list, in the list's
// language, as its refusals are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { MESSAGE_CONTENT_TYPE } from '../../../src/adapters/teams/cards/common.js';
import { invokeActionExecute, postActivity } from '../../fakes/teams-activities.js';
import { PEOPLE, bramsStatusButton, startHarness, type Harness } from './harness.js';

const bram = PEOPLE[1]!;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.db.db.query('alter table if exists actions_gone rename to actions');
  await h.close();
});

describe('teams: a status click that fails on our side', () => {
  it('says "try again" beside the list, in its language, and leaves the list with its buttons', async () => {
    const button = await bramsStatusButton(h);
    await h.db.db.query('alter table actions rename to actions_gone');
    const answered = await postActivity(h.url, invokeActionExecute({ ...h.inPersonal(bram), locale: 'nl-NL', verb: 'status', data: button }));
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: tError('en', 'internal') });
  });
});
