// `team`: coordinators get the editing form, everyone else the list. The form's answer becomes
// one changeTeam call; the use case decides what is allowed (coordinators, sides, levels).
import { changeTeam } from '../../app/leerlijn.js';
import { ValidationError, type FieldError } from '../../app/errors.js';
import type { MemberView } from '../../app/views.js';
import { t } from '../../i18n/index.js';
import { adaptiveCard, fieldErrors, messageCard } from './cards/common.js';
import { teamBlock } from './cards/overview.js';
import { NONE, teamFormCard, teamInput } from './cards/team-form.js';
import { requireLeerlijnId } from './flows.js';
import { teamOf } from '../../app/reach.js';
import { candidates, displayName, list, reply, type Values } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';
import { tellNextStep } from './next-step.js';

/** As the form read it; changeTeam validates the strings (an unknown side is its error, shown at the input). */
interface Upsert {
  userId: string;
  displayName: string;
  side: string | null;
  level: string | null;
  isCoordinator?: boolean;
}

/** A sent value wins; nothing sent keeps what is stored; "—" clears it. */
function pick(sent: string | undefined, current: string | null): string | null {
  if (sent === undefined || sent === '') return current;
  return sent === NONE ? null : sent;
}

/** Only what changed is sent, so the audit names the people who were actually touched. */
async function changeFrom(svc: TeamsServices, turn: Turn, members: readonly MemberView[], v: Values): Promise<{ upsert: Upsert[]; remove: string[] }> {
  const upsert: Upsert[] = [];
  const remove: string[] = [];
  for (const m of members) {
    if (v[teamInput.remove(m.userId)] === 'true') {
      remove.push(m.userId);
      continue;
    }
    const coord = v[teamInput.coordinator(m.userId)];
    const next = {
      side: pick(v[teamInput.side(m.userId)], m.side),
      level: pick(v[teamInput.level(m.userId)], m.level),
      isCoordinator: coord === undefined ? m.isCoordinator : coord === 'true',
    };
    if (next.side !== m.side || next.level !== m.level || next.isCoordinator !== m.isCoordinator) {
      upsert.push({ userId: m.userId, displayName: m.displayName, ...next });
    }
  }
  const onTeam = new Set(members.map((m) => m.userId));
  for (const userId of list(v.add).filter((id) => !onTeam.has(id))) {
    const side = pick(v.addSide, null);
    const level = pick(v.addLevel, null);
    upsert.push({ userId, displayName: await displayName(svc, turn, userId), side, level });
  }
  return { upsert, remove };
}

/** Use-case paths ('upsert.2.side', 'remove.0') → the input of that member in the form. */
function errorsFor(turn: Turn, fields: readonly FieldError[], change: { upsert: Upsert[]; remove: string[] }, members: readonly MemberView[]): Map<string, string> {
  const onTeam = new Set(members.map((m) => m.userId));
  const mapped = fields.map((f) => {
    const [group, index, name] = f.field.split('.');
    const upsert = group === 'upsert' ? change.upsert[Number(index)] : undefined;
    const removed = group === 'remove' ? change.remove[Number(index)] : undefined;
    let field = f.field === 'coordinators' ? 'coordinators' : 'form';
    if (upsert && name === 'side') field = teamInput.side(upsert.userId);
    else if (upsert && name === 'level') field = teamInput.level(upsert.userId);
    else if (upsert && name === 'isCoordinator') field = teamInput.coordinator(upsert.userId);
    else if (upsert) field = onTeam.has(upsert.userId) ? teamInput.member(upsert.userId) : 'add';
    else if (removed) field = teamInput.remove(removed);
    return { ...f, field };
  });
  return fieldErrors(turn.lang, mapped);
}

export async function submitTeam(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const members = await teamOf(svc.deps, leerlijnId);
  const change = await changeFrom(svc, turn, members, values);
  try {
    const view = await changeTeam(svc.deps, turn.actor, leerlijnId, change);
    await reply(turn, messageCard(t(turn.lang, 'teams.teamSaved'), { tone: 'good' }));
    await reply(turn, adaptiveCard(teamBlock(turn.lang, view)));
    await tellNextStep(svc, turn);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const errors = errorsFor(turn, error.fields, change, members);
    await reply(turn, teamFormCard(turn.lang, members, await candidates(svc, turn, members), values, errors));
  }
}
