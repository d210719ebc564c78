// An inbound activity's shape, checked before botbuilder reads it: botbuilder trusts what it is given
// (`entities[i].type.toLowerCase()`, `text.replace(...)`, `from.id`), so a numeric text or a null
// `from` became a 500. Fields botbuilder tests with `!== undefined` are `.optional()`, not `.nullish()`.
import { z } from 'zod';
import { cleanStrings, withinBounds } from '../../text.js';

const Str = (max: number) => z.string().max(max);
const Id = Str(512).min(1);

const Account = z.looseObject({ id: Id, name: Str(512).nullish(), aadObjectId: Str(128).nullish(), role: Str(32).nullish() });
const Conversation = z.looseObject({
  id: Id, conversationType: Str(32).nullish(), tenantId: Str(128).nullish(), isGroup: z.boolean().nullish(), name: Str(512).nullish(),
});

// Mentions are found by a case-insensitive type; a mention must name whom it mentions.
const Entity = z
  .looseObject({ type: Str(64), text: Str(1000).optional(), mentioned: Account.optional() })
  .refine((e) => e.type.toLowerCase() !== 'mention' || e.mentioned !== undefined, { message: 'mention without mentioned' });

const ChannelData = z.looseObject({
  tenant: z.looseObject({ id: Str(128) }).nullish(),
  team: z.looseObject({ id: Str(512), name: Str(512).nullish() }).nullish(),
  channel: z.looseObject({ id: Str(512), name: Str(512).nullish() }).nullish(),
  eventType: Str(64).nullish(),
});

// Dates, as botbuilder's own CloudAdapter.process makes them.
const timestamp = z.union([z.string().max(64).transform((raw) => new Date(raw)), z.date()]).nullish();

/** A card's data or a form's values: always an object when Teams sends one. */
const Value = z.record(Str(200), z.unknown());

const Activity = z.looseObject({
  type: Str(64).min(1), id: Str(512).optional(), serviceUrl: Str(2048).nullish(), channelId: Str(64).optional(),
  timestamp, localTimestamp: timestamp, expiration: timestamp,
  from: Account, recipient: Account, conversation: Conversation,
  channelData: ChannelData.optional(),
  text: Str(40_000).optional(), textFormat: Str(32).optional(), locale: Str(35).optional(),
  name: Str(256).optional(), action: Str(64).optional(), replyToId: Str(512).optional(),
  entities: z.array(Entity).max(50).optional(),
  attachments: z.array(z.looseObject({ contentType: Str(256) })).max(20).optional(),
  membersAdded: z.array(Account).max(500).optional(),
  membersRemoved: z.array(Account).max(500).optional(),
  value: Value.nullish(),
});

/** Action.Execute: Teams always names the action's type and verb. */
const AdaptiveCardAction = z.looseObject({
  action: z.looseObject({ type: Str(64), verb: Str(200), data: Value.nullish() }), trigger: Str(32).nullish(),
});

/** Typeahead in a picker (people-search.ts): what was typed, the picker's dataset, which page. */
const SearchQuery = z.looseObject({
  queryText: Str(200).nullish(),
  dataset: Str(200),
  queryOptions: z.looseObject({ skip: z.number().int().min(0).max(10_000).nullish(), top: z.number().int().min(1).max(100).nullish() }).nullish(),
});
export type SearchValue = z.output<typeof SearchQuery>;

// A consent answer of any shape is answered by its handler with a card. A Map: an invoke named
// `toString` must find nothing, not Object.prototype's.
const INVOKE_VALUES = new Map<string, z.ZodType>([
  ['adaptiveCard/action', AdaptiveCardAction],
  ['application/search', SearchQuery],
  ['fileConsent/invoke', z.unknown()],
]);

/** Invokes the bot answers; botbuilder would answer any other with 501. */
export const isTakenInvoke = (name: string | undefined): boolean => name !== undefined && INVOKE_VALUES.has(name);

const BOUNDS = { depth: 32, nodes: 20_000 };

type ActivityCheck = { ok: true; activity: z.output<typeof Activity> } | { ok: false; reason: string };

/** The activity with its strings cleaned (no NUL, no lone surrogate), or why it is refused. */
export function checkActivity(raw: unknown): ActivityCheck {
  if (!withinBounds(raw, BOUNDS)) return { ok: false, reason: 'too_large' };
  const parsed = Activity.safeParse(cleanStrings(raw));
  if (!parsed.success) return { ok: false, reason: 'shape' };
  const a = parsed.data;
  const mentions = (a.entities ?? []).some((e) => e.type.toLowerCase() === 'mention');
  // botbuilder strips the bot's mention from `text`, which must then be there.
  if (mentions && a.text === undefined) return { ok: false, reason: 'mention_without_text' };
  const invokeShape = a.type === 'invoke' && a.name !== undefined ? INVOKE_VALUES.get(a.name) : undefined;
  if (invokeShape && !invokeShape.safeParse(a.value).success) return { ok: false, reason: 'invoke_value' };
  return { ok: true, activity: a };
}

/**
 * The Entra tenant an activity comes from, or null. Teams always names it; other Bot Framework
 * channels (Web Chat, which a bot registration has on by default) and the Emulator do not.
 */
export function tenantOf(activity: { channelData?: unknown; conversation?: { tenantId?: string | null } }): string | null {
  const data = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  if (typeof data?.tenant?.id === 'string' && data.tenant.id !== '') return data.tenant.id;
  return activity.conversation?.tenantId || null;
}
