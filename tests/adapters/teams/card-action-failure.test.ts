// A card action that fails on our side (here: the database loses a table while Anna looks at the
// team). Clicked, she hears "try again" beside the card, which Teams leaves as it was, so its
// button is there to try again; a card in its place would take that away. A refresh Teams asks
// for on its own (trigger 'automatic') has no click to try again: it is answered with a card
// saying so, in the place of the one Teams would have drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { CARD_CONTENT_TYPE, MESSAGE_CONTENT_TYPE } from '../../../src/adapters/teams/cards/common.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { invokeActionExecute, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let h: Harness;
let refresh: { verb: string; data: JsonObject };

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  await h.say(anna, 'team');
  const posted = adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).at(-1)!.activity)!;
  refresh = (posted.refresh as { action: { verb: string; data: JsonObject } }).action;
  await h.db.db.query('alter table members rename to members_gone');
});

afterAll(async () => {
  await h.db.db.query('alter table members_gone rename to members');
  await h.close();
});

const answerTo = async (trigger: 'manual' | 'automatic'): Promise<{ statusCode: number; type: string; value: unknown }> => {
  const answered = await postActivity(h.url, invokeActionExecute({ ...h.inChannel(anna), verb: refresh.verb, data: refresh.data, trigger }));
  expect(answered.status).toBe(200);
  return answered.body as { statusCode: number; type: string; value: unknown };
};

describe('teams: a card action that fails on our side', () => {
  it('clicked: says "try again" beside the card, which stays', async () => {
    expect(await answerTo('manual')).toEqual({ statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: tError('nl', 'internal') });
  });

  it('a refresh Teams asked for: a card that says "try again"', async () => {
    const answer = await answerTo('automatic');
    expect(answer.type).toBe(CARD_CONTENT_TYPE);
    expect(cardText(answer.value)).toContain(tError('nl', 'internal'));
  });
});
