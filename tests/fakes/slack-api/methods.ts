// The Web API methods the fake Slack answers, each checked the way Slack checks it and
// recorded in the shared State so tests can see what a user would see.
import { blockKitViolations } from '../../support/blockkit-limits.js';
import { BOT_ID, BOT_USER_ID, TEAM_ID, fail, isJson, str, type State } from './state.js';
import type { Body, FakeMessage, FakeSlackOptions, FakeView, Json } from './types.js';

export class SlackMethods {
  constructor(
    private readonly opts: FakeSlackOptions,
    private readonly state: State,
    private readonly now: () => number,
    /** The server's base url; only known once it listens. */
    private readonly base: () => string,
  ) {}

  private knownChannel(id: string | undefined): boolean {
    if (id === undefined) return false;
    const { channels, members } = this.opts;
    if (channels) return channels.includes(id) || id in (members ?? {}) || [...this.state.dms.values()].includes(id);
    return /^[CDG][A-Z0-9]+$/.test(id);
  }

  /** Slack lets apps post to a user id: the message lands in the bot's DM with that user. */
  private resolveChannel(id: string | undefined): string | undefined {
    return id !== undefined && /^[UW][A-Z0-9]+$/.test(id) ? this.dmWith(id) : id;
  }

  private dmWith(userId: string): string {
    const existing = this.state.dms.get(userId);
    if (existing) return existing;
    const id = `D${userId.slice(1)}`;
    this.state.dms.set(userId, id);
    return id;
  }

  private blockKitError(payload: Json, kind: 'message' | 'modal' | 'home'): Json | undefined {
    if (this.opts.checkBlockKit === false) return undefined;
    const problems = blockKitViolations(payload, kind);
    if (problems.length === 0) return undefined;
    const messages = problems.map((p) => `[ERROR] ${p}`);
    return fail(kind === 'message' ? 'invalid_blocks' : 'invalid_arguments', { errors: problems, response_metadata: { messages } });
  }

  private findMessage(body: Body): FakeMessage | undefined {
    const channel = this.resolveChannel(str(body, 'channel'));
    return (this.state.messages.get(channel ?? '') ?? []).find((m) => m.ts === str(body, 'ts'));
  }

  private postMessage(body: Body): Json {
    const channel = this.resolveChannel(str(body, 'channel'));
    if (channel === undefined || !this.knownChannel(channel)) return fail('channel_not_found');
    if (!str(body, 'text') && body.blocks === undefined && body.attachments === undefined) return fail('no_text');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    const message: FakeMessage = { channel, ts: this.state.ts(), text: str(body, 'text'), blocks: body.blocks, thread_ts: str(body, 'thread_ts') };
    this.state.messages.set(channel, [...(this.state.messages.get(channel) ?? []), message]);
    return { ok: true, channel, ts: message.ts, message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, ...message } };
  }

  private updateMessage(body: Body): Json {
    const message = this.findMessage(body);
    if (!message) return fail('message_not_found');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    if (body.text !== undefined) message.text = str(body, 'text');
    if (body.blocks !== undefined) message.blocks = body.blocks;
    message.edited = true;
    return { ok: true, channel: message.channel, ts: message.ts, text: message.text, message: { ...message } };
  }

  private deleteMessage(body: Body): Json {
    const message = this.findMessage(body);
    if (!message) return fail('message_not_found');
    const list = this.state.messages.get(message.channel) ?? [];
    this.state.messages.set(message.channel, list.filter((m) => m !== message));
    return { ok: true, channel: message.channel, ts: message.ts };
  }

  private postEphemeral(body: Body): Json {
    const channel = str(body, 'channel');
    const user = str(body, 'user');
    if (channel === undefined || !this.knownChannel(channel)) return fail('channel_not_found');
    if (user === undefined) return fail('user_not_found');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    this.state.ephemerals.push({ channel, user, body });
    return { ok: true, message_ts: this.state.ts() };
  }

  private openView(body: Body, pushed: boolean): Json {
    const triggerId = str(body, 'trigger_id');
    if (triggerId === undefined) return fail('invalid_arguments');
    const trigger = this.state.triggers.get(triggerId);
    if (!trigger) return fail('invalid_trigger_id');
    if (this.now() - trigger.issuedAt > 3000) return fail('expired_trigger_id');
    if (!isJson(body.view)) return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'modal');
    if (problem) return problem;
    const id = `V${String(this.state.next()).padStart(9, '0')}`;
    const root = pushed ? this.lastViewOf(trigger.userId)?.view.root_view_id : undefined;
    const previous = pushed ? this.lastViewOf(trigger.userId)?.id : undefined;
    return this.storeView(id, trigger.userId, body.view, { root_view_id: root ?? id, previous_view_id: previous ?? null });
  }

  private updateView(body: Body): Json {
    const viewId = str(body, 'view_id');
    const externalId = str(body, 'external_id');
    const current = [...this.state.views.values()].find((v) => v.id === viewId || (externalId !== undefined && v.view.external_id === externalId));
    if (!current) return fail('not_found');
    const hash = str(body, 'hash');
    if (hash !== undefined && hash !== current.hash) return fail('hash_conflict');
    if (!isJson(body.view)) return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'modal');
    if (problem) return problem;
    const { root_view_id, previous_view_id } = current.view;
    return this.storeView(current.id, current.userId, body.view, { root_view_id, previous_view_id });
  }

  private storeView(id: string, userId: string | undefined, view: Json, links: Json): Json {
    const hash = `${this.state.next()}.fakehash`;
    const full: Json = { id, team_id: TEAM_ID, state: { values: {} }, hash, app_id: 'A0FAKEAPP', bot_id: BOT_ID, ...view, ...links };
    this.state.views.set(id, { id, userId, view: full, hash });
    return { ok: true, view: full };
  }

  lastViewOf(userId: string): FakeView | undefined {
    return [...this.state.views.values()].filter((v) => v.userId === userId).at(-1);
  }

  private publishHome(body: Body): Json {
    const userId = str(body, 'user_id');
    if (userId === undefined) return fail('invalid_arguments');
    if (!isJson(body.view) || body.view.type !== 'home') return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'home');
    if (problem) return problem;
    const view: Json = { id: `V${String(this.state.next()).padStart(9, '0')}`, team_id: TEAM_ID, ...body.view };
    this.state.homes.set(userId, view);
    return { ok: true, view };
  }

  private members(body: Body): Json {
    const channel = str(body, 'channel');
    const all = this.opts.members?.[channel ?? ''];
    if (!all) return fail('channel_not_found');
    const cursor = str(body, 'cursor');
    const start = cursor ? Number(Buffer.from(cursor, 'base64').toString().replace('offset:', '')) : 0;
    const limit = Number(str(body, 'limit') ?? 100) || 100;
    const end = start + limit;
    const next = end < all.length ? Buffer.from(`offset:${end}`).toString('base64') : '';
    return { ok: true, members: all.slice(start, end), response_metadata: { next_cursor: next } };
  }

  private openConversation(body: Body): Json {
    const users = (str(body, 'users') ?? '').split(',').filter(Boolean);
    const [first] = users;
    if (first === undefined) return fail('users_list_not_supplied');
    const id = users.length === 1 ? this.dmWith(first) : `G${users.map((u) => u.slice(1)).join('').slice(0, 12)}`;
    return { ok: true, channel: { id } };
  }

  private conversationInfo(body: Body): Json {
    const id = str(body, 'channel');
    if (id === undefined || !this.knownChannel(id)) return fail('channel_not_found');
    const isIm = id.startsWith('D');
    const numMembers = this.opts.members?.[id]?.length;
    return { ok: true, channel: { id, name: isIm ? undefined : `channel-${id.toLowerCase()}`, is_channel: id.startsWith('C'), is_im: isIm, is_private: !id.startsWith('C'), is_member: true, num_members: numMembers } };
  }

  private userInfo(body: Body): Json {
    const user = (this.opts.users ?? []).find((u) => u.id === str(body, 'user'));
    if (!user) return fail('user_not_found');
    // Like Slack, `locale` only comes back when asked for with include_locale.
    const locale = str(body, 'include_locale') === 'true' ? { locale: user.locale ?? 'en-US' } : {};
    const profile = { real_name: user.name, display_name: user.name };
    return { ok: true, user: { id: user.id, team_id: TEAM_ID, name: user.name.toLowerCase().replace(/\s+/g, '.'), real_name: user.name, tz: user.tz ?? 'Europe/Amsterdam', is_bot: user.isBot ?? false, deleted: false, profile, ...locale } };
  }

  private uploadUrl(body: Body): Json {
    const filename = str(body, 'filename');
    if (filename === undefined || str(body, 'length') === undefined) return fail('invalid_arguments');
    const id = `F${String(this.state.next()).padStart(9, '0')}`;
    const altText = str(body, 'alt_text');
    this.state.uploads.set(id, { id, filename, bytes: Buffer.alloc(0), completed: false, ...(altText !== undefined ? { altText } : {}) });
    return { ok: true, upload_url: `${this.base()}/upload/${id}`, file_id: id };
  }

  private completeUpload(body: Body): Json {
    const files = Array.isArray(body.files) ? body.files.filter(isJson) : [];
    const found = files.flatMap((f) => {
      const upload = this.state.uploads.get(String(f.id));
      return upload ? [{ upload, title: typeof f.title === 'string' ? f.title : upload.filename }] : [];
    });
    if (found.length === 0 || found.length !== files.length) return fail('file_not_found');
    const channel = str(body, 'channel_id');
    const out = found.map(({ upload, title }) => {
      Object.assign(upload, { completed: true, title, channel });
      return { id: upload.id, name: upload.filename, title, size: upload.bytes.length };
    });
    if (channel !== undefined) {
      const message: FakeMessage = { channel, ts: this.state.ts(), text: str(body, 'initial_comment'), thread_ts: str(body, 'thread_ts'), files: out };
      this.state.messages.set(channel, [...(this.state.messages.get(channel) ?? []), message]);
    }
    return { ok: true, files: out };
  }

  /**
   * Like Slack's files.delete for a bot token: the file is gone for everyone, and so is the file share message once it has no
   * file left. Only the bot's own uploads are known here (what else it may delete, Slack decides: cant_delete_file).
   */
  private deleteFile(body: Body): Json {
    const upload = this.state.uploads.get(str(body, 'file') ?? '');
    if (!upload) return fail('file_not_found');
    if (upload.deleted) return fail('file_deleted');
    upload.deleted = true;
    for (const [channel, list] of this.state.messages) {
      const kept = list.flatMap((m) => {
        if (!Array.isArray(m.files) || !m.files.some((f) => isJson(f) && f.id === upload.id)) return [m];
        const files = m.files.filter((f) => !(isJson(f) && f.id === upload.id));
        return files.length > 0 ? [{ ...m, files }] : [];
      });
      this.state.messages.set(channel, kept);
    }
    return { ok: true };
  }

  readonly handlers: Record<string, (body: Body) => Json> = {
    'auth.test': () => ({ ok: true, url: 'https://fake.slack.com/', team: 'Fake Team', user: 'leerlijn', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false }),
    'chat.postMessage': (b) => this.postMessage(b),
    'chat.update': (b) => this.updateMessage(b),
    'chat.delete': (b) => this.deleteMessage(b),
    'chat.postEphemeral': (b) => this.postEphemeral(b),
    'views.open': (b) => this.openView(b, false),
    'views.push': (b) => this.openView(b, true),
    'views.update': (b) => this.updateView(b),
    'views.publish': (b) => this.publishHome(b),
    'conversations.members': (b) => this.members(b),
    'conversations.open': (b) => this.openConversation(b),
    'conversations.info': (b) => this.conversationInfo(b),
    'users.info': (b) => this.userInfo(b),
    'files.getUploadURLExternal': (b) => this.uploadUrl(b),
    'files.completeUploadExternal': (b) => this.completeUpload(b),
    'files.delete': (b) => this.deleteFile(b),
  };
}
