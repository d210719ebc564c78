// The team form in Teams: coordinators edit sides, levels and roles, add people from the
// channel roster and remove people; a refused change shows the form again with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamFormCard } from '../../../src/adapters/teams/cards/form.js';
import type { MemberView } from '../../../src/app/views.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { insertActions, recordActionStatus } from '../../../src/store/actions.js';
import { adaptiveCardProblems, MAX_CARD_BYTES } from '../../support/adaptive-cards.js';
import { CHANNEL, PEOPLE, cardText, lastAnswerIn, startHarness, type Harness, elements, textAfter, closeCheckingCards } from './harness.js';

const [anna, bram, chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, managers: anna.aadObjectId, coordinators: anna.aadObjectId,
    draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
});

afterAll(() => closeCheckingCards(h));

const lastCard = (): JsonObject => lastAnswerIn(h.connector, CHANNEL.id)!;

/** The cards posted in the channel since `sent`, as anna sees them (her own view where the card has one). */
const seenByAnnaSince = (sent: number): Promise<string[]> =>
  Promise.all(h.connector.sentTo(CHANNEL.id).slice(sent).map(async (a) => cardText(await h.seenBy(anna, adaptiveCardOf(a.activity)!))));

const inputs = (card: unknown) => elements(card).filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.'));
const inputById = (card: unknown, id: string) => inputs(card).find((i) => i.id === id);

async function team(): Promise<Array<{ userId: string; side: string | null; level: string | null; coordinator: boolean }>> {
  const { rows } = await h.db.db.query<{ userId: string; side: string | null; level: string | null; coordinator: boolean }>(
    `select user_id as "userId", side, level, is_coordinator as coordinator from members order by user_id`,
  );
  return rows;
}

describe('the team form', () => {
  it('shows a non-coordinator the team as a list, without inputs', async () => {
    await h.say(bram, 'team');
    expect(cardText(lastCard())).toContain('Anna Test');
    expect(inputs(lastCard())).toEqual([]);
  });

  it('names a typed word that is no mention as typed: no escaped backticks shown around it', async () => {
    await h.say(anna, 'team toevoegen jan');
    const said = cardText(lastCard());
    expect(said).toContain(t('nl', 'team.notMention', { word: 'jan' }));
    expect(said).not.toContain('\\`');
  });

  it('gives the coordinator side, level, coordinator and remove per member, and the roster people not yet on the team', async () => {
    await h.say(anna, 'team');
    // The team in the channel is everyone's; the form is anna's own view of it.
    expect(inputById(lastCard(), 'add')).toBeUndefined();
    const form = await h.seenBy(anna, lastCard());
    expect(inputById(form, `side.${bram.aadObjectId}`)?.value).toBe('jongerenwerk');
    expect(inputById(form, `level.${anna.aadObjectId}`)?.value).toBe('manager');
    expect(inputById(form, `coord.${anna.aadObjectId}`)?.value).toBe('true');
    expect(inputById(form, `remove.${bram.aadObjectId}`)?.value).toBe('false');
    const add = inputById(form, 'add') as { choices: Array<{ value: string }> };
    const offered = add.choices.map((c) => c.value);
    expect(offered).toContain(chen.aadObjectId);
    expect(offered).not.toContain(anna.aadObjectId);
  });

  it('refuses to remove the last coordinator: the same form, values kept, the reason shown, nothing changed', async () => {
    const before = await team();
    await h.submit(anna, {
      form: 'team',
      [`remove.${anna.aadObjectId}`]: 'true',
      [`side.${bram.aadObjectId}`]: 'school',
      add: chen.aadObjectId,
    });
    const form = lastCard();
    expect(cardText(form)).toContain('Er moet minstens één coördinator zijn.');
    expect(inputById(form, `remove.${anna.aadObjectId}`)?.value).toBe('true');
    expect(inputById(form, `side.${bram.aadObjectId}`)?.value).toBe('school');
    expect(inputById(form, 'add')?.value).toBe(chen.aadObjectId);
    expect(await team()).toEqual(before);
  });

  it('shows a refused value beside its input: a member at their own, someone being added at the add field', async () => {
    const before = await team();
    await h.submit(anna, { form: 'team', [`side.${bram.aadObjectId}`]: 'nergens', add: chen.aadObjectId, addSide: 'nergens' });
    const form = lastCard();
    expect(textAfter(form, `side.${bram.aadObjectId}`)).toBeDefined();
    expect(textAfter(form, 'add')).toBe(textAfter(form, `side.${bram.aadObjectId}`));
    expect(await team()).toEqual(before);
  });

  it('refuses a non-coordinator who sends the form', async () => {
    await h.submit(bram, { form: 'team', [`level.${bram.aadObjectId}`]: 'manager' });
    expect(cardText(lastCard())).toContain('Dit mag alleen de coördinator');
    expect((await team()).find((m) => m.userId === bram.aadObjectId)?.level).toBe('uitvoerder');
  });

  it('refuses a non-coordinator also when the form comes back unchanged', async () => {
    await h.submit(bram, { form: 'team', [`level.${bram.aadObjectId}`]: 'uitvoerder' });
    expect(cardText(lastCard())).toContain('Dit mag alleen de coördinator');
  });

  it('refuses a bot picked to add, beside the add field as in Slack: the same form, values kept, nothing saved', async () => {
    const before = await team();
    const bot = '28:pollbot';
    await h.submit(anna, { form: 'team', [`level.${bram.aadObjectId}`]: 'manager', add: `${chen.aadObjectId},${bot}`, addSide: 'school', addLevel: 'uitvoerder' });
    const form = lastCard();
    expect(cardText(form)).toContain('Een bot of app kan niet stemmen en dus niet in het team');
    expect(inputById(form, 'add')?.value).toBe(`${chen.aadObjectId},${bot}`);
    expect(inputById(form, `level.${bram.aadObjectId}`)?.value).toBe('manager');
    expect(await team()).toEqual(before);
  });

  it('saves sides, levels and roles, adds people from the roster and removes people', async () => {
    const sent = h.connector.sentTo(CHANNEL.id).length;
    await h.submit(anna, {
      form: 'team',
      [`level.${bram.aadObjectId}`]: 'manager',
      [`coord.${bram.aadObjectId}`]: 'true',
      [`side.${anna.aadObjectId}`]: 'none',
      add: [chen.aadObjectId, PEOPLE[3]!.aadObjectId].join(','),
      addSide: 'school',
      addLevel: 'uitvoerder',
    });
    // The team as it is now goes to the channel (as in Slack), then the coordinator's next step (in their own view).
    const said = await seenByAnnaSince(sent);
    expect(said[0]).toContain('Chen Test');
    expect(said.join('\n')).toContain(t('nl', 'guide.nextHeading'));
    expect(await team()).toEqual(
      [
        { userId: anna.aadObjectId, side: null, level: 'manager', coordinator: true },
        { userId: bram.aadObjectId, side: 'jongerenwerk', level: 'manager', coordinator: true },
        { userId: chen.aadObjectId, side: 'school', level: 'uitvoerder', coordinator: false },
        { userId: PEOPLE[3]!.aadObjectId, side: 'school', level: 'uitvoerder', coordinator: false },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    await h.submit(anna, { form: 'team', [`remove.${PEOPLE[3]!.aadObjectId}`]: 'true' });
    expect((await team()).map((m) => m.userId)).not.toContain(PEOPLE[3]!.aadObjectId);
  });

  it('tells the coordinator, by name, which role of someone removed is free now, before what is next', async () => {
    await h.submit(anna, { form: 'roles', 'invuller.actieplan': chen.aadObjectId });
    const sent = h.connector.sentTo(CHANNEL.id).length;
    await h.submit(anna, { form: 'team', [`remove.${chen.aadObjectId}`]: 'true' });
    const said = (await seenByAnnaSince(sent)).join('\n');
    // Off the team, Chen is still named by their Teams name: never an id, nor "someone no longer on the team".
    const free = forTeams(t('nl', 'team.roleCleared.invuller', { name: 'Chen Test', meeting: t('nl', 'meeting.inline.actieplan') }));
    expect(said).toContain(free);
    expect(said.indexOf(free)).toBeLessThan(said.indexOf(t('nl', 'guide.nextHeading')));
  });

  it('tells the coordinator how many open actions someone removed had, and how to give them a new owner', async () => {
    const { rows: [leerlijn] } = await h.db.db.query<{ id: string }>(`select id from leerlijnen`);
    const action = (description: string) => ({ onderdeel: 'P1' as const, description, ownerUserId: bram.aadObjectId, dueDate: '2026-03-02' });
    const added = { source: 'actieplan' as const, by: anna.aadObjectId, at: new Date() };
    const [done] = await insertActions(h.db.db, leerlijn!.id, added, [action('Klaar al'), action('Rooster delen')]);
    await recordActionStatus(h.db.db, { actionId: done!.id, status: 'klaar', note: null, byUser: bram.aadObjectId, at: new Date() });
    const sent = h.connector.sentTo(CHANNEL.id).length;
    await h.submit(anna, { form: 'team', [`remove.${bram.aadObjectId}`]: 'true' });
    const said = (await seenByAnnaSince(sent)).join('\n');
    expect(said).toContain(forTeams(t('nl', 'owners.leftOne', { name: 'Bram Test' })));
  });
});

describe('the team form card', () => {
  it('stays a valid card under 80 KB with 40 members and 100 people to add', () => {
    const members: MemberView[] = Array.from({ length: 40 }, (_, i) => ({
      userId: `aad-0000000${i}-aaaa-bbbb-cccc-dddddddddddd`, displayName: `Teamlid met een lange naam ${i}`,
      side: i % 2 === 0 ? 'school' : 'jongerenwerk', level: i < 4 ? 'manager' : 'uitvoerder', isCoordinator: i === 0, isMember: true,
    }));
    const candidates = Array.from({ length: 150 }, (_, i) => ({ userId: `aad-1000000${i}-aaaa-bbbb-cccc-dddddddddddd`, displayName: `Kanaallid ${i}` }));
    const errors = new Map(members.map((m) => [`side.${m.userId}`, 'Kies een kant.']));
    const card = teamFormCard('nl', '00000000-0000-4000-8000-000000000001', members, candidates, {}, errors);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
