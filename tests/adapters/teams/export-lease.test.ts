// The accept of a Teams export's file consent card while an earlier delivery of that accept holds
// its claim: a process building the ZIP still (a fresh claim: nothing is built twice), or one that
// died building it, killed or restarted for an upgrade (a stale claim: the next accept builds and
// answers, instead of the coordinator clicking Allow and hearing nothing ever).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_CONSENT_TYPE, FILE_INFO_TYPE } from '../../../src/adapters/teams/export.js';
import type { Db } from '../../../src/store/db.js';
import type { JsonObject, RecordedActivity } from '../../fakes/bot-connector.js';
import { fileConsentInvoke, postActivity, type InboundActivity, type PostResult, type TeamsUser } from '../../fakes/teams-activities.js';
import { backends } from '../../support/db.js';
import { NOW } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

const MINUTE = 60_000;
const [anna] = PEOPLE as [TeamsUser];
const attachmentsOf = (a: RecordedActivity): JsonObject[] => (Array.isArray(a.activity.attachments) ? (a.activity.attachments as JsonObject[]) : []);

describe.each(backends())('an export accept that finds the claim of an earlier one, on $name', ({ open }) => {
  let h: Harness;
  /** The replica that took the first delivery of the accept, with a clock of its own. */
  let first: Harness;
  /** The clock of the replica that answers now. */
  let now: Date;
  let firstNow: Date;
  /** How often the rounds were read: building the ZIP reads them. */
  let roundsReads = 0;
  /** While set, a read of the rounds waits for it: a build that never ends (its process is gone). */
  let hang: { reached: () => void; until: Promise<never> } | null = null;
  let endHang: (error: Error) => void = () => undefined;
  /** The first replica's delivery, still waiting for its build. */
  let dying: Promise<PostResult> | null = null;

  beforeEach(async () => {
    const test = await open();
    const query: Db['query'] = async (sql, params, opts) => {
      if (sql.includes('from score_rounds')) {
        roundsReads += 1;
        const held = hang;
        if (held) {
          held.reached();
          await held.until;
        }
      }
      return test.db.query(sql, params, opts);
    };
    now = NOW;
    firstNow = NOW;
    h = await startHarness({ db: { ...test, db: { ...test.db, query } }, now: () => now });
    // Never answered late: its build hangs until the test ends it.
    first = await startHarness({ replicaOf: h, now: () => firstNow, invokeDeadlineMs: 10 * MINUTE });
    await startHetBaken(h);
  });

  afterEach(async () => {
    // The dead process's build ends as in an outage, so its request and the harness can close.
    endHang(new Error('Connection terminated unexpectedly'));
    await dying;
    dying = null;
    endHang = () => undefined;
    await first.close();
    await h.close();
    await h.db.drop();
  });

  /** Anna's accept of a fresh export card, as Teams sends it. */
  async function acceptOfFreshCard(session: string): Promise<{ accept: InboundActivity; chatId: string }> {
    await h.say(anna, 'export');
    const offer = h.connector.activities.filter((a) => attachmentsOf(a).some((x) => x.contentType === FILE_CONSENT_TYPE)).at(-1)!;
    const consent = attachmentsOf(offer).find((x) => x.contentType === FILE_CONSENT_TYPE)!;
    const uploadInfo = {
      uploadUrl: h.connector.uploadUrl(`${session}-${String(consent.name)}`), contentUrl: `https://contoso.sharepoint.com/personal/anna/${session}.zip`,
      name: String(consent.name), uniqueId: session, fileType: 'zip',
    };
    const chat = { id: offer.conversationId, conversationType: 'personal' as const, tenantId: CHANNEL.tenantId };
    const where = { ...h.inPersonal(anna), conversation: chat, replyToId: offer.activityId };
    const context = (consent.content as { acceptContext: unknown }).acceptContext;
    return { accept: fileConsentInvoke({ ...where, action: 'accept', context, uploadInfo }), chatId: offer.conversationId };
  }

  /** The first replica takes the accept, claims it and starts the ZIP, and goes no further: it died there. */
  async function firstDiesBuilding(accept: InboundActivity, minutesAgo: number): Promise<void> {
    firstNow = new Date(now.getTime() - minutesAgo * MINUTE);
    const reached = new Promise<void>((resolve) => {
      const until = new Promise<never>((_, reject) => (endHang = reject));
      until.catch(() => undefined);
      hang = { reached: resolve, until };
    });
    dying = postActivity(first.url, accept);
    await reached;
    hang = null;
  }

  const fileCardsIn = (chatId: string): number => h.connector.sentTo(chatId).filter((a) => attachmentsOf(a).some((x) => x.contentType === FILE_INFO_TYPE)).length;

  it('builds and uploads the file, with its file card, when the accept that claimed it died building it minutes ago', async () => {
    const { accept, chatId } = await acceptOfFreshCard('stale');
    await firstDiesBuilding(accept, 10);
    const uploads = h.connector.uploads.length;
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(h.connector.uploads.length - uploads).toBe(1);
    expect(fileCardsIn(chatId)).toBe(1);
  });

  it('builds nothing and says nothing while the accept that claimed it may still be building', async () => {
    const { accept, chatId } = await acceptOfFreshCard('fresh');
    await firstDiesBuilding(accept, 1);
    const reads = roundsReads;
    const said = h.connector.sentTo(chatId).length;
    const uploads = h.connector.uploads.length;
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(roundsReads).toBe(reads);
    expect(h.connector.uploads).toHaveLength(uploads);
    expect(h.connector.sentTo(chatId)).toHaveLength(said);
  });

  it('builds nothing for an accept delivered again an hour after it was answered: an answered claim does not run out', async () => {
    const { accept, chatId } = await acceptOfFreshCard('answered');
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(fileCardsIn(chatId)).toBe(1);
    const reads = roundsReads;
    const said = h.connector.sentTo(chatId).length;
    now = new Date(now.getTime() + 60 * MINUTE);
    expect((await postActivity(h.url, accept)).status).toBe(200);
    expect(roundsReads).toBe(reads);
    expect(h.connector.sentTo(chatId)).toHaveLength(said);
  });
});
