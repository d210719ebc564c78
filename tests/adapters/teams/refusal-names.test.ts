// A member refused a coordinator-only click on Teams hears the coordinator's name (app/context.ts
// notCoordinator) in a card, whose text is Markdown: the name is shown as it is, never as a link
// or bold, whatever the person put in their Teams name.
import { describe, expect, it } from 'vitest';
import { errorCard } from '../../../src/adapters/teams/cards/common.js';
import { AppError } from '../../../src/app/errors.js';

const textOf = (card: unknown): string => JSON.stringify(card);

describe('a coordinator-only refusal on a Teams card', () => {
  it('names the coordinator as written, not as Markdown', () => {
    const card = errorCard('nl', new AppError('not_coordinator', { coordinators: 'Bram [klik hier](https://example.com) **Test**' }));
    expect(textOf(card)).not.toContain('[klik hier](https://example.com)');
    expect(textOf(card)).not.toContain('**Test**');
    expect(textOf(card)).toContain('Dat is Bram');
  });
});
