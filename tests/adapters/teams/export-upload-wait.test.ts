// Anna accepts the export; OneDrive throttles the upload and asks her to come back in 12 s. The bot
// waits that out (up to 30 s) and sends the file, rather than a "try again" that means a new export
// and a new consent card. That wait is outside the turn's 8 s budget (retry.ts TURN_WAITS_MS) on
// purpose: the budget keeps a message's request inside Teams' 15 s, and an accept is an invoke,
// which http-shim.ts answers by its deadline (here 50 ms) whatever its turn still does. Here the
// wait lasts until the test ends it, so Teams' answer is seen to come while the bot still waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../../fakes/teams-activities.js';
import { startHarness, startHetBaken, type Harness } from './harness.js';
import { fileCardsIn, freshAnswer } from './export-answers.js';

const ONEDRIVE_ASKS_MS = 12_000;
let endWait: () => void = () => undefined;
const waitEnds = new Promise<void>((resolve) => (endWait = resolve));
let waitBegan: () => void = () => undefined;
const waiting = new Promise<void>((resolve) => (waitBegan = resolve));
let h: Harness;

const holdOneDrivesWait = (ms: number): Promise<void> | undefined => {
  if (ms !== ONEDRIVE_ASKS_MS) return undefined;
  waitBegan();
  return waitEnds;
};

beforeAll(async () => {
  h = await startHarness({ invokeDeadlineMs: 50, held: holdOneDrivesWait });
  await startHetBaken(h);
});

afterAll(async () => {
  endWait();
  await h.close();
});

describe('a Teams export OneDrive asks to come back to in 12 s', () => {
  it('answers Teams while the bot waits, then uploads and shows the file', async () => {
    const { answer: accept, chatId } = await freshAnswer(h, 'waited');
    const cards = fileCardsIn(h, chatId);
    const uploads = h.connector.uploads.length;
    h.connector.failNext(/^\/upload\//, { status: 429, retryAfter: ONEDRIVE_ASKS_MS / 1000 });
    expect((await postActivity(h.url, accept)).status).toBe(200);
    await waiting;
    expect(fileCardsIn(h, chatId)).toBe(cards);
    endWait();
    await h.connector.until(() => fileCardsIn(h, chatId) === cards + 1);
    expect(h.connector.uploads.length - uploads).toBe(1);
  });
});
