// `/leerlijn team`: everyone sees the team; the coordinator sets each member's side and
// level (and adds people) in a modal.
import { z } from 'zod';
import { ValidationError } from '../../app/errors.js';
import { changeTeam } from '../../app/leerlijn.js';
import { getStatusInChannel } from '../../app/overview.js';
import { LEVELS, SIDES } from '../../domain/team.js';
import { t, tError } from '../../i18n/index.js';
import { errorText, ephemeral, formErrors, post } from './context.js';
import { modal, parseMeta, read, selectInput, usersInput } from './render/inputs.js';
import { renderTeam } from './render/leerlijn.js';
import type { ActionCall, CommandCall, SubmitCall } from './types.js';

export const TEAM_CALLBACK = 'team';
// Two blocks per member plus the "add" block must stay within a modal's 100 blocks.
const MAX_IN_FORM = 48;
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']), members: z.array(z.tuple([z.string().max(64), z.string().max(100)])).max(MAX_IN_FORM) });

export async function teamCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  const status = await getStatusInChannel(call.cx.deps, call.workspaceId, call.channelId);
  const isCoordinator = status.leerlijn.members.some((m) => m.userId === call.userId && m.isCoordinator);
  await ephemeral(call.client, call.channelId, call.userId, renderTeam(status.leerlijn, isCoordinator));
}

export async function openTeamForm(call: ActionCall): Promise<void> {
  await call.ack();
  if (!call.channelId) return;
  const status = await getStatusInChannel(call.cx.deps, call.workspaceId, call.channelId);
  const l = status.leerlijn;
  const lang = l.lang;
  const members = l.members.slice(0, MAX_IN_FORM);
  const sides = SIDES.map((s) => ({ text: t(lang, `side.${s}`), value: s }));
  const levels = LEVELS.map((s) => ({ text: t(lang, `level.${s}`), value: s }));
  const blocks = members.flatMap((m, i) => [
    selectInput(`side_${i}`, `${m.displayName.slice(0, 100)} – ${t(lang, 'slack.side')}`, sides, { initial: m.side, optional: true }),
    selectInput(`level_${i}`, `${m.displayName.slice(0, 100)} – ${t(lang, 'slack.level')}`, levels, { initial: m.level, optional: true }),
  ]);
  blocks.push(usersInput('add', t(lang, 'slack.addMembers'), { optional: true }));
  const meta = { leerlijnId: l.id, channelId: call.channelId, lang, members: members.map((m) => [m.userId, m.displayName.slice(0, 100)]) };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(TEAM_CALLBACK, t(lang, 'team.title'), t(lang, 'team.submit'), t(lang, 'team.close'), blocks, meta) });
}

export async function submitTeam(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ add: t('nl', 'field.invalid') });
  const known = new Set(meta.members.map(([id]) => id));
  const upsert = meta.members.map(([userId, displayName], i) => ({
    userId,
    displayName,
    side: read.selected(call.values, `side_${i}`),
    level: read.selected(call.values, `level_${i}`),
  }));
  const added = read.users(call.values, 'add').filter((id) => !known.has(id));
  const names = await Promise.all(added.map(async (id) => (await call.client.users.info({ user: id }).catch(() => null))?.user?.real_name || id));
  added.forEach((userId, i) => upsert.push({ userId, displayName: (names[i] ?? userId).slice(0, 100), side: null, level: null }));
  let view;
  try {
    view = await changeTeam(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, meta.leerlijnId, { upsert });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, (f) => {
      const [, index, name] = f.split('.');
      return index !== undefined && name ? `${name === 'level' ? 'level' : 'side'}_${index}` : undefined;
    }, 'add'));
    return call.ack({ add: errorText(call.cx, meta.lang, error, 'team') });
  }
  await call.ack();
  await post(call.client, meta.channelId, renderTeam(view, false));
}
