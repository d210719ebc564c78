// Coded errors: users see a message in their language (i18n keys `error.<code>`),
// logs see the code. Params never carry user-written text.
import type { Lang } from '../domain/instrument.js';

export const ERROR_CODES = [
  'invalid_input',
  'no_leerlijn',
  // A button or form names a leerlijn that is gone (deleted, by its coordinator or its retention term): not "start one".
  'leerlijn_gone',
  // A button or form of a leerlijn used in another channel than its own: not "none runs here", as that one may run its own.
  'leerlijn_elsewhere',
  'leerlijn_exists',
  'leerlijn_not_active',
  'leerlijn_kept',
  'not_coordinator',
  // Not on the team: `not_member` where one votes or notes a score, `not_on_team` for anything else.
  'not_member',
  'not_on_team',
  'not_owner',
  'not_invuller',
  'not_found',
  'round_exists',
  'round_early',
  'round_not_open',
  // A note asked for (Slack's note form) on a card of a round that no longer takes any.
  'note_closed',
  'round_still_open',
  'schedule_refused',
  // The new evaluation meeting asked for before it can be planned (domain followUpOffered): with the eindevaluatie's date and time, or how to plan it when none is planned.
  'follow_up_early',
  'follow_up_early_undated',
  'comparison_incomplete',
  'week1_incomplete',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/**
 * A failure that is no refusal, as the person hears it: something went wrong on our side, the platform asked to wait,
 * or the platform no longer lets the bot post where they asked (app/error-words.ts unrefusedCode).
 */
const UNREFUSED_CODES = ['internal', 'rate_limited', 'not_here'] as const;
export type UnrefusedCode = (typeof UNREFUSED_CODES)[number];
/** Whether a view's code is such a failure: one that may pass when tried again, unlike a refusal. */
export const isUnrefused = (code: string): code is UnrefusedCode => (UNREFUSED_CODES as readonly string[]).includes(code);

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  /** The leerlijn's language when the use case knew it, so the reply speaks it too. */
  readonly lang: Lang | undefined;
  /** The leerlijn a permission refusal was about, for the audit log. */
  readonly refusedOn: string | undefined;

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    options?: { cause?: unknown; lang?: Lang; refusedOn?: string },
  ) {
    super(code, options);
    this.name = 'AppError';
    this.lang = options?.lang;
    this.refusedOn = options?.refusedOn;
  }
}

/** One field problem in a form or command, keyed by the field the user sees. */
export interface FieldError {
  field: string;
  /** i18n key under `field.` */
  message: string;
  params?: ErrorParams;
}

export class ValidationError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super('invalid_input', { count: fields.length });
    this.name = 'ValidationError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What `work` gives, or null where a use case refused it (an AppError); any other failure is thrown on. */
export async function unlessRefused<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

/**
 * A failure the adapter that met it has already told the operator about, naming the setting to
 * fix (a platform refusing the bot's own credentials): flows answer it as 'internal' without
 * logging it again, so the log holds that one clear line rather than a stack trace per layer.
 */
export class ReportedFailure extends Error {}

/** Whether an unexpected failure still needs logging: not when its adapter reported it already. */
export const needsLogging = (error: unknown): boolean => !(error instanceof ReportedFailure);

/**
 * Nothing was done and the person could not be told so (the database does not answer, and the
 * platform refused the words that would say it): logged once already. The platform is to deliver
 * the request again (Teams: a 503, which the Bot Framework retries); running it again is harmless.
 */
export class DeliverAgain extends ReportedFailure {}
