// Submitted forms (the start, and the registry's, app/flows/form-registry.ts) and the action status clicks.
import { statusClicked, type StatusPlace, type StatusSurface } from '../../app/flows/status.js';
import type { TextView } from '../../app/flows/surface.js';
import { startSubmitted } from '../../app/flows/data.js';
import { formSpec, renamedInputs, submitFormFlow, type FormSpec } from '../../app/flows/form-registry.js';
import { moveToDay } from '../../app/flows/meeting-forms.js';
import { namedLeerlijn } from '../../app/flows/leerlijn-of.js';
import { statusClickLang } from '../../app/flows/reader-lang.js';
import { noticeOfRedraw } from '../../app/flows/status-notice.js';
import { errorWords } from '../../app/error-words.js';
import { isAppError } from '../../app/errors.js';
import type { LeerlijnView } from '../../app/views.js';
import { ownerActionsCard } from './cards/doc.js';
import { noticeCard } from './cards/notices.js';
import { noteInputId } from './cards/own-action.js';
import { errorCard, plainText, text, toneColor, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { sidesFieldOf, startFormInput } from '../../views/start-form.js';
import { displayName } from './forms.js';
import type { Values } from './payloads.js';
import { teamsTextOf } from './reply.js';
import type { TeamsServices } from './services.js';
import { BUTTON_FORM, teamsFormCtx, teamsStartCtx } from './form-surface.js';
import { postPlanFlow } from '../../app/flows/post-plan.js';
import { replyForm, startCard, teamsSurface } from './surface.js';
import { replyCard } from './shared-reply.js';
import { speaking, type Turn } from './turn.js';
import { LANGS } from '../../domain/instrument.js';
import { FOLLOWUP_WHENS } from '../../app/notices.js';

export async function submitStart(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const again = (errors: ReadonlyMap<string, string>) => startCard(svc, turn, turn.lang, values, errors);
  const input = await startFormInput(values, { card: true }, { channelId: turn.channelId, lang: turn.lang }, { nameOf: (id) => displayName(svc, turn, id), later: false });
  await startSubmitted(teamsStartCtx(svc, turn, { inputFor: sidesFieldOf, again }), input);
}

/** The leerlijn a form or button acts on, and the turn said in its language where the flow decides so. */
export async function formLeerlijn(svc: TeamsServices, turn: Turn, values: Values): Promise<{ leerlijnId: string; turn: Turn }> {
  const { leerlijnId, lang } = await namedLeerlijn(svc.deps, turn, values.leerlijnId, values.lang);
  return { leerlijnId, turn: speaking(turn, lang) };
}

/** A button that opens a form (its data names what): the form as a card of its own. */
export async function openForm(svc: TeamsServices, sent: Turn, spec: FormSpec, values: Values): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  await replyForm(svc, turn, spec, { ...values, leerlijnId }, true);
}

/** A neutral form's submit: inputs named by the use case's fields (an older card: their old ids); refused, the form again. */
export async function submitForm(svc: TeamsServices, sent: Turn, spec: FormSpec, posted: Values): Promise<void> {
  const values: Values = renamedInputs(spec, posted).byField;
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  const again = async (errors: ReadonlyMap<string, string>) => (await drawnForm(svc, turn, spec, { named: { ...values, leerlijnId }, sent: values, errors })).card;
  await submitFormFlow(spec, teamsFormCtx(svc, turn, leerlijnId, { again }), values);
}

/** A button that posts the plan (no inputs). */
export async function submitPlanPost(svc: TeamsServices, sent: Turn, values: Values): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  await postPlanFlow(teamsFormCtx(svc, turn, leerlijnId, BUTTON_FORM));
}

/** One click to a working day; refused, the move form with that day. */
export async function submitMoveTo(svc: TeamsServices, sent: Turn, values: Values): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  const day = { kind: values.kind ?? '', date: values.date ?? '' };
  const again = async (errors: ReadonlyMap<string, string>) => (await drawnForm(svc, turn, formSpec('move'), { named: { leerlijnId }, sent: day, errors })).card;
  await moveToDay(teamsFormCtx(svc, turn, leerlijnId, { again }), day);
}

/**
 * klaar / bezig / loopt vast from an owner's card: redrawn, the confirmation on top. Not redrawn (its list not read): the
 * confirmation as a message, so Teams keeps the card with its buttons, which a card of the confirmation alone would replace.
 */
export async function statusInvoke(svc: TeamsServices, clicker: Turn, data: Record<string, unknown>): Promise<AdaptiveCard | string> {
  // The list's language, which a refusal speaks first (statusClickLang), "still working" too: known before any read.
  const drawn = LANGS.find((l) => l === data.lang);
  const turn = drawn ? speaking(clicker, drawn) : clicker;
  const actionId = String(data.actionId ?? '');
  const note = data[noteInputId(actionId)];
  let redrawn: AdaptiveCard | undefined;
  const confirmation: TextView[] = [];
  const surface: StatusSurface = {
    ...teamsSurface(svc, turn),
    confirm: async (lines) => void confirmation.push(...lines),
    async redraw(view) {
      if (view.type === 'owner_actions' || view.type === 'reminder') redrawn = noticeCard(noticeOfRedraw(view), turn.personal ? 'personal' : 'channel');
      if (view.type === 'my_actions') redrawn = ownerActionsCard(view.lang, view.actions);
      if (view.type === 'home') redrawn = await replyCard(svc, turn, view);
    },
  };
  // The person's overview, or a card naming the leerlijn whose actions it lists (and which reminder), or none (mijn-acties).
  const reminder = FOLLOWUP_WHENS.find((w) => w === data.reminder);
  const leerlijnId = typeof data.leerlijnId === 'string' ? data.leerlijnId : null;
  const clicked: StatusPlace = data.home === 'true' ? { in: 'home' } : { in: 'card', leerlijnId, lang: drawn, reminder };
  const input = { actionId, status: typeof data.status === 'string' ? data.status : '', note: typeof note === 'string' ? note : null };
  const ctx = { deps: svc.deps, log: svc.log, actor: turn.actor, surface };
  let leerlijn: LeerlijnView;
  try {
    ({ leerlijn } = await statusClicked(ctx, clicked, { ...input, byName: turn.context.activity.from.name || undefined }));
  } catch (error) {
    // In the status click's language, not the place's (a personal chat has none).
    const unexpected = (err: unknown): void => svc.log.error({ err, verb: 'status' }, 'teams card action failed');
    const lang = await statusClickLang(ctx, actionId, drawn);
    // Failed on our side, as any click (bot.ts): a message beside the list, whose buttons stay to try again.
    if (!isAppError(error)) return errorWords(lang, error, { fields: false, unexpected });
    return errorCard(lang, error, unexpected);
  }
  const names = new Map(leerlijn.members.map((m) => [m.userId, m.displayName]));
  const lines = confirmation.map((line) => ({ words: teamsTextOf(leerlijn.lang, line, names), tone: line.tone }));
  if (!redrawn) return plainText(lines.map((line) => line.words).join('\n\n'));
  return { ...redrawn, body: [...lines.map((line) => text(line.words, toneColor(line.tone))), ...redrawn.body] };
}
