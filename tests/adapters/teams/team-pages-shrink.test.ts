// A big team's form in Teams that shrinks to one page mid-session: someone taken out on its last
// page, then '← Vorige'. The page shown then is the whole team, and its 'Opslaan' still has to
// tell the channel what the pages before saved (team-pages.test: the session goes with the page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import { adaptiveCardOf } from '../../fakes/bot-connector/state.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { cardText, closeCheckingCards, elements, PEOPLE, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
// With Anna and Bram a team of 26: pages of 25, the last holding the last of these only.
const MORE: TeamsUser[] = Array.from({ length: 24 }, (_, i) => ({ id: `29:lid-${i}`, name: `Sanne de Wit ${i + 3}`, aadObjectId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}` }));

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ roster: [...PEOPLE, ...MORE].map((p) => ({ ...p })) });
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, ...MORE.slice(0, 12)].map((p) => p.aadObjectId).join(','), jongerenwerk: [bram, ...MORE.slice(12)].map((p) => p.aadObjectId).join(','),
    coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
}, 60_000);
afterAll(() => closeCheckingCards(h));

const button = (card: JsonObject, title: string): JsonObject => {
  const found = elements(card).find((e) => e.title === title && e.type === 'Action.Execute');
  expect(found).toBeDefined();
  return found!;
};

describe('a team form that becomes one page', () => {
  it('posts the team to the channel after "Opslaan", with what the page before saved', async () => {
    const from = h.connector.activities.length;
    await h.say(anna, 'team');
    const page1 = await h.seenBy(anna, h.cardsSince(from).at(-1)!);
    const next = button(page1, 'Volgende →');
    const page2 = await h.invoke(anna, String(next.verb), next.data as Record<string, unknown>);
    expect(cardText(page2)).toContain('Pagina 2 van 2');
    const leaving = elements(page2).map((e) => /^remove\.(.+)$/.exec(String(e.id))?.[1]).find(Boolean)!;
    const gone = [...PEOPLE, ...MORE].find((p) => p.aadObjectId === leaving)!;
    const previous = button(page2, '← Vorige');
    const whole = await h.invoke(anna, String(previous.verb), { ...(previous.data as Record<string, unknown>), [`remove.${leaving}`]: 'true' });
    await h.flush();
    expect(cardText(whole)).not.toContain('Pagina');
    const asked = h.connector.activities.length;
    const save = button(whole, 'Opslaan');
    const answer = await h.invoke(anna, String(save.verb), save.data as Record<string, unknown>);
    await h.flush();
    const posts = h.connector.activities.slice(asked).filter((a) => a.method === 'POST').flatMap((a) => adaptiveCardOf(a.activity) ?? []).map(cardText);
    expect(cardText(answer)).not.toContain('Er is niets veranderd');
    // The team as it is now, once: the one taken out is named as such above it, and not listed.
    const teamPosts = posts.filter((p) => p.includes(bram.name));
    expect(teamPosts).toHaveLength(1);
    expect(teamPosts[0]).toContain(t('nl', 'team.removed', { name: gone.name }));
    expect(teamPosts[0]!.split(gone.name)).toHaveLength(2);
  });
});
