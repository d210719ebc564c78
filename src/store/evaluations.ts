// Evaluatielijst entries: interim (terugkom) and final (eind), one per onderdeel.
import type { OnderdeelCode, Score } from '../domain/instrument.js';
import type { Queryable } from './db.js';

export type EvaluationMomentCode = 'terugkom' | 'eind';

export interface EvaluationRow {
  onderdeel: OnderdeelCode;
  bereikt: Score;
  toelichting: string | null;
  ondernomen: string | null;
  updatedBy: string;
}

export async function upsertEvaluationEntry(
  db: Queryable,
  leerlijnId: string,
  moment: EvaluationMomentCode,
  e: EvaluationRow & { updatedAt: Date },
): Promise<void> {
  // The save's own moment (time is a parameter): a late Evaluatielijst's document waits for the last save (plan-jobs).
  await db.query(
    `insert into evaluation_entries (leerlijn_id, moment, onderdeel, bereikt, toelichting, ondernomen, updated_by, updated_at)
     values ($1::uuid, $2::text, $3::text, $4::smallint, $5::text, $6::text, $7::text, $8::timestamptz)
     on conflict (leerlijn_id, moment, onderdeel) do update set
       bereikt = excluded.bereikt, toelichting = excluded.toelichting, ondernomen = excluded.ondernomen,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [leerlijnId, moment, e.onderdeel, e.bereikt, e.toelichting, e.ondernomen, e.updatedBy, e.updatedAt.toISOString()],
  );
}

/** An entry as stored, with when it was last saved (by the app's clock). */
export interface SavedEvaluationRow extends EvaluationRow {
  updatedAt: Date;
}

export async function evaluationEntriesOf(db: Queryable, leerlijnId: string, moment: EvaluationMomentCode): Promise<SavedEvaluationRow[]> {
  const { rows } = await db.query<SavedEvaluationRow>(
    `select onderdeel, bereikt, toelichting, ondernomen, updated_by as "updatedBy", updated_at as "updatedAt"
     from evaluation_entries where leerlijn_id = $1::uuid and moment = $2::text`,
    [leerlijnId, moment],
  );
  return rows;
}
