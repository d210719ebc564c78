// `/leerlijn start`: the start modal (the team asked by side and level, as Teams' card asks it),
// and the new leerlijn with its timeline in the channel (the submit: data.ts).
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
/** The modal's block ids from before its fields were the use case's (the school's side then needs another); the others are the field's. */
export const startBlock: BlockOf = (fieldId) => OWN_BLOCK[fieldId] ?? fieldId;

/**
 * The start modal as start-form.ts says: the starter the first coordinator, nobody yet on a side.
 * Bots picked are left out after the submit (flows/data.ts nameTheTeam).
 */
export async function openStartModal(client: WebClient, to: { channelId: string; userId: string; triggerId: string }, lang: Lang): Promise<void> {
  const form = startForm(slackMarkup, lang, { card: false }, to.userId);
  const view = toModal(form, { channelId: to.channelId, lang }, startBlock);
  await client.views.open({ trigger_id: to.triggerId, view });
}

const ShownMeta = z.object({ channelId: z.string().min(1).max(64) });

/**
 * The leerlijn's language chosen in the open start modal: the modal drawn again in it (start-form.ts). What was typed
 * stays, as Slack keeps an input's entry across an update with the same block and action ids. No trigger is needed.
 */
export async function startLangChosen(call: ActionCall): Promise<void> {
  const chosen = z.enum(['nl', 'en']).safeParse(call.value);
  const meta = call.view ? parseMeta(ShownMeta, call.view.meta) : null;
  if (!call.view || !chosen.success || !meta) return;
  const form = startForm(slackMarkup, chosen.data, { card: false }, call.userId, {}, chosen.data);
  const view = toModal(form, { channelId: meta.channelId, lang: chosen.data }, startBlock);
  await call.client.views.update({ view_id: call.view.id, ...(call.view.hash ? { hash: call.view.hash } : {}), view });
}

/**
 * The leerlijn is stored and stays; when the channel refuses the bot, the starter hears it in a
 * direct message (an ephemeral needs the bot in a private channel too) with what to do.
 */
export async function postStarted(p: { cx: SlackCtx; client: WebClient; botUserId?: string }, starterId: string, started: StartView): Promise<void> {
  const lang = started.leerlijn.lang;
  const channelId = started.leerlijn.channelId;
  try {
    for (const doc of startedPost(slackMarkup, started, userMention(starterId))) await post(p.client, channelId, toBlockKit(doc));
  } catch (error) {
    const text = isNotInChannel(error)
      ? t(lang, 'start.notInChannel', { channel: `<#${channelId}>`, bot: botMention(p.botUserId) })
      : errorText(p.cx, lang, error, 'start');
    await direct(p.client, starterId, text).catch((e: unknown) => p.cx.log.warn({ err: e }, 'slack start: starter not told'));
  }
}

