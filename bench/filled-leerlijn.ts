// A leerlijn with every document filled in, on the embedded database: both rounds agreed, an
// actieplan, both evaluations, so its export holds all five PDFs (three of them with a chart).
import type { Actor, Deps } from '../src/app/context.js';
import { savePlanItem } from '../src/app/actions.js';
import { saveEvaluationEntry } from '../src/app/evaluation.js';
import { compareRounds } from '../src/app/overview.js';
import { comparisonDocument, resultDocument, type StepDocument } from '../src/app/step-documents.js';
import { ONDERDEEL_CODES } from '../src/domain/instrument.js';
import { pgliteTestDb, type TestDb } from '../tests/support/db.js';
import { agreedRound, makeDeps, startFixture } from '../tests/support/fixtures.js';

export interface FilledLeerlijn {
  t: TestDb;
  deps: Deps;
  coordinator: Actor;
  leerlijnId: string;
  /** What the steps posted, each with its chart: the two results and the comparison. */
  posted: StepDocument[];
}

export async function filledLeerlijn(): Promise<FilledLeerlijn> {
  const t = await pgliteTestDb();
  const deps = makeDeps(t.db);
  const { coordinator, leerlijnId } = await startFixture(deps);
  const week1 = resultDocument(await agreedRound(deps, coordinator, leerlijnId, 'week1', ONDERDEEL_CODES.map((_, i) => (i % 3 === 0 ? 2 : 1))))!;
  await savePlanItem(deps, coordinator, leerlijnId, {
    onderdeel: 'T3', watKanBeter: 'Geen eigen ruimte', gewensteEindsituatie: 'Eigen ruimte',
    actions: [{ description: 'Ruimte aanvragen', ownerUserId: coordinator.userId, dueDate: '2026-03-20' }],
  });
  for (const moment of ['terugkom', 'eind'] as const) await saveEvaluationEntry(deps, coordinator, leerlijnId, { moment, onderdeel: 'T3', bereikt: 2 });
  const week17 = resultDocument(await agreedRound(deps, coordinator, leerlijnId, 'week17', ONDERDEEL_CODES.map((_, i) => (i % 2 === 0 ? 3 : 2))))!;
  const comparison = comparisonDocument(await compareRounds(deps, coordinator, leerlijnId));
  return { t, deps, coordinator, leerlijnId, posted: [week1, week17, comparison] };
}
