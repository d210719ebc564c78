// A score card's "Notitie" pressed on a card still on screen after its round closed (Slack redraws
// the cards, a screen that has not caught up still shows the button): refused before anything is
// typed, not after the note was written in a modal.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { COORDINATOR, USERS } from './harness.js';
import { cardsIn, useSlackLeerlijn } from './flow.js';

const MEMBER = USERS[3]!;
const env = useSlackLeerlijn('Het Baken');

describe('a note asked for after its round closed', () => {
  it('opens no modal and tells the member the round is closed', async () => {
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    const round = cardsIn(env.h);
    await env.h.command(COORDINATOR, 'sluit');
    await env.h.settle();
    await env.h.click(MEMBER, 'card_note', `${round.roundId}|P2`, { ts: round.cards.get('P2')?.ts });
    await env.h.settle();
    expect(env.h.fake.lastView(MEMBER)).toBeUndefined();
    expect(env.h.fake.ephemeralsTo(MEMBER).at(-1)?.body.text).toBe(t('nl', 'error.note_closed'));
  });
});
