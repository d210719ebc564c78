// One poster at a time for a round's cards, across replicas: the claim row in posted_messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimPosting, releasePosting } from '../../src/store/posted-messages.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

const STALE_MS = 120_000;
const AT = new Date('2026-02-02T14:00:00Z');
const later = (ms: number): Date => new Date(AT.getTime() + ms);

describe.each(backends())('posting claims on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  beforeEach(async () => {
    t = await open();
    s = await startFixture(makeDeps(t.db));
  });
  afterEach(() => t.drop());

  it('lets one poster in until it is done, and another once it is released', async () => {
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', AT, STALE_MS)).toBe(true);
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', later(1_000), STALE_MS)).toBe(false);
    // Another round is its own claim.
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:2', later(1_000), STALE_MS)).toBe(true);
    await releasePosting(t.db, s.workspaceId, 'round:1');
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', later(2_000), STALE_MS)).toBe(true);
  });

  it('takes over a claim left by a poster that died, once it is older than the stale limit', async () => {
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', AT, STALE_MS)).toBe(true);
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', later(STALE_MS - 1), STALE_MS)).toBe(false);
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', later(STALE_MS), STALE_MS)).toBe(true);
    // The new claim is fresh again: a third poster waits.
    expect(await claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:1', later(STALE_MS + 1), STALE_MS)).toBe(false);
  });

  it('lets exactly one of many simultaneous posters in', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => claimPosting(t.db, s.workspaceId, s.leerlijnId, 'round:9', AT, STALE_MS)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
