// The story through Teams: activities to the real CloudAdapter (tests/adapters/teams/harness.ts),
// Action.Submit and Action.Execute data taken from the cards the fake connector received.
import type { OnderdeelCode, Score } from '../../../src/domain/instrument.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { messageActivity, postActivity, type ActivityBase, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, startHarness, TENANT, type Harness } from '../../adapters/teams/harness.js';
import { NOW } from '../../support/fixtures.js';
import type { TestDb } from '../../support/db.js';
import { tick } from '../../../src/scheduler/tick.js';
import { RETENTION_DAYS, type ActionStatus, type ChannelChart, type ChannelDocument, type Driver, type ElsewhereAction, type EvaluationItem, type From, type Person, type PlanItem, type PrivateFile, type ShownControl, type ShownInput, type StartMore, type TeamPlace } from './driver.js';
import { startLeerlijnElsewhere } from './elsewhere.js';
import { choiceNamed, DOCUMENTS, ELSEWHERE_ID, findIn, elsewhereFrom, groupChatFrom, isAction, isInvokeCard, problemsBeside, shownButton, shownInputs, shownValues, type Action, type Node } from './teams-parts.js';
import { evaluationValues, moveValues, planValues, rolesValues, startValues, teamValues } from './teams-forms.js';
import { nodeAfterText, nodesOf, teamsMarkdownTexts, teamsText } from './text.js';
import { buttonsOf, TeamsReading } from './teams-reading.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { worksInPersonalChat } from '../../../src/app/flows/registry.js';

/** `db`: the database it runs on (its caller drops it); an embedded one of its own unless given. */
export async function teamsDriver(db?: TestDb): Promise<Driver> {
  const clock = { now: NOW };
  return new TeamsDriver(await startHarness({ now: () => clock.now, env: DOCUMENTS, ...(db ? { db } : {}) }), clock);
}

class TeamsDriver implements Driver {
  readonly platform = 'teams';
  readonly answersInChannel = true;
  private readonly answers = new Map<string, string>();
  private readonly problems = new Map<string, Record<string, string>>();
  private readonly answersToAll = new Map<string, string>();

  private readonly read: TeamsReading;

  constructor(private readonly h: Harness, private readonly clock: { now: Date }) {
    this.read = new TeamsReading(h);
  }

  private user = (p: Person): TeamsUser => PEOPLE[p.index]!;
  nameOf = (p: Person): string => this.user(p).name;
  commandText = (words: string, readIn: 'channel' | 'private' = 'channel'): string =>
    (readIn === 'private' && worksInPersonalChat(words.split(' ')[0]!) ? words : `@Leerlijn ${words}`);

  /** Runs one step and keeps what the bot answered it: the invoke's card, or what it posted in that conversation meanwhile. */
  private async act(p: Person, where: ActivityBase, step: () => Promise<JsonObject | unknown>): Promise<void> {
    const from = this.h.connector.activities.length;
    // A card an earlier invoke answered with is no longer what stands there once they act again.
    this.answered = null;
    const answer = await step();
    await this.h.teams.idle();
    const posted = this.h.connector.activities.slice(from).filter((a) => a.conversationId === where.conversation.id && a.method === 'POST');
    const toAll = posted.map((a): JsonObject | string => adaptiveCardOf(a.activity) ?? String(a.activity.text ?? ''));
    const seen = await Promise.all(toAll.map((card) => (typeof card === 'string' ? card : this.h.seenBy(this.user(p), card, where))));
    const cards = [...(typeof answer === 'string' || isInvokeCard(answer) ? [answer] : []), ...seen];
    this.answers.set(this.user(p).id, cards.map(teamsText).join('\n'));
    this.answersToAll.set(this.user(p).id, toAll.map(teamsText).join('\n'));
  }

  private cardsIn = (conversationId: string): JsonObject[] => this.read.cardsIn(conversationId);

  /** The channel's cards as this person sees them now (their own view where Teams fetches one), newest first. */
  private seenInChannel = (p: Person): Promise<JsonObject[]> => this.read.seenInChannel(this.user(p));
  private find = findIn;

  /** The choice a roster-backed input offers for a person, by the name it shows. */
  private choiceFor = (card: JsonObject, inputId: string, p: Person): string => choiceNamed(card, inputId, this.nameOf(p));

  /**
   * Sends the form shown in the channel to `viewer` (by default the sender) as this person, from
   * `where` (by default the channel), with `values` for its inputs.
   */
  private async submitForm(by: Person, form: string, values: (card: JsonObject) => Record<string, string>, where = this.h.inChannel(this.user(by)), viewer = by): Promise<void> {
    const isSubmit = (n: Node): n is Action => (isAction('Action.Submit')(n) || (isAction('Action.Execute')(n) && n.verb === FORM_VERB)) && n.data.form === form;
    const card = (await this.seenInChannel(viewer)).find((c) => nodesOf(c).some(isSubmit));
    if (!card) throw new Error(`teams: no ${form} form in the channel`);
    const submit = this.find([card], `${form} submit`, isSubmit, () => true);
    const data = { ...submit.data, ...values(card) };
    const send = submit.type === 'Action.Execute'
      // A form in someone's own view: sent with an invoke from the message it is in, answered to the sender alone.
      ? async () => {
        await this.invoke(by, { ...submit, data }, { ...where, replyToId: this.read.messageOf.get(card) });
        this.problems.set(this.user(by).id, problemsBeside(this.answered ?? undefined));
      }
      : async () => {
        const from = this.h.connector.activities.length;
        await this.act(by, where, () => this.h.submit(this.user(by), data, where));
        const answers = this.h.connector.activities.slice(from).filter((a) => a.conversationId === CHANNEL.id).map((a) => adaptiveCardOf(a.activity));
        this.problems.set(this.user(by).id, problemsBeside(answers.find((c) => nodesOf(c).some((n) => typeof n.type === 'string' && n.type.startsWith('Input.')))));
      };
    this.lastSent = { by, send };
    await send();
  }

  /** The last form sent, by whom, and how to send it again as it was (from the same message). */
  private lastSent: { by: Person; send: () => Promise<void> } | null = null;

  async submitAgain(by: Person): Promise<void> {
    if (this.lastSent?.by.key !== by.key) throw new Error(`teams: ${this.nameOf(by)} sent no form last`);
    await this.lastSent.send();
  }

  /** The button beside an onderdeel in the plan or the Evaluatielijst that opens its own form. */
  private async openItemForm(by: Person, form: string, onderdeel: string, moment?: string): Promise<void> {
    const open = this.find(await this.seenInChannel(by), `${form} button for ${onderdeel}`, isAction('Action.Submit'),
      (a) => a.data.form === form && a.data.onderdeel === onderdeel && (moment === undefined || a.data.moment === moment));
    const where = this.h.inChannel(this.user(by));
    await this.act(by, where, () => this.h.submit(this.user(by), open.data, where));
  }

  private async invoke(by: Person, action: Action, where = this.h.inChannel(this.user(by))): Promise<void> {
    await this.act(by, where, async () => {
      // Teams shows the card the invoke answers with in place of the one clicked.
      this.answered = await this.h.invoke(this.user(by), String(action.verb), action.data, where);
      this.answeredTo = this.user(by).id;
      return this.answered;
    });
  }

  private answered: JsonObject | null = null;
  private answeredTo = '';

  clickedMessage(): string {
    if (!this.answered) throw new Error('teams: no card was clicked');
    return teamsText(this.answered);
  }

  async start(by: Person, school: string, members: readonly Person[], more: StartMore = {}): Promise<void> {
    await this.command(by, 'start');
    await this.submitForm(by, 'start', (card) => startValues(card, this.choiceFor, by, school, members, more));
  }

  async startFormShown(by: Person): Promise<ShownInput[]> {
    await this.command(by, 'start');
    const isStart = (n: Node): boolean => (isAction('Action.Submit')(n) || isAction('Action.Execute')(n)) && n.data.form === 'start';
    const card = (await this.seenInChannel(by)).find((c) => nodesOf(c).some(isStart));
    if (!card) throw new Error('teams: no start form in the channel');
    return shownInputs(card);
  }

  command(by: Person, text: string): Promise<void> {
    const where = this.h.inChannel(this.user(by));
    return this.act(by, where, () => this.h.say(this.user(by), text, where));
  }

  commandPrivately = (by: Person, text: string): Promise<void> => this.typedIn(by, text, this.h.inPersonal(this.user(by)));
  /** As in a channel, Teams delivers a group chat's message only where the bot is mentioned. */
  commandInGroupChat = (by: Person, text: string): Promise<void> => this.typedIn(by, text, groupChatFrom(this.h.inChannel(this.user(by))), true);
  private typedIn = (by: Person, text: string, where: ActivityBase, mentionBot = false): Promise<void> =>
    this.act(by, where, () => postActivity(this.h.url, messageActivity({ ...where, text, mentionBot })));

  removeFromTeam(by: Person, person: Person): Promise<void> {
    return this.commandNaming(by, 'team verwijder', [person]);
  }

  commandNaming(by: Person, words: string, people: readonly Person[]): Promise<void> {
    const where = this.h.inChannel(this.user(by));
    const named = people.map((p) => this.user(p));
    const entities = named.map((n) => ({ type: 'mention' as const, text: `<at>${n.name}</at>`, mentioned: { id: n.id, name: n.name } }));
    const text = `${words} ${entities.map((e) => e.text).join(' ')}`;
    return this.act(by, where, () => postActivity(this.h.url, messageActivity({ ...where, text, entities })));
  }

  private verbIn(verb: string, what: string, pick: (data: Node) => boolean): Action {
    return this.find(this.cardsIn(CHANNEL.id), what, isAction('Action.Execute'), (a) => a.verb === verb && pick(a.data));
  }

  vote(by: Person, code: OnderdeelCode, score: Score, stale = false): Promise<void> {
    const what = `vote ${score} on ${code}`;
    const pick = (a: Action): boolean => a.verb === 'vote' && a.data.onderdeel === code && a.data.score === score;
    return this.invoke(by, stale ? this.find(this.history(), what, isAction('Action.Execute'), pick) : this.verbIn('vote', what, (d) => pick({ type: '', verb: 'vote', data: d })));
  }

  /** Every version of the channel's cards the bot sent, newest first. */
  private history(): JsonObject[] {
    return this.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id).map((a) => adaptiveCardOf(a.activity)).filter((c): c is JsonObject => c !== undefined).reverse();
  }

  agree(by: Person, code: OnderdeelCode, score: Score): Promise<void> {
    return this.invoke(by, this.verbIn('agree', `agree ${score} on ${code}`, (d) => d.onderdeel === code && d.score === score));
  }

  agreeAll(by: Person, stale = false): Promise<void> {
    if (stale) return this.invoke(by, this.find(this.history(), 'agree-all button', isAction('Action.Execute'), (a) => a.verb === 'agree_all'));
    return this.invoke(by, this.verbIn('agree_all', 'agree-all button', () => true));
  }

  async addPlanItem(by: Person, item: PlanItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, 'actieplan');
    await this.openItemForm(by, 'plan_open', item.onderdeel);
    await this.submitForm(by, 'plan', (card) => planValues(card, this.choiceFor, item));
  }

  async setStatus(by: Person, description: string, status: ActionStatus): Promise<void> {
    for (const chat of this.privateChats(by)) {
      for (const card of this.cardsIn(chat)) {
        const button = nodeAfterText(card, description, (n): n is Action => isAction('Action.Execute')(n) && n.verb === 'status' && n.data.status === status);
        if (!button) continue;
        const where = { ...this.h.inPersonal(this.user(by)), conversation: { id: chat, conversationType: 'personal' as const, tenantId: CHANNEL.tenantId } };
        return this.invoke(by, button, where);
      }
    }
    throw new Error(`teams: no ${status} button beside "${description}" in ${this.nameOf(by)}'s chat`);
  }

  async evaluate(by: Person, item: EvaluationItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, `evaluatie ${item.moment}`);
    await this.openItemForm(by, 'evaluation_open', item.onderdeel, item.moment);
    await this.submitForm(by, 'evaluation', (card) => evaluationValues(card, this.choiceFor, item));
  }

  /** Where this person acts from, as Teams sends it. */
  private from(by: Person, from: From): ActivityBase {
    if (from === 'channel') return this.h.inChannel(this.user(by));
    if (from === 'private') return this.h.inPersonal(this.user(by));
    return elsewhereFrom(this.h.inChannel(this.user(by)));
  }

  async pressShown(by: Person, control: ShownControl, from: From): Promise<void> {
    const shown = control.shownTo;
    // Teams answers in a channel are the channel's cards; a private chat's are its own.
    // In the channel, the card an invoke of theirs answered with stands in place of the one they clicked.
    const answered = this.answered && this.answeredTo === this.user(shown?.person ?? by).id ? [this.answered] : [];
    const cards = shown?.in === 'private' ? this.privateChats(shown.person).flatMap((chat) => this.cardsIn(chat)) : [...answered, ...(await this.seenInChannel(shown?.person ?? by))];
    const { action: button, asked } = shownButton(cards, control);
    this.asked = asked;
    const where = this.from(by, from);
    if (button.type === 'Action.Execute') return this.invoke(by, button, where);
    await this.act(by, where, () => this.h.submit(this.user(by), button.data, where));
  }

  private asked = '';
  askedFirst = (): string => this.asked;

  async submitShown(by: Person, openedFor: Person, form: string, from: From, typed: Readonly<Record<string, string>> = {}): Promise<void> {
    // A Teams form is a card in the chat where it was asked for: its data can be sent by anyone.
    await this.submitForm(by, form, (card) => ({ ...shownValues(card), ...typed }), this.from(by, from), openedFor);
  }

  startElsewhere(by: Person, school: string, action?: ElsewhereAction): Promise<void> {
    const owned = action ? { ownerUserId: this.user(action.owner).aadObjectId!, ownerName: this.nameOf(action.owner), description: action.description, dueDate: action.due } : undefined;
    return startLeerlijnElsewhere(this.h.db.db, 'teams', TENANT, ELSEWHERE_ID, this.user(by).aadObjectId!, school, owned);
  }

  elsewhere = (): string => this.read.textOf(ELSEWHERE_ID);

  /** Teams has no private answers in a channel: both places are the channel's cards, newest first. */
  press(by: Person, label: string, _where: 'answer' | 'channel'): Promise<void> {
    return this.pressShown(by, { label }, 'channel');
  }

  async fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void> {
    await this.submitForm(by, 'team', (card) => teamValues(card, places, (p) => this.user(p).aadObjectId));
  }

  async fillRoles(by: Person, kind: string, notulist: Person, invuller: Person): Promise<void> {
    await this.submitForm(by, 'roles', (card) => rolesValues(card, this.choiceFor, kind, notulist, invuller));
  }

  async fillMeetingDate(by: Person, date: string, time: string): Promise<void> {
    await this.submitForm(by, 'move', (card) => moveValues(card, date, time));
  }

  async timePasses(to: Date): Promise<void> {
    this.clock.now = to;
    await tick({ db: this.h.db.db, messengers: { teams: this.h.teams.messenger }, documents: this.h.teams.services.documents, retentionDays: RETENTION_DAYS }, to);
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.h.flush();
  }

  channel = (): string => this.read.channel();
  channelMarkup = (): string[] => this.read.cardsIn(CHANNEL.id).flatMap(teamsMarkdownTexts);
  channelButtons = async (p: Person): Promise<string[]> => (await this.seenInChannel(p)).flatMap(buttonsOf);
  refuseNextPost = (blocked?: boolean): void => this.read.refuseNextPost(blocked);
  takeBotOutOfChannel = (): void =>
    this.h.connector.failNext(new RegExp(CHANNEL.id.replace(/\./g, '\\.')), { status: 403, code: 'BotNotInConversationRoster', times: 1000 });
  newInChannel = (): string => this.read.newInChannel();
  editsInChannel = (): number => this.read.editsInChannel();
  newChannelDocuments = (): Promise<ChannelDocument[]> => this.read.newChannelDocuments();
  channelDocuments = (): Promise<ChannelDocument[]> => this.read.channelDocuments();
  channelCharts = (): ChannelChart[] => this.read.channelCharts();
  exportTitle = (): string => this.read.exportTitle();
  privateFile = (p: Person, by: Person = p): Promise<PrivateFile | null> => this.read.privateFile(this.user(p), this.user(by));
  lastAnswer = (p: Person): string => this.answers.get(this.user(p).id) ?? '';

  lastAnswerToAll = (p: Person): string => this.answersToAll.get(this.user(p).id) ?? '';

  formProblems(p: Person): Record<string, string> {
    return this.problems.get(this.user(p).id) ?? {};
  }

  private privateChats = (p: Person): string[] => this.read.privateChats(this.user(p));
  privateChat = (p: Person): string => this.read.privateChat(this.user(p));

  async close(): Promise<void> {
    await this.h.close();
  }
}
