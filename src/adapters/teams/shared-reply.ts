// A reply where it was asked. In a channel everyone reads it: the asker's own part (own-view.ts sharedReply) is in their own
// view, which Teams fetches for them alone (refresh.userIds). Apart from surface.ts so score cards answer the same way.
import type { ReplyView } from '../../app/flows/surface.js';
import { sharedReply, type OwnViewKey } from '../../app/flows/own-view.js';
import { peopleNamed } from '../../views/reply.js';
import type { AdaptiveCard } from './cards/common.js';
import { candidates, displayName, reply, sendParts } from './forms.js';
import { rememberSharedReply } from '../../app/posted.js';
import { OWN_VIEW_VERB, privateSubmits, renderReply } from './reply.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

export async function replyCard(svc: TeamsServices, turn: Turn, view: ReplyView): Promise<AdaptiveCard> {
  const names = Promise.all(peopleNamed(view).map(async (id) => [id, await displayName(svc, turn, id)] as const));
  const [named, others] = await Promise.all([names, view.type === 'team' && view.canEdit ? candidates(svc, turn, view.leerlijn.members) : []]);
  return renderReply(turn.lang, view, new Map(named), others, turn.personal ? 'personal' : 'channel');
}

/** A channel reply's controls are its asker's only: Teams asks for their own view (refresh.userIds). */
export function withOwnView(card: AdaptiveCard, key: OwnViewKey, asker: Turn): AdaptiveCard {
  return { ...privateSubmits(card, key), refresh: { action: { type: 'Action.Execute', verb: OWN_VIEW_VERB, data: key }, userIds: [asker.context.activity.from.id] } };
}

/** A reply here is seen by everyone and Teams shows each asker their own (not in the Playground, which cannot). */
export const ownViewsHere = (svc: TeamsServices, turn: Turn): boolean => !turn.personal && svc.perUserViews;

/** The invoke's answer to its sender alone, or a message, with the asker's own view where everyone reads it. */
export async function replyHere(svc: TeamsServices, turn: Turn, view: ReplyView): Promise<void> {
  if (turn.answer) return void turn.answer.cards.push(await replyCard(svc, turn, view));
  const shared = ownViewsHere(svc, turn) ? sharedReply(view, turn.actor.userId) : null;
  const card = await replyCard(svc, turn, shared?.everyone ?? view);
  if (!shared?.own) return reply(svc, turn, card);
  // Kept for a form sent from its own view to redraw its parts (a leerlijn's reply only: sharedReplyNow), and for its leerlijn's deletion.
  const parts = await sendParts(svc, turn, withOwnView(card, shared.own, turn));
  if (!('leerlijnId' in shared.own)) return;
  // The reply is out; not kept, a redraw writes only its last message.
  await rememberSharedReply(svc.deps, turn.actor.workspaceId, shared.own.leerlijnId, turn.channelId, parts).catch((error: unknown) => svc.log.warn({ err: error }, 'teams: a reply’s parts not kept'));
}
