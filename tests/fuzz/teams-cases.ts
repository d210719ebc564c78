// Teams activities, generated: messages with random commands and text, Action.Submit values
// for every form, Action.Execute invokes with known and random verbs and data, file-consent
// answers, invokes the bot does not take, mentions of anyone or no one, own-view keys of any
// shape, installs, and activities with a field swapped for something of another type.
import fc from 'fast-check';
import { STATUS_VERB } from '../../src/adapters/teams/cards/own-action.js';
import { SCORE_VERBS } from '../../src/adapters/teams/score-cards.js';
import { FORM_VERB, OWN_VIEW_VERB } from '../../src/adapters/teams/reply.js';
import { FORMS as FORM_SPECS } from '../../src/app/flows/form-registry.js';
import { ALL_MEETING_KINDS } from '../../src/domain/meetings.js';
import {
  conversationUpdate, fileConsentInvoke, installationUpdate, invokeActionExecute, messageActivity, submitActivity, type ActivityBase,
} from '../fakes/teams-activities.js';
import { fuzzText } from './slack-cases.js';
import { PROTO_KEYS } from './runner.js';

export interface TeamsWorld {
  /** Where each person can act: the team channel and their 1:1 chat. */
  places: readonly ActivityBase[];
  leerlijnId: string;
  roundId: string;
  people: readonly string[];
}

export type TeamsCase = { activity: Record<string, unknown> } | { raw: string };

// Every form a submit names: the neutral forms by their names, old names and openers, and the bot's own.
const FORMS = [...new Set([...FORM_SPECS.flatMap((f) => [f.id, ...f.aliases, ...f.openers]), 'start', 'team', 'move_to', 'plan_post', 'next_step', 'card_note', 'action_note', 'x', ...PROTO_KEYS])];
const FIELDS = [
  'form', 'leerlijnId', 'roundId', 'onderdeel', 'score', 'note', 'status', 'actionId', 'moment', 'date', 'time', 'confirm', 'kind', 'schoolName',
  'youthOrgName', 'startDate', 'startTime', 'school', 'jongerenwerk', 'coordinators', 'members', 'toelichting', 'bereikt', 'atStart', 'watKanBeter',
  'command', 'ownView', 'page', 'lang', ...PROTO_KEYS,
];
const COMMANDS = ['', 'help', 'start', 'status', 'planning', 'team', 'scores', 'scores week17', 'sluit', 'actieplan', 'acties', 'mijn-acties', 'evaluatie', 'vergelijk', 'export', 'verwijder', ...PROTO_KEYS];
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3', 'Z0'];

function fieldValue(w: TeamsWorld): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(w.leerlijnId, w.roundId, ...CODES, ...FORMS, ...ALL_MEETING_KINDS, ...COMMANDS, '1', '2', '3', 'true', 'klaar', '2026-02-02', '15:30', ...w.people) },
    { weight: 2, arbitrary: ownViewKey(w) },
    { weight: 3, arbitrary: fuzzText() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/** The key an own view's card carries back: the real shapes, with fields of the wrong type or size now and then. */
function ownViewKey(w: TeamsWorld): fc.Arbitrary<unknown> {
  const any = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fuzzText());
  return fc.record({
    view: fc.oneof(fc.constantFrom('timeline', 'team', 'plan', 'evaluation', 'form', 'start', 'my_actions', ...PROTO_KEYS), any),
    leerlijnId: fc.oneof(fc.constant(w.leerlijnId), fc.uuid(), any), form: fc.oneof(fc.constantFrom(...FORMS), any),
    kind: fc.oneof(fc.constantFrom(...ALL_MEETING_KINDS), any), onderdeel: fc.oneof(fc.constantFrom(...CODES), any),
    moment: fc.oneof(fc.constantFrom('terugkom', 'eind'), any), by: fc.oneof(fc.constantFrom(...w.people), any), title: any,
  }, { requiredKeys: ['view'] });
}

/** Entities as a message carries them: mentions of the bot, of people and of no one, odd types and texts. */
function entities(w: TeamsWorld): fc.Arbitrary<unknown[]> {
  const mentioned = fc.record({ id: fc.oneof(fc.constantFrom(...w.people, '28:fake-bot'), fc.string({ maxLength: 600 })), name: fc.option(fuzzText()), aadObjectId: fc.option(fc.constantFrom(...w.people)) }, { requiredKeys: ['id'] });
  const entity = fc.record({ type: fc.constantFrom('mention', 'Mention', 'MENTION', 'clientInfo', 'x', ''), text: fc.oneof(fc.constantFrom('<at>Leerlijn</at>', '<at></at>', '<at>'), fuzzText()), mentioned, locale: fc.string({ maxLength: 10 }) }, { requiredKeys: ['type'] });
  return fc.array(entity, { maxLength: 6 });
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
  const verb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SCORE_VERBS, STATUS_VERB, OWN_VIEW_VERB, FORM_VERB, ...PROTO_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
  const as = <T extends object>(a: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> => a.map((x) => ({ ...x }) as Record<string, unknown>);
  return fc.oneof(
    { weight: 3, arbitrary: as(fc.tuple(place(w), text).map(([p, t]) => messageActivity({ ...p, text: t }))) },
    { weight: 1, arbitrary: as(fc.tuple(place(w), text, entities(w)).map(([p, t, e]) => ({ ...messageActivity({ ...p, text: t, mentionBot: false }), entities: e }))) },
    { weight: 3, arbitrary: as(fc.tuple(place(w), values(w)).map(([p, v]) => submitActivity({ ...p, value: v }))) },
    { weight: 3, arbitrary: as(fc.tuple(place(w), verb, values(w)).map(([p, v, data]) => invokeActionExecute({ ...p, verb: v, data }))) },
    {
      weight: 1,
      arbitrary: as(fc.tuple(place(w), fc.constantFrom('accept' as const, 'decline' as const), fc.option(values(w)), fc.uuid()).map(([p, action, context, session]) =>
        fileConsentInvoke({
          ...p, action, context,
          // Nowhere reachable: an accepted upload fails at once instead of leaving the machine. Each its
          // own session, as Teams opens one per accept: a session answered once is not answered again.
          uploadInfo: { uploadUrl: `http://127.0.0.1:9/upload/${session}`, contentUrl: 'http://127.0.0.1:9/file', name: 'x.csv', uniqueId: 'u', fileType: 'csv' },
        }))),
    },
    { weight: 1, arbitrary: as(fc.tuple(place(w), verb, values(w), fc.constantFrom('composeExtension/query', 'task/fetch', 'signin/verifyState', 'healthCheck', '', ...PROTO_KEYS)).map(([p, v, data, name]) => ({ ...invokeActionExecute({ ...p, verb: v, data }), name }))) },
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
