// `team`: coordinators get the editing form, everyone else the list. What the form saves, and
// who hears it, is the flow's (app/flows/team-form.ts); this reads the card's inputs for it and
// shows the form again, values kept, where a refusal has to be put right.
import { teamSubmitted, type MemberChoice } from '../../app/flows/team-form.js';
import { teamOf } from '../../app/reach.js';
import { NONE, teamFormCard, teamInput } from './cards/team-form.js';
import { teamsFormCtx } from './form-surface.js';
import { requireLeerlijnId } from './flows.js';
import { candidates, list, type Values } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

/** Nothing sent keeps what is stored; "—" clears it. */
function pick(sent: string | undefined): string | null | undefined {
  if (sent === undefined || sent === '') return undefined;
  return sent === NONE ? null : sent;
}

const toggled = (sent: string | undefined): boolean | undefined => (sent === undefined ? undefined : sent === 'true');

/** The members the card sent inputs for (`side.<userId>` and the like); the flow leaves out anyone not on the team. */
function memberChoices(v: Values): MemberChoice[] {
  const ids = new Set(Object.keys(v).flatMap((key) => /^(?:side|level|coord|remove)\.(.+)$/.exec(key)?.[1] ?? []));
  return [...ids].map((userId) => ({
    userId,
    side: pick(v[teamInput.side(userId)]),
    level: pick(v[teamInput.level(userId)]),
    isCoordinator: toggled(v[teamInput.coordinator(userId)]),
    remove: v[teamInput.remove(userId)] === 'true',
  }));
}

/** The flow's fields (`side.<userId>`, `coordinator.<userId>`, …) → the card's inputs. */
function inputFor(field: string): string {
  const [name = '', ...rest] = field.split('.');
  const id = rest.join('.');
  if (name === 'side') return teamInput.side(id);
  if (name === 'level') return teamInput.level(id);
  if (name === 'coordinator') return teamInput.coordinator(id);
  if (name === 'remove') return teamInput.remove(id);
  if (name === 'member') return teamInput.member(id);
  return field === 'add' || field === 'coordinators' ? field : 'form';
}

export async function submitTeam(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const ctx = teamsFormCtx(svc, turn, leerlijnId, {
    inputFor,
    async again(errors) {
      const members = await teamOf(svc.deps, leerlijnId);
      return teamFormCard(turn.lang, members, await candidates(svc, turn, members), values, errors);
    },
  });
  const addAs = { side: pick(values.addSide) ?? null, level: pick(values.addLevel) ?? null };
  await teamSubmitted(ctx, { members: memberChoices(values), add: list(values.add), addAs });
}
