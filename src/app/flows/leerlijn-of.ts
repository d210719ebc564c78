// The channel's leerlijn for a command that needs one (the runner checked it is there), and the
// one a form or button acts on.
import { AppError } from '../errors.js';
import { leerlijnLang, type Actor, type Deps } from '../context.js';
import { Uuid } from '../validate.js';
import type { Lang } from '../../domain/instrument.js';
import type { LeerlijnRow } from '../../store/leerlijnen.js';
import type { FlowCtx } from './surface.js';

export function leerlijnOf(ctx: FlowCtx): LeerlijnRow {
  if (!ctx.leerlijn) throw new AppError('no_leerlijn');
  return ctx.leerlijn;
}

/**
 * The leerlijn a form or button acts on: the one it names (the use case checks the workspace and
 * who may); one that names none (a card from before it did) acts on the channel's. From a prompt
 * in a personal chat, or in a channel where none runs (a stopped leerlijn's delete form), the
 * answer speaks the named leerlijn's language there (`lang`), rather than the server's default; that one deleted, the
 * language the form says it was drawn in (`drawnIn`, where its data carries one).
 */
export async function namedLeerlijn(
  deps: Pick<Deps, 'db'>,
  at: { actor: Pick<Actor, 'workspaceId'>; personal: boolean; leerlijn: LeerlijnRow | null; lang: Lang },
  named: unknown,
  drawnIn?: unknown,
): Promise<{ leerlijnId: string; lang: Lang }> {
  const id = Uuid.safeParse(named);
  const fallback = drawnIn === 'nl' || drawnIn === 'en' ? drawnIn : at.lang;
  if (id.success) return { leerlijnId: id.data, lang: await leerlijnLang(deps, at.actor.workspaceId, at.personal || !at.leerlijn ? id.data : null, fallback) };
  if (!at.leerlijn) throw new AppError('no_leerlijn');
  return { leerlijnId: at.leerlijn.id, lang: at.lang };
}
