// Slack bookkeeping in Postgres: which events were handled already (Slack redelivers events
// it thinks were not acknowledged). Where cards were posted is in store/posted-messages.ts.
import type { Queryable } from '../../store/db.js';

/** True the first time an event id is seen. */
export async function firstDelivery(db: Queryable, eventId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into processed_events (platform, event_id) values ('slack', $1::text) on conflict do nothing`,
    [eventId],
  );
  return rowCount === 1;
}
