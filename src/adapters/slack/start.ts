// `/leerlijn start`: the start modal, and the new leerlijn posted (the submit: data.ts).
import type { StartView } from '../../app/views.js';
import { t, type Lang } from '../../i18n/index.js';
import { startedPost } from '../../views/leerlijn.js';
import { startForm } from '../../views/start-form.js';
import { direct, errorText, post, type SlackCtx, type WebClient } from './context.js';
import { botMention, userMention } from './mrkdwn.js';
import { parseMeta, toModal, type BlockOf } from './render/form.js';
import { slackMarkup, toBlockKit } from './render/doc.js';
import { isNotInChannel } from './tell.js';
import { z } from 'zod';
import type { ActionCall } from './types.js';

export const START_CALLBACK = 'start';
const OWN_BLOCK: Readonly<Record<string, string>> = { schoolName: 'school', youthOrgName: 'youthOrg', school: 'schoolSide' };
/** Older block ids, kept for modals still open (the school's side then needs another). */
export const startBlock: BlockOf = (fieldId) => OWN_BLOCK[fieldId] ?? fieldId;
/** `teamLang`: the language the form offers the leerlijn (the flow's). */
export const startModal = ({ lang, teamLang }: { lang: Lang; teamLang: Lang }, to: { userId: string; channelId: string }) =>
  toModal(startForm(slackMarkup, lang, { card: false }, to.userId, {}, teamLang), { channelId: to.channelId, lang }, startBlock);

const ShownMeta = z.object({ channelId: z.string().min(1).max(64) });

/** The open start modal drawn again in the language just chosen for the leerlijn; Slack keeps what was typed across the update. */
export async function startLangChosen(call: ActionCall): Promise<void> {
  const chosen = z.enum(['nl', 'en']).safeParse(call.value);
  const meta = call.view ? parseMeta(ShownMeta, call.view.meta) : null;
  if (!call.view || !chosen.success || !meta) return;
  const view = startModal({ lang: chosen.data, teamLang: chosen.data }, { userId: call.userId, channelId: meta.channelId });
  await call.client.views.update({ view_id: call.view.id, ...(call.view.hash ? { hash: call.view.hash } : {}), view });
}

/** A channel that refuses the bot: the starter is told by DM (an ephemeral needs the bot in the channel too). */
export async function postStarted(p: { cx: SlackCtx; client: WebClient; botUserId?: string }, starterId: string, started: StartView): Promise<void> {
  const { lang, channelId } = started.leerlijn;
  try {
    for (const doc of startedPost(slackMarkup, started, userMention(starterId))) await post(p.client, channelId, toBlockKit(doc));
  } catch (error) {
    const text = isNotInChannel(error)
      ? t(lang, 'start.notInChannel', { channel: `<#${channelId}>`, bot: botMention(p.botUserId) })
      : errorText(p.cx, lang, error, 'start');
    await direct(p.client, starterId, text).catch((e: unknown) => p.cx.log.warn({ err: e }, 'slack start: starter not told'));
  }
}

