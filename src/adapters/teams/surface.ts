// The flows' intents carried out in Teams: cards in the conversation, DMs through the Messenger, people by Teams names.
import { postRoundResult, text, type ChannelView, type FlowCtx, type ReplyView, type Surface } from '../../app/flows/surface.js';
import { roundNotPostedWords } from '../../app/flows/post-round.js';
import { isFormKey, rememberSharedForm, sharedForm, sharedStart, type OwnViewKey } from '../../app/flows/own-view.js';
import { t, type Lang } from '../../i18n/index.js';
import { formSpec, type FormSpec } from '../../app/flows/form-registry.js';
import { messageCard, userText, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { teamsMarkup, toAdaptiveCard } from './cards/doc.js';
import { savedPostDoc, savedPostMembers } from '../../views/saved.js';
import { startedPost, welcomeDoc } from '../../views/leerlijn.js';
import { comparisonDoc } from '../../views/results.js';
import { startFormCard, type RosterEntry } from './cards/form.js';
import { sendFileConsent } from './export.js';
import { postStepDocument } from './documents.js';
import { displayName, peopleNamed, postToChannel, reply, rosterOrNull, send, sendParts, turnMessenger } from './forms.js';
import { rememberComparison } from '../../app/posted.js';
import { peopleSent, startPeopleAgain } from '../../views/start-form.js';
import type { Values } from './payloads.js';
import { ownViewsHere, replyCard, replyHere, withOwnView } from './shared-reply.js';
import { postRound, publishRoundOutcome, showRoundClosed } from './score-cards.js';
import type { TeamsServices } from './services.js';
import { placeOf, speaking, userIdOf, type Turn } from './turn.js';
import { isThrottled } from './retry.js';
import { recountCards } from '../../app/live-counts.js';
import { savedShownWhereActed } from '../../app/flows/unposted.js';

/**
 * The start form with the team's people to pick (without them, as Teams will not say, the starter alone), offering `teamLang`
 * (the flow's); after a refused submit its `values` and `errors`, anyone picked in it offered again (startPeopleAgain).
 */
export async function startCard(
  svc: TeamsServices, turn: Turn, teamLang: Lang, values: Values = {}, errors: ReadonlyMap<string, string> = new Map(),
): Promise<AdaptiveCard> {
  const inTeam = await rosterOrNull(svc, turn, 'teams roster unavailable for the start form');
  const known = new Map((inTeam ?? []).map((p) => [p.userId, p]));
  const named = async (userId: string): Promise<RosterEntry> => known.get(userId) ?? { userId, displayName: await displayName(svc, turn, userId) };
  const starter = { userId: turn.actor.userId, displayName: await displayName(svc, turn, turn.actor.userId) };
  const people = startPeopleAgain(inTeam, userIdOf(turn.context.activity.recipient), starter, await Promise.all(peopleSent(values).map(named)));
  return startFormCard(turn.lang, people, values, errors, turn.actor.userId, teamLang);
}

/** Everyone told whose form it is (the message kept, to say once it is sent); its opener sees it. */
async function postSharedForm(svc: TeamsServices, turn: Turn, shared: { everyone: ReplyView; own: OwnViewKey }, leerlijnId: string | null): Promise<void> {
  const messageId = await send(svc, turn, withOwnView(await replyCard(svc, turn, shared.everyone), shared.own, turn));
  if (messageId && isFormKey(shared.own)) await rememberSharedForm(svc.deps, turn.actor, shared.own, leerlijnId, { channelId: turn.channelId, messageId });
}

/** A channel form is its opener's own view. `open`: refused first for who may not open it (a button's; a flow decided already). */
export async function replyForm(svc: TeamsServices, turn: Turn, spec: FormSpec, named: Readonly<Record<string, unknown>>, open: boolean): Promise<void> {
  const { card, title, request } = await drawnForm(svc, turn, spec, { named, open });
  if (!ownViewsHere(svc, turn)) return reply(svc, turn, card);
  await postSharedForm(svc, turn, sharedForm(spec, request, title, turn.actor.userId), request.leerlijnId);
}

type SavedView = Exclude<ChannelView, { type: 'welcome' | 'comparison' }>;

async function savedCards(svc: TeamsServices, turn: Turn, view: SavedView): Promise<{ cards: AdaptiveCard[]; channelId: string }> {
  switch (view.type) {
    case 'started': {
      const { leerlijn, timeline } = view.started;
      const starter = userText(await displayName(svc, turn, view.starterId), 100);
      const cards = startedPost(teamsMarkup(leerlijn.members), view.started, starter).map((doc) => toAdaptiveCard(doc));
      return { cards, channelId: timeline.channelId };
    }
    case 'text':
      // Its people named as a reply names them.
      return { cards: [await replyCard(svc, turn, view)], channelId: turn.channelId };
    default: {
      const { doc, channelId } = savedPostDoc(teamsMarkup(await savedPostMembers(view)), view);
      return { cards: [toAdaptiveCard(doc)], channelId };
    }
  }
}

/**
 * What a form saved, in the team's channel; a channel not reached: logged, false, and the card where they acted where the
 * flows allow it there (savedShownWhereActed), else only that it was saved.
 */
async function postSaved(svc: TeamsServices, turn: Turn, view: SavedView): Promise<boolean> {
  const { cards, channelId } = await savedCards(svc, turn, view);
  const shownHere = savedShownWhereActed(placeOf(turn), channelId);
  let posted = true;
  for (const card of cards) {
    const sent = await postToChannel(svc, turn, channelId, card);
    if (sent.ok) continue;
    svc.log.warn({ error: sent.error }, 'teams: saved, but the channel post failed');
    posted = false;
    if (shownHere) await reply(svc, turn, card);
  }
  if (!posted && !shownHere) await replyHere(svc, turn, text('teams.savedNotPosted', undefined, { tone: 'warning' }));
  return posted;
}

/** Drawn from nothing read, so also when the database does not answer (bot.ts). */
export const welcomeCard = (lang: Lang, kept = false): AdaptiveCard => toAdaptiveCard(welcomeDoc(teamsMarkup([]), lang, kept));

export function teamsFlowCtx(svc: TeamsServices, turn: Turn): FlowCtx {
  const { deps, log } = svc;
  return { deps, log, actor: turn.actor, place: placeOf(turn), leerlijn: turn.leerlijn, lang: turn.lang, surface: teamsSurface(svc, turn) };
}

export function teamsSurface(svc: TeamsServices, turn: Turn): Surface {
  return {
    throttled: isThrottled,
    reply: (view) => replyHere(svc, turn, view),
    async post(view) {
      if (view.type === 'welcome') return reply(svc, turn, welcomeCard(view.lang, view.kept));
      if (view.type !== 'comparison') return postSaved(svc, turn, view);
      const parts = await sendParts(svc, turn, toAdaptiveCard(comparisonDoc(teamsMarkup([]), view.comparison)));
      await rememberComparison(svc, { workspaceId: turn.actor.workspaceId, leerlijnId: view.comparison.leerlijnId, channelId: turn.channelId }, parts);
      await postStepDocument(svc, turn, view.document);
    },
    async openForm(form) {
      // The flow decided who may open it, and perhaps the language.
      if (form.type !== 'start') return replyForm(svc, 'lang' in form && form.lang ? speaking(turn, form.lang) : turn, formSpec(form.type), form, false);
      if (!ownViewsHere(svc, turn)) return reply(svc, turn, await startCard(svc, turn, form.teamLang));
      // Read (and kept, for DMs and names) also where only its opener will see the form.
      await rosterOrNull(svc, turn, 'teams roster unavailable before a shared start form');
      await postSharedForm(svc, turn, sharedStart(t(turn.lang, 'start.title'), turn.actor.userId), null);
    },
    postRound: (round) =>
      postRoundResult(() => postRound(svc, turn, round), async (error) => {
        svc.log.warn({ err: error }, 'teams: round cards not all posted');
        await reply(svc, turn, messageCard(roundNotPostedWords(round, 'teams'), 'attention'));
      }),
    roundClosed: (round, summary) => showRoundClosed(svc, turn, round, summary),
    publishOutcome: (round, mode) => publishRoundOutcome(svc, turn, round, mode),
    recount: async (roundIds) => recountCards(svc.liveCounts, turn.actor.workspaceId, roundIds),
    notify: (userId, notice) => turnMessenger(svc, turn).toUser({ workspaceId: turn.actor.workspaceId, userId }, notice),
    messenger: turnMessenger(svc, turn),
    // Teams addresses a bot as '28:' + its app id, people by their Entra object id.
    people: async (userIds) => (await peopleNamed(svc, turn, userIds)).map((p) => ({ ...p, isBot: p.userId.startsWith('28:') })),
    sendPrivateFile: (offer) => sendFileConsent(svc, turn, offer),
  };
}
