// Teams' typeahead (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search): a picker
// names a dataset, Teams sends what was typed as an application/search invoke. Who may search what: app/people-search.ts.
import type { InvokeResponse } from 'botbuilder';
import { isAppError } from '../../app/errors.js';
import { newToTeamToSearch, peopleMatching, PEOPLE_FOUND_MAX, teamToSearch, type PeoplePage } from '../../app/people-search.js';
import { PEOPLE_DATASET, type RosterEntry } from './cards/form.js';
import { rosterToSearch } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';
import type { SearchValue } from './edge.js';

export const SEARCH_INVOKE = 'application/search';
const SEARCH_RESPONSE = 'application/vnd.microsoft.search.searchResponse';

const TEAM = /^team:([0-9a-f-]{36})$/;
const NEW_TO_TEAM = /^channel-new:([0-9a-f-]{36})$/;

/** The people a dataset holds for this person: a team's members, or the conversation's people (without a team's). */
async function peopleOf(svc: TeamsServices, turn: Turn, dataset: string): Promise<RosterEntry[]> {
  const team = TEAM.exec(dataset)?.[1];
  if (team) return teamToSearch(svc.deps, turn.actor, team);
  const newTo = NEW_TO_TEAM.exec(dataset)?.[1];
  if (newTo) return newToTeamToSearch(svc.deps, turn.actor, newTo, () => rosterToSearch(svc, turn));
  return dataset === PEOPLE_DATASET.channel ? rosterToSearch(svc, turn) : [];
}

const answer = (found: readonly RosterEntry[]): InvokeResponse => ({
  status: 200,
  body: { type: SEARCH_RESPONSE, value: { results: found.map((p) => ({ title: p.displayName, value: p.userId })) } },
});

/** Where the bot cannot read who asks (the database not answering). */
export const nobodyFound = (): InvokeResponse => answer([]);

/** The people whose name holds what was typed; none where they may not search (audited) or it failed (logged). */
export async function searchInvoke(svc: TeamsServices, turn: Turn, value: SearchValue): Promise<InvokeResponse> {
  const page: PeoplePage = { skip: value.queryOptions?.skip ?? 0, top: value.queryOptions?.top ?? PEOPLE_FOUND_MAX };
  try {
    return answer(peopleMatching(await peopleOf(svc, turn, value.dataset), value.queryText ?? '', page));
  } catch (error) {
    if (!isAppError(error)) svc.log.warn({ err: error }, 'teams: people search failed; answered with nobody');
    return answer([]);
  }
}
