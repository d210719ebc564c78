// Teams activities, generated: messages with random commands and text, Action.Submit values
// for every form, Action.Execute invokes with known and random verbs and data, file-consent
// answers, installs, and activities with a field swapped for something of another type.
import fc from 'fast-check';
import { STATUS_VERB } from '../../src/adapters/teams/cards/own-action.js';
import { SCORE_VERBS } from '../../src/adapters/teams/score-cards.js';
import {
  conversationUpdate, fileConsentInvoke, installationUpdate, invokeActionExecute, messageActivity, submitActivity, type ActivityBase,
} from '../fakes/teams-activities.js';
import { fuzzText } from './slack-cases.js';

export interface TeamsWorld {
  /** Where each person can act: the team channel and their 1:1 chat. */
  places: readonly ActivityBase[];
  leerlijnId: string;
  roundId: string;
  people: readonly string[];
}

export type TeamsCase = { activity: Record<string, unknown> } | { raw: string };

const FORMS = ['start', 'move', 'roles', 'reminders', 'plan', 'evaluation', 'delete', 'team', 'x'];
const FIELDS = [
  'form', 'leerlijnId', 'roundId', 'onderdeel', 'score', 'note', 'status', 'actionId', 'moment', 'date', 'time', 'confirm', 'kind', 'schoolName',
  'youthOrgName', 'startDate', 'startTime', 'school', 'jongerenwerk', 'coordinators', 'members', 'toelichting', 'bereikt', 'atStart', 'watKanBeter',
];
const COMMANDS = ['', 'help', 'start', 'status', 'planning', 'team', 'scores', 'scores week17', 'sluit', 'actieplan', 'acties', 'mijn-acties', 'evaluatie', 'vergelijk', 'export', 'verwijder'];
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3', 'Z0'];

function fieldValue(w: TeamsWorld): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(w.leerlijnId, w.roundId, ...CODES, ...FORMS, '1', '2', '3', 'true', 'klaar', '2026-02-02', '15:30', ...w.people) },
    { weight: 3, arbitrary: fuzzText() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

function values(w: TeamsWorld): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fieldValue(w), { maxKeys: 10 });
}

function place(w: TeamsWorld): fc.Arbitrary<ActivityBase> {
  return fc.constantFrom(...w.places);
}

/** Some field of the activity replaced by a value of any type, or removed. */
function spoiled(activity: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const field = fc.constantFrom('text', 'from', 'conversation', 'recipient', 'id', 'value', 'entities', 'channelData', 'type', 'name', 'membersAdded', 'locale', 'timestamp', 'serviceUrl');
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.constant(Array.from({ length: 3000 }, () => ({ id: 'x' }))));
  return fc.tuple(activity, field, junk).map(([a, key, value]) => {
    const copy = { ...a };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}

function wellFormed(w: TeamsWorld): fc.Arbitrary<Record<string, unknown>> {
  const text = fc.oneof(fc.tuple(fc.constantFrom(...COMMANDS), fuzzText()).map(([c, rest]) => `${c} ${rest}`.trim()), fuzzText());
  const verb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SCORE_VERBS, STATUS_VERB) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
  const as = <T extends object>(a: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> => a.map((x) => ({ ...x }) as Record<string, unknown>);
  return fc.oneof(
    { weight: 3, arbitrary: as(fc.tuple(place(w), text).map(([p, t]) => messageActivity({ ...p, text: t }))) },
    { weight: 3, arbitrary: as(fc.tuple(place(w), values(w)).map(([p, v]) => submitActivity({ ...p, value: v }))) },
    { weight: 3, arbitrary: as(fc.tuple(place(w), verb, values(w)).map(([p, v, data]) => invokeActionExecute({ ...p, verb: v, data }))) },
    {
      weight: 1,
      arbitrary: as(fc.tuple(place(w), fc.constantFrom('accept' as const, 'decline' as const), fc.option(values(w))).map(([p, action, context]) =>
        fileConsentInvoke({
          ...p, action, context,
          // Nowhere reachable: an accepted upload fails at once instead of leaving the machine.
          uploadInfo: { uploadUrl: 'http://127.0.0.1:9/upload', contentUrl: 'http://127.0.0.1:9/file', name: 'x.csv', uniqueId: 'u', fileType: 'csv' },
        }))),
    },
    { weight: 1, arbitrary: as(place(w).map((p) => installationUpdate(p))) },
    { weight: 1, arbitrary: as(place(w).map((p) => conversationUpdate(p))) },
  );
}

export function teamsCase(w: TeamsWorld): fc.Arbitrary<TeamsCase> {
  return fc.oneof(
    { weight: 6, arbitrary: wellFormed(w).map((activity) => ({ activity })) },
    { weight: 3, arbitrary: spoiled(wellFormed(w)).map((activity) => ({ activity })) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 100 }), fc.json({ maxDepth: 3 }), fc.constantFrom('null', '[]', '{}', '{"type":"message"')).map((raw) => ({ raw })) },
  );
}
