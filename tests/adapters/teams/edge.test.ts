// Activities shaped as no Teams client sends them: refused with 400 before botbuilder reads
// them (it used to throw inside the turn and answer 500), and text Postgres refuses cleaned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeActionExecute, messageActivity, postActivity, submitActivity } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.close();
});

const message = (): Record<string, unknown> => ({ ...messageActivity({ ...h.inChannel(anna), text: 'help' }) });

describe('activities botbuilder would throw on', () => {
  const broken: Array<[string, (a: Record<string, unknown>) => void]> = [
    ['a text that is a number', (a) => void (a.text = 42)],
    ['a null from', (a) => void (a.from = null)],
    ['a from without an id', (a) => void (a.from = { name: 'x' })],
    ['a null conversation', (a) => void (a.conversation = null)],
    ['a recipient that is a string', (a) => void (a.recipient = 'bot')],
    ['a numeric id', (a) => void (a.id = 12345)],
    ['a value that is an array', (a) => void (a.value = ['form', 'start'])],
    ['a value that is a number', (a) => void (a.value = 7)],
    ['entities that are null', (a) => void (a.entities = null)],
    ['a mention without whom it mentions', (a) => void (a.entities = [{ type: 'Mention', text: '<at>x</at>' }])],
    ['a mention and no text', (a) => void delete a.text],
    ['a huge array', (a) => void (a.membersAdded = Array.from({ length: 30_000 }, (_, i) => ({ id: `29:${i}` })))],
    ['a deep nesting', (a) => void (a.value = JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`) as unknown)],
  ];
  it.each(broken)('refuses %s with 400 and sends nothing', async (_name, spoil) => {
    const before = h.connector.activities.length;
    const activity = message();
    spoil(activity);
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(400);
    expect(h.connector.activities.length).toBe(before);
  });

  it('refuses an Action.Execute without a verb and keeps answering others', async () => {
    const invoke = invokeActionExecute({ ...h.inChannel(anna), verb: 'vote' }) as unknown as Record<string, unknown>;
    invoke.value = { action: { type: 'Action.Execute', verb: null } };
    expect((await postActivity(h.url, invoke)).status).toBe(400);
    expect((await h.say(anna, 'help')).status).toBe(200);
  });

  it('answers an invoke it does not take at once with 200, not botbuilder’s 501', async () => {
    const invoke = { ...invokeActionExecute({ ...h.inChannel(anna), verb: 'x' }), name: 'composeExtension/query', value: { commandId: 'search' } };
    const res = await postActivity(h.url, invoke);
    expect(res.status).toBe(200);
  });

  // An invoke's name was looked up in a plain object: `toString` found Object.prototype's and
  // the edge threw (500); `constructor` was "taken" and botbuilder answered 501.
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('answers an invoke named %s like any invoke it does not take', async (name) => {
    const invoke = { ...invokeActionExecute({ ...h.inChannel(anna), verb: 'x' }), name };
    const res = await postActivity(h.url, invoke);
    expect(res.status).toBe(200);
    expect((await h.say(anna, 'help')).status).toBe(200);
  });

  it('refuses a body that is not JSON without quoting it back', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message","text":"geheim' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('geheim');
  });
});

describe('text Postgres would refuse', () => {
  it('stores a start form’s school name without its NUL byte and lone surrogate', async () => {
    const res = await postActivity(h.url, submitActivity({
      ...h.inChannel(anna),
      value: {
        form: 'start', schoolName: 'Het\u0000 Baken\uDC00', youthOrgName: 'JoU\u0000', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
        school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
      },
    }));
    expect(res.status).toBe(200);
    const { rows } = await h.db.db.query<{ school: string; youth: string }>(
      `select school_name as school, youth_org_name as youth from leerlijnen where channel_id = $1::text`, [CHANNEL.id],
    );
    expect(rows).toEqual([{ school: 'Het Baken\uFFFD', youth: 'JoU' }]);
  });
});
