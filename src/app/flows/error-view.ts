// A refusal or failure as the person reads it, for every flow.
import { isAppError, ValidationError } from '../errors.js';
import { unrefusedCode } from '../error-words.js';
import { clip } from '../../text.js';
import { text, type CommandInput, type ErrorView, type FlowCtx, type Surface } from './surface.js';

/**
 * A coded error as the user reads it; anything else is logged (never user text) and told as
 * 'internal', or, where the surface knows it as its platform asking to wait, as 'rate_limited'.
 */
export function errorView(ctx: Pick<FlowCtx, 'log'> & { surface?: Pick<Surface, 'throttled'> }, error: unknown, where: string): ErrorView {
  if (error instanceof ValidationError) return { type: 'error', code: error.code, params: error.params, fields: error.fields, ...(error.lang ? { lang: error.lang } : {}) };
  if (isAppError(error)) return { type: 'error', code: error.code, params: error.params, ...(error.lang ? { lang: error.lang } : {}) };
  const is = ctx.surface?.throttled;
  const code = unrefusedCode(error, {
    unexpected: (err) => ctx.log.error({ err, where }, 'flow failed'),
    ...(is ? { throttled: { is, warn: () => ctx.log.warn({ where }, 'flow not carried out: the platform asked to wait (rate limited)') } } : {}),
  });
  return { type: 'error', code };
}

/** Words a command does not take, said back as typed: an English leerlijn's `schedule nwe` is not answered as `planning nwe`. */
export const unknownArgument = (ctx: Pick<FlowCtx, 'surface'>, input: Pick<CommandInput, 'word' | 'args'>): Promise<void> =>
  ctx.surface.reply(text('command.unknownArgs', { command: clip(`${input.word} ${input.args.join(' ')}`.trim(), 40) }, { tone: 'warning' }));
