// Builds and signs requests the way Slack sends them to the app, so tests can drive
// Bolt's real HTTP receiver: slash commands, interactivity payloads and events.
import { createHmac } from 'node:crypto';

export const FAKE_TEAM = { id: 'T0FAKETEAM', domain: 'fake-school' };
export const FAKE_APP_ID = 'A0FAKEAPP';
const VERIFICATION_TOKEN = 'fake-verification-token';

export interface SignedHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/** `v0=` + hex HMAC-SHA256 of `v0:<ts>:<rawBody>`, as Slack signs every request. */
export function signedHeaders(secret: string, rawBody: string, nowSeconds = Math.floor(Date.now() / 1000)): SignedHeaders {
  const ts = String(nowSeconds);
  const digest = createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': ts };
}

export interface SlashCommand {
  command: string;
  text?: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  team_id?: string;
  team_domain?: string;
  trigger_id?: string;
  response_url?: string;
  api_app_id?: string;
}

/** A group DM (mpim): Slack names it `mpdm-…` in a command; no app can be added to it. */
export const GROUP_DM = 'G0GROUPDM';

/** The form-encoded body of a slash command. */
export function slashCommandBody(cmd: SlashCommand): string {
  const fields: Record<string, string> = {
    token: VERIFICATION_TOKEN,
    team_id: cmd.team_id ?? FAKE_TEAM.id,
    team_domain: cmd.team_domain ?? FAKE_TEAM.domain,
    channel_id: cmd.channel_id,
    channel_name: cmd.channel_name ?? (cmd.channel_id === GROUP_DM ? 'mpdm-anna--bram--chen-1' : 'leerlijn'),
    user_id: cmd.user_id,
    user_name: cmd.user_name ?? cmd.user_id.toLowerCase(),
    command: cmd.command,
    text: cmd.text ?? '',
    api_app_id: cmd.api_app_id ?? FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: cmd.response_url ?? 'https://hooks.slack.com/commands/T0FAKETEAM/1/fake',
    trigger_id: cmd.trigger_id ?? `${Date.now()}.1.fake`,
  };
  return new URLSearchParams(fields).toString();
}

/** Interactivity arrives form-encoded as a single `payload` field holding JSON. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface EventEnvelope {
  event_id: string;
  team_id?: string;
  event_time?: number;
  bot_user_id?: string;
  /** The installation the event is delivered for (`authorizations`); `team_id` unless given (Slack Connect: the user's org is in `team_id`). */
  installed_team_id?: string;
}

/** A JSON `event_callback` envelope around `event`. */
export function eventBody(event: Record<string, unknown>, env: EventEnvelope): string {
  const teamId = env.team_id ?? FAKE_TEAM.id;
  return JSON.stringify({
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    api_app_id: FAKE_APP_ID,
    event,
    type: 'event_callback',
    event_id: env.event_id,
    event_time: env.event_time ?? Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: env.installed_team_id ?? teamId, user_id: env.bot_user_id ?? 'U0FAKEBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export interface PostOptions {
  /** Shift the signed timestamp, e.g. -600 for a request older than Bolt's 5 minute window. */
  timestampSkewSeconds?: number;
  /** Extra headers such as `x-slack-retry-num` for a redelivered event. */
  headers?: Record<string, string>;
  /** Sign with this secret instead, to test a forged request. */
  signWith?: string;
}

export interface SlackPostResult { status: number; text: string; json?: unknown }

export async function postToSlackEndpoint(
  url: string,
  secret: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  opts: PostOptions = {},
): Promise<SlackPostResult> {
  const now = Math.floor(Date.now() / 1000) + (opts.timestampSkewSeconds ?? 0);
  const headers = { 'content-type': contentType, ...signedHeaders(opts.signWith ?? secret, body, now), ...opts.headers };
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: parseJson(res.headers.get('content-type'), text) };
}

function parseJson(contentType: string | null, text: string): unknown {
  if (!contentType?.includes('application/json') || text === '') return undefined;
  return JSON.parse(text);
}

/** A user id, or an id with a name for payloads that show one. */
export type PayloadUser = string | { id: string; name?: string };
function userOf(u: PayloadUser, team: string) {
  const { id, name } = typeof u === 'string' ? { id: u, name: undefined } : u;
  const handle = name ?? id.toLowerCase();
  return { id, username: handle, name: handle, team_id: team };
}
const teamOf = (team: string) => ({ id: team, domain: team === FAKE_TEAM.id ? FAKE_TEAM.domain : team.toLowerCase() });

export interface BlockActionInput {
  user: PayloadUser;
  actionId: string;
  blockId?: string;
  value?: string;
  /** Message the button sits on; omit and give `view` for a button in a modal. */
  channel?: string;
  messageTs?: string;
  message?: Record<string, unknown>;
  /** The modal the button sits in: Slack sends it back whole, with what was typed so far. */
  view?: { id: string; type?: 'modal' | 'home'; hash?: string; callbackId?: string; privateMetadata?: string; values?: Record<string, Record<string, StateValue>> };
  triggerId?: string;
  responseUrl?: string;
  team?: string;
  actionType?: string;
  selectedOption?: { text: string; value: string };
}

export function blockActionPayload(a: BlockActionInput): Record<string, unknown> {
  const team = a.team ?? FAKE_TEAM.id;
  const actionTs = `${Math.floor(Date.now() / 1000)}.000100`;
  const selected = a.selectedOption ? { selected_option: option(a.selectedOption) } : {};
  const action = { action_id: a.actionId, block_id: a.blockId ?? 'block', value: a.value, type: a.actionType ?? 'button', action_ts: actionTs, ...selected };
  const v = a.view;
  const where = v !== undefined
    ? {
        container: { type: 'view', view_id: v.id },
        view: { id: v.id, type: v.type ?? 'modal', team_id: team, callback_id: v.callbackId ?? '', hash: v.hash ?? '1.fakehash', private_metadata: v.privateMetadata ?? '', state: { values: v.values ?? {} } },
      }
    : {
        container: { type: 'message', message_ts: a.messageTs, channel_id: a.channel, is_ephemeral: false },
        channel: { id: a.channel, name: 'leerlijn' },
        message: a.message ?? { type: 'message', user: 'U0FAKEBOT', bot_id: 'B0FAKEBOT', ts: a.messageTs, text: '', blocks: [] },
        response_url: a.responseUrl ?? 'https://hooks.slack.com/actions/T0FAKETEAM/1/fake',
      };
  return {
    type: 'block_actions',
    user: userOf(a.user, team),
    api_app_id: FAKE_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: a.triggerId ?? `${Date.now()}.1.fake`,
    team: teamOf(team),
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    actions: [action],
    ...where,
  };
}

function option(o: { text: string; value: string }) {
  return { text: { type: 'plain_text', text: o.text, emoji: true }, value: o.value };
}

/** One entry of `view.state.values[blockId][actionId]`. */
export type StateValue =
  | { type: 'plain_text_input'; value: string | null }
  | { type: 'static_select' | 'radio_buttons'; selected_option: ReturnType<typeof option> | null }
  | { type: 'checkboxes' | 'multi_static_select'; selected_options: Array<ReturnType<typeof option>> }
  | { type: 'datepicker'; selected_date: string | null }
  | { type: 'multi_users_select'; selected_users: string[] }
  | { type: 'users_select'; selected_user: string | null }
  | { type: 'conversations_select'; selected_conversation: string | null };

/** Shorthands for the state values Slack sends, e.g. `input.select('4', 'Goed')`. */
export const input = {
  text: (value: string | null): StateValue => ({ type: 'plain_text_input', value }),
  select: (value: string, text = value): StateValue => ({ type: 'static_select', selected_option: option({ text, value }) }),
  radio: (value: string, text = value): StateValue => ({ type: 'radio_buttons', selected_option: option({ text, value }) }),
  date: (isoDate: string | null): StateValue => ({ type: 'datepicker', selected_date: isoDate }),
  users: (ids: string[]): StateValue => ({ type: 'multi_users_select', selected_users: ids }),
  checked: (values: string[]): StateValue => ({ type: 'checkboxes', selected_options: values.map((value) => option({ text: value, value })) }),
  conversation: (id: string | null): StateValue => ({ type: 'conversations_select', selected_conversation: id }),
};

export interface ViewSubmissionInput {
  user: PayloadUser;
  callbackId: string;
  values: Record<string, Record<string, StateValue>>;
  privateMetadata?: string;
  viewId?: string;
  team?: string;
  /** The workspace that installed the app (`view.app_installed_team_id`); `team` unless given (Slack Connect: another org's member submits). */
  installedTeam?: string;
  triggerId?: string;
  blocks?: unknown[];
}

export function viewSubmissionPayload(v: ViewSubmissionInput): Record<string, unknown> {
  const team = v.team ?? FAKE_TEAM.id;
  const viewId = v.viewId ?? 'V0FAKEVIEW';
  return {
    type: 'view_submission',
    team: teamOf(team),
    user: userOf(v.user, team),
    api_app_id: FAKE_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: v.triggerId ?? `${Date.now()}.1.fake`,
    view: {
      id: viewId,
      team_id: team,
      type: 'modal',
      callback_id: v.callbackId,
      private_metadata: v.privateMetadata ?? '',
      blocks: v.blocks ?? [],
      state: { values: v.values },
      hash: '1.fakehash',
      title: { type: 'plain_text', text: 'Leerlijn', emoji: true },
      close: null,
      submit: { type: 'plain_text', text: 'Opslaan', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      root_view_id: viewId,
      app_id: FAKE_APP_ID,
      external_id: '',
      app_installed_team_id: v.installedTeam ?? team,
      bot_id: 'B0FAKEBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
