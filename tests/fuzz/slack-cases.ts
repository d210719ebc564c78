// Signed Slack requests, generated: slash commands with random text (mentions, markup, NUL,
// lone surrogates, huge strings), block actions with known and unknown ids and random values,
// view submissions with garbage state and metadata, events, kinds the bot does not take,
// and bodies no Slack would send. Ids come from a started leerlijn, so many cases get far.
import fc from 'fast-check';
import { AGREE_ACTION, AGREE_ALL_ACTION, AGREE_SELECT_ACTION, NOTE_ACTION, ROUND_CLOSE_ACTION, STATUS_NOTE_ACTION } from '../../src/adapters/slack/render/controls.js';
import { MOVE_ACTION, REMINDERS_ACTION, ROLES_ACTION, TEAM_EDIT_ACTION } from '../../src/adapters/slack/render/reply.js';
import { NEXT_STEP as NEXT_STEP_ACTION } from '../../src/views/reply.js';
import { MOVE_TO as MOVE_TO_ACTION } from '../../src/views/leerlijn.js';
import { ALL_MEETING_KINDS } from '../../src/domain/meetings.js';
import { EVALUATION_OPEN as EVAL_OPEN_ACTION, PLAN_OPEN as PLAN_OPEN_ACTION, PLAN_POST as PLAN_POST_ACTION } from '../../src/views/plan.js';
import { CANARY, INJECTIONS, PROTO_KEYS } from './runner.js';

export interface SlackWorld {
  users: readonly string[];
  channel: string;
  team: string;
  leerlijnId: string;
  roundId: string;
}

/** `$TRIGGER` and `$RESPONSE` are filled in when sent, with ids the fake Slack issued. */
export type SlackCase =
  | { kind: 'command'; fields: Record<string, string>; skew: number }
  | { kind: 'interaction'; payload: unknown; skew: number }
  | { kind: 'event'; body: unknown; skew: number }
  | { kind: 'raw'; contentType: string; body: string; skew: number };

const ACTIONS = [
  'vote_1', 'vote_2', 'vote_3', NOTE_ACTION, AGREE_ACTION, AGREE_SELECT_ACTION, AGREE_ALL_ACTION, 'action_status_klaar', 'action_status_bezig',
  'action_status_loopt_vast', STATUS_NOTE_ACTION, PLAN_OPEN_ACTION, PLAN_POST_ACTION, EVAL_OPEN_ACTION, MOVE_ACTION, ROLES_ACTION,
  REMINDERS_ACTION, TEAM_EDIT_ACTION, 'team_previous', NEXT_STEP_ACTION, MOVE_TO_ACTION, ROUND_CLOSE_ACTION, 'eval_open', ...PROTO_KEYS,
];
const CALLBACKS = ['start', 'card_note', 'plan', 'plan_item', 'action_note', 'evaluation', 'eval_item', 'meeting_move', 'move', 'meeting_roles', 'roles', 'meeting_reminders', 'reminders', 'team', 'delete', ...PROTO_KEYS];
const SUBCOMMANDS = ['', 'help', 'start', 'status', 'planning', 'team', 'team add', 'team remove', 'scores', 'scores week1', 'sluit', 'actieplan', 'acties', 'mijn-acties', 'evaluatie', 'vergelijk', 'export', 'verwijder', 'close', 'plan', ...PROTO_KEYS];
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3', 'X9'];

/** Text as people type it and as attackers send it. */
export function fuzzText(): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS, CANARY) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uD800', '\uDFFF', 'a\u0000b', '&amp;', '*vet*', '`code`', '```', '<', '>', '&', '|', '\n') },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(3001), 'é'.repeat(5000), '<!channel>'.repeat(400)) },
  );
  return fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(' '));
}

/** Ids: mostly real ones, sometimes another leerlijn's shape or garbage. */
function idFrom(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.string({ maxLength: 70 }) });
}

function buttonValue(w: SlackWorld): fc.Arbitrary<string> {
  const part = fc.oneof(fc.constantFrom(w.roundId, w.leerlijnId, ...CODES, ...ALL_MEETING_KINDS, '1', '2', '3', '4', 'week1', 'week17', '2026-02-02', '2026-13-40'), fc.uuid(), fc.string({ maxLength: 12 }));
  const code = fc.constantFrom(...CODES);
  // The values the bot's own buttons carry (round|onderdeel|score, round|onderdeel, a leerlijn id), so clicks get past parsing.
  const real = fc.oneof(
    fc.tuple(code, fc.constantFrom('1', '2', '3')).map(([c, n]) => `${w.roundId}|${c}|${n}`),
    code.map((c) => `${w.roundId}|${c}`),
    fc.constant(w.leerlijnId),
    // A move-to button's leerlijn|meeting|date, and a next step's command words.
    fc.tuple(fc.constantFrom(...ALL_MEETING_KINDS), fc.constantFrom('2026-03-02', '2026-02-30', '1970-01-01', '9999-12-31')).map(([k, d]) => `${w.leerlijnId}|${k}|${d}`),
    fc.tuple(fc.constantFrom(...SUBCOMMANDS), fuzzText()).map(([sub, rest]) => `${sub} ${rest}`.trim()),
  );
  return fc.oneof({ weight: 3, arbitrary: real }, { weight: 3, arbitrary: fc.array(part, { minLength: 1, maxLength: 4 }).map((p) => p.join('|')) }, { weight: 1, arbitrary: fuzzText() });
}

function privateMetadata(w: SlackWorld): fc.Arbitrary<string> {
  const meta = fc.record(
    { leerlijnId: idFrom([w.leerlijnId]), roundId: idFrom([w.roundId]), onderdeel: fc.constantFrom(...CODES), channelId: idFrom([w.channel]), page: fc.integer({ min: -2, max: 50 }) },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 4, arbitrary: meta.map((m) => JSON.stringify(m)) }, { weight: 1, arbitrary: fc.string({ maxLength: 100 }) }, { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) });
}

/** One input's value as Slack sends it back, right type or not. */
function stateValue(w: SlackWorld): fc.Arbitrary<Record<string, unknown>> {
  const option = fc.record({ text: fc.constant({ type: 'plain_text', text: 'x' }), value: fc.oneof(fc.constantFrom('1', '2', '3', 'bestaand', 'nieuw', 'nl', 'en', 'klaar'), fuzzText()) });
  return fc.oneof(
    fc.record({ type: fc.constant('plain_text_input'), value: fc.option(fuzzText()) }),
    fc.record({ type: fc.constantFrom('static_select', 'radio_buttons'), selected_option: fc.option(option) }),
    fc.record({ type: fc.constant('checkboxes'), selected_options: fc.array(option, { maxLength: 5 }) }),
    fc.record({ type: fc.constant('timepicker'), selected_time: fc.option(fc.oneof(fc.constantFrom('15:30', '25:99', '00:00'), fc.string({ maxLength: 5 }))) }),
    fc.record({ type: fc.constant('datepicker'), selected_date: fc.option(fc.oneof(fc.constantFrom('2026-02-02', '2026-02-30', '1999-01-01'), fc.string({ maxLength: 10 }))) }),
    fc.record({ type: fc.constant('multi_users_select'), selected_users: fc.array(idFrom(w.users), { maxLength: 10 }) }),
    fc.record({ type: fc.constant('users_select'), selected_user: fc.option(idFrom(w.users)) }),
    fc.record({ type: fc.string({ maxLength: 20 }), value: fc.jsonValue({ maxDepth: 2 }) }),
  );
}

function stateValues(w: SlackWorld): fc.Arbitrary<Record<string, unknown>> {
  const blockIds = fc.oneof(fc.constantFrom('note', 'school', 'youthOrg', 'kind', 'lang', 'startDate', 'startTime', 'coordinators', 'members', 'schoolSide', 'jongerenwerk', 'managers', 'status', 'date', 'time', 'owner', 'text', 'confirm', 'action_0', 'score', ...PROTO_KEYS), fc.string({ maxLength: 10 }));
  return fc.dictionary(blockIds, fc.dictionary(fc.constantFrom('v', 'value', 'a', ...PROTO_KEYS), stateValue(w), { maxKeys: 2 }), { maxKeys: 8 });
}

const user = (id: string, team: string) => ({ id, username: 'u', name: 'u', team_id: team });

function command(w: SlackWorld): fc.Arbitrary<SlackCase> {
  const text = fc.tuple(fc.constantFrom(...SUBCOMMANDS), fuzzText()).map(([sub, rest]) => `${sub} ${rest}`.trim());
  return fc.record({
    user_id: idFrom(w.users), channel_id: idFrom([w.channel]), text: fc.oneof(text, fuzzText()),
    command: fc.oneof({ weight: 9, arbitrary: fc.constant('/leerlijn') }, { weight: 1, arbitrary: fc.constantFrom('/anders', '/LEERLIJN', '') }),
  }).map((f) => ({
    kind: 'command' as const, skew: 0,
    fields: { token: 't', team_id: w.team, team_domain: 'fake', channel_name: 'x', user_name: 'x', api_app_id: 'A0FAKEAPP', trigger_id: '$TRIGGER', response_url: '$RESPONSE', ...f },
  }));
}

function blockAction(w: SlackWorld): fc.Arbitrary<SlackCase> {
  const action = fc.record({
    action_id: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ACTIONS) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
    block_id: fc.string({ maxLength: 10 }), type: fc.constantFrom('button', 'static_select', 'overflow'), value: fc.option(buttonValue(w), { nil: undefined }),
    selected_option: fc.option(fc.record({ value: buttonValue(w) }), { nil: undefined }), action_ts: fc.constant('1.0001'),
  }, { requiredKeys: ['action_id', 'type'] });
  const inView = fc.record({ id: fc.constant('V0FUZZ'), type: fc.constantFrom('modal', 'home'), callback_id: fc.constantFrom(...CALLBACKS), hash: fc.constant('1.h'), private_metadata: privateMetadata(w), state: stateValues(w).map((values) => ({ values })) });
  return fc.record({ userId: idFrom(w.users), actions: fc.array(action, { minLength: 1, maxLength: 2 }), view: fc.option(inView, { nil: undefined }) }).map(({ userId, actions, view }) => ({
    kind: 'interaction' as const, skew: 0,
    payload: {
      type: 'block_actions', user: user(userId, w.team), team: { id: w.team, domain: 'fake' }, api_app_id: 'A0FAKEAPP', token: 't', trigger_id: '$TRIGGER', actions,
      ...(view
        ? { container: { type: 'view', view_id: view.id }, view }
        : { container: { type: 'message', message_ts: '1.000001', channel_id: w.channel }, channel: { id: w.channel, name: 'x' }, message: { ts: '1.000001', text: '' }, response_url: '$RESPONSE' }),
    },
  }));
}

function viewSubmission(w: SlackWorld): fc.Arbitrary<SlackCase> {
  return fc.record({ userId: idFrom(w.users), callback: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CALLBACKS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), meta: privateMetadata(w), values: stateValues(w) })
    .map(({ userId, callback, meta, values }) => ({
      kind: 'interaction' as const, skew: 0,
      payload: {
        type: 'view_submission', user: user(userId, w.team), team: { id: w.team, domain: 'fake' }, api_app_id: 'A0FAKEAPP', token: 't', trigger_id: '$TRIGGER',
        view: { id: 'V0FUZZ', team_id: w.team, type: 'modal', callback_id: callback, private_metadata: meta, hash: '1.h', state: { values }, blocks: [] },
      },
    }));
}

function event(w: SlackWorld): fc.Arbitrary<SlackCase> {
  const inner = fc.oneof(
    fc.record({ type: fc.constant('app_home_opened'), user: idFrom(w.users), tab: fc.constantFrom('home', 'messages', 'x'), channel: fc.constant('D0FUZZ') }),
    fc.record({ type: fc.constantFrom('message', 'reaction_added', 'app_mention', 'member_joined_channel'), user: idFrom(w.users), text: fuzzText() }),
    // The bot's own arrival, somewhere real or not, and the events that forget an installation.
    fc.record({ type: fc.constant('member_joined_channel'), user: fc.constant('U0FAKEBOT'), channel: fc.oneof(idFrom([w.channel]), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: ['type', 'user'] }),
    fc.record({ type: fc.constant('app_uninstalled'), junk: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('tokens_revoked'), tokens: fc.oneof(fc.record({ bot: fc.array(idFrom(['U0FAKEBOT']), { maxLength: 3 }), oauth: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: ['type'] }),
  );
  return fc.record({ event: inner, id: fc.string({ minLength: 1, maxLength: 20 }) }).map(({ event: e, id }) => ({
    kind: 'event' as const, skew: 0,
    body: { token: 't', team_id: w.team, api_app_id: 'A0FAKEAPP', type: 'event_callback', event_id: `Ev${id}`, event_time: 1, event: e, authorizations: [{ team_id: w.team, user_id: 'U0FAKEBOT', is_bot: true }] },
  }));
}

/** Kinds the bot does not take, and shapes no Slack would send. */
function odd(w: SlackWorld): fc.Arbitrary<SlackCase> {
  const untaken = fc.constantFrom('view_closed', 'shortcut', 'message_action', 'block_suggestion', 'dialog_submission', 'workflow_step_edit').map((type) => ({
    kind: 'interaction' as const, skew: 0, payload: { type, user: user(w.users[1]!, w.team), team: { id: w.team }, callback_id: 'x', trigger_id: '$TRIGGER', view: { id: 'V1', callback_id: 'card_note' }, action_id: 'x', value: 'a' },
  }));
  const garbage = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((payload) => ({ kind: 'interaction' as const, skew: 0, payload })),
    fc.jsonValue({ maxDepth: 3 }).map((body) => ({ kind: 'event' as const, skew: 0, body })),
    fc.record({ contentType: fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', 'application/json; charset=utf-8', '', 'multipart/form-data'), body: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('payload=null', 'null', 'payload=', 'payload=%7B', '{"type":"event_callback","event":', 'ssl_check=1', 'payload=1&payload=2')) })
      .map(({ contentType, body }) => ({ kind: 'raw' as const, skew: 0, contentType, body })),
  );
  return fc.oneof(untaken, garbage);
}

/** Any case, now and then signed outside Slack's 5-minute window. */
export function slackCase(w: SlackWorld): fc.Arbitrary<SlackCase> {
  const any = fc.oneof({ weight: 3, arbitrary: command(w) }, { weight: 3, arbitrary: blockAction(w) }, { weight: 3, arbitrary: viewSubmission(w) }, { weight: 1, arbitrary: event(w) }, { weight: 2, arbitrary: odd(w) });
  const skew = fc.oneof({ weight: 19, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-400, 400, 100) });
  return fc.tuple(any, skew).map(([c, s]) => ({ ...c, skew: s }));
}
