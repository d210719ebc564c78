// A OneDrive that takes the export's PUT and never answers. The coordinator must not wait on it
// for minutes (Node's own limit) before hearing that the file was not sent: one PUT may take
// TEAMS_UPLOAD_TIMEOUT_MS. Here that is tens of milliseconds, so the fake's silence is over at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { postActivity } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { CHANNEL, cardText, startHarness, startHetBaken, type Harness } from './harness.js';
import { fileCardsIn, freshAnswer } from './export-answers.js';

const UPLOAD_TIMEOUT_MS = 40;
const TURN_ENDS_WITHIN_MS = 60_000;
const logged = capturedLog();
let h: Harness;

beforeAll(async () => {
  // Teams is answered when the turn ends, not at its 4 s: on a loaded machine the turn can take longer, and
  // what is asserted here is what the coordinator hears, which must then be there when the answer comes.
  h = await startHarness({ env: { TEAMS_UPLOAD_TIMEOUT_MS: String(UPLOAD_TIMEOUT_MS) }, log: logged.log, invokeDeadlineMs: TURN_ENDS_WITHIN_MS });
  await startHetBaken(h);
  // An English leerlijn on a Dutch deployment: what the coordinator is told must be English.
  await h.db.db.query(`update leerlijnen set lang = 'en' where channel_id = $1::text`, [CHANNEL.id]);
});

afterAll(() => h.close());

/** Up to the command, which Teams writes as a mention. */
const UPLOAD_FAILED = t('en', 'teams.exportUploadFailed').split('`')[0]!;
const putsTo = (session: string): number => h.connector.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(`/upload/${session}-`)).length;

describe('a Teams export upload that gets no answer', () => {
  it('tells the coordinator once, in the leerlijn’s language, that the file was not uploaded, shows no file card, and logs it without the upload url', async () => {
    const { answer: accept, chatId } = await freshAnswer(h, 'stalled');
    const cards = fileCardsIn(h, chatId);
    const said = h.connector.sentTo(chatId).length;
    h.connector.failNext(/^\/upload\//, { status: 'no answer' });
    logged.clear();
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(putsTo('stalled')).toBe(1);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
    expect(cardText(h.connector.lastCardIn(chatId))).toContain(UPLOAD_FAILED);
    expect(fileCardsIn(h, chatId)).toBe(cards);
    expect(logged.warnings()).toContain('teams file upload did not finish in time (OneDrive stalled, or the uplink is too slow for the file)');
    // An upload session's url lets whoever holds it write to the coordinator's OneDrive.
    expect(JSON.stringify(logged.lines)).not.toContain('/upload/');
  });

  it('after a 429 waits once as OneDrive asks, then gives up on a second PUT that gets no answer: one apology, no file card', async () => {
    const { answer: accept, chatId } = await freshAnswer(h, 'throttled-then-stalled');
    const cards = fileCardsIn(h, chatId);
    const said = h.connector.sentTo(chatId).length;
    const sleeps = h.sleeps.length;
    h.connector.failNext(/^\/upload\//, { status: 429, retryAfter: 2 });
    h.connector.failNext(/^\/upload\//, { status: 'no answer' });
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(h.sleeps.slice(sleeps)).toEqual([2_000]);
    expect(putsTo('throttled-then-stalled')).toBe(2);
    expect(h.connector.sentTo(chatId).length - said).toBe(1);
    expect(cardText(h.connector.lastCardIn(chatId))).toContain(UPLOAD_FAILED);
    expect(fileCardsIn(h, chatId)).toBe(cards);
  });
});
