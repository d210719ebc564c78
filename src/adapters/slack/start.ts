// `/leerlijn start`: the start modal (members default to the channel's members), and the
// new leerlijn with its timeline in the channel (the submit: data.ts).
import { REGIONS } from '../../domain/school-holidays.js';
import type { StartView } from '../../app/views.js';
import { LANGS } from '../../domain/instrument.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t, type Lang } from '../../i18n/index.js';
import { direct, errorText, post, type SlackCtx, type WebClient } from './context.js';
import { userMention } from './mrkdwn.js';
import { renderStarted, renderTimeline, meetingWhen } from './render/leerlijn.js';
import { checkboxInput, dateInput, modal, radioInput, selectInput, textInput, usersInput } from './render/inputs.js';
import { isNotInChannel } from './tell.js';

export const START_CALLBACK = 'start';

// The bot itself is in the channel but never votes: preselected, "x of N voted" never reached N.
// Other bots are left out after the submit (storeProfiles): telling them apart here would cost
// a users.info per member before views.open, and the trigger_id expires after 3 s.
async function channelMembers(client: WebClient, channel: string, bot: string | undefined): Promise<string[]> {
  const res = await client.conversations.members({ channel, limit: 200 });
  return (res.members ?? []).filter((m) => m !== bot).slice(0, 100);
}

/** The start modal, members preset to the channel's people (or only the starter when Slack will not say). */
export async function openStartModal(client: WebClient, to: { channelId: string; userId: string; triggerId: string; botUserId: string | undefined }, lang: Lang): Promise<void> {
  const members = await channelMembers(client, to.channelId, to.botUserId).catch(() => [to.userId]);
  const blocks = [
    textInput('school', t(lang, 'start.school'), { max: 150 }),
    textInput('youthOrg', t(lang, 'start.youthOrg'), { max: 150 }),
    radioInput('kind', t(lang, 'start.kind'), (['bestaand', 'nieuw'] as const).map((k) => ({ text: `${t(lang, `kind.${k}`)}: ${t(lang, `kind.help.${k}`)}`, value: k }))),
    // The leerlijn's language for the whole team; offered in the configured default first.
    radioInput('lang', t(lang, 'start.lang'), LANGS.map((l) => ({ text: t(lang, `start.langName.${l}`), value: l })), { initial: lang }),
    selectInput('region', t(lang, 'start.region'), REGIONS.map((r) => ({ text: t(lang, `guide.region.${r}`), value: r })), { optional: true }),
    dateInput('startDate', t(lang, 'start.startDate')),
    textInput('startTime', t(lang, 'start.startTime'), { initial: '15:30', max: 5, hint: t(lang, 'start.startTimeHint') }),
    usersInput('coordinators', t(lang, 'start.coordinators'), { initial: [to.userId], hint: t(lang, 'start.coordinatorsHint') }),
    usersInput('members', t(lang, 'start.members'), { initial: members, hint: t(lang, 'start.membersHint') }),
    checkboxInput('randvoorwaarden', t(lang, 'start.randvoorwaarden'), RANDVOORWAARDEN.map((r) => ({ text: t(lang, `randvoorwaarde.label.${r}`), value: r })), { hint: [t(lang, 'start.randvoorwaardenHint'), ...RANDVOORWAARDEN.map((r) => t(lang, `randvoorwaarde.${r}`))].join(' ') }),
  ];
  const view = modal(START_CALLBACK, t(lang, 'start.title'), t(lang, 'start.submit'), t(lang, 'start.close'), blocks, { channelId: to.channelId, lang });
  await client.views.open({ trigger_id: to.triggerId, view });
}

/**
 * The leerlijn is stored and stays; when the channel refuses the bot, the starter hears it in a
 * direct message (an ephemeral needs the bot in a private channel too) with what to do.
 */
export async function postStarted(p: { cx: SlackCtx; client: WebClient; botUserId: string | undefined }, starterId: string, started: StartView): Promise<void> {
  const lang = started.leerlijn.lang;
  const channelId = started.leerlijn.channelId;
  const first = started.timeline.meetings[0];
  const when = first ? meetingWhen(lang, first, started.timeline.timezone) : '';
  try {
    await post(p.client, channelId, renderStarted(started.leerlijn, starterId, when));
    await post(p.client, channelId, renderTimeline(started.timeline, false));
  } catch (error) {
    const text = isNotInChannel(error)
      ? t(lang, 'start.notInChannel', { channel: `<#${channelId}>`, bot: p.botUserId ? userMention(p.botUserId) : '@leerlijn' })
      : errorText(p.cx, lang, error, 'start');
    await direct(p.client, starterId, text).catch((e: unknown) => p.cx.log.warn({ err: e }, 'slack start: starter not told'));
  }
}

