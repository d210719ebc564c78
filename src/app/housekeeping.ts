// Records the bot keeps for a while only, deleted by the scheduler's tick: nothing about a person
// stays longer than it serves. A leerlijn's own records go with it when it is deleted; these
// belong to none. They are stamped by the database's clock and judged by the tick's `now`: a
// skew of minutes between the two is nothing against a day, and a tick run for a past moment
// (`tick --now`) deletes less, never more.
import { forgetExpiredMessages } from '../store/posted-messages.js';
import { forgetEventsBefore } from '../store/platform-records.js';
import type { Deps } from './context.js';
import { TEAM_SESSION_KEYS } from './posted.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Slack redelivers an event it thinks was missed within minutes (its last retry comes after five). */
export const EVENT_IDS_KEPT_MS = DAY_MS;
/**
 * A start form opened in a channel where no leerlijn was ever started. Sent after this, it still
 * starts the leerlijn, but its message no longer turns into "filled in": longer than a summer
 * holiday, so a form opened in June and sent in September still does.
 */
export const UNOWNED_MESSAGES_KEPT_MS = 90 * DAY_MS;
/**
 * A team form's session (what its pages saved, that its team was told): a form left open halfway, or its
 * last page never sent, would keep it until the leerlijn goes. A form is filled in within minutes; its
 * last page sent again a day later is told as a new form's.
 */
export const TEAM_SESSIONS_KEPT_MS = DAY_MS;

export interface Forgotten {
  eventIds: number;
  unownedMessages: number;
  teamSessions: number;
}

export async function forgetExpiredRecords(deps: Pick<Deps, 'db'>, now: Date): Promise<Forgotten> {
  const eventIds = await forgetEventsBefore(deps.db, new Date(now.getTime() - EVENT_IDS_KEPT_MS));
  const forgotten = await forgetExpiredMessages(deps.db, {
    unownedBefore: new Date(now.getTime() - UNOWNED_MESSAGES_KEPT_MS),
    sessionPrefixes: TEAM_SESSION_KEYS,
    sessionsBefore: new Date(now.getTime() - TEAM_SESSIONS_KEPT_MS),
  });
  return { eventIds, unownedMessages: forgotten.unowned, teamSessions: forgotten.sessions };
}
