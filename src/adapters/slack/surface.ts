// The flows' intents carried out in Slack, once: replies are ephemeral, channel posts go to
// the leerlijn's channel, forms are modals (they need the interaction's trigger_id), rounds are
// posted in a thread, DMs go through the Messenger.
import type { types } from '@slack/bolt';
import { postRoundResult, type ChannelView, type FlowCtx, type FormView, type ReplyView, type Surface } from '../../app/flows/surface.js';
import type { RoundView } from '../../app/views.js';
import { t, type Lang } from '../../i18n/index.js';
import { showRoundClosed } from './closing.js';
import { notifyNoted } from '../../app/posted.js';
import { channelLeerlijn, placeLang } from '../../app/places.js';
import { post, type WebClient } from './context.js';
import { postOrTell, tellPrivately } from './tell.js';
import { sendFailure } from './messenger.js';
import { postStepDocument, uploadExport } from './documents.js';
import { slackProfiles } from './people.js';
import type { Rendered } from './render/blocks.js';
import { actorOf, type SlackCaller } from './types.js';
import { savedPostDoc } from '../../views/saved.js';
import { renderReply } from './render/reply.js';
import { welcomeDoc } from '../../views/leerlijn.js';
import { comparisonDoc } from '../../views/results.js';
import { postRound, tellRoundNotPosted } from './scoring.js';
import { recountCards } from '../../app/live-counts.js';
import { openStartModal, postStarted } from './start.js';
import { formSpec, loadForm, type LoadedForm } from '../../app/flows/form-registry.js';
import { slackMarkup, toBlockKit } from './render/doc.js';
import { toModal } from './render/form.js';
import { isRateLimited } from './time-limits.js';

/** Where and by whom a command or click was made, as Slack told us. */
interface SlackPlace extends SlackCaller {
  channelId: string;
  triggerId: string;
  botUserId?: string;
  /** The command's or click's, for a "try again" that Slack's rate limit keeps from the channel (tell.ts). */
  responseUrl?: string | undefined;
}

/**
 * Slack's direct-message channels start with D: a personal chat, as in Teams. A DM between two
 * people is one too (a slash command cannot tell it from the bot's own DM), so what is said
 * there speaks of a private chat, not of one with the bot.
 */
export const isPersonalChat = (channelId: string): boolean => channelId.startsWith('D');

/** Who acts where, without the channel's leerlijn: for a flow that reads it itself, or needs none. */
export function slackActCtx(p: SlackPlace, lang: () => Lang, ackWith?: (reply: Rendered) => Promise<boolean>) {
  const surface = slackSurface(p, lang, ackWith);
  const place = { channelId: p.channelId, personal: isPersonalChat(p.channelId), repliesSeenByAll: false };
  return { deps: p.cx.deps, log: p.cx.log, actor: actorOf(p), place, surface };
}

/** Who acts where, for the shared flows: the channel's active leerlijn read now (a start may just have made it). */
export async function slackFlowCtx(p: SlackPlace, ackWith?: (reply: Rendered) => Promise<boolean>): Promise<FlowCtx> {
  const leerlijn = await channelLeerlijn(p.cx.deps, p.workspaceId, p.channelId, 'fresh');
  const lang = placeLang(p.cx.deps, leerlijn);
  return { ...slackActCtx(p, () => lang, ackWith), leerlijn, lang };
}

/** What a form just saved, in the team's channel (also when opened from a DM); a refused post: see postOrTell. */
async function postSaved(p: SlackPlace, lang: Lang, view: Exclude<ChannelView, { type: 'welcome' | 'comparison' }>): Promise<void> {
  const to = (channelId: string) => ({ channelId, userId: p.userId, lang });
  switch (view.type) {
    case 'started':
      return postStarted(p, view.starterId, view.started);
    case 'text':
      return postOrTell(p.cx, p.client, to(p.channelId), renderReply(lang, view));
    default: {
      const { doc, channelId } = savedPostDoc(slackMarkup, view);
      return postOrTell(p.cx, p.client, to(channelId), toBlockKit(doc));
    }
  }
}

/**
 * A neutral form as a modal; `channelId`: where it was opened (a personal chat, for a prompt
 * there), which is where its sender is answered. What it saves goes to the team's channel.
 */
export const formModal = (form: LoadedForm, channelId: string): types.ModalView =>
  toModal(form.draw(slackMarkup), { channelId: form.channelId ?? channelId, ...(channelId ? { openedIn: channelId } : {}), lang: form.lang });

/** The bot's introduction where it was invited; drawn from nothing read, so also when the database does not answer (home.ts). */
export async function postWelcome(client: WebClient, channelId: string, lang: Lang): Promise<void> {
  await post(client, channelId, toBlockKit(welcomeDoc(slackMarkup, lang)));
}

/** `ackWith`: answers in the command's ack while it is not sent yet (the help does; it then shows even where the bot is not invited). */
function slackSurface(p: SlackPlace, lang: () => Lang, ackWith?: (reply: Rendered) => Promise<boolean>): Surface {
  const to = { channelId: p.channelId, userId: p.userId, ...(p.responseUrl ? { responseUrl: p.responseUrl } : {}) };
  return {
    throttled: isRateLimited,
    async reply(view: ReplyView) {
      const rendered = renderReply(lang(), view);
      if (view.type === 'help' && ackWith && (await ackWith(rendered))) return;
      await tellPrivately(p.cx, p.client, to, rendered);
    },
    async post(view: ChannelView) {
      if (view.type === 'welcome') return postWelcome(p.client, p.channelId, view.lang);
      if (view.type !== 'comparison') return postSaved(p, lang(), view);
      const { comparison } = view;
      await post(p.client, comparison.channelId, toBlockKit(comparisonDoc(slackMarkup, comparison)));
      // The chart (drawn here, at the school's own server; its alt text says the numbers in words) with the PDF, named alike.
      await postStepDocument(p.cx, p.client, { workspaceId: p.workspaceId, channelId: comparison.channelId }, view.document);
    },
    async openForm(form: FormView) {
      if (form.type === 'start') return openStartModal(p.client, { ...to, triggerId: p.triggerId }, lang());
      // The flow decided who may open it: drawn in the language it gives, else the place's; nothing read.
      const kind = 'kind' in form ? form.kind : undefined;
      const drawIn = ('lang' in form ? form.lang : undefined) ?? lang();
      const loaded = await loadForm(p.cx.deps, actorOf(p), formSpec(form.type), { leerlijnId: form.leerlijnId, kind, lang: drawIn });
      await p.client.views.open({ trigger_id: p.triggerId, view: formModal(loaded, p.channelId) });
    },
    postRound: (round: RoundView) =>
      postRoundResult(() => postRound(p.cx, p.client, p.workspaceId, round), (error) => tellRoundNotPosted(p.cx, p.client, to, round, p.botUserId, error)),
    roundClosed: (round: RoundView, summary: boolean) => showRoundClosed(p.cx, p.client, p.workspaceId, round, summary),
    recount: async (roundIds) => recountCards(p.cx.liveCounts, p.workspaceId, roundIds),
    notify: (userId, notice) => notifyNoted(p.cx.deps, p.cx.log, p.cx.messenger, { workspaceId: p.workspaceId, userId }, notice),
    people: (userIds) => slackProfiles(p.client, userIds),
    async sendExport(file, of) {
      // Where the file went, or that it did not, said where the coordinator asked (as Teams does).
      try {
        await uploadExport(p.client, p.userId, of, file);
      } catch (error) {
        const { error: code } = sendFailure(error);
        p.cx.log.warn({ error: code }, 'slack: export not sent');
        return tellPrivately(p.cx, p.client, to, t(of.lang, 'export.notSent', { error: code }));
      }
      await tellPrivately(p.cx, p.client, to, t(of.lang, 'export.sentPrivately'));
    },
  };
}
