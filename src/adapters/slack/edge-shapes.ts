// The shapes of the Slack requests the bot takes. Bolt 5.1 trusts a signed body's shape (a signed
// `payload=null` stops Node), so all Bolt or a listener reads is checked here. The listeners
// (register.ts) parse with these same shapes, so the edge never passes what a listener drops.
import { z } from 'zod';

// What the bot takes: this command, and the interactions and events that have a shape below. Anything else signed is
// answered 200 at once, not after Bolt's 3 s and a 404. Action and callback ids are not listed: register.ts answers
// unknown ones, and a second list could silence a new button.
export const COMMAND = '/leerlijn';

/** The shape a taken `type` must have; none for one not taken (a key of Object.prototype neither). */
export const shapeOf = <S>(shapes: Readonly<Record<string, S>>, type: string): S | undefined => (Object.hasOwn(shapes, type) ? shapes[type] : undefined);
const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().max(max);
const TriggerId = Text(255);
export const SlashCommand = z.looseObject({
  command: Text(64), text: Text(4000).optional(), response_url: Text(2000).optional(),
  user_id: Id, channel_id: Id, channel_name: Text(255).optional(), team_id: Id, trigger_id: TriggerId,
});

/** An interaction (`payload=<json>`) or a JSON body: its type first, the rest per type below. */
export const Typed = z.looseObject({ type: Text(64) });
const Option = z.looseObject({ value: Text(2000) });
const Org = z.looseObject({ id: Id }).nullish();
const Sender = { user: z.looseObject({ id: Id, team_id: Id.nullish() }), team: Org, enterprise: Org };
export const StateValue = z.looseObject({
  type: Text(64),
  value: Text(3000).nullish(),
  selected_option: Option.nullish(), selected_options: z.array(Option).max(100).optional(),
  selected_date: Text(10).nullish(), selected_time: Text(5).nullish(),
  selected_users: z.array(Id).max(100).optional(),
  selected_user: Id.nullish(), selected_conversation: Id.nullish(), selected_channel: Id.nullish(),
});

export type StateValue = z.output<typeof StateValue>;

const View = z.looseObject({
  id: Id, type: Text(20).nullish(), callback_id: Text(255), private_metadata: Text(3000).nullish(), hash: Text(200).nullish(),
  // The workspace that installed the app; `team` may be another organisation's (Slack Connect).
  team_id: Id.nullish(), app_installed_team_id: Id.nullish(),
  state: z.looseObject({ values: z.record(Text(255), z.record(Text(255), StateValue)) }),
});

const Action = z.looseObject({
  action_id: Text(255), block_id: Text(255).nullish(), type: Text(64),
  value: Text(2000).nullish(), selected_option: Option.nullish(), action_ts: Text(32).nullish(),
});

export const BlockActions = z.looseObject({
  type: z.literal('block_actions'),
  ...Sender,
  channel: z.looseObject({ id: Id }).nullish(), message: z.looseObject({ ts: Text(32) }).nullish(),
  // An ephemeral message cannot be updated.
  container: z.looseObject({ type: Text(64), is_ephemeral: z.boolean().nullish() }).nullish(),
  trigger_id: TriggerId, response_url: z.url().max(2000).nullish(),
  view: View.nullish(), actions: z.array(Action).min(1).max(25),
});

export const ViewSubmission = z.looseObject({ type: z.literal('view_submission'), ...Sender, trigger_id: TriggerId.nullish(), view: View });
export const INTERACTION_SHAPES: Readonly<Record<string, z.ZodType<object>>> = { block_actions: BlockActions, view_submission: ViewSubmission };
export const UrlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: Text(500) });
/** Which installation; an org-wide (Enterprise Grid) one has no workspace of its own (`team_id` null). */
const Installed = { team_id: Id.nullish(), enterprise_id: Id.nullish(), is_enterprise_install: z.boolean().nullish() };

export const EventCallback = z.looseObject({
  type: z.literal('event_callback'), event_id: Text(100).min(1), event_time: z.number().nullish(), ...Installed,
  authorizations: z.array(z.looseObject({ ...Installed, user_id: Id.nullish() })).max(10).nullish(),
  event: z.looseObject({ type: Text(64) }),
});

export const HomeOpened = z.looseObject({ type: z.literal('app_home_opened'), user: Id, tab: Text(20).nullish(), channel: Id.nullish() });
export const MemberJoined = z.looseObject({ type: z.literal('member_joined_channel'), user: Id, channel: Id });
export const AppUninstalled = z.looseObject({ type: z.literal('app_uninstalled') });
/** The bot's tokens (as user ids of bot users) are what this app keeps. */
export const TokensRevoked = z.looseObject({
  type: z.literal('tokens_revoked'),
  tokens: z.looseObject({ bot: z.array(Id).max(100).nullish(), oauth: z.array(Id).max(1000).nullish() }),
});

export const EVENT_SHAPES = {
  app_home_opened: HomeOpened,
  member_joined_channel: MemberJoined,
  app_uninstalled: AppUninstalled,
  tokens_revoked: TokensRevoked,
} satisfies Readonly<Record<string, z.ZodType>>;

export const eventOf = <E extends z.ZodType>(event: E) => EventCallback.extend({ event });
