// What the Teams driver fills each form with: the data the start, plan, evaluation, team, roles
// and move forms send, read from the card as shown. How a form is found and sent is teams.ts's.
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { EvaluationItem, Person, PlanItem, PlannedAction, StartMore, TeamPlace } from './driver.js';
import { shownValues } from './teams-parts.js';
import { nodesOf } from './text.js';

/** The choice a roster-backed input of `card` offers for a person, by the name it shows. */
export type Choose = (card: JsonObject, inputId: string, p: Person) => string;
type Values = Record<string, string>;

/** The start form: even members on the school's side, odd ones on the jongerenwerk's, the starter coordinating. */
export function startValues(card: JsonObject, choose: Choose, by: Person, school: string, members: readonly Person[], more: StartMore): Values {
  const pick = (id: string, people: readonly Person[]): string => people.map((p) => choose(card, id, p)).join(',');
  return {
    schoolName: school, youthOrgName: 'JoU', kind: 'bestaand', ...(more.lang ? { lang: more.lang } : {}), startDate: more.startDate ?? '2026-02-02', startTime: '15:30', region: more.region ?? '',
    school: pick('school', members.filter((_, i) => i % 2 === 0)), jongerenwerk: pick('jongerenwerk', members.filter((_, i) => i % 2 === 1)),
    coordinators: pick('coordinators', [by]), draagvlak: 'true', financiering: 'true', facilitering: 'true',
  };
}

/** Actions typed in a form's list `field` (the actieplan's, an evaluation's): each in its row (its own, or its place in the list). */
function actionRowValues(card: JsonObject, choose: Choose, field: string, actions: readonly PlannedAction[]): Values {
  return Object.fromEntries(actions.map((a, i) => [a.row ?? i, a] as const).flatMap(([i, a]) => [
    [`${field}.${i}.description`, a.description], [`${field}.${i}.ownerUserId`, choose(card, `${field}.${i}.ownerUserId`, a.owner)], [`${field}.${i}.dueDate`, a.due],
  ]));
}

/** An onderdeel's plan form: each action in its row. */
export function planValues(card: JsonObject, choose: Choose, item: PlanItem): Values {
  return { watKanBeter: item.watKanBeter, gewensteEindsituatie: item.gewensteEindsituatie, ...actionRowValues(card, choose, 'actions', item.actions) };
}

/** The evaluation form as shown (what it was opened with), with this person's choices and the actions still needed. */
export function evaluationValues(card: JsonObject, choose: Choose, item: EvaluationItem): Values {
  return {
    ...shownValues(card),
    bereikt: String(item.bereikt),
    ...(item.toelichting === undefined ? {} : { toelichting: item.toelichting }),
    ...actionRowValues(card, choose, 'newActions', item.newActions ?? []),
  };
}

/** The team form as shown (every input's value), with each named person's side and level set. */
export function teamValues(card: JsonObject, places: readonly TeamPlace[], aadOf: (p: Person) => string | undefined): Values {
  const chosen = places.flatMap((p) => {
    const id = aadOf(p.person);
    return [[`side.${id}`, p.side], [`level.${id}`, p.level], ...(p.coordinator === undefined ? [] : [[`coord.${id}`, String(p.coordinator)]])];
  });
  return { ...shownValues(card), ...Object.fromEntries(chosen) };
}

/** The roles form: the notulist and invuller of one kind of meeting. */
export function rolesValues(card: JsonObject, choose: Choose, kind: string, notulist: Person, invuller: Person): Values {
  const row = ALL_MEETING_KINDS.findIndex((k) => k === kind);
  return {
    [`${row}.notulistUserId`]: choose(card, `${row}.notulistUserId`, notulist), [`${row}.invullerUserId`]: choose(card, `${row}.invullerUserId`, invuller),
  };
}

/** The move form: the meeting it was opened for, on a new day and time. */
export function moveValues(card: JsonObject, date: string, time: string): Values {
  const kind = nodesOf(card).find((n) => n.id === 'kind')?.value;
  if (typeof kind !== 'string') throw new Error('teams: the move form has no meeting chosen');
  return { kind, date, time };
}
