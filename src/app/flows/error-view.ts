// A refusal or failure as the person reads it, for every flow.
import { isAppError, ValidationError } from '../errors.js';
import type { ErrorView, FlowCtx } from './surface.js';

/** A coded error as the user reads it; anything else is logged (never user text) and told as 'internal'. */
export function errorView(ctx: Pick<FlowCtx, 'log'>, error: unknown, where: string): ErrorView {
  if (error instanceof ValidationError) return { type: 'error', code: error.code, params: error.params, fields: error.fields, ...(error.lang ? { lang: error.lang } : {}) };
  if (isAppError(error)) return { type: 'error', code: error.code, params: error.params, ...(error.lang ? { lang: error.lang } : {}) };
  ctx.log.error({ err: error, where }, 'flow failed');
  return { type: 'error', code: 'internal' };
}
