// The accept of a Teams export's file consent card when things go wrong: Teams delivering the
// same accept twice, the database failing while the ZIP is built, the upload url refusing.
// Whatever happens, the coordinator hears once, in their leerlijn's language, and never gets a
// second file card.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import { t, tError } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { postActivity, type InboundActivity } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { NOW } from '../../support/fixtures.js';
import { CHANNEL, cardText, startHarness, startHetBaken, type Harness } from './harness.js';
import { fileCardsIn as countFileCards, freshAnswer as answerConsent } from './export-answers.js';

let h: Harness;
/** While set, the database fails every read of the rounds: an outage halfway through building the ZIP. */
let roundsDown = false;
/** How often the rounds were read (building the ZIP reads them), failed reads too. */
let roundsReads = 0;

beforeAll(async () => {
  const test = await pgliteTestDb();
  const query: Db['query'] = (sql, params, opts) => {
    if (!sql.includes('from score_rounds')) return test.db.query(sql, params, opts);
    roundsReads += 1;
    return roundsDown ? Promise.reject(new Error('Connection terminated unexpectedly')) : test.db.query(sql, params, opts);
  };
  h = await startHarness({ db: { ...test, db: { ...test.db, query } } });
  await startHetBaken(h);
  // An English leerlijn on a Dutch deployment: what the coordinator is told must be English.
  await h.db.db.query(`update leerlijnen set lang = 'en' where channel_id = $1::text`, [CHANNEL.id]);
});

afterAll(() => h.close());

beforeEach(() => {
  roundsDown = false;
});

const freshAnswer = (session: string, action: 'accept' | 'decline' = 'accept') => answerConsent(h, session, action);
const fileCardsIn = (chatId: string): number => countFileCards(h, chatId);

describe('accepting the Teams export when things go wrong', () => {
  it('uploads once and shows one file card when Teams delivers the same accept twice', async () => {
    const { answer: accept, chatId } = await freshAnswer('twice');
    const uploads = h.connector.uploads.length;
    const cards = fileCardsIn(chatId);
    expect((await postActivity(h.url, accept)).status).toBe(200);
    // Teams sends an invoke again, same id and upload session, when it thinks the first went unanswered.
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(h.connector.uploads.length - uploads).toBe(1);
    expect(fileCardsIn(chatId) - cards).toBe(1);
  });

  it('says once that the file was not sent when Teams delivers the same decline twice, or the card is declined again', async () => {
    const { answer: decline, chatId } = await freshAnswer('declined', 'decline');
    const said = h.connector.sentTo(chatId).length;
    expect((await postActivity(h.url, decline)).status).toBe(200);
    expect((await postActivity(h.url, decline)).status).toBe(200);
    // A second click on the same card: another invoke, naming the same consent card.
    expect((await postActivity(h.url, { ...decline, id: `${decline.id}-again` })).status).toBe(200);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
    expect(cardText(h.connector.lastCardIn(chatId))).toContain(t('en', 'teams.exportDeclined'));
    expect(h.connector.uploads.filter((u) => u.name.startsWith('declined-'))).toEqual([]);
  });

  it('answers each decline that names neither its card nor itself: one such decline does not silence the next', async () => {
    const said = (chatId: string) => h.connector.sentTo(chatId).length;
    const first = await freshAnswer('declined-nameless-1', 'decline');
    const before = said(first.chatId);
    const nameless = ({ answer }: { answer: InboundActivity }) => ({ ...answer, id: undefined, replyToId: undefined });
    expect((await postActivity(h.url, nameless(first))).status).toBe(200);
    expect((await postActivity(h.url, nameless(await freshAnswer('declined-nameless-2', 'decline')))).status).toBe(200);
    // Each export said once that it was offered in the chat, each decline once that it was not sent.
    const declined = h.connector.sentTo(first.chatId).slice(before).filter((a) => cardText(adaptiveCardOf(a.activity)).includes(t('en', 'teams.exportDeclined')));
    expect(declined).toHaveLength(2);
  });

  it('shows the file card once the upload landed, also when Teams throttles that card once', async () => {
    const { answer: accept, chatId } = await freshAnswer('card-throttled');
    const cards = fileCardsIn(chatId);
    const said = h.connector.sentTo(chatId).length;
    h.connector.failNext('POST', { status: 429 });
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(fileCardsIn(chatId) - cards).toBe(1);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
  });

  it('builds nothing for an accept Teams delivers again: the coordinator keeps their one file card and hears nothing more, even while the database fails', async () => {
    const { answer: accept, chatId } = await freshAnswer('again-while-down');
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(fileCardsIn(chatId)).toBeGreaterThan(0);
    const said = h.connector.sentTo(chatId).length;
    const reads = roundsReads;
    roundsDown = true;
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(roundsReads).toBe(reads);
    expect(h.connector.sentTo(chatId)).toHaveLength(said);
  });

  it('asks to try again once, in the leerlijn’s language, when the database fails while the file is built, however often Teams delivers the accept', async () => {
    const { answer: accept, chatId } = await freshAnswer('db-down');
    const uploads = h.connector.uploads.length;
    const cards = fileCardsIn(chatId);
    const said = h.connector.sentTo(chatId).length;
    roundsDown = true;
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(h.connector.uploads).toHaveLength(uploads);
    expect(fileCardsIn(chatId)).toBe(cards);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
    expect(cardText(h.connector.lastCardIn(chatId))).toContain(tError('en', 'internal'));
  });

  it.each([
    { what: 'in 7 s', session: 'seconds', retryAfter: 7 as number | string | undefined, waited: 7_000 },
    // RFC 9110 lets it name the moment instead, read against the bot's clock.
    { what: 'at a moment 12 s on', session: 'date', retryAfter: new Date(NOW.getTime() + 12_000).toUTCString(), waited: 12_000 },
    // Not saying when, or a moment passed: at least the deployment's first backoff (the harness's
    // retry: 500 ms), not the same PUT at once and not giving up.
    { what: 'nothing (an empty Retry-After)', session: 'empty', retryAfter: '', waited: 500 },
    { what: 'nothing (no Retry-After)', session: 'none', retryAfter: undefined, waited: 500 },
    { what: 'at a moment already passed', session: 'past', retryAfter: new Date(NOW.getTime() - 60_000).toUTCString(), waited: 500 },
  ])('waits as long as OneDrive asks after a 429 that says come back $what, then uploads, with one file card and no apology', async ({ session, retryAfter, waited }) => {
    const { answer: accept, chatId } = await freshAnswer(`throttled-${session}`);
    const uploads = h.connector.uploads.length;
    const cards = fileCardsIn(chatId);
    const sleeps = h.sleeps.length;
    h.connector.failNext(/^\/upload\//, { status: 429, retryAfter });
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(h.sleeps.slice(sleeps)).toEqual([waited]);
    expect(h.connector.uploads.length - uploads).toBe(1);
    expect(fileCardsIn(chatId) - cards).toBe(1);
    expect(JSON.stringify(h.connector.sentTo(chatId).slice(-2))).not.toContain(t('en', 'teams.exportUploadFailed').split('`')[0]);
  });

  it.each([
    { what: '502', status: 502 as const, retryAfter: undefined },
    { what: '429, come back in 2 minutes', status: 429 as const, retryAfter: 120 as number | string },
    { what: '429, come back at a moment 2 minutes on', status: 429 as const, retryAfter: new Date(NOW.getTime() + 120_000).toUTCString() },
    // Asked to wait a little, the bot does, once; then it stops asking OneDrive.
    { what: '429, come back in 3 s', status: 429 as const, retryAfter: 3 },
  ])('says the file was not uploaded, in the leerlijn’s language, when the upload url answers $what throughout', async ({ status, retryAfter }) => {
    const { answer: accept, chatId } = await freshAnswer(`refused-${status}-${String(retryAfter).replace(/\W+/g, '-')}`);
    const cards = fileCardsIn(chatId);
    const said = h.connector.sentTo(chatId).length;
    h.connector.failNext(/^\/upload\//, { status, retryAfter, times: 10 });
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(fileCardsIn(chatId)).toBe(cards);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
    // Up to the command, which Teams writes as a mention.
    expect(cardText(h.connector.lastCardIn(chatId))).toContain(t('en', 'teams.exportUploadFailed').split('`')[0]);
    h.connector.reset();
  });
});
