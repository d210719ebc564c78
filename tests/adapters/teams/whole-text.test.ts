// What Microsoft's client showed cut off or twice (seen in the Agents Playground): a long
// prompt as a one-line placeholder is cut at the input's edge (and gone once someone types),
// so a prompt must stand in a label or a wrapping line; and a heading must not repeat its label.
import { describe, expect, it } from 'vitest';
import type { ActionView, MemberView } from '../../../src/app/views.js';
import { ownerActionsCard } from '../../../src/adapters/teams/cards/doc.js';
import { startFormCard, teamFormCard } from '../../../src/adapters/teams/cards/form.js';
import type { Lang } from '../../../src/domain/instrument.js';
import { t } from '../../../src/i18n/index.js';
import { cardText } from './harness.js';

/** The texts a reader sees whole: wrapping text blocks and input labels, never placeholders. */
function wholeTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && o.wrap === true && typeof o.text === 'string') out.push(o.text);
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.label === 'string') out.push(o.label);
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}

const action: ActionView = {
  id: 'a1', leerlijnId: 'l1', onderdeel: 'A1', description: 'Rooster jongerenwerk in de weekmail', ownerUserId: 'u1', dueDate: '2026-12-18',
  status: 'open', source: 'actieplan', overdue: false, lastNote: null,
};
const members: MemberView[] = [{ userId: 'u1', displayName: 'Alex', side: 'school', level: 'uitvoerder', isCoordinator: true, isMember: true }];
const roster = [{ userId: 'u1', displayName: 'Alex' }, { userId: 'u2', displayName: 'Megan' }];
const langs: Lang[] = ['nl', 'en'];

describe.each(langs)('Teams cards in %s, as the client draws them', (lang) => {
  it('shows mijn-acties’ note prompt whole, "no names of pupils" included', () => {
    expect(wholeTexts(ownerActionsCard(lang, [action]))).toContain(t(lang, 'action.noteLabel'));
  });

  it('shows the start form’s region hint whole: what the region is for, and what happens without one', () => {
    expect(wholeTexts(startFormCard(lang, roster))).toContain(t(lang, 'start.regionHint'));
  });

  it('says "add people from this channel" once in the team form, not as a heading and again as its label', () => {
    const said = cardText(teamFormCard(lang, 'l1', members, [{ userId: 'u2', displayName: 'Megan' }])).split('\n');
    expect(said.filter((line) => line === t(lang, 'teams.addMembers'))).toHaveLength(1);
  });
});
