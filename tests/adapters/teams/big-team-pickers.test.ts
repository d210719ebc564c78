// Teams forms that pick people, for a team as big as the bot allows (200). Every person picker
// listed the whole team: the planning's roles form (eight pickers), the actieplan's owners and the
// start form's sides came to well over the 100 KB Teams takes in a message, so the form never
// arrived. Past 30 people a picker lists only who is chosen and finds anyone else as one types
// (Teams' typeahead: choices.data, answered by the bot's application/search).
import { beforeAll, describe, expect, it } from 'vitest';
import { rolesFormCard, timelineCard } from '../../../src/adapters/teams/cards/timeline.js';
import { PEOPLE_DATASET, startFormCard, teamFormCard, toFormCard } from '../../../src/adapters/teams/cards/form.js';
import { teamsMarkup } from '../../../src/adapters/teams/cards/doc.js';
import { planForm } from '../../../src/views/plan-forms.js';
import type { MemberView } from '../../../src/app/views.js';
import { adaptiveCardProblems } from '../../support/adaptive-cards.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../../fakes/bot-connector/routes.js';
import { buildViewFixtures, type ViewFixtures } from '../../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

/** A team of `n` with Teams' ids (the Entra object id, 36 characters) and ordinary names. */
function team(n: number): MemberView[] {
  const base = f.leerlijn.members[0]!;
  return Array.from({ length: n }, (_, i) => ({ ...base, userId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}`, displayName: `Marie-José van den Berg ${i}`, isCoordinator: i === 0 }));
}

type Json = Record<string, unknown>;
function pickers(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(pickers);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Json;
  const own = o.type === 'Input.ChoiceSet' && o.style === 'filtered' ? [o] : [];
  return [...own, ...Object.values(o).flatMap(pickers)];
}

const fits = (card: unknown): void => {
  expect(adaptiveCardProblems(card)).toEqual([]);
  expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
};

describe('person pickers of a team of 200', () => {
  it('the planning with its roles form fits, each picker finding the team as one types, the chosen notulist listed by name', () => {
    const members = team(200);
    const meetings = f.timeline.meetings.map((m, i) => (i === 0 ? { ...m, notulistUserId: members[150]!.userId } : m));
    const card = timelineCard({ ...f.timeline, meetings }, members);
    fits(card);
    const found = pickers(card);
    expect(found).toHaveLength(8);
    for (const p of found) expect(p['choices.data']).toEqual({ type: 'Data.Query', dataset: PEOPLE_DATASET.team(f.timeline.leerlijnId) });
    expect(JSON.stringify(found[0]!.choices)).toContain('Marie-José van den Berg 150');
    fits(rolesFormCard('nl', f.leerlijn.id, meetings, members));
  });

  it('the actieplan form and the start form fit too; the start form finds anyone in the channel', () => {
    const members = team(200);
    fits(toFormCard(planForm(teamsMarkup(members), f.plan, 'P1'), members));
    const start = startFormCard('nl', members, {}, new Map(), members[0]!.userId);
    fits(start);
    for (const p of pickers(start)) expect(p['choices.data']).toEqual({ type: 'Data.Query', dataset: PEOPLE_DATASET.channel });
  });

  it('the team form offers everyone in the channel not on the team, not only the first 100', () => {
    const members = team(8);
    const card = teamFormCard('nl', f.leerlijn.id, members, team(150).slice(8));
    fits(card);
    const [add] = pickers(card).filter((p) => p.id === 'add');
    expect(add!['choices.data']).toEqual({ type: 'Data.Query', dataset: PEOPLE_DATASET.newToTeam(f.leerlijn.id) });
  });

  it('a small team’s pickers list everyone, as before', () => {
    const members = team(8);
    const card = rolesFormCard('nl', f.leerlijn.id, f.timeline.meetings, members);
    for (const p of pickers(card)) {
      expect(p['choices.data']).toBeUndefined();
      expect(JSON.stringify(p.choices)).toContain('Marie-José van den Berg 7');
    }
  });
});
