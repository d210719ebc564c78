// `scores` in Teams: the words for each round, a round whose cards could not all be posted,
// and a second `scores` that must not post a second card with the total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app/errors.js';
import { errorCard } from '../../../src/adapters/teams/cards/common.js';
import { tError } from '../../../src/i18n/index.js';
import { CHANNEL, cardText, PEOPLE, startHarness, type Harness } from './harness.js';

let h: Harness;
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
const lastText = (): string => cardText(h.connector.lastCardIn(CHANNEL.id));
const count = async (sql: string): Promise<number> => (await h.db.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`)).rows[0]!.n;

beforeAll(async () => {
  h = await startHarness();
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
});
afterAll(async () => {
  await h.close();
});

describe('`scores` in Teams', () => {
  it('`scores eind` means week 17, which waits until week 1 is agreed', async () => {
    await h.say(anna, 'scores eind');
    // Teams shows the refusal with its own command words (`@Leerlijn scores`), so compare a sentence.
    expect(lastText()).toContain('De tweede stemronde (week 17) gaat pas open');
    expect(lastText()).toContain('Bij week 1 ontbreken nog 10 van de 10 afgesproken scores.');
    expect(await count('score_rounds')).toBe(0);
  });

  it('completes a round whose cards could not be posted, and then points at them instead of posting again', async () => {
    h.connector.failNext('POST', { status: 412, times: 4 }); // every attempt at the first card
    await h.say(anna, 'scores');
    expect(await count('score_rounds')).toBe(1);
    expect(await count(`posted_messages where key like 'card:%' or key like 'result:%'`)).toBe(0);

    await h.say(anna, 'scores');
    expect(await count(`posted_messages where key like 'card:%'`)).toBe(10);
    expect(await count(`posted_messages where key like 'result:%'`)).toBe(1);

    const before = h.connector.activities.length;
    await h.say(anna, 'scores');
    expect(h.cardsSince(before)).toHaveLength(1);
    expect(lastText()).toContain(tError('nl', 'round_exists', { moment: 'week1' }));
  });

  it('answers a refusal in the leerlijn’s language when the use case names it', () => {
    const card = errorCard('nl', new AppError('not_coordinator', {}, { lang: 'en' }));
    expect(cardText(card)).toContain(tError('en', 'not_coordinator'));
  });
});
