// Sending apart from receiving: one Messenger per platform for everything the bot says
// on its own (reminders, DMs to action owners, coordinator prompts). Each send reports
// an honest result; nothing is fire-and-forget.
import type { Platform } from '../store/leerlijnen.js';
import type { Notice } from './notices.js';
import type { PostedMessage } from '../store/posted-messages.js';
import type { LeftoverView } from './views.js';

export type SendResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      error: string;
      retryAfterSeconds?: number;
      /**
       * The platform's rate limit (a 429 of Slack or Teams): it took nothing and asks to wait (`retryAfterSeconds`, when it said how long).
       * The scheduler counts no failed attempt for it (scheduler/job-turn.ts); an outage's Retry-After is not this.
       */
      throttled?: true;
      permanent: boolean;
      /**
       * The platform refused this person, not the bot (they left, are disabled, blocked the bot):
       * only then is a person taken for gone. A failure of the bot's own token or credentials
       * is permanent too, but mended it reaches them all again.
       */
      recipientGone?: true;
    };

export interface Messenger {
  readonly platform: Platform;
  toChannel(target: { workspaceId: string; channelId: string }, notice: Notice): Promise<SendResult>;
  toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult>;
  /** A message the bot posted, drawn again as `view` (app/leftovers.ts); absent where a platform draws none again by itself. */
  redraw?(target: { workspaceId: string } & PostedMessage, view: LeftoverView): Promise<SendResult>;
  /**
   * A step's document the bot posted, taken out of its channel with its leerlijn's data (app/leftovers.ts; Slack: its files
   * deleted, one gone already is fine); absent where a document is drawn again instead (Teams: a link that dies with the data).
   */
  removeDocument?(target: { workspaceId: string } & PostedMessage): Promise<SendResult>;
}

/**
 * The longest 429 wait a scheduler's send takes (a burst into one channel or conversation asks a second
 * or so): a longer wait held every other team's reminders, so the job goes back to the job store instead.
 */
export const SENDER_RATE_WAIT_MS = 3_000;

export type Messengers = Partial<Record<Platform, Messenger>>;
