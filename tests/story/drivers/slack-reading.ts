// What the Slack driver reads back: the channel's messages, its files, a person's DM, from what
// the fake Slack received. Kept apart from the acting side.
import { CHANNEL, USERS, type Harness } from '../../adapters/slack/harness.js';
import { NAMES } from '../cast.js';
import type { ChannelChart, ChannelDocument, PrivateFile } from './driver.js';
import { dmOf, isControl, type Message, type Node } from './slack-parts.js';
import { nodesOf, slackText } from './text.js';

export class SlackReading {
  /** Names by Slack user id, as the story's people are called. */
  readonly names = new Map(USERS.map((id, i) => [id, NAMES[i]!]));
  private messagesSeen = 0;
  private documentsSeen = 0;

  constructor(private readonly h: Harness) {}

  /** Slack refuses the next chat.postMessage (ok: false), as when it will not let the bot post there. */
  refuseNextPost(): void {
    this.h.fake.failNext('chat.postMessage', { error: 'restricted_action' });
  }

  /** Messages in a channel as people see them now, newest first. */
  messages(channel: string): Message[] {
    return this.h.fake.messagesIn(channel).map((m) => ({ channel, ts: m.ts, blocks: m.blocks })).reverse();
  }

  /**
   * Earlier versions of the channel's messages as the bot sent them with chat.update, newest first, then as first posted
   * (chat.postMessage, whose ts the request does not carry: for a click that does not redraw the message it sits in).
   */
  history(): Message[] {
    const sent = (method: string): Message[] => this.h.fake.callsTo(method).filter((c) => c.body.channel === CHANNEL)
      .map((c) => ({ channel: CHANNEL, ts: String(c.body.ts ?? ''), blocks: typeof c.body.blocks === 'string' ? JSON.parse(c.body.blocks) : c.body.blocks }))
      .reverse();
    return [...sent('chat.update'), ...sent('chat.postMessage')];
  }

  /** The mrkdwn texts of a channel's messages as sent (plain_text reads no markup), oldest first. */
  markupOf(channel: string): string[] {
    const texts = nodesOf(this.h.fake.messagesIn(channel).map((m) => m.blocks ?? []));
    return texts.filter((n) => n.type === 'mrkdwn' && typeof n.text === 'string').map((n) => n.text as string);
  }

  /** The labels of the buttons in a channel's messages (its selects by their placeholder), newest message first. */
  buttonsIn(channel: string): string[] {
    const label = (n: Node): string => String((n.text as { text?: unknown } | undefined)?.text ?? (n.placeholder as { text?: unknown } | undefined)?.text ?? n.type);
    return this.messages(channel).flatMap((m) => nodesOf(m.blocks).filter(isControl).map(label));
  }

  /** Every message of a channel as text, oldest first. */
  textOf(channel: string): string {
    return this.h.fake.messagesIn(channel).map((m) => slackText(m, this.names)).join('\n');
  }

  editsInChannel(): number {
    return this.history().length;
  }

  newInChannel(): string {
    const all = this.h.fake.messagesIn(CHANNEL);
    const fresh = all.slice(this.messagesSeen);
    this.messagesSeen = all.length;
    return fresh.map((m) => slackText(m, this.names)).join('\n');
  }

  /** Counted over every upload, deleted ones too (the fake keeps them), so a file deleted later does not hide a new one. */
  newChannelDocuments(): ChannelDocument[] {
    const pdfs = this.h.fake.uploads().filter((u) => u.channel === CHANNEL && u.filename.endsWith('.pdf'));
    const fresh = pdfs.slice(this.documentsSeen).filter((u) => !u.deleted);
    this.documentsSeen = pdfs.length;
    if (fresh.some((u) => u.bytes.subarray(0, 5).toString() !== '%PDF-')) throw new Error('slack: a .pdf that is no PDF');
    return fresh.map((u) => ({ name: u.filename, bytes: u.bytes }));
  }

  /** The PDFs in the channel now, oldest first: a deleted file is no longer there. */
  channelDocuments(): ChannelDocument[] {
    const pdfs = this.h.fake.uploads().filter((u) => u.channel === CHANNEL && u.filename.endsWith('.pdf') && !u.deleted);
    return pdfs.map((u) => ({ name: u.filename, bytes: u.bytes }));
  }

  channelCharts(): ChannelChart[] {
    const pngs = this.h.fake.uploads().filter((u) => u.channel === CHANNEL && u.filename.endsWith('.png') && !u.deleted);
    return pngs.map((u) => ({ alt: u.altText ?? '', name: u.filename, png: u.bytes }));
  }

  exportTitle(): string {
    const zip = this.h.fake.uploads().filter((u) => u.filename.endsWith('.zip')).at(-1);
    if (!zip) throw new Error('slack: no export was uploaded');
    return zip.title ?? zip.filename;
  }

  /** The latest file uploaded to this person's DM, still there. */
  privateFile(userId: string): PrivateFile | null {
    const file = this.h.fake.uploads().filter((u) => u.channel === dmOf(userId) && !u.deleted).at(-1);
    return file ? { name: file.filename, bytes: file.bytes } : null;
  }

  /** The text of one message, found by where it stands. */
  messageText(where: { channel: string; ts: string }): string {
    const m = this.h.fake.messagesIn(where.channel).find((x) => x.ts === where.ts);
    if (!m) throw new Error('slack: no message was clicked');
    return slackText(m, this.names);
  }

  privateChat(userId: string): string {
    return this.textOf(dmOf(userId));
  }
}
