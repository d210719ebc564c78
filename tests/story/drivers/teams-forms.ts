// What the Teams driver fills each form with: the data the start, plan, evaluation, team, roles
// and move forms send, read from the card as shown. How a form is found and sent is teams.ts's.
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { EvaluationItem, Person, PlanItem, StartMore, TeamPlace } from './driver.js';
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

/** An onderdeel's plan form: each action in its row (its own, or its place in the list). */
export function planValues(card: JsonObject, choose: Choose, item: PlanItem): Values {
  return {
    watKanBeter: item.watKanBeter, gewensteEindsituatie: item.gewensteEindsituatie,
    ...Object.fromEntries(item.actions.map((a, i) => [a.row ?? i, a] as const).flatMap(([i, a]) => [
      [`actions.${i}.description`, a.description], [`actions.${i}.ownerUserId`, choose(card, `actions.${i}.ownerUserId`, a.owner)], [`actions.${i}.dueDate`, a.due],
    ])),
  };
}

/** The evaluation form as shown (what it was opened with), with this person's choices. */
export function evaluationValues(card: JsonObject, item: EvaluationItem): Values {
  return {
    ...shownValues(card),
    bereikt: String(item.bereikt),
    ...(item.toelichting === undefined ? {} : { toelichting: item.toelichting }),
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
