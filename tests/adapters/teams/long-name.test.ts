// A Teams name may be longer than the 100 characters the bot keeps of a name (Entra allows 256):
// someone with such a name can still be put on the team, and is named by the start of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { cardText, closeCheckingCards, PEOPLE, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const LONG: TeamsUser = { id: '29:lang', name: `Maria-Magdalena Johanna van der Heijden-Baptiste d’Oliveira Santos 🎓 (Intern Begeleider Onderbouw) Noord`, aadObjectId: 'aad-lang' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ roster: [...PEOPLE, LONG].map((p) => ({ ...p })) });
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('a Teams name over 100 characters', () => {
  it('is on the team from the start, named by the first 100 characters of it', async () => {
    expect(LONG.name.length).toBeGreaterThan(100);
    await h.say(anna, 'start');
    await h.submit(anna, {
      form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
      school: [anna.aadObjectId, LONG.aadObjectId].join(','), jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
    });
    const { rows } = await h.db.db.query<{ display_name: string }>(`select display_name from members where user_id = 'aad-lang'`);
    expect(rows).toHaveLength(1);
    await h.say(bram, 'team');
    // As Teams shows the card's Markdown: the escapes are not seen.
    expect(cardText(h.cardsSince(0).at(-1)!).replace(/\\/g, '')).toContain('Maria-Magdalena Johanna van der Heijden-Baptiste d’Oliveira Santos 🎓 (Intern Begeleider Onderbouw)…');
  });
});
