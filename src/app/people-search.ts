// Finding people by name as one types, for a picker too long to send whole (Teams' typeahead,
// adapters/teams/people-search.ts). Only someone on a team may search its members; the people
// of a place are matched as the platform lists them, for anyone there, who sees them anyway.
import { membersOf } from '../store/leerlijnen.js';
import { requireLeerlijn, requireReaderAudited, type Actor, type Deps } from './context.js';
import type { MemberView } from './views.js';

/** Teams shows at most 15 choices of a search (its typeahead documentation). */
export const PEOPLE_FOUND_MAX = 15;

export interface PeoplePage {
  skip: number;
  top: number;
}

/** Lower case without accents: "ozturk" finds "Öztürk". */
const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

/** Those of `people` whose name holds every typed word, in the order given; one page of them. */
export function peopleMatching<P extends { displayName: string }>(people: readonly P[], typed: string, page: PeoplePage): P[] {
  const words = folded(typed).split(/\s+/).filter(Boolean);
  const found = people.filter((p) => words.every((w) => folded(p.displayName).includes(w)));
  const skip = Math.max(0, page.skip);
  return found.slice(skip, skip + Math.min(Math.max(1, page.top), PEOPLE_FOUND_MAX));
}

/** The team of a leerlijn, for someone on it (anyone else is refused, and that is audited). */
export async function teamToSearch(deps: Deps, actor: Actor, leerlijnId: string): Promise<MemberView[]> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'people_search');
  return membersOf(deps.db, leerlijnId);
}

/** Those of `people` not on the team: whom a coordinator may add. */
export function notOnTeam<P extends { userId: string }>(people: readonly P[], members: ReadonlyArray<{ userId: string }>): P[] {
  const onTeam = new Set(members.map((m) => m.userId));
  return people.filter((p) => !onTeam.has(p.userId));
}

/** The people of the place not on a leerlijn's team yet, for someone on that team (anyone else is refused, audited). */
export async function newToTeamToSearch<P extends { userId: string }>(deps: Deps, actor: Actor, leerlijnId: string, peopleHere: () => Promise<readonly P[]>): Promise<P[]> {
  const members = await teamToSearch(deps, actor, leerlijnId);
  return notOnTeam(await peopleHere(), members);
}
