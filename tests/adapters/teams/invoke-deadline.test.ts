// An invoke whose work outlasts Teams' 5 s still gets its answer in time, and the work finishes
// afterwards. Here the work is an export whose upload the test holds until it has the answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileConsentInvoke, postActivity } from '../../fakes/teams-activities.js';
import { Watchers } from '../../fakes/watchers.js';
import { PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const DEADLINE_MS = 300;
let h: Harness;
let uploads: Server;
let held: Array<{ req: IncomingMessage; res: ServerResponse }> = [];
const uploadsSeen = new Watchers();

beforeAll(async () => {
  h = await startHarness({ invokeDeadlineMs: DEADLINE_MS });
  // Where Teams would take the file: holds every upload until the test lets it through.
  uploads = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      held.push({ req, res });
      uploadsSeen.recheck();
    });
  });
  await new Promise<void>((resolve) => uploads.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const { res } of held) res.end();
  await new Promise((resolve) => uploads.close(resolve));
  await h.close();
});

describe('an invoke that outlasts its deadline', () => {
  it('is answered 200 before its work is done, and the work still completes', async () => {
    await startHetBaken(h);
    const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen limit 1`);
    const url = `http://127.0.0.1:${(uploads.address() as AddressInfo).port}/upload`;
    const invoke = fileConsentInvoke({
      ...h.inPersonal(anna), action: 'accept', context: { leerlijnId: rows[0]!.id },
      uploadInfo: { uploadUrl: url, contentUrl: `${url}/file`, name: 'leerlijn.csv', uniqueId: 'u1', fileType: 'csv' },
    });
    const answer = await postActivity(h.url, invoke);
    // Answered while no upload had been let through: the turn had not finished.
    expect(answer.status).toBe(200);
    await uploadsSeen.until(() => held.length === 1, 5_000, 'upload server');
    const sentBefore = h.connector.activities.length;
    for (const { res } of held.splice(0)) res.end();
    await h.connector.until(() => h.connector.activities.length > sentBefore);
    // The file card the finished turn posts.
    expect(JSON.stringify(h.connector.activities.slice(sentBefore))).toContain('leerlijn.csv');
  });
});
