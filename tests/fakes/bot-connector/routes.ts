// The connector routes the fake serves, answering like botframework-connector 4.23 expects.
import { HttpFailure, isObject, type ConnectorState } from './state.js';
import type { JsonObject, RosterMember } from './types.js';

export type Answer = [number, unknown];

export function route(state: ConnectorState, method: string, s: string[], query: URLSearchParams, body: JsonObject): Answer {
  const [v3, kind, id, sub, subId, tail] = s;
  if (v3 === 'v3' && kind === 'conversations') {
    if (id === undefined && method === 'POST') return createConversation(state, body);
    if (id !== undefined && sub === 'activities' && tail === undefined) return activityRoute(state, method, id, subId, body);
    if (id !== undefined && method === 'GET') return memberRoute(state, id, sub, subId, query);
  }
  if (v3 === 'v3' && kind === 'teams' && id !== undefined && method === 'GET') return teamRoute(state, id, sub);
  throw new HttpFailure(404, 'BadArgument', `The fake connector does not serve ${method} /${s.join('/')}`);
}

/**
 * Teams refuses a bot's message over 100 KB, the whole activity counted as UTF-16 (two bytes a
 * code unit), with 413 MessageSizeTooBig (learn.microsoft.com/microsoftteams/platform/bots/how-to/
 * format-your-bot-messages, "bot message size limit"). A card that grows with the team's size
 * must be refused here as it would be there.
 */
export const MAX_MESSAGE_UTF16_BYTES = 100 * 1024;

function refuseTooBig(activity: JsonObject): void {
  const bytes = JSON.stringify(activity).length * 2;
  if (bytes > MAX_MESSAGE_UTF16_BYTES) throw new HttpFailure(413, 'MessageSizeTooBig', `The message is ${bytes} bytes in UTF-16, over ${MAX_MESSAGE_UTF16_BYTES}`);
}

function activityRoute(state: ConnectorState, method: string, conversationId: string, activityId: string | undefined, body: JsonObject): Answer {
  if (method === 'POST' || method === 'PUT') refuseTooBig(body);
  if (method === 'POST' && activityId === undefined) return [201, { id: state.post(conversationId, body) }];
  if (activityId === undefined || activityId === 'history') throw new HttpFailure(404, 'BadArgument', 'Not served by the fake');
  if (method === 'POST') return [201, { id: state.post(conversationId, body, activityId) }];
  if (method === 'PUT') return [200, { id: state.update(conversationId, activityId, body) }];
  if (method === 'DELETE') return [200, state.remove(conversationId, activityId)];
  throw new HttpFailure(405, 'BadArgument', `${method} is not allowed on an activity`);
}

/** 1:1 chats: Teams answers the same conversation id for the same user every time. */
function createConversation(state: ConnectorState, body: JsonObject): Answer {
  const members = Array.isArray(body.members) ? (body.members as unknown[]) : [];
  const first = members[0];
  if (!isObject(first) || typeof first.id !== 'string') throw new HttpFailure(400, 'BadArgument', 'members[0].id is required');
  const id = `a:1${Buffer.from(first.id).toString('base64url')}`;
  if (isObject(body.activity)) refuseTooBig(body.activity);
  state.createdConversations.push({ id, request: body, at: new Date() });
  const activityId = isObject(body.activity) ? state.post(id, body.activity) : undefined;
  return [201, { id, ...(activityId ? { activityId } : {}) }];
}

function memberRoute(state: ConnectorState, conversationId: string, sub: string | undefined, userId: string | undefined, query: URLSearchParams): Answer {
  const roster = state.roster.get(conversationId);
  if (!roster) throw new HttpFailure(404, 'ConversationNotFound', `No roster for ${conversationId}`);
  const members = roster.map((m) => teamsAccount(m, state.tenantId));
  if (sub === 'members' && userId === undefined) return [200, members];
  if (sub === 'members') {
    const member = members.find((m) => m.id === userId || m.aadObjectId === userId);
    if (!member) throw new HttpFailure(404, 'MemberNotFoundInConversation', `${userId} is not in ${conversationId}`);
    return [200, member];
  }
  if (sub === 'pagedmembers') return [200, page(members, query)];
  throw new HttpFailure(404, 'BadArgument', `Unknown member route ${sub ?? ''}`);
}

function page(members: JsonObject[], query: URLSearchParams): JsonObject {
  const size = Number(query.get('pageSize') ?? '200') || 200;
  const token = query.get('continuationToken');
  const start = token ? Number(token.replace(/^page-/, '')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new HttpFailure(400, 'BadArgument', 'Bad continuationToken');
  const end = start + size;
  return { members: members.slice(start, end), ...(end < members.length ? { continuationToken: `page-${end}` } : {}) };
}

function teamsAccount(m: RosterMember, tenantId: string): JsonObject {
  const email = m.email ?? `${m.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@school.example`;
  // GET /members answers objectId and TeamsInfo.getMembers copies it over aadObjectId, so send both.
  const { id, name, aadObjectId } = m;
  return { id, name, aadObjectId, objectId: aadObjectId, email, userPrincipalName: m.userPrincipalName ?? email, tenantId, userRole: m.userRole ?? 'user' };
}

function teamRoute(state: ConnectorState, teamId: string, sub: string | undefined): Answer {
  const team = state.teams.get(teamId);
  if (!team) throw new HttpFailure(404, 'NotFound', `Unknown team ${teamId}`);
  const channels = team.channels ?? [{ id: teamId, name: 'General' }];
  if (sub === 'conversations') return [200, { conversations: channels }];
  if (sub !== undefined) throw new HttpFailure(404, 'BadArgument', `Unknown team route ${sub}`);
  const memberCount = state.roster.get(teamId)?.length ?? 0;
  const aadGroupId = team.aadGroupId ?? `group-${teamId}`;
  return [200, { id: teamId, name: team.name, aadGroupId, type: 'standard', channelCount: channels.length, memberCount }];
}
