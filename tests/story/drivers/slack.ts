// The story through Slack: signed requests to the real Bolt app (tests/adapters/slack/harness.ts),
// buttons and modals taken from what the fake Slack API received.
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import type { OnderdeelCode, Score } from '../../../src/domain/instrument.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { input, type StateValue } from '../../fakes/slack-signing.js';
import { BOT, CHANNEL, startHarness, TOKEN, USERS, type Harness } from '../../adapters/slack/harness.js';
import { NOW } from '../../support/fixtures.js';
import { tick } from '../../../src/scheduler/tick.js';
import type { ActionStatus, ChannelChart, ChannelDocument, Driver, EvaluationItem, Person, PlanItem, StartMore, TeamPlace } from './driver.js';
import { nodeAfterText, nodesOf, slackText } from './text.js';
import { NAMES } from '../cast.js';

type Node = Record<string, unknown>;
interface Control { actionId: string; value: string; channel: string; ts: string }

const isControl = (n: Node): n is Node & { action_id: string } => typeof n.action_id === 'string';
const dmOf = (user: string): string => `D${user.slice(1)}`;

/** A modal kept open with `response_action: errors`: each error by the input block it is shown at (Slack shows it under that input). */
function problemsBeside(inputs: ReadonlyArray<Record<string, unknown>>, answer: unknown): Record<string, string> {
  const errors = (answer as { response_action?: unknown; errors?: Record<string, string> } | undefined)?.errors;
  if ((answer as { response_action?: unknown } | undefined)?.response_action !== 'errors' || !errors) return {};
  for (const id of Object.keys(errors)) if (!inputs.some((b) => b.block_id === id)) throw new Error(`slack: an error for ${id}, which the modal has no input for`);
  return errors;
}

/** What the HTTP answer to a step shows: a message (a command's ephemeral answer) as read, anything else as sent. */
function answerText(res: { text: string; json?: unknown }, names: ReadonlyMap<string, string>): string {
  const message = res.json as { text?: unknown; blocks?: unknown } | undefined;
  return typeof message === 'object' && message !== null && ('blocks' in message || 'text' in message) ? slackText(message, names) : res.text;
}

export async function slackDriver(): Promise<Driver> {
  const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: [...USERS, BOT] }, users: USERS.map((id, i) => ({ id, name: NAMES[i]! })) });
  const clock = { now: NOW };
  const h = await startHarness({ fake, now: () => clock.now });
  return new SlackDriver(h, clock);
}

class SlackDriver implements Driver {
  readonly platform = 'slack';
  readonly answersInChannel = false;
  private readonly names: Map<string, string>;
  private readonly answers = new Map<string, string>();
  private readonly problems = new Map<string, Record<string, string>>();

  constructor(private readonly h: Harness, private readonly clock: { now: Date }) {
    this.names = new Map(USERS.map((id, i) => [id, NAMES[i]!]));
  }

  private id = (p: Person): string => USERS[p.index]!;
  nameOf = (p: Person): string => NAMES[p.index]!;
  commandText = (words: string): string => `/leerlijn ${words}`;

  /** Runs one step of a person and keeps what only they were shown: ephemerals, the HTTP answer, a modal. */
  private async act(p: Person, step: () => Promise<{ text: string; json?: unknown }>): Promise<void> {
    const user = this.id(p);
    const ephemerals = this.h.fake.ephemeralsTo(user).length;
    const view = this.h.fake.lastView(user);
    const res = await step();
    await this.h.settle();
    const after = this.h.fake.lastView(user);
    const shown = [
      answerText(res, this.names),
      ...this.h.fake.ephemeralsTo(user).slice(ephemerals).map((e) => slackText(e.body, this.names)),
      ...(after && (after !== view || after.hash !== view?.hash) ? [slackText(after.view, this.names)] : []),
    ];
    this.answers.set(user, shown.join('\n'));
  }

  /** Messages in a channel as people see them now, newest first. */
  private messages(channel: string): Array<{ channel: string; ts: string; blocks?: unknown }> {
    return this.h.fake.messagesIn(channel).map((m) => ({ channel, ts: m.ts, blocks: m.blocks })).reverse();
  }

  /** The first control in these messages that `pick` accepts, with the message it sits in. */
  private find(messages: Array<{ channel: string; ts: string; blocks?: unknown }>, what: string, pick: (n: Node & { action_id: string }) => string | undefined): Control {
    for (const m of messages) {
      for (const n of nodesOf(m.blocks).filter(isControl)) {
        const value = pick(n);
        if (value !== undefined) return { actionId: n.action_id, value, channel: m.channel, ts: m.ts };
      }
    }
    throw new Error(`slack: no ${what} in what the bot posted`);
  }

  private lastEphemeralBlocks(user: string): unknown {
    return this.h.fake.ephemeralsTo(user).at(-1)?.body.blocks;
  }

  /** Submits the person's open modal; `values` by block id, with each block's action id read from the view. */
  private async submitView(p: Person, callbackId: string, values: Record<string, StateValue>): Promise<void> {
    const user = this.id(p);
    const view = this.h.fake.lastView(user)?.view;
    if (!view || view.callback_id !== callbackId) throw new Error(`slack: ${user} has no ${callbackId} modal open`);
    const blocks = nodesOf(view.blocks).filter((n) => n.type === 'input');
    const state = Object.fromEntries(Object.entries(values).map(([blockId, v]) => {
      const block = blocks.find((b) => b.block_id === blockId) as { element?: { action_id?: string } } | undefined;
      if (!block?.element?.action_id) throw new Error(`slack: the ${callbackId} modal has no input ${blockId}`);
      return [blockId, { [block.element.action_id]: v }];
    }));
    await this.act(p, async () => {
      const res = await this.h.submit(user, callbackId, state, String(view.private_metadata ?? ''));
      this.problems.set(user, problemsBeside(blocks, res.json));
      return res;
    });
  }

  async start(by: Person, school: string, members: readonly Person[], more: StartMore = {}): Promise<void> {
    await this.command(by, 'start');
    const all = (['draagvlak', 'financiering', 'facilitering'] as const).map((value) => ({ text: { type: 'plain_text' as const, text: value, emoji: true }, value }));
    await this.submitView(by, 'start', {
      school: input.text(school), youthOrg: input.text('JoU'), kind: input.radio('bestaand'),
      startDate: input.date(more.startDate ?? '2026-02-02'), startTime: input.text('15:30'),
      ...(more.region ? { region: input.select(more.region) } : {}),
      ...(more.lang ? { lang: input.radio(more.lang) } : {}),
      coordinators: input.users([this.id(by)]), members: input.users(members.map(this.id)),
      randvoorwaarden: { type: 'checkboxes', selected_options: all },
    });
  }

  command(by: Person, text: string): Promise<void> {
    return this.act(by, () => this.h.command(this.id(by), text));
  }

  commandPrivately(by: Person, text: string): Promise<void> {
    return this.act(by, () => this.h.command(this.id(by), text, {}, dmOf(this.id(by))));
  }

  removeFromTeam(by: Person, person: Person): Promise<void> {
    return this.command(by, `team verwijder <@${this.id(person)}>`);
  }

  private click(by: Person, c: Control, selected = false): Promise<void> {
    return this.act(by, () => this.h.click(this.id(by), c.actionId, c.value, { channel: c.channel, ts: c.ts, selected }));
  }

  /** Earlier versions of the channel's messages, newest first, as the bot last sent them with chat.update. */
  private history(): Array<{ channel: string; ts: string; blocks?: unknown }> {
    return this.h.fake.callsTo('chat.update').filter((c) => c.body.channel === CHANNEL)
      .map((c) => ({ channel: CHANNEL, ts: String(c.body.ts), blocks: typeof c.body.blocks === 'string' ? JSON.parse(c.body.blocks) : c.body.blocks })).reverse();
  }

  async vote(by: Person, code: OnderdeelCode, score: Score, stale = false): Promise<void> {
    const c = this.find(stale ? this.history() : this.messages(CHANNEL), `vote ${score} on ${code}`, (n) =>
      n.action_id === `vote_${score}` && typeof n.value === 'string' && n.value.endsWith(`|${code}|${score}`) ? n.value : undefined);
    await this.click(by, c);
  }

  async agree(by: Person, code: OnderdeelCode, score: Score): Promise<void> {
    const c = this.find(this.messages(CHANNEL), `agree ${score} on ${code}`, (n) => {
      if (n.action_id !== 'agree_select') return undefined;
      const option = nodesOf(n.options).find((o) => typeof o.value === 'string' && o.value.endsWith(`|${code}|${score}`));
      return option ? String(option.value) : undefined;
    });
    await this.click(by, c, true);
  }

  async agreeAll(by: Person): Promise<void> {
    await this.click(by, this.find(this.messages(CHANNEL), 'agree-all button', (n) => (n.action_id === 'agree_all' ? String(n.value) : undefined)));
  }

  async addPlanItem(by: Person, item: PlanItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, 'actieplan');
    const menu = [{ channel: CHANNEL, ts: '1.000001', blocks: this.lastEphemeralBlocks(this.id(by)) }];
    await this.click(by, this.find(menu, `plan button for ${item.onderdeel}`, (n) =>
      n.action_id === 'plan_open' && String(n.value).endsWith(`|${item.onderdeel}`) ? String(n.value) : undefined));
    const rows = item.actions.map((a, i) => [a.row ?? i, a] as const).flatMap(([i, a]) => [
      [`actions.${i}.description`, input.text(a.description)], [`actions.${i}.ownerUserId`, { type: 'users_select', selected_user: this.id(a.owner) }], [`actions.${i}.dueDate`, input.date(a.due)],
    ] as Array<[string, StateValue]>);
    await this.submitView(by, 'plan', {
      watKanBeter: input.text(item.watKanBeter), gewensteEindsituatie: input.text(item.gewensteEindsituatie), ...Object.fromEntries(rows),
    });
  }

  async setStatus(by: Person, description: string, status: ActionStatus): Promise<void> {
    const dm = dmOf(this.id(by));
    // Newest first: a reminder comes after the owner's first DM.
    for (const m of this.messages(dm)) {
      const button = nodeAfterText(m.blocks, description, (n): n is Node & { action_id: string } => isControl(n) && n.action_id === `action_status_${status}`);
      if (!button) continue;
      this.clicked = { channel: dm, ts: m.ts };
      return this.click(by, { actionId: button.action_id, value: String(button.value), channel: dm, ts: m.ts });
    }
    throw new Error(`slack: no ${status} button beside "${description}" in ${dm}`);
  }

  async evaluate(by: Person, item: EvaluationItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, `evaluatie ${item.moment}`);
    const menu = [{ channel: CHANNEL, ts: '1.000001', blocks: this.lastEphemeralBlocks(this.id(by)) }];
    await this.click(by, this.find(menu, `evaluation button for ${item.onderdeel}`, (n) =>
      n.action_id === 'evaluation_open' && String(n.value).endsWith(`|${item.moment}|${item.onderdeel}`) ? String(n.value) : undefined));
    // The modal as shown (what it was opened with), with this person's choices.
    const view = this.h.fake.lastView(this.id(by))?.view;
    if (!view || view.callback_id !== 'evaluation') throw new Error('slack: no evaluation modal open');
    const shown = (id: string): string | null => {
      const block = nodesOf(view.blocks).find((n) => n.type === 'input' && n.block_id === id);
      return (block?.element as { initial_value?: string } | undefined)?.initial_value ?? null;
    };
    await this.submitView(by, 'evaluation', {
      bereikt: input.radio(String(item.bereikt)),
      toelichting: input.text(item.toelichting ?? shown('toelichting')),
      ondernomen: input.text(shown('ondernomen')),
    });
  }

  async press(by: Person, label: string, where: 'answer' | 'channel'): Promise<void> {
    const answers = this.h.fake.ephemeralsTo(this.id(by)).map((e) => ({ channel: e.channel, ts: '1.000001', blocks: e.body.blocks })).reverse();
    const c = this.find(where === 'answer' ? answers : this.messages(CHANNEL), `button "${label}"`, (n) =>
      n.type === 'button' && (n.text as { text?: unknown } | undefined)?.text === label ? String(n.value ?? '') : undefined);
    await this.click(by, c);
  }

  /** Every input of the open team modal as shown, with each named person's side and level set. */
  async fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    if (!view || view.callback_id !== 'team') throw new Error('slack: no team modal open');
    const values: Record<string, StateValue> = {};
    for (const b of nodesOf(view.blocks).filter((n) => n.type === 'input')) {
      const label = String((b.label as { text?: unknown } | undefined)?.text ?? '');
      const place = places.find((p) => label.startsWith(`${this.nameOf(p.person)} – `));
      const element = b.element as { type?: string; initial_option?: { value: string }; initial_options?: Array<{ value: string }> } | undefined;
      if (element?.type === 'checkboxes') {
        values[String(b.block_id)] = input.checked((element.initial_options ?? []).map((o) => o.value));
        continue;
      }
      const shown = element?.type === 'multi_users_select' ? input.users([]) : element?.initial_option ? input.select(element.initial_option.value) : { type: 'static_select' as const, selected_option: null };
      const chosen = place ? (String(b.block_id).startsWith('side_') ? place.side : place.level) : undefined;
      values[String(b.block_id)] = chosen ? input.select(chosen) : shown;
    }
    await this.submitView(by, 'team', values);
  }

  /** Every input of the open roles modal as shown, with this meeting's notulist and invuller chosen. */
  async fillRoles(by: Person, kind: string, notulist: Person, invuller: Person): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    if (!view || view.callback_id !== 'roles') throw new Error('slack: no roles modal open');
    const values: Record<string, StateValue> = {};
    for (const b of nodesOf(view.blocks).filter((n) => n.type === 'input')) {
      const id = String(b.block_id);
      const element = b.element as { type?: string; initial_user?: string; initial_value?: string } | undefined;
      const row = ALL_MEETING_KINDS.findIndex((k) => k === kind);
      const chosen = id === `${row}.notulistUserId` ? this.id(notulist) : id === `${row}.invullerUserId` ? this.id(invuller) : element?.initial_user;
      values[id] = element?.type === 'users_select' ? { type: 'users_select', selected_user: chosen ?? null } : input.text(element?.initial_value ?? '');
    }
    await this.submitView(by, 'roles', values);
  }

  async fillMeetingDate(by: Person, date: string, time: string): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    const kind = nodesOf(view?.blocks).find((n) => n.block_id === 'kind')?.element as { initial_option?: { value: string } } | undefined;
    if (!kind?.initial_option) throw new Error('slack: the move modal has no meeting chosen');
    await this.submitView(by, 'move', { kind: input.select(kind.initial_option.value), date: input.date(date), time: input.text(time) });
  }

  async timePasses(to: Date): Promise<void> {
    this.clock.now = to;
    await tick({ db: this.h.testDb.db, messengers: { slack: this.h.adapter.messenger } }, to);
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.h.settle();
    this.h.clock.advance(1_000);
    await this.h.settle();
  }

  channel(): string {
    return this.h.fake.messagesIn(CHANNEL).map((m) => slackText(m, this.names)).join('\n');
  }

  private messagesSeen = 0;

  newInChannel(): string {
    const all = this.h.fake.messagesIn(CHANNEL);
    const fresh = all.slice(this.messagesSeen);
    this.messagesSeen = all.length;
    return fresh.map((m) => slackText(m, this.names)).join('\n');
  }

  private documentsSeen = 0;

  async newChannelDocuments(): Promise<ChannelDocument[]> {
    const pdfs = this.h.fake.uploads().filter((u) => u.channel === CHANNEL && u.filename.endsWith('.pdf'));
    const fresh = pdfs.slice(this.documentsSeen);
    this.documentsSeen = pdfs.length;
    if (fresh.some((u) => u.bytes.subarray(0, 5).toString() !== '%PDF-')) throw new Error('slack: a .pdf that is no PDF');
    return fresh.map((u) => ({ name: u.filename, bytes: u.bytes }));
  }

  channelCharts(): ChannelChart[] {
    return this.h.fake.uploads().filter((u) => u.channel === CHANNEL && u.filename.endsWith('.png')).map((u) => ({ alt: u.altText ?? '', png: u.bytes }));
  }

  lastAnswer(p: Person): string {
    return this.answers.get(this.id(p)) ?? '';
  }

  formProblems(p: Person): Record<string, string> {
    return this.problems.get(this.id(p)) ?? {};
  }

  private clicked: { channel: string; ts: string } | null = null;

  clickedMessage(): string {
    const m = this.clicked && this.h.fake.messagesIn(this.clicked.channel).find((x) => x.ts === this.clicked!.ts);
    if (!m) throw new Error('slack: no message was clicked');
    return slackText(m, this.names);
  }

  privateChat(p: Person): string {
    return this.h.fake.messagesIn(dmOf(this.id(p))).map((m) => slackText(m, this.names)).join('\n');
  }

  async close(): Promise<void> {
    await this.h.close();
    await this.h.fake.close();
  }
}
