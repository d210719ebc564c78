// Any neutral form (app/flows/form-registry.ts) drawn as a card: opened, or again after a refused submit.
import { AppError } from '../../app/errors.js';
import { formRequest, loadForm, type FormRequest, type FormSpec } from '../../app/flows/form-registry.js';
import type { AdaptiveCard } from './cards/common.js';
import { teamsMarkup } from './cards/doc.js';
import { toFormCard } from './cards/form.js';
import type { Turn } from './turn.js';
import type { TeamsServices } from './services.js';

interface CardRequest {
  /** What names the form's leerlijn, onderdeel, moment or meeting (a button's data, a sent form's values). */
  named: Readonly<Record<string, unknown>>;
  sent?: Readonly<Record<string, string>>;
  errors?: ReadonlyMap<string, string>;
  /** Opened by a button: refused first for whoever may not open it. */
  open?: boolean;
}

/**
 * The form's card in the turn's language, its title and what named it (a form opened in a channel tells everyone
 * whose it is); data we did not draw is invalid input.
 */
export async function drawnForm(svc: TeamsServices, turn: Turn, spec: FormSpec, r: CardRequest): Promise<{ card: AdaptiveCard; title: string; request: FormRequest }> {
  const request = formRequest(spec, r.named);
  if (!request) throw new AppError('invalid_input');
  const where = { personal: turn.personal, channelId: turn.channelId };
  const form = await loadForm(svc.deps, turn.actor, spec, { ...request, lang: turn.lang, sent: r.sent }, { members: true, open: r.open ?? false, ...where });
  const drawn = form.draw(teamsMarkup(form.members));
  return { card: toFormCard(drawn, form.members, r.errors), title: drawn.title, request };
}
