// The claim on answering something a platform may deliver more than once (a Teams export's
// accept), across replicas: a row in processed_events, a lease until it is answered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimAnswer, firstDelivery, settleAnswer } from '../../src/store/platform-records.js';
import { backends, type TestDb } from '../support/db.js';

const LEASE_MS = 5 * 60_000;
const AT = new Date('2026-02-02T14:00:00Z');
const later = (ms: number): Date => new Date(AT.getTime() + ms);
const claim = (t: TestDb, key: string, at: Date): Promise<boolean> => claimAnswer(t.db, 'teams', key, at, LEASE_MS);

describe.each(backends())('answer claims on $name', ({ open }) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(() => t.drop());

  it('holds a claim until it is a lease old, then lets the next delivery take it over, which holds it again', async () => {
    expect(await claim(t, 'accept:1', AT)).toBe(true);
    expect(await claim(t, 'accept:1', later(LEASE_MS - 1))).toBe(false);
    // Another answer is its own claim.
    expect(await claim(t, 'accept:2', later(1))).toBe(true);
    expect(await claim(t, 'accept:1', later(LEASE_MS))).toBe(true);
    expect(await claim(t, 'accept:1', later(LEASE_MS + 1))).toBe(false);
  });

  it('never gives out an answered claim again, however late the delivery', async () => {
    expect(await claim(t, 'accept:1', AT)).toBe(true);
    await settleAnswer(t.db, 'teams', 'accept:1', AT);
    expect(await claim(t, 'accept:1', later(100 * LEASE_MS))).toBe(false);
    // An event id seen by firstDelivery is handled, not a claim that runs out.
    expect(await firstDelivery(t.db, 'teams', 'invoke:1')).toBe(true);
    expect(await claim(t, 'invoke:1', later(100 * LEASE_MS))).toBe(false);
  });

  it('leaves the new holder’s claim pending when the slow process it was taken over from answers', async () => {
    expect(await claim(t, 'accept:1', AT)).toBe(true);
    expect(await claim(t, 'accept:1', later(LEASE_MS))).toBe(true);
    await settleAnswer(t.db, 'teams', 'accept:1', AT);
    // The new holder died too: its claim still runs out.
    expect(await claim(t, 'accept:1', later(2 * LEASE_MS))).toBe(true);
  });

  it('lets exactly one of many simultaneous deliveries take over a stale claim', async () => {
    expect(await claim(t, 'accept:1', AT)).toBe(true);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => claim(t, 'accept:1', later(LEASE_MS + i))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
