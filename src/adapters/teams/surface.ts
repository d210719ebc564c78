// The flows' intents carried out in Teams, once: replies and channel posts are cards in the
// conversation, forms are cards with inputs, rounds are cards kept current, DMs go through the
// Messenger, people are named by their Teams names.
import type { ChannelView, ErrorView, FormCtx, FormSurface, FormView, PostRoundResult, ReplyView, Surface, TextView } from '../../app/flows/surface.js';
import type { RoundView } from '../../app/views.js';
import { t, tError } from '../../i18n/index.js';
import { adaptiveCard, fieldErrors, heading, messageCard, submit, text, tt, warning, type AdaptiveCard } from './cards/common.js';
import { evaluationItemCard } from './cards/evaluation.js';
import { comparisonCard, welcomeCard } from './cards/overview.js';
import { errorLine, planItemCard } from './cards/plan.js';
import { roundResultCard } from './cards/score.js';
import { startFormCard } from './cards/start-form.js';
import { moveFormCard, timelineCard } from './cards/timeline.js';
import { sendExportConsent } from './export.js';
import { postStepDocument } from './documents.js';
import { candidates, displayName, reply, roster } from './forms.js';
import { renderReply, teamsErrorOf, teamsTextOf } from './reply.js';
import { postRound, refreshRound } from './score-cards.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

/** Asks for the school's name; a refused name comes back here with the reason beside the input. */
export function deleteCard(turn: Turn, errors: ReadonlyMap<string, string> = new Map()): AdaptiveCard {
  const lang = turn.lang;
  return adaptiveCard(
    [
      heading(t(lang, 'export.title')),
      warning(tt(lang, 'export.confirmWarning')),
      { type: 'Input.Text', id: 'confirm', label: t(lang, 'export.confirmLabel'), maxLength: 200 },
      ...errorLine(errors, 'confirm'),
      text(t(lang, 'privacy.notice'), { isSubtle: true, size: 'Small' }),
    ],
    [submit(t(lang, 'export.submit'), 'delete', {}, { style: 'destructive' })],
  );
}

/** The ids a reply names, with their Teams names. */
async function namesIn(svc: TeamsServices, turn: Turn, view: ReplyView): Promise<Map<string, string>> {
  const texts: TextView[] = view.type === 'text' ? [view] : view.type === 'lines' ? view.lines.filter((l): l is TextView => l.type === 'text') : view.type === 'team' ? [...(view.change ?? [])] : [];
  const ids = [...new Set(texts.flatMap((v) => Object.values(v.people ?? {}).flat()))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await displayName(svc, turn, id)] as const)));
}

type SavedView = Exclude<ChannelView, { type: 'welcome' | 'comparison' }>;

function savedCard(turn: Turn, view: SavedView): { card: AdaptiveCard; channelId: string } {
  switch (view.type) {
    case 'timeline':
      return { card: timelineCard(view.timeline, view.members, undefined, false), channelId: view.timeline.channelId };
    case 'plan_item':
      return { card: planItemCard(view.plan, view.onderdeel, view.members), channelId: view.plan.channelId };
    case 'evaluation_item':
      return { card: evaluationItemCard(view.evaluation, view.onderdeel, view.members), channelId: view.evaluation.channelId };
    case 'text':
      return { card: messageCard(teamsTextOf(turn.lang, view, new Map()), view.tone ? { tone: view.tone } : {}), channelId: turn.channelId };
  }
}

/**
 * What a form just saved, in the team's channel: an answer where the form was sent there, a
 * proactive post when it came from a personal chat. A channel that cannot be reached does not
 * pass unnoticed: the person who acted gets the card where they are, and it is logged.
 */
async function postSaved(svc: TeamsServices, turn: Turn, view: SavedView): Promise<void> {
  const { card, channelId } = savedCard(turn, view);
  if (!turn.personal && turn.channelId === channelId) return reply(turn, card);
  const sent = await svc.messenger.cardToChannel(turn.workspaceId, channelId, card);
  if (sent.ok) return;
  svc.log.warn({ error: sent.error }, 'teams: saved, but the channel post failed');
  await reply(turn, card);
}

/** A submitted form's inputs: where a field's problem shows (by the use case's field name), and the same form again with the problems. */
export interface CardForm {
  inputFor(field: string): string;
  again(errors: ReadonlyMap<string, string>): Promise<AdaptiveCard>;
}

/** Field problems beside their inputs; a refusal about one input (a refused date) beside that input. */
function cardErrors(turn: Turn, refusal: ErrorView, form: CardForm): Map<string, string> {
  const lang = refusal.lang ?? turn.lang;
  const errors = fieldErrors(lang, (refusal.fields ?? []).map((f) => ({ ...f, field: form.inputFor(f.field) })));
  const at = refusal.at === undefined ? undefined : form.inputFor(refusal.at);
  if (at && !errors.has(at)) errors.set(at, teamsErrorOf(turn.lang, { ...refusal, fields: [] }));
  return errors;
}

/** The flows' context for a form submitted in Teams: there is nothing to close, and a refusal with problems at inputs is the same form again. */
export function teamsFormCtx(svc: TeamsServices, turn: Turn, leerlijnId: string, form: CardForm): FormCtx {
  const base = teamsSurface(svc, turn);
  const surface: FormSurface = {
    ...base,
    formAccepted: async () => undefined,
    async formRefused(refusal) {
      if ((refusal.fields ?? []).length === 0 && !refusal.at) return base.reply(refusal);
      await reply(turn, await form.again(cardErrors(turn, refusal, form)));
    },
  };
  const place = { channelId: turn.channelId, personal: turn.personal };
  return { deps: svc.deps, log: svc.log, actor: turn.actor, place, leerlijnId, lang: turn.lang, surface };
}

export function teamsSurface(svc: TeamsServices, turn: Turn): Surface {
  return {
    async reply(view: ReplyView) {
      const [names, others] = await Promise.all([namesIn(svc, turn, view), view.type === 'team' && view.canEdit ? candidates(svc, turn, view.leerlijn.members) : []]);
      await reply(turn, renderReply(turn.lang, view, names, others));
    },
    async post(view: ChannelView) {
      if (view.type === 'welcome') return reply(turn, welcomeCard(view.lang));
      if (view.type !== 'comparison') return postSaved(svc, turn, view);
      await reply(turn, comparisonCard(view.comparison));
      await postStepDocument(svc, turn, { leerlijnId: view.comparison.leerlijnId, kind: 'vergelijking', lang: view.comparison.lang });
    },
    async openForm(form: FormView) {
      if (form.type === 'delete') return reply(turn, deleteCard(turn));
      if (form.type === 'move') return reply(turn, moveFormCard(turn.lang, { kind: form.kind }));
      await reply(turn, startFormCard(turn.lang, await roster(svc, turn), {}, new Map(), turn.userId));
    },
    async postRound(round: RoundView): Promise<PostRoundResult> {
      try {
        const posted = await postRound(svc, turn, round);
        return posted === 'busy' ? { busy: true } : { posted };
      } catch (error) {
        svc.log.warn({ err: error }, 'teams: round cards not all posted');
        await reply(turn, messageCard(tError(round.lang, 'internal'), { tone: 'warning' }));
        return { failed: true };
      }
    },
    async roundClosed(round: RoundView) {
      refreshRound(svc, turn.workspaceId, round);
      await reply(turn, roundResultCard(round));
    },
    notify: (userId, notice) => svc.messenger.toUser({ workspaceId: turn.workspaceId, userId }, notice),
    people: (userIds) => Promise.all(userIds.map(async (userId) => ({ userId, name: await displayName(svc, turn, userId), isBot: false }))),
    sendExport: (file, leerlijnId) => sendExportConsent(svc, turn, file, leerlijnId),
  };
}
