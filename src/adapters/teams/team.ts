// The team form's inputs for its flow (app/flows/team-form.ts); refused, the form again, values kept.
import { teamSubmitted } from '../../app/flows/team-form.js';
import { teamOf } from '../../app/reach.js';
import { teamFieldOf, teamFormInput } from '../../views/team-form.js';
import { teamFormCard } from './cards/form.js';
import { teamsFormCtx } from './form-surface.js';
import { formLeerlijn } from './flows.js';
import { candidates } from './forms.js';
import type { Values } from './payloads.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';
import type { TeamFormSession, TeamFormSurface } from '../../app/flows/surface.js';

/** Whether the pages before saved something, and their session (teamFormCard sends it with the page; the flow keeps what they saved). */
function sessionOf(v: Values): TeamFormSession | undefined {
  if (v.savedBefore === undefined) return undefined;
  const id = v.formSession ? { id: v.formSession } : {};
  return { ...id, saved: v.savedBefore === 'true' };
}

/** The members the card sent inputs for (`side.<userId>`…); the flow leaves out anyone not on the team. */
const sentFor = (v: Values): string[] => [...new Set(Object.keys(v).flatMap((key) => /^(?:side|level|coord|remove)\.(.+)$/.exec(key)?.[1] ?? []))];

export async function submitTeam(svc: TeamsServices, sent: Turn, values: Values): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  const session = sessionOf(values);
  const ctx = teamsFormCtx(svc, turn, leerlijnId, {
    inputFor: teamFieldOf,
    async again(errors) {
      const members = await teamOf(svc.deps, leerlijnId);
      // The page that was on screen, with the reasons.
      return teamFormCard(turn.lang, leerlijnId, members, await candidates(svc, turn, members), values, errors, Number(values.page) || 0, session);
    },
  });
  // A page left is saved and shows the other (its own view), with what was saved so far; the channel is told after "Opslaan".
  const pageTo = Number(values.pageTo);
  const surface: TeamFormSurface = {
    ...ctx.surface,
    pageAfter() {
      const answer = turn.answer;
      if (values.pageTo === undefined || !Number.isInteger(pageTo) || !answer) return undefined;
      return async ({ id, saved }) => {
        answer.ownView = { view: 'team', leerlijnId, page: pageTo, saved, session: id };
      };
    },
  };
  // An empty input is nothing sent, which keeps what is stored.
  const input = teamFormInput(sentFor(values), (id) => values[id] || undefined);
  const carried = session ? { savedBefore: session.saved, ...(session.id ? { session: session.id } : {}) } : {};
  await teamSubmitted({ ...ctx, surface }, { ...input, ...carried });
}
