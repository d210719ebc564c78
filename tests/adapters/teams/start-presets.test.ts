// The start form in Teams opens with what Slack's opens with (src/views/start-form.ts): the first
// meeting at 15:30, and the team's people to pick from without the bot, the starter among them; in a
// big team the first ten are listed and everyone else is found as one types (cards/form.ts LISTED_PEOPLE). When Teams will not give the team's people the form still opens, with the starter to
// pick (as Slack presets only the starter then), rather than asking to try again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
/** A big team: the test's people and 120 more, so more than a form offers. */
const BIG_TEAM = [...PEOPLE.slice(1), ...Array.from({ length: 120 }, (_, i) => ({ id: `29:p${i}`, name: `Persoon ${i}`, aadObjectId: `aad-p${i}` })), anna];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ roster: BIG_TEAM.map((p) => ({ ...p, aadObjectId: p.aadObjectId! })) });
});
afterAll(async () => {
  await h.close();
});

/** The form as Anna sees it: the channel's card, her own view of it where it has one. */
const seenByAnna = async (): Promise<JsonObject> => h.seenBy(anna, h.connector.lastCardIn(CHANNEL.id) as JsonObject);

type Input = { type: string; id?: string; value?: string; choices?: Array<{ value: string }>; 'choices.data'?: { dataset?: string } };
function inputsOf(card: unknown): Input[] {
  const found: Input[] = [];
  JSON.stringify(card, (_key, value: unknown) => {
    if (value && typeof value === 'object' && typeof (value as Input).type === 'string' && (value as Input).type.startsWith('Input.')) found.push(value as Input);
    return value;
  });
  return found;
}

describe('the Teams start form', () => {
  it('presets the first meeting at 15:30 and offers the team’s people, the first ten listed with the starter, the rest found as one types', async () => {
    await h.say(anna, 'start');
    const inputs = inputsOf(await seenByAnna());
    expect(inputs.find((i) => i.id === 'startTime')?.value).toBe('15:30');
    const school = inputs.find((i) => i.id === 'school')?.choices?.map((c) => c.value) ?? [];
    expect(school).toHaveLength(10);
    expect(school).toContain(anna.aadObjectId);
    expect(inputs.find((i) => i.id === 'school')?.['choices.data']?.dataset).toBe('channel');
    expect(inputs.find((i) => i.id === 'coordinators')?.value).toBe(anna.aadObjectId);
  });

  it('shown again after a refused submit (no school name), offers the same: the first ten, the starter among them, what was picked kept', async () => {
    const bram = PEOPLE[1]!;
    await h.submit(anna, {
      form: 'start', schoolName: '', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
      school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
    });
    const inputs = inputsOf(h.connector.lastCardIn(CHANNEL.id));
    const school = inputs.find((i) => i.id === 'school')?.choices?.map((c) => c.value) ?? [];
    expect(school).toHaveLength(10);
    expect(school).toContain(anna.aadObjectId);
    expect(inputs.find((i) => i.id === 'jongerenwerk')?.value).toBe(bram.aadObjectId);
    expect(inputs.find((i) => i.id === 'jongerenwerk')?.choices?.map((c) => c.value)).toContain(bram.aadObjectId);
  });

  it('opens with the starter to pick when Teams will not give the team’s people, instead of asking to try again', async () => {
    h.connector.failNext(/pagedmembers/, { status: 429, times: 20 });
    await h.say(anna, 'start');
    expect(cardText(h.connector.lastCardIn(CHANNEL.id))).not.toContain(tError('nl', 'internal'));
    const card = await seenByAnna();
    const inputs = inputsOf(card);
    expect(inputs.find((i) => i.id === 'startTime')?.value).toBe('15:30');
    expect(inputs.find((i) => i.id === 'school')?.choices?.map((c) => c.value)).toEqual([anna.aadObjectId]);
  });

  it('offers the team the deployment’s language, not the starter’s own: a coordinator who uses Teams in English reads the form in English, the leerlijn stays Dutch unless they choose', async () => {
    const english = { ...h.inChannel(anna), locale: 'en-US' };
    await h.say(anna, 'start', english);
    const card = await h.seenBy(anna, h.connector.lastCardIn(CHANNEL.id) as JsonObject, english);
    expect(cardText(card)).toContain('Start leerlijn');
    expect(inputsOf(card).find((i) => i.id === 'lang')?.value).toBe('nl');
  });
});
