// A coordinator waits for each chart once: a posted result's picture and its PDF hold the same
// chart, drawn once (about 200 ms), and the export holds the charts the steps already drew.
// On PGlite only: what is drawn does not depend on the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteLeerlijn } from '../../src/app/data.js';
import { exportFiles } from '../../src/app/export-files.js';
import { compareRounds } from '../../src/app/overview.js';
import { comparisonDocument, resultDocument, stepDocumentFiles, type StepDocument } from '../../src/app/step-documents.js';
import { chartPngs } from '../../src/documents/charts/index.js';
import { pgliteTestDb, type TestDb } from '../support/db.js';
import { agreedRound, makeDeps, startFixture } from '../support/fixtures.js';

describe('charts drawn for a leerlijn', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await pgliteTestDb();
    chartPngs.clear();
  });
  afterEach(() => t.drop());

  it('draws each chart once: for the posted picture and its PDF together, and not again for the export', async () => {
    const deps = makeDeps(t.db);
    const s = await startFixture(deps);
    const posted: string[][] = [];
    const post = async (doc: StepDocument) => posted.push((await stepDocumentFiles(deps, doc))!.map((f) => f.contentType));
    await post(resultDocument(await agreedRound(deps, s.coordinator, s.leerlijnId, 'week1', 1))!);
    expect(chartPngs.stats().draws).toBe(1);
    await post(resultDocument(await agreedRound(deps, s.coordinator, s.leerlijnId, 'week17', 2))!);
    await post(comparisonDocument(await compareRounds(deps, s.coordinator, s.leerlijnId)));
    expect(posted).toEqual(Array(3).fill(['image/png', 'application/pdf']));
    expect(chartPngs.stats().draws).toBe(3);
    const exported = await exportFiles(deps, s.coordinator, s.leerlijnId);
    expect(exported.filter((f) => f.name.endsWith('.pdf'))).toHaveLength(3);
    expect(chartPngs.stats().draws).toBe(3);
  }, 60_000);

  it('keeps no chart of a leerlijn its coordinator deleted', async () => {
    const deps = makeDeps(t.db);
    const s = await startFixture(deps);
    await stepDocumentFiles(deps, resultDocument(await agreedRound(deps, s.coordinator, s.leerlijnId, 'week1', 3))!);
    expect(chartPngs.stats().entries).toBe(1);
    await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    expect(chartPngs.stats()).toMatchObject({ entries: 0, bytes: 0 });
  }, 60_000);
});
