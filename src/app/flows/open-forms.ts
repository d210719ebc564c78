// What the actieplan's and the evaluations' forms hold when they open, on both platforms. How
// each form is loaded, and who may open it, is the form registry's (form-registry.ts).
import type { EvaluationItemView, PlanItemView } from '../views.js';

/** What one onderdeel's evaluation form holds when it opens, on both platforms. */
export interface EvaluationFormValues {
  bereikt: string | null;
  toelichting: string | null;
  /** What was saved, or else the onderdeel's actions marked klaar, one per line. */
  ondernomen: string | null;
}

/**
 * The form starts from what is known of this onderdeel: saving it again replaces the whole
 * entry, so a form that started empty would wipe a toelichting nobody meant to change.
 */
export function evaluationFormValues(item: EvaluationItemView | undefined): EvaluationFormValues {
  const done = item?.doneActions.map((a) => `• ${a.description}`).join('\n') ?? '';
  return {
    bereikt: item?.bereikt ? String(item.bereikt) : null,
    toelichting: item?.toelichting ?? null,
    ondernomen: item?.ondernomen ?? (done || null),
  };
}

/** An actieplan onderdeel's form opens with its saved texts; its actions stay and are listed beside it. */
export function planFormValues(item: PlanItemView | undefined): { watKanBeter: string | null; gewensteEindsituatie: string | null } {
  return { watKanBeter: item?.watKanBeter ?? null, gewensteEindsituatie: item?.gewensteEindsituatie ?? null };
}
