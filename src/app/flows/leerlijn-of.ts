// The channel's leerlijn for a command that needs one (the runner checked it is there).
import { AppError } from '../errors.js';
import type { LeerlijnRow } from '../../store/leerlijnen.js';
import type { FlowCtx } from './surface.js';

export function leerlijnOf(ctx: FlowCtx): LeerlijnRow {
  if (!ctx.leerlijn) throw new AppError('no_leerlijn');
  return ctx.leerlijn;
}
