// The coordinator's reminder that a round is still open has a button that closes it (views/notices.ts):
// its text points at closing, short, and names `/leerlijn sluit` only as the other way, in a clause.
import { describe, expect, it } from 'vitest';
import { closeOpenText } from '../../src/i18n/phrases.js';

const open = { meetingKind: 'signalering' as const, openRound: true, openMoment: 'week1' as const, unagreed: 0, leerlijn: 'De Horizon · JoU' };

describe('the reminder of an open round', () => {
  it.each([
    ['nl', 'Sluit hem als iedereen heeft gestemd (of met `/leerlijn sluit` in het kanaal van De Horizon · JoU).'],
    ['en', 'Close it once everyone has voted (or with `/leerlijn close` in the channel of De Horizon · JoU).'],
  ] as const)('in %s leaves the command to a short clause beside the button', (lang, clause) => {
    const said = closeOpenText(lang, open);
    expect(said).toContain(clause);
    expect(said.split('. ')).toHaveLength(2);
  });
});
