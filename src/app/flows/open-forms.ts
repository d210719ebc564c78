// Opening one of the coordinator's planning forms from a button (Slack's buttons name their
// leerlijn): each is the coordinator's only, and this is what each shows. Anyone else is refused
// (not_coordinator) before anything opens; the adapter only draws the form. The team form reads
// app/leerlijn.ts teamForCoordinator. Teams shows these forms inside the coordinator's own
// answers, which app/flows/plan.ts decides.
import type { Actor, Deps } from '../context.js';
import { getReminderSettings, getTimeline, requireCoordinatorOf, type ReminderSettings } from '../meetings.js';
import type { EvaluationItemView, PlanItemView, TimelineView } from '../views.js';

/** Moving a meeting, or the meetings' notulist, invuller and location. */
export async function planningFormData(deps: Deps, actor: Actor, leerlijnId: string, form: 'move' | 'roles'): Promise<TimelineView> {
  await requireCoordinatorOf(deps, actor, leerlijnId, `${form}_form`);
  return getTimeline(deps, actor, leerlijnId);
}

export async function remindersFormData(deps: Deps, actor: Actor, leerlijnId: string): Promise<{ settings: ReminderSettings; timeline: TimelineView }> {
  // Reading the settings refuses anyone but the coordinator.
  const settings = await getReminderSettings(deps, actor, leerlijnId);
  return { settings, timeline: await getTimeline(deps, actor, leerlijnId) };
}

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
