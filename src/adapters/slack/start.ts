// `/leerlijn start`: the start modal (members default to the channel's members) and, on
// submit, the leerlijn with its timeline posted to the channel.
import { z } from 'zod';
import { ValidationError } from '../../app/errors.js';
import { startLeerlijn } from '../../app/leerlijn.js';
import { LANGS } from '../../domain/instrument.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t } from '../../i18n/index.js';
import { errorText, ephemeral, formErrors, post, type WebClient } from './context.js';
import { renderStarted, renderTimeline, meetingWhen } from './render/leerlijn.js';
import { checkboxInput, dateInput, modal, parseMeta, radioInput, read, textInput, usersInput } from './render/inputs.js';
import type { CommandCall, SubmitCall } from './types.js';

export const START_CALLBACK = 'start';
const Meta = z.object({ channelId: z.string().min(1).max(64), lang: z.enum(['nl', 'en']) });

const BLOCK_OF: Record<string, string> = {
  schoolName: 'school', youthOrgName: 'youthOrg', kind: 'kind', lang: 'lang', startDate: 'startDate', startTime: 'startTime',
  coordinators: 'coordinators', members: 'members', randvoorwaarden: 'randvoorwaarden',
};
const blockFor = (field: string): string | undefined => BLOCK_OF[field.split('.')[0] ?? ''];

async function channelMembers(client: WebClient, channel: string, bot: string | undefined): Promise<string[]> {
  const res = await client.conversations.members({ channel, limit: 200 });
  return (res.members ?? []).filter((m) => m !== bot).slice(0, 100);
}

export async function openStart(call: CommandCall): Promise<void> {
  await call.ack();
  const lang = call.lang;
  if (call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, t(lang, 'error.leerlijn_exists'));
  const members = await channelMembers(call.client, call.channelId, call.cx.botUserId).catch(() => [call.userId]);
  const blocks = [
    textInput('school', t(lang, 'start.school'), { max: 150 }),
    textInput('youthOrg', t(lang, 'start.youthOrg'), { max: 150 }),
    radioInput('kind', t(lang, 'start.kind'), (['bestaand', 'nieuw'] as const).map((k) => ({ text: `${t(lang, `kind.${k}`)}: ${t(lang, `kind.help.${k}`)}`, value: k }))),
    // The leerlijn's language for the whole team; offered in the configured default first.
    radioInput('lang', t(lang, 'start.lang'), LANGS.map((l) => ({ text: t(lang, `start.langName.${l}`), value: l })), { initial: lang }),
    dateInput('startDate', t(lang, 'start.startDate')),
    textInput('startTime', t(lang, 'start.startTime'), { initial: '15:30', max: 5, hint: 'UU:MM' }),
    usersInput('coordinators', t(lang, 'start.coordinators'), { initial: [call.userId], hint: t(lang, 'start.coordinatorsHint') }),
    usersInput('members', t(lang, 'start.members'), { initial: members, hint: t(lang, 'start.membersHint') }),
    checkboxInput('randvoorwaarden', t(lang, 'start.randvoorwaarden'), RANDVOORWAARDEN.map((r) => ({ text: t(lang, `randvoorwaarde.label.${r}`), value: r })), { hint: [t(lang, 'start.randvoorwaardenHint'), ...RANDVOORWAARDEN.map((r) => t(lang, `randvoorwaarde.${r}`))].join(' ') }),
  ];
  const view = modal(START_CALLBACK, t(lang, 'start.title'), t(lang, 'start.submit'), t(lang, 'start.close'), blocks, { channelId: call.channelId, lang });
  await call.client.views.open({ trigger_id: call.triggerId, view });
}

async function displayNames(client: WebClient, ids: readonly string[]): Promise<Map<string, string>> {
  const names = await Promise.all(
    ids.map(async (id) => {
      const res = await client.users.info({ user: id }).catch(() => null);
      const name = res?.user?.real_name || res?.user?.name || id;
      return [id, name.slice(0, 100)] as const;
    }),
  );
  return new Map(names);
}

export async function submitStart(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ school: t('nl', 'field.invalid') });
  const v = call.values;
  const coordinators = read.users(v, 'coordinators');
  const memberIds = [...new Set([...read.users(v, 'members'), ...coordinators])];
  const names = await displayNames(call.client, memberIds);
  const checked = read.checked(v, 'randvoorwaarden');
  const input = {
    channelId: meta.channelId,
    kind: read.selected(v, 'kind') ?? '',
    schoolName: read.text(v, 'school'),
    youthOrgName: read.text(v, 'youthOrg'),
    startDate: read.date(v, 'startDate'),
    startTime: read.text(v, 'startTime').trim(),
    lang: read.selected(v, 'lang') ?? meta.lang,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, checked.includes(r)])),
    coordinators,
    members: memberIds.map((id) => ({ userId: id, displayName: names.get(id) ?? id })),
  };
  let started;
  try {
    started = await startLeerlijn(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, input);
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, blockFor, 'school'));
    await call.ack();
    return ephemeral(call.client, meta.channelId, call.userId, errorText(call.cx, meta.lang, error, 'start'));
  }
  await call.ack();
  const first = started.timeline.meetings[0];
  const when = first ? meetingWhen(started.leerlijn.lang, first, started.timeline.timezone) : '';
  await post(call.client, meta.channelId, renderStarted(started.leerlijn, call.userId, when));
  await post(call.client, meta.channelId, renderTimeline(started.timeline, false));
}
