// The calls the flows work with, already parsed from Bolt's payloads (register.ts).
import type { types } from '@slack/bolt';
import type { Actor } from '../../app/context.js';
import type { SlackCtx, WebClient } from './context.js';
import type { StateValues } from './render/form.js';

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
  /** The modal the button sits in, with what the user typed so far. */
  view: { id: string; hash: string | null; meta: string; values: StateValues } | null;
  /** Clicked in the App Home: no channel to answer in, and the home to publish again. */
  inHome: boolean;
  /** Only a vote acks its click itself, once committed; register.ts acks every other one before it runs. */
  ack(): Promise<void>;
  /** Tells the clicker alone, through the response_url (no Web API call); without one, or refused, as tell.ts tellPrivately. */
  tellUser(text: string): Promise<void>;
  responseUrl: string | null;
}

export interface SubmitCall extends SlackCaller {
  values: StateValues;
  meta: string;
  /** The modal's id: the same in every send of one opened modal. */
  viewId: string;
  /** From Bolt's context (auth.test, or the installation). */
  botUserId: string | undefined;
  /** Closes the modal, or keeps it open with errors next to the named blocks. */
  ack(errors?: Record<string, string>): Promise<void>;
  /** `response_action: update`: `view` in place of the submitted modal (a long form's next page). */
  replace(view: types.ModalView): Promise<void>;
}
