// What the fake connector remembers: recorded traffic, the messages as a user sees them now,
// rosters, teams and pending faults.
import { Pauses } from '../pauses.js';
import type {
  CreatedConversation, FakeConnectorOptions, FakeTeam, Fault, FaultMatch, JsonObject, RecordedActivity, RecordedRequest, RecordedUpload, RosterMember,
} from './types.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export class HttpFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

interface Message { id: string; conversationId: string; activity: JsonObject; deleted: boolean }
export interface PendingFault extends Fault { match: FaultMatch; remaining: number }

export class ConnectorState {
  readonly activities: RecordedActivity[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly createdConversations: CreatedConversation[] = [];
  readonly uploads: RecordedUpload[] = [];
  readonly roster: Map<string, RosterMember[]>;
  readonly teams: Map<string, FakeTeam>;
  readonly tenantId: string;
  faults: PendingFault[] = [];
  /** Answers held until the test releases them: FakeConnector.pauseAnswer. */
  readonly pauses = new Pauses<{ method: string; path: string; body: JsonObject }>();
  private messages = new Map<string, Message>();
  private nextId = 1;

  constructor(opts: FakeConnectorOptions) {
    this.roster = new Map(Object.entries(opts.roster ?? {}));
    this.teams = new Map(Object.entries(opts.teams ?? {}));
    this.tenantId = opts.tenantId ?? 'tenant-1';
  }

  reset(): void {
    this.activities.length = 0;
    this.requests.length = 0;
    this.createdConversations.length = 0;
    this.uploads.length = 0;
    this.faults = [];
    this.messages.clear();
  }

  /** Teams message ids are millisecond-like numbers; a counter keeps them unique and ordered. */
  newActivityId(): string {
    return String(1_700_000_000_000 + this.nextId++);
  }

  takeFault(method: string, path: string): PendingFault | undefined {
    const fault = this.faults.find((f) =>
      typeof f.match === 'string' ? f.match === method : f.match.test(path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  post(conversationId: string, activity: JsonObject, replyToId?: string): string {
    const id = this.newActivityId();
    this.messages.set(id, { id, conversationId, activity: { ...activity, id }, deleted: false });
    this.record({ conversationId, activityId: id, activity, method: 'POST', ...(replyToId ? { replyToId } : {}) });
    return id;
  }

  update(conversationId: string, activityId: string, activity: JsonObject): string {
    this.liveMessage(conversationId, activityId).activity = { ...activity, id: activityId };
    this.record({ conversationId, activityId, activity, method: 'PUT' });
    return activityId;
  }

  remove(conversationId: string, activityId: string): JsonObject {
    this.liveMessage(conversationId, activityId).deleted = true;
    this.record({ conversationId, activityId, activity: {}, method: 'DELETE' });
    return {};
  }

  liveMessages(conversationId: string): Message[] {
    return [...this.messages.values()].filter((m) => m.conversationId === conversationId && !m.deleted);
  }

  lastCardIn(conversationId: string): JsonObject | undefined {
    const withCards = this.liveMessages(conversationId)
      .map((m) => adaptiveCardOf(m.activity))
      .filter((card): card is JsonObject => card !== undefined);
    return withCards.at(-1);
  }

  private liveMessage(conversationId: string, activityId: string): Message {
    const message = this.messages.get(activityId);
    if (!message || message.deleted || message.conversationId !== conversationId) {
      throw new HttpFailure(404, 'ActivityNotFound', `Unknown activity ${activityId} in ${conversationId}`);
    }
    return message;
  }

  private record(entry: Omit<RecordedActivity, 'at'>): void {
    this.activities.push({ ...entry, at: new Date() });
  }
}

export function adaptiveCardOf(activity: JsonObject): JsonObject | undefined {
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as unknown[]) : [];
  const cards = attachments.filter(
    (a): a is { content: JsonObject } => isObject(a) && a.contentType === ADAPTIVE_CARD_CONTENT_TYPE && isObject(a.content),
  );
  return cards.at(-1)?.content;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
