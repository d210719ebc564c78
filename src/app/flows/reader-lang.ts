// A personal chat has no leerlijn to take a language from: its answers are in the language the
// person typed the command in where the word says it ('my-actions'), otherwise in that of the
// leerlijnen their overview shows (a stopped one they coordinate too) when those share one (showing none: those they
// were taken off or whose leerlijn stopped), otherwise the chat's own (their platform's language where
// it says one, else the server's). Decided here for both platforms, as is the language of a
// command acting on a channel's stopped leerlijn (run.ts): that one's.
import type { Lang } from '../../domain/instrument.js';
import { overviewLangsOf } from '../../store/overview-leerlijnen.js';
import { personLangOf } from '../overview.js';
import { leerlijnOfAction } from '../actions.js';
import type { FlowCtx, ReplyView, Surface } from './surface.js';

/** `ctx.lang`: the personal chat's own (places.ts placeLang), where known; it carries the person's platform language. */
export async function personalLang(ctx: Pick<FlowCtx, 'deps' | 'actor'> & { lang?: Lang }, typedInEnglish: boolean): Promise<Lang> {
  if (typedInEnglish) return 'en';
  const { workspaceId, userId } = ctx.actor;
  return personLangOf(ctx.deps.db, workspaceId, userId, await overviewLangsOf(ctx.deps.db, workspaceId, userId), ctx.lang ?? ctx.deps.defaultLang);
}

/**
 * What an answer to a status click says where the flow gives no language of its own (a refusal
 * without one, "try again"), wherever the button was, a personal chat included: the language the
 * clicked list was drawn in (`drawnIn`, as its redraw keeps it), else the action's leerlijn's, else
 * the person's own as in a personal chat. Unread (the database is down): the deployment's, so "try
 * again" is still heard.
 */
export async function statusClickLang(ctx: Pick<FlowCtx, 'deps' | 'actor'>, actionId: string, drawnIn?: Lang): Promise<Lang> {
  if (drawnIn) return drawnIn;
  try {
    const leerlijn = await leerlijnOfAction(ctx.deps, ctx.actor.workspaceId, actionId);
    return leerlijn ? leerlijn.lang : await personalLang(ctx, false);
  } catch {
    return ctx.deps.defaultLang;
  }
}

/** A reply said in `lang` where it says no language of its own (a refusal in its leerlijn's keeps that). */
function saidIn(view: ReplyView, lang: Lang): ReplyView {
  switch (view.type) {
    case 'text':
    case 'error':
    case 'lines':
    case 'help':
    case 'my_actions':
    case 'next_step':
      return { ...view, lang: view.lang ?? lang };
    case 'home':
      return { ...view, home: { ...view.home, lang } };
    default:
      return view;
  }
}

/** The flow's context speaking `lang`: its language, and every reply said in it. */
export function speakingIn(ctx: FlowCtx, lang: Lang): FlowCtx {
  const surface: Surface = { ...ctx.surface, reply: (view) => ctx.surface.reply(saidIn(view, lang)) };
  return { ...ctx, lang, surface };
}

/** The flow's context in a personal chat, in the language decided above. */
export async function inPersonalChat(ctx: FlowCtx, typedInEnglish: boolean): Promise<FlowCtx> {
  if (!ctx.place.personal) return ctx;
  return speakingIn(ctx, await personalLang(ctx, typedInEnglish));
}
