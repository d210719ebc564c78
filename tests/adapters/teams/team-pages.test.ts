// The coordinator's team form in Teams for a big team: a row of inputs per member took a team of
// 60 past the 100 KB Teams takes in a message (counted in UTF-16), so the form never came. Past 25
// members it shows a page of them, with buttons to the pages before and after (the reader's own
// view, drawn again for that page); a submit saves the page on screen, as Slack's pages do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamFormCard } from '../../../src/adapters/teams/cards/form.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { t } from '../../../src/i18n/index.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../../fakes/bot-connector/routes.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import { adaptiveCardOf } from '../../fakes/bot-connector/state.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { adaptiveCardProblems } from '../../support/adaptive-cards.js';
import { cardText, CHANNEL, closeCheckingCards, elements, PEOPLE, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const MORE: TeamsUser[] = Array.from({ length: 58 }, (_, i) => ({ id: `29:lid-${i}`, name: `Sanne de Wit ${i + 3}`, aadObjectId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}` }));

let h: Harness;
let leerlijnId: string;

const inputIds = (card: unknown): string[] => elements(card).filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.')).map((e) => String(e.id));
/** The buttons to the pages around: they send the page on screen, then show the page they name. */
const pageButtons = (card: unknown): JsonObject[] => elements(card).filter((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { pageTo?: string }).pageTo !== undefined) as JsonObject[];

beforeAll(async () => {
  h = await startHarness({ roster: [...PEOPLE, ...MORE].map((p) => ({ ...p })) });
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, ...MORE.slice(0, 29)].map((p) => p.aadObjectId).join(','), jongerenwerk: [bram, ...MORE.slice(29)].map((p) => p.aadObjectId).join(','),
    coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen`);
  leerlijnId = rows[0]!.id;
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('the team form of a team of 60', () => {
  it('comes as pages of 25 the coordinator can go through, each a card Teams takes', async () => {
    await h.say(anna, 'team');
    const shared = h.cardsSince(0).at(-1)!;
    const first = await h.seenBy(anna, shared);
    expect(JSON.stringify(first).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    expect(cardText(first)).toContain('Pagina 1 van 3: teamleden 1 tot en met 25.');
    expect(inputIds(first).filter((id) => id.startsWith('side.'))).toHaveLength(25);
    const [next] = pageButtons(first);
    const second = await h.invoke(anna, FORM_VERB, next!.data as Record<string, unknown>);
    expect(cardText(second)).not.toContain('Er is niets veranderd');
    expect(cardText(second)).toContain('Pagina 2 van 3: teamleden 26 tot en met 50.');
    expect(pageButtons(second)).toHaveLength(2);
    const third = await h.invoke(anna, FORM_VERB, pageButtons(second)[1]!.data as Record<string, unknown>);
    expect(inputIds(third).filter((id) => id.startsWith('side.'))).toHaveLength(10);
    expect(adaptiveCardProblems(third)).toEqual([]);
  });

  it('a page saved keeps the rest of the team as it was', async () => {
    const last = MORE.at(-1)!;
    await h.submit(anna, { form: 'team', leerlijnId, page: '2', [`level.${last.aadObjectId}`]: 'manager' });
    const { rows } = await h.db.db.query<{ level: string | null; n: number }>(`select level, count(*)::int as n from members where leerlijn_id = $1 group by level order by level`, [leerlijnId]);
    expect(rows).toEqual([{ level: 'manager', n: 1 }, { level: 'uitvoerder', n: 59 }]);
  });
});

describe('the team form card', () => {
  it('shows the page asked for, with the way to the others, for a team of 200', () => {
    const members = Array.from({ length: 200 }, (_, i) => ({ userId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}`, displayName: `Lid ${i + 1} ${'met een lange naam '.repeat(4)}`, side: null, level: null, isCoordinator: i === 0, isMember: true }));
    const card = teamFormCard('nl', '00000000-0000-4000-8000-000000000001', members, [], {}, new Map(), 7);
    expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Pagina 8 van 8: teamleden 176 tot en met 200.');
  });

  it('names the one member on the last page as one', () => {
    const members = Array.from({ length: 26 }, (_, i) => ({ userId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}`, displayName: `Lid ${i + 1}`, side: null, level: null, isCoordinator: i === 0, isMember: true }));
    const card = teamFormCard('nl', '00000000-0000-4000-8000-000000000001', members, [], {}, new Map(), 1);
    expect(cardText(card)).toContain('Pagina 2 van 2: teamlid 26.');
  });
});

describe('going to another page of the team form', () => {
  /** A click on the button titled `title`, sending what was typed in the card with it (as Teams sends a card's inputs with an Action.Execute). */
  async function click(card: JsonObject, title: string, typed: Record<string, string>): Promise<JsonObject> {
    const button = elements(card).find((e) => e.title === title && e.type === 'Action.Execute');
    expect(button).toBeDefined();
    return h.invoke(anna, String(button!.verb), { ...(button!.data as Record<string, unknown>), ...typed });
  }
  const levelOf = async (userId: string): Promise<string | null> =>
    (await h.db.db.query<{ level: string | null }>(`select level from members where leerlijn_id = $1 and user_id = $2`, [leerlijnId, userId])).rows[0]!.level;

  it('keeps what the coordinator chose on the page she leaves, and shows the next page', async () => {
    const first = MORE[0]!;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(0).at(-1)!);
    expect(cardText(page1)).toContain('Pagina 1 van 3');
    const page2 = await click(page1, 'Volgende →', { [`level.${first.aadObjectId}`]: 'manager' });
    expect(cardText(page2)).toContain('Pagina 2 van 3: teamleden 26 tot en met 50.');
    expect(await levelOf(first.aadObjectId!)).toBe('manager');
    const back = await click(page2, '← Vorige', {});
    expect(cardText(back)).toContain('Pagina 1 van 3');
  });
});

describe('a coordinator change on an earlier page', () => {
  const coordinatorIds = async (): Promise<string[]> =>
    (await h.db.db.query<{ user_id: string }>(`select user_id from members where leerlijn_id = $1 and is_coordinator order by user_id`, [leerlijnId])).rows.map((r) => r.user_id);
  /** How often the cards posted since `from` say it of Sanne de Wit 3 (MORE[0]). */
  const toldSince = (from: number, key: 'team.nowCoordinator' | 'team.noLongerCoordinator'): number =>
    h.cardsSince(from).map(cardText).join('\n').split(t('nl', key, { names: MORE[0]!.name })).length - 1;
  it('is named in the channel once, also when the last page saved something else', async () => {
    const first = MORE[0]!;
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const button = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(button.verb), { ...(button.data as Record<string, unknown>), [`coord.${first.aadObjectId}`]: 'true' });
    await h.flush();
    expect(await coordinatorIds()).toContain(first.aadObjectId);
    const save = elements(page2).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')!;
    await h.invoke(anna, String(save.verb), { ...(save.data as Record<string, unknown>), [`level.${MORE[30]!.aadObjectId}`]: 'manager' });
    await h.flush();
    expect(toldSince(from, 'team.nowCoordinator')).toBe(1);

    const back = h.connector.activities.length;
    await h.submit(anna, { form: 'team', leerlijnId, page: '0', [`coord.${first.aadObjectId}`]: 'false' });
    await h.flush();
    expect(toldSince(back, 'team.noLongerCoordinator')).toBe(1);
  });
});

/** What the bot posted since `from` (new messages, not redraws or the coordinator's own answers) that names her. */
const postsNaming = (from: number, who: TeamsUser): string[] =>
  h.connector.activities.slice(from).filter((a) => a.method === 'POST').flatMap((a) => adaptiveCardOf(a.activity) ?? []).map(cardText).filter((s) => s.includes(who.name));

describe('an editing session over several pages', () => {
  it('posts the team to the channel once, after "Opslaan", naming the changes of every page', async () => {
    const [onPage1, onPage2] = [MORE[1]!, MORE[26]!];
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const asked = h.connector.activities.length;
    const next = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(next.verb), { ...(next.data as Record<string, unknown>), [`coord.${onPage1.aadObjectId}`]: 'true' });
    await h.flush();
    expect(cardText(page2)).toContain('Pagina 2 van 3');
    expect(postsNaming(asked, MORE[1]!)).toEqual([]);
    const save = elements(page2).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')!;
    await h.invoke(anna, String(save.verb), { ...(save.data as Record<string, unknown>), [`coord.${onPage2.aadObjectId}`]: 'true' });
    await h.flush();
    const posts = postsNaming(asked, MORE[1]!);
    expect(posts).toHaveLength(1);
    // One line names both, whichever page made them coordinator (the team's order, not the pages').
    const named = posts[0]!.split('\n').filter((line) => line.endsWith(t('nl', 'team.nowCoordinators', { names: '' }).trim()));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(onPage1.name);
    expect(named[0]).toContain(onPage2.name);
  });

  it('ends with "Opslaan": the form it shows again starts a new session, sent unchanged it posts nothing', async () => {
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const asked = h.connector.activities.length;
    const next = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(next.verb), { ...(next.data as Record<string, unknown>), [`level.${MORE[2]!.aadObjectId}`]: 'manager' });
    const save = (card: JsonObject) => elements(card).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')!;
    const again = await h.invoke(anna, String(save(page2).verb), save(page2).data as Record<string, unknown>);
    await h.flush();
    expect(postsNaming(asked, MORE[2]!)).toHaveLength(1);
    const answer = await h.invoke(anna, String(save(again).verb), save(again).data as Record<string, unknown>);
    await h.flush();
    expect(postsNaming(asked, MORE[2]!)).toHaveLength(1);
    expect(cardText(answer)).toContain('Er is niets veranderd');
  });
});

describe('the last page of a session sent again', () => {
  /** Page 2 of a new session, after `typed` was saved leaving page 1; and its "Opslaan". */
  async function lastPageOpen(typed: Record<string, string>): Promise<{ asked: number; save: JsonObject }> {
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const asked = h.connector.activities.length;
    const next = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(next.verb), { ...(next.data as Record<string, unknown>), ...typed });
    return { asked, save: elements(page2).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')! };
  }

  it('"Opslaan" sent twice from the last page (a double click, or Teams delivering it again) posts the team once', async () => {
    const { asked, save } = await lastPageOpen({ [`level.${MORE[3]!.aadObjectId}`]: 'manager' });
    await h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    const second = await h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    await h.flush();
    expect(postsNaming(asked, MORE[3]!)).toHaveLength(1);
    expect(cardText(second)).toContain('Er is niets veranderd');
  });

  it('"Opslaan" sent twice at once posts the team once', async () => {
    const { asked, save } = await lastPageOpen({ [`level.${MORE[4]!.aadObjectId}`]: 'manager' });
    const send = () => h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    const answers = await Promise.all([send(), send()]);
    await h.flush();
    expect(postsNaming(asked, MORE[4]!)).toHaveLength(1);
    expect(answers.map(cardText).filter((s) => s.includes('Er is niets veranderd'))).toHaveLength(1);
  });

  it('"Opslaan" sent again with a change on the last page posts that change', async () => {
    const { asked, save } = await lastPageOpen({ [`level.${MORE[5]!.aadObjectId}`]: 'manager' });
    const onPage2 = MORE[31]!.aadObjectId!;
    const { rows } = await h.db.db.query<{ level: string | null }>(`select level from members where leerlijn_id = $1 and user_id = $2`, [leerlijnId, onPage2]);
    const other = rows[0]!.level === 'manager' ? 'uitvoerder' : 'manager';
    await h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    await h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    await h.invoke(anna, String(save.verb), { ...(save.data as Record<string, unknown>), [`level.${onPage2}`]: other });
    await h.flush();
    expect(postsNaming(asked, MORE[5]!)).toHaveLength(2);
  });

  it('a session named on a later form (replayed or forged) still posts a team the channel has not seen', async () => {
    const told = await lastPageOpen({ [`level.${MORE[6]!.aadObjectId}`]: 'manager' });
    await h.invoke(anna, String(told.save.verb), told.save.data as Record<string, unknown>);
    const { asked, save } = await lastPageOpen({ [`level.${MORE[6]!.aadObjectId}`]: 'uitvoerder' });
    const replayed = { ...(save.data as Record<string, unknown>), formSession: (told.save.data as Record<string, unknown>).formSession };
    expect(replayed.formSession).toEqual(expect.any(String));
    await h.invoke(anna, String(save.verb), replayed);
    await h.flush();
    expect(postsNaming(asked, MORE[6]!)).toHaveLength(1);
  });
});

describe('people added or removed on an earlier page', () => {
  const [chen, dewi, eva] = PEOPLE.slice(2) as [TeamsUser, TeamsUser, TeamsUser];
  /** What the bot posted in the channel since `from` (not in private chats), as text. */
  const postedSince = (from: number): string =>
    h.connector.activities.slice(from).filter((a) => a.method === 'POST' && a.conversationId.startsWith(CHANNEL.id)).flatMap((a) => adaptiveCardOf(a.activity) ?? []).map(cardText).join('\n');
  /** A new session: page 1 left with `onPage1` ('Volgende →'), then 'Opslaan' on page 2 with `onPage2`; what the channel got since. */
  async function twoPages(onPage1: Record<string, string>, onPage2: Record<string, string>): Promise<string> {
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const asked = h.connector.activities.length;
    const next = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(next.verb), { ...(next.data as Record<string, unknown>), ...onPage1 });
    await h.flush();
    expect(postedSince(asked)).toBe(''); // the team hears after the last page
    const save = elements(page2).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')!;
    await h.invoke(anna, String(save.verb), { ...(save.data as Record<string, unknown>), ...onPage2 });
    await h.flush();
    return postedSince(asked);
  }

  it('names in the channel someone removed on page 1, and someone added on page 2', async () => {
    const gone = MORE[7]!;
    const posted = await twoPages({ [`remove.${gone.aadObjectId}`]: 'true' }, { add: chen.aadObjectId! });
    expect(posted).toContain(t('nl', 'team.removed', { name: gone.name }));
    expect(posted).toContain(t('nl', 'team.added', { name: chen.name }));
  });

  it('names someone added on page 1 when page 2 changes nothing', async () => {
    const posted = await twoPages({ add: dewi.aadObjectId! }, {});
    expect(posted).toContain(t('nl', 'team.added', { name: dewi.name }));
  });

  it('names neither way someone added on page 1 and removed on page 2, nor someone removed and added back', async () => {
    const back = MORE[8]!;
    // The card sends a remove for anyone on the team; Eva's row is wherever the team's order puts her.
    const posted = await twoPages({ add: eva.aadObjectId!, [`remove.${back.aadObjectId}`]: 'true' }, { [`remove.${eva.aadObjectId}`]: 'true', add: back.aadObjectId! });
    expect(posted).toContain(anna.name); // the team was posted
    expect(posted).not.toContain(eva.name);
    expect(posted).not.toContain(t('nl', 'team.removed', { name: back.name }));
    expect(posted).not.toContain(t('nl', 'team.added', { name: back.name }));
  });
});

describe('what the card sends of the pages before', () => {
  it('cannot make the channel name a coordinator change nobody made (the card data is forgeable)', async () => {
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const asked = h.connector.activities.length;
    const next = elements(page1).find((e) => e.title === 'Volgende →' && e.type === 'Action.Execute')!;
    const page2 = await h.invoke(anna, String(next.verb), { ...(next.data as Record<string, unknown>), [`level.${MORE[9]!.aadObjectId}`]: 'manager' });
    const save = elements(page2).find((e) => e.title === 'Opslaan' && e.type === 'Action.Execute')!;
    // As if Sanne de Wit 12 had coordinated before the first page, and Anna had not.
    await h.invoke(anna, String(save.verb), { ...(save.data as Record<string, unknown>), coordinatorsBefore: MORE[9]!.aadObjectId });
    await h.flush();
    const posted = postsNaming(asked, anna).join('\n');
    expect(posted).toContain(MORE[9]!.name); // the team was posted
    expect(posted).not.toContain(t('nl', 'team.noLongerCoordinator', { names: MORE[9]!.name }));
    expect(posted).not.toContain(t('nl', 'team.nowCoordinator', { names: anna.name }));
  });
});
