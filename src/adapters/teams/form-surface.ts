// A submitted form card for the shared form flows: a refusal at its inputs answers with the form again, values kept.
import type { ErrorView, FormCtx, FormSurface, StartFormCtx } from '../../app/flows/surface.js';
import { adaptiveCard, userText, type AdaptiveCard } from './cards/common.js';
import { problemsByInput } from '../../views/form.js';
import { reply } from './forms.js';
import { teamsErrorOf, teamsPlainErrorOf } from './reply.js';
import type { TeamsServices } from './services.js';
import { teamsFlowCtx } from './surface.js';
import type { Turn } from './turn.js';

/** Where a field's problem shows, and the same form again with the problems. */
interface CardForm {
  /** None: the inputs are named by the use case's fields. */
  inputFor?(field: string): string;
  again(errors: ReadonlyMap<string, string>): Promise<AdaptiveCard>;
}

/** A button that runs a form's flow: no inputs, so refusals are answered as they are. */
export const BUTTON_FORM: CardForm = { again: async () => adaptiveCard([]) };

/** Field problems beside their inputs, and a refusal about one input (a date) beside it. */
function cardErrors(turn: Turn, refusal: ErrorView, form: CardForm): Map<string, string> {
  // A field error's `names` are people's names as their platform gives them: user text.
  const fields = (refusal.fields ?? []).map((f) => (typeof f.params?.names === 'string' ? { ...f, params: { ...f.params, names: userText(f.params.names) } } : f));
  const inputFor = form.inputFor ?? ((field: string) => field);
  const errors = problemsByInput(refusal.lang ?? turn.lang, fields, inputFor);
  const at = refusal.at === undefined ? undefined : inputFor(refusal.at);
  if (at && !errors.has(at)) errors.set(at, teamsErrorOf(turn.lang, { ...refusal, fields: [] }));
  return errors;
}

export function teamsFormCtx(svc: TeamsServices, turn: Turn, leerlijnId: string, form: CardForm): FormCtx {
  return { ...teamsStartCtx(svc, turn, form), leerlijnId };
}

export function teamsStartCtx(svc: TeamsServices, turn: Turn, form: CardForm): StartFormCtx {
  const { leerlijn: _leerlijn, surface: base, ...ctx } = teamsFlowCtx(svc, turn);
  const surface: FormSurface = {
    ...base,
    formAccepted: async () => turn.answer?.saved?.(),
    async formRefused(refusal) {
      const again = (refusal.fields ?? []).length === 0 && !refusal.at ? null : await form.again(cardErrors(turn, refusal, form));
      if (turn.answer) Object.assign(turn.answer, { refusal: again ?? teamsPlainErrorOf(turn.lang, refusal), reasons: refusal });
      else await (again ? reply(svc, turn, again) : base.reply(refusal));
    },
  };
  return { ...ctx, surface };
}

