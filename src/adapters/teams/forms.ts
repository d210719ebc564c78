// Action.Submit forms: the start form (team from the channel roster) and the forms for
// moving meetings, roles, the actieplan, the evaluation and deleting. A rejected submit
// answers with the same form, the user's values kept and the problems shown.
import { TeamsInfo, type TeamsChannelAccount } from 'botbuilder';
import { startLeerlijn } from '../../app/leerlijn.js';
import { ValidationError, isAppError, type FieldError } from '../../app/errors.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { formatDateTime } from '../../i18n/format.js';
import { fieldErrors, type AdaptiveCard } from './cards/common.js';
import { startedCard } from './cards/overview.js';
import { startFormCard, type RosterEntry, type StartValues } from './cards/start-form.js';
import { timelineCard } from './cards/timeline.js';
import { cardActivity, loadReference } from './messenger.js';
import { withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import { refKey } from '../../app/platform-records.js';
import { rememberMember, userIdOf, type Turn } from './turn.js';
import { tellNextStep } from './next-step.js';
import { TurnContext } from 'botbuilder';
import type { Values } from './payloads.js';

const MAX_ROSTER = 500;

export type { Values } from './payloads.js';

export function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export async function reply(turn: Turn, card: AdaptiveCard): Promise<void> {
  await withRetry(() => turn.context.sendActivity(cardActivity(card)));
}

/** The people in the team (or group chat) the bot was called from; remembered so they can get DMs later. */
export async function roster(svc: TeamsServices, turn: Turn): Promise<RosterEntry[]> {
  const members: TeamsChannelAccount[] = [];
  let token: string | undefined;
  do {
    const page = await withRetry(() => TeamsInfo.getPagedMembers(turn.context, 100, token));
    members.push(...page.members);
    token = page.continuationToken;
  } while (token && members.length < MAX_ROSTER);
  const place = TurnContext.getConversationReference(turn.context.activity);
  for (const m of members) await rememberMember(svc.deps, turn.workspaceId, place, m);
  return members.map((m) => ({ userId: userIdOf(m), name: m.name ?? m.id }));
}

/** People in the conversation not on the team yet; the form still works without them when Teams will not say. */
export async function candidates(svc: TeamsServices, turn: Turn, members: ReadonlyArray<{ userId: string }>): Promise<RosterEntry[]> {
  const onTeam = new Set(members.map((m) => m.userId));
  try {
    return (await roster(svc, turn)).filter((r) => !onTeam.has(r.userId));
  } catch (error) {
    if (isAppError(error)) throw error;
    svc.log.warn({ err: error }, 'teams roster unavailable for the team form');
    return [];
  }
}

export async function displayName(svc: TeamsServices, turn: Turn, userId: string): Promise<string> {
  const member = await loadReference(svc.deps, turn.workspaceId, refKey.member(userId));
  return member?.user?.name || userId;
}

async function startInput(svc: TeamsServices, turn: Turn, v: Values): Promise<Record<string, unknown>> {
  const school = list(v.school);
  const youth = list(v.jongerenwerk);
  const managers = new Set(list(v.managers));
  const coordinators = list(v.coordinators);
  const ids = [...new Set([...school, ...youth, ...coordinators, ...managers])];
  const members = await Promise.all(
    ids.map(async (userId) => ({
      userId,
      displayName: await displayName(svc, turn, userId),
      side: school.includes(userId) ? 'school' : youth.includes(userId) ? 'jongerenwerk' : null,
      level: managers.has(userId) ? 'manager' : 'uitvoerder',
    })),
  );
  return {
    channelId: turn.channelId,
    kind: v.kind,
    schoolName: v.schoolName ?? '',
    youthOrgName: v.youthOrgName ?? '',
    startDate: v.startDate ?? '',
    startTime: v.startTime ?? '',
    // The form defaults to the configured language; the use case rejects anything but nl/en.
    lang: v.lang || turn.lang,
    region: v.region || null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, v[r] === 'true'])),
    coordinators,
    members,
  };
}

/** Field paths of the use case ('members.3.displayName') → the input that shows them. */
export function formErrors(turn: Turn, fields: readonly FieldError[], known: ReadonlySet<string>): Map<string, string> {
  const mapped = fields.map((f) => ({ ...f, field: known.has(f.field) ? f.field : (f.field.split('.')[0] ?? f.field) }));
  return fieldErrors(turn.lang, mapped);
}

/** Managers and coordinators are named in their own fields; each must also be put on a side, or the team starts with people "zonder kant". */
function withoutSide(values: Values): string[] {
  const sided = new Set([...list(values.school), ...list(values.jongerenwerk)]);
  return [...new Set([...list(values.managers), ...list(values.coordinators)])].filter((id) => !sided.has(id));
}

export async function submitStart(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const unsided = withoutSide(values);
  if (unsided.length > 0) {
    const names = (await Promise.all(unsided.map((id) => displayName(svc, turn, id)))).join(', ');
    const errors = fieldErrors(turn.lang, [{ field: 'members', message: 'side_everyone', params: { names } }]);
    return reply(turn, startFormCard(turn.lang, await rosterFromValues(svc, turn, values), values as StartValues, errors, turn.userId));
  }
  try {
    const view = await startLeerlijn(svc.deps, turn.actor, await startInput(svc, turn, values));
    const l = view.leerlijn;
    const first = view.timeline.meetings[0];
    const when = first ? formatDateTime(l.lang, first.startsAt, l.timezone) : '';
    const name = await displayName(svc, turn, turn.userId);
    await reply(turn, startedCard(l, name, when));
    await reply(turn, timelineCard(view.timeline, l.members));
    await tellNextStep(svc, turn);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const roster = await rosterFromValues(svc, turn, values);
    const errors = formErrors(turn, error.fields, new Set());
    await reply(turn, startFormCard(turn.lang, roster, values as StartValues, errors, turn.userId));
  }
}

/** Re-reads the roster for a rejected form; falls back to the people already picked when the roster is unreachable. */
async function rosterFromValues(svc: TeamsServices, turn: Turn, values: Values): Promise<RosterEntry[]> {
  try {
    return await roster(svc, turn);
  } catch (error) {
    if (isAppError(error)) throw error;
    svc.log.warn({ err: error }, 'teams roster unavailable for a rejected start form');
    const ids = [...new Set([...list(values.school), ...list(values.jongerenwerk), ...list(values.coordinators)])];
    return Promise.all(ids.map(async (userId) => ({ userId, name: await displayName(svc, turn, userId) })));
  }
}
