// The story through Slack: signed requests to the real Bolt app (tests/adapters/slack/harness.ts),
// buttons and modals taken from what the fake Slack API received.
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import type { OnderdeelCode, Score } from '../../../src/domain/instrument.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { FAKE_TEAM, GROUP_DM, input, type StateValue } from '../../fakes/slack-signing.js';
import { BOT, CHANNEL, startHarness, TOKEN, USERS, type Harness } from '../../adapters/slack/harness.js';
import { NOW } from '../../support/fixtures.js';
import type { TestDb } from '../../support/db.js';
import { tick } from '../../../src/scheduler/tick.js';
import { RETENTION_DAYS, type ActionStatus, type ChannelChart, type ChannelDocument, type Driver, type ElsewhereAction, type EvaluationItem, type From, type Person, type PlanItem, type PrivateFile, type ShownControl, type ShownInput, type StartMore, type TeamPlace } from './driver.js';
import { startLeerlijnElsewhere } from './elsewhere.js';
import { actionRowsState, answerText, dmOf, findShown, isControl, problemsBeside, rolesState, shownInputs, startState, stateAsShown, teamState, type Control, type Message, type Node } from './slack-parts.js';
import { nodeAfterText, nodesOf, slackText } from './text.js';
import { SlackReading } from './slack-reading.js';
import { NAMES } from '../cast.js';

/** Another team's channel in the same workspace: everyone of the cast is in it (`startElsewhere`). */
const ELSEWHERE = 'C0ELSEWHERE';

export async function slackDriver(testDb?: TestDb): Promise<Driver> {
  const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: [...USERS, BOT], [ELSEWHERE]: [...USERS, BOT], [GROUP_DM]: USERS }, users: USERS.map((id, i) => ({ id, name: NAMES[i]! })) });
  const clock = { now: NOW };
  const h = await startHarness({ fake, now: () => clock.now, ...(testDb ? { testDb } : {}) });
  return new SlackDriver(h, clock);
}

class SlackDriver implements Driver {
  readonly platform = 'slack';
  readonly answersInChannel = false;
  private readonly read: SlackReading;
  private readonly names: Map<string, string>;
  private readonly answers = new Map<string, string>();
  private readonly problems = new Map<string, Record<string, string>>();

  constructor(private readonly h: Harness, private readonly clock: { now: Date }) {
    this.read = new SlackReading(h);
    this.names = this.read.names;
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
  private messages = (channel: string): Message[] => this.read.messages(channel);

  /** The first control in these messages that `pick` accepts, with the message it sits in. */
  private find(messages: Message[], what: string, pick: (n: Node & { action_id: string }) => string | undefined): Control {
    for (const m of messages) {
      for (const n of nodesOf(m.blocks).filter(isControl)) {
        const value = pick(n);
        if (value !== undefined) return { actionId: n.action_id, value, channel: m.channel, ts: m.ts };
      }
    }
    throw new Error(`slack: no ${what} in what the bot posted`);
  }

  private lastEphemeralBlocks = (user: string): unknown => this.h.fake.ephemeralsTo(user).at(-1)?.body.blocks;

  /** Submits the person's open modal; `values` by block id, with each block's action id read from the view. */
  private async submitView(p: Person, callbackId: string, values: Record<string, StateValue>, openedFor: Person = p): Promise<void> {
    const user = this.id(p);
    const opened = this.h.fake.lastView(this.id(openedFor));
    const view = opened?.view;
    if (!opened || !view || view.callback_id !== callbackId) throw new Error(`slack: ${this.nameOf(openedFor)} has no ${callbackId} modal open`);
    const blocks = nodesOf(view.blocks).filter((n) => n.type === 'input');
    const state = Object.fromEntries(Object.entries(values).map(([blockId, v]) => {
      const block = blocks.find((b) => b.block_id === blockId) as { element?: { action_id?: string } } | undefined;
      if (!block?.element?.action_id) throw new Error(`slack: the ${callbackId} modal has no input ${blockId}`);
      return [blockId, { [block.element.action_id]: v }];
    }));
    const send = (): Promise<void> => this.act(p, async () => {
      const res = await this.h.submit(user, callbackId, state, String(view.private_metadata ?? ''), opened.id); // again: that modal again
      this.problems.set(user, problemsBeside(blocks, res.json));
      return res;
    });
    this.lastSent = { by: p, send };
    await send();
  }

  /** The last form sent, by whom, and how to send it again as it was. */
  private lastSent: { by: Person; send: () => Promise<void> } | null = null;

  async submitAgain(by: Person): Promise<void> {
    if (this.lastSent?.by.key !== by.key) throw new Error(`slack: ${this.nameOf(by)} sent no form last`);
    await this.lastSent.send();
  }

  async start(by: Person, school: string, members: readonly Person[], more: StartMore = {}): Promise<void> {
    await this.command(by, 'start');
    await this.submitView(by, 'start', startState(school, this.id(by), members.map(this.id), more));
  }

  async startFormShown(by: Person): Promise<ShownInput[]> {
    await this.command(by, 'start');
    return shownInputs(this.h.fake.lastView(this.id(by))?.view ?? {}, this.names);
  }

  command(by: Person, text: string): Promise<void> {
    return this.act(by, () => this.h.command(this.id(by), text));
  }

  commandPrivately = (by: Person, text: string): Promise<void> => this.act(by, () => this.h.command(this.id(by), text, {}, dmOf(this.id(by))));
  commandInGroupChat = (by: Person, text: string): Promise<void> => this.act(by, () => this.h.command(this.id(by), text, {}, GROUP_DM));

  removeFromTeam(by: Person, person: Person): Promise<void> {
    return this.command(by, `team verwijder <@${this.id(person)}>`);
  }

  commandNaming(by: Person, words: string, people: readonly Person[]): Promise<void> {
    return this.command(by, `${words} ${people.map((p) => `<@${this.id(p)}>`).join(' ')}`);
  }

  private click(by: Person, c: Control, selected = c.selected ?? false): Promise<void> {
    return this.act(by, () => this.h.click(this.id(by), c.actionId, c.value, { channel: c.channel, ts: c.ts, selected }));
  }

  private channelOf(by: Person, from: From): string {
    return from === 'channel' ? CHANNEL : from === 'private' ? dmOf(this.id(by)) : ELSEWHERE;
  }

  async pressShown(by: Person, control: ShownControl, from: From): Promise<void> {
    const shown = control.shownTo;
    const messages: Message[] = !shown ? this.messages(CHANNEL)
      : shown.in === 'private' ? this.messages(dmOf(this.id(shown.person)))
      : this.h.fake.ephemeralsTo(this.id(shown.person)).map((e) => ({ channel: e.channel, ts: '1.000001', blocks: e.body.blocks })).reverse();
    const found = findShown(messages, control);
    this.asked = found.asked ?? '';
    // Sent from where this person is: a forged id arrives from their own channel or chat.
    const channel = this.channelOf(by, from);
    // Pressed in a message where it stands (not an ephemeral answer): that message is the one clicked.
    if (channel === found.channel && shown?.in !== 'answer') this.clicked = { channel, ts: found.ts };
    await this.click(by, { ...found, channel, ts: channel === found.channel ? found.ts : '1.000001' });
  }

  async submitShown(by: Person, openedFor: Person, form: string, _from: From, typed: Readonly<Record<string, string>> = {}): Promise<void> {
    // A modal has no channel: where it was opened travels in its metadata.
    const opened = this.h.fake.lastView(this.id(openedFor));
    const view = opened?.view;
    await this.submitView(by, form, stateAsShown(view ?? {}, typed), openedFor);
  }

  startElsewhere(by: Person, school: string, action?: ElsewhereAction): Promise<void> {
    const owned = action ? { ownerUserId: this.id(action.owner), ownerName: this.nameOf(action.owner), description: action.description, dueDate: action.due } : undefined;
    return startLeerlijnElsewhere(this.h.testDb.db, 'slack', FAKE_TEAM.id, ELSEWHERE, this.id(by), school, owned);
  }

  elsewhere = (): string => this.read.textOf(ELSEWHERE);
  private history = (): Message[] => this.read.history();

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

  async agreeAll(by: Person, stale = false): Promise<void> {
    await this.click(by, this.find(stale ? this.history() : this.messages(CHANNEL), 'agree-all', (n) => (n.action_id === 'agree_all' ? String(n.value) : undefined)));
  }

  async addPlanItem(by: Person, item: PlanItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, 'actieplan');
    const menu = [{ channel: CHANNEL, ts: '1.000001', blocks: this.lastEphemeralBlocks(this.id(by)) }];
    await this.click(by, this.find(menu, `plan button for ${item.onderdeel}`, (n) =>
      n.action_id === 'plan_open' && String(n.value).endsWith(`|${item.onderdeel}`) ? String(n.value) : undefined));
    const rows = actionRowsState('actions', item.actions, (a) => this.id(a.owner));
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
      ...Object.fromEntries(actionRowsState('newActions', item.newActions ?? [], (a) => this.id(a.owner))),
    });
  }

  press(by: Person, label: string, where: 'answer' | 'channel'): Promise<void> {
    return this.pressShown(by, { label, ...(where === 'answer' ? { shownTo: { person: by, in: 'answer' as const } } : {}) }, 'channel');
  }

  /** Every input of the open team modal as shown, with each named person's side and level set. */
  async fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    if (!view || view.callback_id !== 'team') throw new Error('slack: no team modal open');
    await this.submitView(by, 'team', teamState(view, (label) => places.find((p) => label.startsWith(`${this.nameOf(p.person)} – `))));
  }

  /** Every input of the open roles modal as shown, with this meeting's notulist and invuller chosen. */
  async fillRoles(by: Person, kind: string, notulist: Person, invuller: Person): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    if (!view || view.callback_id !== 'roles') throw new Error('slack: no roles modal open');
    const row = ALL_MEETING_KINDS.findIndex((k) => k === kind);
    await this.submitView(by, 'roles', rolesState(view, { [`${row}.notulistUserId`]: this.id(notulist), [`${row}.invullerUserId`]: this.id(invuller) }));
  }

  async fillMeetingDate(by: Person, date: string, time: string): Promise<void> {
    const view = this.h.fake.lastView(this.id(by))?.view;
    const kind = nodesOf(view?.blocks).find((n) => n.block_id === 'kind')?.element as { initial_option?: { value: string } } | undefined;
    if (!kind?.initial_option) throw new Error('slack: the move modal has no meeting chosen');
    await this.submitView(by, 'move', { kind: input.select(kind.initial_option.value), date: input.date(date), time: input.text(time) });
  }

  async timePasses(to: Date): Promise<void> {
    this.clock.now = to;
    await tick({ db: this.h.testDb.db, messengers: { slack: this.h.adapter.messenger }, retentionDays: RETENTION_DAYS }, to);
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.h.settle();
    this.h.clock.advance(1_000);
    await this.h.settle();
  }

  channel = (): string => this.read.textOf(CHANNEL);
  channelMarkup = (): string[] => this.read.markupOf(CHANNEL);
  channelButtons = async (): Promise<string[]> => this.read.buttonsIn(CHANNEL);
  refuseNextPost = (): void => this.read.refuseNextPost();
  takeBotOutOfChannel = (): void => this.h.fake.failNext('chat.postEphemeral', { error: 'not_in_channel', times: 1000 });
  newInChannel = (): string => this.read.newInChannel();
  editsInChannel = (): number => this.read.editsInChannel();
  newChannelDocuments = async (): Promise<ChannelDocument[]> => this.read.newChannelDocuments();
  channelDocuments = async (): Promise<ChannelDocument[]> => this.read.channelDocuments();
  channelCharts = (): ChannelChart[] => this.read.channelCharts();
  exportTitle = (): string => this.read.exportTitle();
  privateFile = async (p: Person): Promise<PrivateFile | null> => this.read.privateFile(this.id(p));
  lastAnswer = (p: Person): string => this.answers.get(this.id(p)) ?? '';
  /** Slack's answers are ephemeral or modals: nobody else sees them. */
  lastAnswerToAll = (): string => '';
  formProblems = (p: Person): Record<string, string> => this.problems.get(this.id(p)) ?? {};

  private clicked: { channel: string; ts: string } | null = null;
  private asked = '';
  askedFirst = (): string => this.asked;
  clickedMessage(): string {
    if (!this.clicked) throw new Error('slack: no message was clicked');
    return this.read.messageText(this.clicked);
  }

  privateChat = (p: Person): string => this.read.privateChat(this.id(p));

  async close(): Promise<void> {
    await this.h.close();
    await this.h.fake.close();
  }
}
