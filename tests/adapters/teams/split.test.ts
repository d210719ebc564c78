// A card too big for one Teams message goes as several (cards/split.ts). What a reader sees: as few
// messages as fit, the text in order, and a form whose inputs stay in one card with the button
// that sends them (Teams sends only the inputs of the card whose button was clicked).
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineCard } from '../../../src/adapters/teams/cards/timeline.js';
import { cardsToSend } from '../../../src/adapters/teams/cards/split.js';
import { adaptiveCard, submit, text } from '../../../src/adapters/teams/cards/common.js';
import type { MemberView } from '../../../src/app/views.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../../fakes/bot-connector/routes.js';
import { buildViewFixtures, type ViewFixtures } from '../../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

const utf16Bytes = (card: unknown): number => JSON.stringify(card).length * 2;
const inputsOf = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(inputsOf);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Record<string, unknown>;
  return [...(typeof o.type === 'string' && o.type.startsWith('Input.') ? [String(o.id)] : []), ...Object.values(o).flatMap(inputsOf)];
};

describe('a card too big for one message', () => {
  it('the planning of 30 people with long names, its roles form under a button, comes as two messages, not one per line', () => {
    const base = f.leerlijn.members[0]!;
    const members: MemberView[] = Array.from({ length: 30 }, (_, i) => ({ ...base, userId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}`, displayName: `${'Marie-José van den Berg-Öztürk '.repeat(4)}${i}`.slice(-100), isCoordinator: i === 0 }));
    const parts = cardsToSend(timelineCard(f.timeline, members));
    expect(parts.length).toBeLessThanOrEqual(2);
    for (const part of parts) expect(utf16Bytes(part)).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
  });

  it('a form Teams still takes (between 80 and 100 KB) stays one card, its inputs with the button that sends them', () => {
    const inputs = Array.from({ length: 45 }, (_, i) => ({ type: 'Input.Text', id: `tekst${i}`, label: `Tekst ${i}`, isMultiline: true, value: 'Vaste momenten met school en jongerenwerk. '.repeat(23).slice(0, 980) }));
    const form = adaptiveCard([text('Het formulier'), ...inputs], [submit('Opslaan', 'plan')]);
    expect(utf16Bytes(form)).toBeGreaterThan(80 * 1024);
    expect(utf16Bytes(form)).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    const parts = cardsToSend(form);
    const withButton = parts.filter((p) => Array.isArray(p.actions) && p.actions.length > 0);
    expect(withButton).toHaveLength(1);
    expect(inputsOf(withButton[0])).toEqual(inputs.map((i) => i.id));
  });
});
