// `/leerlijn start`: the start modal (members default to the channel's members) and, on
// submit, the leerlijn with its timeline posted to the channel.
import { REGIONS } from '../../domain/school-holidays.js';
import { z } from 'zod';
import { ValidationError } from '../../app/errors.js';
import { fillMemberNames, leaveOutBots, startLeerlijn } from '../../app/leerlijn.js';
import type { StartView } from '../../app/views.js';
import { LANGS } from '../../domain/instrument.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t, type Lang } from '../../i18n/index.js';
import { direct, errorText, ephemeral, formErrors, post, type WebClient } from './context.js';
import { userMention } from './mrkdwn.js';
import { renderStarted, renderTimeline, meetingWhen } from './render/leerlijn.js';
import { checkboxInput, dateInput, modal, parseMeta, radioInput, read, selectInput, textInput, usersInput } from './render/inputs.js';
import { slackProfiles } from './people.js';
import { isNotInChannel, tellPrivately } from './tell.js';
import type { SubmitCall } from './types.js';
import { tellNextStep } from './next-step.js';

export const START_CALLBACK = 'start';
const Meta = z.object({ channelId: z.string().min(1).max(64), lang: z.enum(['nl', 'en']) });

const BLOCK_OF: Record<string, string> = {
  schoolName: 'school', youthOrgName: 'youthOrg', kind: 'kind', lang: 'lang', region: 'region', startDate: 'startDate', startTime: 'startTime',
  coordinators: 'coordinators', members: 'members', randvoorwaarden: 'randvoorwaarden',
};
const blockFor = (field: string): string | undefined => BLOCK_OF[field.split('.')[0] ?? ''];

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
 * Slack's names for the team, looked up after the ack: one users.info per member (with 429
 * retries) does not fit in Slack's 3 s. The leerlijn was stored under the ids meanwhile. Bots
 * and apps among them (other integrations in the channel) are taken out, and the starter is told.
 */
async function storeProfiles(call: SubmitCall, channelId: string, started: StartView): Promise<void> {
  const ids = started.leerlijn.members.map((m) => m.userId);
  const profiles = await slackProfiles(call.client, ids);
  const found = ids.flatMap((userId, i) => {
    const name = profiles[i]?.name.trim() ?? '';
    return name && name !== userId ? [{ userId, displayName: name }] : [];
  });
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  try {
    await fillMemberNames(call.cx.deps, started.leerlijn.id, found);
    const out = await leaveOutBots(call.cx.deps, actor, started.leerlijn.id, ids.filter((_, i) => profiles[i]?.isBot));
    if (out.length === 0) return;
    const lang = started.leerlijn.lang;
    await tellPrivately(call.cx, call.client, { channelId, userId: call.userId }, t(lang, 'start.botsLeftOut', { names: out.map(userMention).join(', ') }));
  } catch (error) {
    call.cx.log.warn({ err: error }, 'slack start: member profiles not stored');
  }
}

/**
 * The leerlijn is stored and stays; when the channel refuses the bot, the starter hears it in a
 * direct message (an ephemeral needs the bot in a private channel too) with what to do.
 */
async function postStarted(call: SubmitCall, channelId: string, started: StartView): Promise<void> {
  const lang = started.leerlijn.lang;
  const first = started.timeline.meetings[0];
  const when = first ? meetingWhen(lang, first, started.timeline.timezone) : '';
  try {
    await post(call.client, channelId, renderStarted(started.leerlijn, call.userId, when));
    await post(call.client, channelId, renderTimeline(started.timeline, false));
  } catch (error) {
    const text = isNotInChannel(error)
      ? t(lang, 'start.notInChannel', { channel: `<#${channelId}>`, bot: call.botUserId ? userMention(call.botUserId) : '@leerlijn' })
      : errorText(call.cx, lang, error, 'start');
    await direct(call.client, call.userId, text).catch((e: unknown) => call.cx.log.warn({ err: e }, 'slack start: starter not told'));
  }
}

export async function submitStart(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ school: t('nl', 'field.invalid') });
  const v = call.values;
  const coordinators = read.users(v, 'coordinators');
  const memberIds = [...new Set([...read.users(v, 'members'), ...coordinators])];
  const checked = read.checked(v, 'randvoorwaarden');
  const input = {
    channelId: meta.channelId,
    kind: read.selected(v, 'kind') ?? '',
    schoolName: read.text(v, 'school'),
    youthOrgName: read.text(v, 'youthOrg'),
    startDate: read.date(v, 'startDate'),
    startTime: read.text(v, 'startTime').trim(),
    lang: read.selected(v, 'lang') ?? meta.lang,
    region: read.selected(v, 'region') ?? null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, checked.includes(r)])),
    coordinators,
    // Stored under their ids first, so the form is checked and answered without a Slack call.
    members: memberIds.map((id) => ({ userId: id, displayName: id })),
  };
  let started: StartView;
  try {
    started = await startLeerlijn(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, input);
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, blockFor, 'school'));
    await call.ack();
    return ephemeral(call.client, meta.channelId, call.userId, errorText(call.cx, meta.lang, error, 'start'));
  }
  await call.ack();
  // The channel first: the announcement shows no names (mentions only), and filling them in
  // keeps any name a coordinator sets meanwhile, so it need not wait for the lookups.
  await postStarted(call, meta.channelId, started);
  await storeProfiles(call, meta.channelId, started);
  await tellNextStep({ ...call, channelId: meta.channelId });
}
