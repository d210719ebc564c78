// The flows' intents carried out in Slack: replies are ephemeral, forms are modals (they need the interaction's
// trigger_id), rounds are posted in a thread, DMs go through the Messenger.
import type { types } from '@slack/bolt';
import { postRoundResult, type ChannelView, type FlowCtx, type FormView, type ReplyView, type Surface } from '../../app/flows/surface.js';
import type { RoundView } from '../../app/views.js';
import type { PublishMode } from '../../app/result-publishing.js';
import { t, type Lang } from '../../i18n/index.js';
import { publishRoundOutcome, showRoundClosed } from './closing.js';
import { notifyNoted, rememberComparison } from '../../app/posted.js';
import { channelLeerlijn, placeLang } from '../../app/places.js';
import { post, type WebClient } from './context.js';
import { botMention } from './mrkdwn.js';
import { postOrTell, tellPrivately } from './tell.js';
import { sendFailure } from './messenger.js';
import { postStepDocument, uploadPrivately } from './documents.js';
import { slackProfiles } from './people.js';
import type { Rendered } from './render/blocks.js';
import { actorOf, type SlackCaller } from './types.js';
import { savedPostDoc } from '../../views/saved.js';
import { renderReply } from './render/reply.js';
import { welcomeDoc } from '../../views/leerlijn.js';
import { comparisonDoc } from '../../views/results.js';
import { postRound, tellRoundNotPosted } from './scoring.js';
import { recountCards } from '../../app/live-counts.js';
import { postStarted, startModal } from './start.js';
import { formSpec, loadForm, type LoadedForm } from '../../app/flows/form-registry.js';
import { slackMarkup, toBlockKit } from './render/doc.js';
import { toModal } from './render/form.js';
import { isRateLimited } from './time-limits.js';

interface SlackPlace extends SlackCaller {
  channelId: string;
  triggerId: string;
  botUserId?: string;
  /** For a "try again" that Slack's rate limit keeps from the channel (tell.ts). */
  responseUrl?: string | undefined;
  /** A group DM (its command says `mpdm-…`, as its id does not): no app can be added to one. */
  groupDm?: boolean;
  /** A typed command: only its answer, sent to the DM when the channel refuses the bot, is led by why (its words name a command). */
  command?: boolean;
}

/** Slack's DM channels start with D; one between two people too (a command cannot tell), so replies speak of a private chat. */
export const isPersonalChat = (channelId: string): boolean => channelId.startsWith('D');

/** Who acts where, without the channel's leerlijn: for a flow that reads it itself, or needs none. */
export function slackActCtx(p: SlackPlace, lang: () => Lang, ackWith?: (reply: Rendered) => Promise<boolean>) {
  const place = { channelId: p.channelId, personal: isPersonalChat(p.channelId), repliesSeenByAll: false, ...(p.groupDm ? { groupChat: { botAdded: false } } : {}) };
  return { deps: p.cx.deps, log: p.cx.log, actor: actorOf(p), place, surface: slackSurface(p, lang, ackWith) };
}

/** Who acts where, with the channel's active leerlijn read now (a start may just have made it). */
export async function slackFlowCtx(p: SlackPlace, ackWith?: (reply: Rendered) => Promise<boolean>): Promise<FlowCtx> {
  const leerlijn = await channelLeerlijn(p.cx.deps, p.workspaceId, p.channelId, 'fresh');
  const lang = placeLang(p.cx.deps, leerlijn);
  return { ...slackActCtx(p, () => lang, ackWith), leerlijn, lang };
}

/** What a form just saved, in the team's channel (also when opened from a DM); a refused post: see postOrTell. */
async function postSaved(p: SlackPlace, lang: Lang, view: Exclude<ChannelView, { type: 'welcome' | 'comparison' }>): Promise<void | boolean> {
  if (view.type === 'started') return postStarted(p, view.starterId, view.started);
  if (view.type === 'text') return postOrTell(p.cx, p.client, { channelId: p.channelId, userId: p.userId, lang }, renderReply(lang, view));
  const { doc, channelId } = savedPostDoc(slackMarkup, view);
  return postOrTell(p.cx, p.client, { channelId, userId: p.userId, lang }, toBlockKit(doc));
}

/** A neutral form as a modal; its sender is answered where it was opened (`channelId`), what it saves goes to the team's channel. */
export const formModal = (form: LoadedForm, channelId: string): types.ModalView =>
  toModal(form.draw(slackMarkup), { channelId: form.channelId ?? channelId, ...(channelId ? { openedIn: channelId } : {}), lang: form.lang });

/** The bot's introduction where it was invited; drawn from nothing read, so also when the database does not answer. */
export async function postWelcome(client: WebClient, channelId: string, lang: Lang, kept = false): Promise<void> {
  await post(client, channelId, toBlockKit(welcomeDoc(slackMarkup, lang, kept)));
}

/** `ackWith`: the help answers in the command's ack while it is not sent yet, so it shows even where the bot is not invited. */
function slackSurface(p: SlackPlace, lang: () => Lang, ackWith?: (reply: Rendered) => Promise<boolean>): Surface {
  const to = { channelId: p.channelId, userId: p.userId, ...(p.responseUrl ? { responseUrl: p.responseUrl } : {}) };
  const lead = (): { notInChannelLead?: string } =>
    (!p.command || isPersonalChat(p.channelId) ? {} : { notInChannelLead: t(lang(), 'slack.answeredInDm', { channel: `<#${p.channelId}>`, bot: botMention(p.botUserId) }) });
  return {
    throttled: isRateLimited,
    async reply(view: ReplyView) {
      const rendered = renderReply(lang(), view);
      if (view.type === 'help' && ackWith && (await ackWith(rendered))) return;
      await tellPrivately(p.cx, p.client, { ...to, ...lead() }, rendered);
    },
    async post(view: ChannelView) {
      if (view.type === 'welcome') return postWelcome(p.client, p.channelId, view.lang, view.kept);
      if (view.type !== 'comparison') return postSaved(p, lang(), view);
      const { comparison } = view;
      const ts = await post(p.client, comparison.channelId, toBlockKit(comparisonDoc(slackMarkup, comparison)));
      await rememberComparison(p.cx, { workspaceId: p.workspaceId, leerlijnId: comparison.leerlijnId, channelId: comparison.channelId }, ts ? [ts] : []);
      // The chart (drawn at the school's own server; its alt text says the numbers) with the PDF.
      await postStepDocument(p.cx, p.client, { workspaceId: p.workspaceId, channelId: comparison.channelId }, view.document);
    },
    async openForm(form: FormView) {
      if (form.type === 'start') {
        await p.client.views.open({ trigger_id: p.triggerId, view: startModal({ lang: lang(), teamLang: form.teamLang }, p) });
        return;
      }
      // The flow decided who may open it, and maybe its language.
      const kind = 'kind' in form ? form.kind : undefined;
      const drawIn = ('lang' in form ? form.lang : undefined) ?? lang();
      const loaded = await loadForm(p.cx.deps, actorOf(p), formSpec(form.type), { leerlijnId: form.leerlijnId, kind, lang: drawIn });
      await p.client.views.open({ trigger_id: p.triggerId, view: formModal(loaded, p.channelId) });
    },
    postRound: (round: RoundView) =>
      postRoundResult(() => postRound(p.cx, p.client, p.workspaceId, round), (error) => tellRoundNotPosted(p.cx, p.client, to, round, p.botUserId, error)),
    roundClosed: (round: RoundView, summary: boolean) => showRoundClosed(p.cx, p.client, p.workspaceId, round, summary),
    publishOutcome: (round: RoundView, mode: PublishMode) => publishRoundOutcome(p.cx, p.client, { workspaceId: p.workspaceId, userId: p.userId }, round, mode),
    recount: async (roundIds) => recountCards(p.cx.liveCounts, p.workspaceId, roundIds),
    notify: (userId, notice) => notifyNoted(p.cx.deps, p.cx.log, p.cx.messenger, { workspaceId: p.workspaceId, userId }, notice),
    messenger: p.cx.messenger,
    people: (userIds) => slackProfiles(p.client, userIds, p.botUserId),
    async sendPrivateFile(offer) {
      const failed = await uploadPrivately(p.client, p.userId, offer).then(() => undefined, (error: unknown) => sendFailure(error).error);
      if (failed !== undefined) p.cx.log.warn({ error: failed, kind: offer.kind }, 'slack: private file not sent');
      return { as: 'file', ...(failed === undefined ? {} : { error: failed }) };
    },
  };
}
