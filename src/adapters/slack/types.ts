// The shapes the flows work with, already parsed from Bolt's payloads (see register.ts).
import type { types } from '@slack/bolt';
import type { Actor } from '../../app/context.js';
import type { SlackCtx, WebClient } from './context.js';
import type { StateValues } from './render/inputs.js';

export interface SlackCaller {
  cx: SlackCtx;
  client: WebClient;
  workspaceId: string;
  userId: string;
}

/** The use cases' actor: only the two ids, not the rest of the call. */
export const actorOf = (c: Actor): Actor => ({ workspaceId: c.workspaceId, userId: c.userId });

export interface ActionCall extends SlackCaller {
  channelId: string | null;
  messageTs: string | null;
  triggerId: string;
  actionId: string;
  value: string;
  /** The modal a button sits in, as Slack sent it back (with what the user typed so far). */
  view: { id: string; hash: string | null; meta: string; values: StateValues } | null;
  /** Clicked in the user's App Home: no channel to answer in, and the home to publish again. */
  inHome: boolean;
  /** Only a vote acks its click itself (register.ts acks every other one before it runs). */
  ack(): Promise<void>;
  /**
   * Tells only the clicking user something about their click, through the interaction's
   * response_url (no Web API call); without one, or refused, as tell.ts tellPrivately does.
   */
  tellUser(text: string): Promise<void>;
  /** The interaction's response_url, where Slack sent one: for flows that answer through tellPrivately. */
  responseUrl: string | null;
}

export interface SubmitCall extends SlackCaller {
  values: StateValues;
  meta: string;
  /** The bot's own user id, from Bolt's context (auth.test, or the installation). */
  botUserId: string | undefined;
  /** Closes the modal, or keeps it open with errors next to the named blocks. */
  ack(errors?: Record<string, string>): Promise<void>;
  /** Shows `view` in place of the submitted modal (response_action: update), e.g. a long form's next page. */
  replace(view: types.ModalView): Promise<void>;
}
