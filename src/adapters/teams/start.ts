// The start form submitted: the team from the roster picks, sides and levels as the form asks
// them; the flow (app/flows/data.ts) starts the leerlijn and decides what follows.
import { startSubmitted } from '../../app/flows/data.js';
import { isAppError } from '../../app/errors.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { fieldErrors } from './cards/common.js';
import { startFormCard, type RosterEntry, type StartValues } from './cards/start-form.js';
import { teamsStartCtx } from './form-surface.js';
import { displayName, list, reply, roster, type Values } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

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

/** Managers and coordinators are named in their own fields; each must also be put on a side, or the team starts with people "zonder kant". */
function withoutSide(values: Values): string[] {
  const sided = new Set([...list(values.school), ...list(values.jongerenwerk)]);
  return [...new Set([...list(values.managers), ...list(values.coordinators)])].filter((id) => !sided.has(id));
}

export async function submitStart(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const again = async (errors: ReadonlyMap<string, string>) => startFormCard(turn.lang, await rosterFromValues(svc, turn, values), values as StartValues, errors, turn.userId);
  // Only this form asks sides apart from the people: someone named only as a coordinator or manager has none.
  const unsided = withoutSide(values);
  if (unsided.length > 0) {
    const names = (await Promise.all(unsided.map((id) => displayName(svc, turn, id)))).join(', ');
    return reply(turn, await again(fieldErrors(turn.lang, [{ field: 'members', message: 'side_everyone', params: { names } }])));
  }
  const inputFor = (field: string): string => field.split('.')[0] ?? field;
  await startSubmitted(teamsStartCtx(svc, turn, { inputFor, again }), await startInput(svc, turn, values));
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
