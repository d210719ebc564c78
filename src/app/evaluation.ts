// Evaluatielijst (steps 3 and 4): per onderdeel how far the desired end state was reached,
// what was done (offered from the actions marked klaar) and which actions are still needed.
import { z } from 'zod';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../domain/instrument.js';
import { EVALUATION_MEETING } from '../domain/meetings.js';
import { planItemsOf, type ActionSource } from '../store/actions.js';
import { syncLeerlijnJobs } from './jobs/plan-jobs.js';
import { audit } from '../store/audit.js';
import type { Queryable } from '../store/db.js';
import { evaluationEntriesOf, upsertEvaluationEntry } from '../store/evaluations.js';
import type { LeerlijnRow } from '../store/leerlijnen.js';
import {
  addActions,
  newActionProblems,
  localToday,
  NewActionInput,
  onderdeelSchema,
  ownersToNotify,
  requireOnTeam,
  type OwnerNotice,
} from './actions.js';
import { evaluationActions } from './evaluation-record.js';
import { requireActive, requireLeerlijn, type Actor, type Deps, inTransaction } from './context.js';
import { requireFiller } from './fillers.js';
import { AppError, isAppError } from './errors.js';
import { openRound } from './rounds.js';
import { parseFields, parseInput, wholeOrRefused } from './validate.js';
import type { ActionView, EvaluationMoment, EvaluationView, RoundView } from './views.js';

const MOMENTS = ['terugkom', 'eind'] as const;
const momentSchema = z.enum(MOMENTS, 'moment');

const SOURCE_OF: Readonly<Record<EvaluationMoment, ActionSource>> = { terugkom: 'terugkom', eind: 'eindevaluatie' };

async function buildEvaluationView(db: Queryable, leerlijn: LeerlijnRow, moment: EvaluationMoment, today: string): Promise<EvaluationView> {
  const plan = new Map((await planItemsOf(db, leerlijn.id)).map((p) => [p.onderdeel, p]));
  const saved = await evaluationEntriesOf(db, leerlijn.id, moment);
  const entries = new Map(saved.map((e) => [e.onderdeel, e]));
  const actions = await evaluationActions(db, leerlijn, { moment, entries: saved, today });
  const codes = ONDERDEEL_CODES.filter((code) => plan.has(code) || entries.has(code));
  const items = codes.map((code) => {
    const entry = entries.get(code);
    const own = actions.filter((a) => a.onderdeel === code);
    return {
      onderdeel: code,
      gewensteEindsituatie: plan.get(code)?.gewensteEindsituatie ?? null,
      bereikt: entry?.bereikt ?? null,
      toelichting: entry?.toelichting ?? null,
      ondernomen: entry?.ondernomen ?? null,
      doneActions: own.filter((a) => a.status === 'klaar'),
      openActions: own.filter((a) => a.status !== 'klaar'),
    };
  });
  return { leerlijnId: leerlijn.id, channelId: leerlijn.channelId, lang: leerlijn.lang, moment, items };
}

export async function getEvaluation(deps: Deps, actor: Actor, leerlijnId: string, moment: EvaluationMoment): Promise<EvaluationView> {
  const checked = parseInput(momentSchema, moment);
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireOnTeam(deps, actor, leerlijn, 'evaluatie');
  return buildEvaluationView(deps.db, leerlijn, checked, localToday(deps, leerlijn));
}

export interface FinalEvaluationStart {
  /** Null when the coordinator is refused for week 1 not agreed: nothing to evaluate yet, so only the refusal is shown. */
  evaluation: EvaluationView | null;
  /** The week-17 round, when this call opened it: its cards still have to be posted. */
  round: RoundView | null;
  /** Why the coordinator's call did not open the week-17 round (week 1 not finished yet). */
  roundRefused: AppError | null;
}

/**
 * `evaluatie eind`: the Evaluatielijst of the eindevaluatie. The coordinator's call also opens
 * the week-17 round (a no-op when it exists; refused, with the reason, until week 1 is agreed:
 * then without the list, which has nothing to look back on yet; before the eindevaluatie's week with it). The meeting's invuller gets the list only, since opening
 * rounds is the coordinator's; anyone else is told who fills it in (not_invuller).
 */
export async function startFinalEvaluation(deps: Deps, actor: Actor, leerlijnId: string): Promise<FinalEvaluationStart> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  const member = await requireOnTeam(deps, actor, leerlijn, 'evaluatie');
  let round: RoundView | null = null;
  let roundRefused: AppError | null = null;
  if (member.isCoordinator) {
    try {
      round = await openRound(deps, actor, leerlijnId, 'week17');
    } catch (error) {
      // Before the eindevaluatie's week the list may be looked at, but the round waits to be confirmed (`scores eind nu`).
      if (!isAppError(error) || (error.code !== 'round_exists' && error.code !== 'week1_incomplete' && error.code !== 'round_early')) throw error;
      if (error.code !== 'round_exists') roundRefused = error;
    }
  } else {
    await requireFiller(deps.db, leerlijn, actor.userId, EVALUATION_MEETING.eind);
  }
  if (roundRefused?.code === 'week1_incomplete') return { evaluation: null, round, roundRefused };
  return { evaluation: await buildEvaluationView(deps.db, leerlijn, 'eind', localToday(deps, leerlijn)), round, roundRefused };
}

const optionalText = z
  .string()
  .trim()
  .max(1000, 'too_long')
  .nullish()
  .transform((t) => (t ? t : null));

export const EvaluationInput = z.object({
  moment: momentSchema,
  onderdeel: onderdeelSchema,
  /** Same scale as the instrument: 1 niet of nauwelijks · 2 enigszins · 3 redelijk of helemaal. */
  bereikt: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)], 'score')),
  toelichting: optionalText,
  ondernomen: optionalText,
  newActions: z.array(NewActionInput).max(10, 'too_many').default([]),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;

export interface EvaluationSaved {
  evaluation: EvaluationView;
  /** The onderdeel saved (the evaluation holds its item). */
  onderdeel: OnderdeelCode;
  newActions: ActionView[];
  ownersToNotify: OwnerNotice[];
}

/** Coordinator or that meeting's invuller; saving again replaces the entry and adds actions. */
export async function saveEvaluationEntry(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<EvaluationSaved> {
  const parsed = parseFields(EvaluationInput, raw);
  // Without the moment there is no meeting whose invuller may fill it in: refused with what the parse found.
  const moment = parsed.parts.moment ?? wholeOrRefused(parsed).moment;
  return inTransaction(deps, actor, 'saveEvaluationEntry', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireFiller(tx, leerlijn, actor.userId, EVALUATION_MEETING[moment]);
    requireActive(leerlijn);
    // One moment for the save and the actions it makes: the interim list is shown as it stood at that moment (evaluation-record.ts).
    const now = deps.now();
    const today = localToday(deps, leerlijn);
    const input = wholeOrRefused(parsed, await newActionProblems(tx, leerlijn, { actions: parsed.parts.newActions, today, field: 'newActions' }));
    const onderdeel: OnderdeelCode = input.onderdeel;
    await upsertEvaluationEntry(tx, leerlijnId, input.moment, {
      onderdeel,
      bereikt: input.bereikt as Score,
      toelichting: input.toelichting,
      ondernomen: input.ondernomen,
      updatedBy: actor.userId,
      updatedAt: now,
    });
    const newActions = await addActions(tx, leerlijn, {
      onderdeel, source: SOURCE_OF[input.moment], by: actor.userId, actions: input.newActions, today, at: now,
    });
    await audit(tx, {
      workspaceId: actor.workspaceId,
      leerlijnId,
      actor: actor.userId,
      action: 'evaluation.save',
      detail: { moment: input.moment, onderdeel, bereikt: input.bereikt, actionIds: newActions.map((a) => a.id) },
    });
    await syncLeerlijnJobs(tx, leerlijnId, now);
    const evaluation = await buildEvaluationView(tx, leerlijn, input.moment, today);
    return { evaluation, onderdeel, newActions, ownersToNotify: ownersToNotify(newActions) };
  });
}
