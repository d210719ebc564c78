// The story through Teams: activities to the real CloudAdapter (tests/adapters/teams/harness.ts),
// Action.Submit and Action.Execute data taken from the cards the fake connector received.
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import type { OnderdeelCode, Score } from '../../../src/domain/instrument.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { messageActivity, postActivity, type ActivityBase, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, startHarness, TENANT, type Harness } from '../../adapters/teams/harness.js';
import { NOW } from '../../support/fixtures.js';
import { tick } from '../../../src/scheduler/tick.js';
import type { ActionStatus, ChannelChart, ChannelDocument, Driver, EvaluationItem, From, Person, PlanItem, ShownControl, StartMore, TeamPlace } from './driver.js';
import { startLeerlijnElsewhere } from './elsewhere.js';
import { chartsIn, DOCUMENTS, ELSEWHERE_ID, elsewhereFrom, isAction, isInvokeCard, problemsBeside, openDocuments, PUBLIC_URL, shownButton, shownValues, type Action, type Node } from './teams-parts.js';
import { nodeAfterText, nodesOf, teamsText } from './text.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { worksInPersonalChat } from '../../../src/app/flows/registry.js';

export async function teamsDriver(): Promise<Driver> {
  const clock = { now: NOW };
  return new TeamsDriver(await startHarness({ now: () => clock.now, env: DOCUMENTS }), clock);
}

class TeamsDriver implements Driver {
  readonly platform = 'teams';
  readonly answersInChannel = true;
  private readonly answers = new Map<string, string>();
  private readonly problems = new Map<string, Record<string, string>>();
  private readonly answersToAll = new Map<string, string>();

  constructor(private readonly h: Harness, private readonly clock: { now: Date }) {}

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

  /** Cards in a conversation as people see them now, newest first. */
  private cardsIn(conversationId: string): JsonObject[] {
    return this.h.connector.messagesIn(conversationId).map((m) => adaptiveCardOf(m.activity)).filter((c): c is JsonObject => c !== undefined).reverse();
  }

  /** The message each card seen in the channel is (an invoke from it names it as replyToId). */
  private readonly messageOf = new WeakMap<JsonObject, string>();

  /** The channel's cards as this person sees them now (their own view where Teams fetches one), newest first. */
  private seenInChannel(p: Person): Promise<JsonObject[]> {
    const where = this.h.inChannel(this.user(p));
    const posted = this.h.connector.messagesIn(CHANNEL.id).flatMap((m) => {
      const card = adaptiveCardOf(m.activity);
      return card ? [{ id: m.id, card }] : [];
    });
    return Promise.all(posted.reverse().map(async ({ id, card }) => {
      const seen = await this.h.seenBy(this.user(p), card, where);
      this.messageOf.set(seen, id);
      return seen;
    }));
  }

  private find<T extends Action>(cards: JsonObject[], what: string, is: (n: Node) => n is T, pick: (a: T) => boolean): T {
    for (const card of cards) {
      const found = nodesOf(card).filter(is).find(pick);
      if (found) return found;
    }
    throw new Error(`teams: no ${what} in the cards the bot posted`);
  }

  /** The choice a roster-backed input offers for a person, by the name it shows. */
  private choiceFor(card: JsonObject, inputId: string, p: Person): string {
    const input = nodesOf(card).find((n) => n.id === inputId);
    const choice = nodesOf(input?.choices).find((c) => c.title === this.nameOf(p));
    if (!choice) throw new Error(`teams: ${inputId} offers no ${this.nameOf(p)}`);
    return String(choice.value);
  }

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
        await this.invoke(by, { ...submit, data }, { ...where, replyToId: this.messageOf.get(card) });
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
    const pick = (card: JsonObject, id: string, people: readonly Person[]): string => people.map((p) => this.choiceFor(card, id, p)).join(',');
    await this.submitForm(by, 'start', (card) => ({
      schoolName: school, youthOrgName: 'JoU', kind: 'bestaand', ...(more.lang ? { lang: more.lang } : {}), startDate: more.startDate ?? '2026-02-02', startTime: '15:30', region: more.region ?? '',
      school: pick(card, 'school', members.filter((_, i) => i % 2 === 0)), jongerenwerk: pick(card, 'jongerenwerk', members.filter((_, i) => i % 2 === 1)),
      coordinators: pick(card, 'coordinators', [by]), draagvlak: 'true', financiering: 'true', facilitering: 'true',
    }));
  }

  command(by: Person, text: string): Promise<void> {
    const where = this.h.inChannel(this.user(by));
    return this.act(by, where, () => this.h.say(this.user(by), text, where));
  }

  commandPrivately(by: Person, text: string): Promise<void> {
    const where = this.h.inPersonal(this.user(by));
    return this.act(by, where, () => this.h.say(this.user(by), text, where));
  }

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

  agreeAll(by: Person): Promise<void> {
    return this.invoke(by, this.verbIn('agree_all', 'agree-all button', () => true));
  }

  async addPlanItem(by: Person, item: PlanItem, opened = false): Promise<void> {
    if (!opened) await this.command(by, 'actieplan');
    await this.openItemForm(by, 'plan_open', item.onderdeel);
    await this.submitForm(by, 'plan', (card) => ({
      watKanBeter: item.watKanBeter, gewensteEindsituatie: item.gewensteEindsituatie,
      ...Object.fromEntries(item.actions.map((a, i) => [a.row ?? i, a] as const).flatMap(([i, a]) => [
        [`actions.${i}.description`, a.description], [`actions.${i}.ownerUserId`, this.choiceFor(card, `actions.${i}.ownerUserId`, a.owner)], [`actions.${i}.dueDate`, a.due],
      ])),
    }));
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
    // The form as shown (what it was opened with), with this person's choices.
    await this.submitForm(by, 'evaluation', (card) => ({
      ...shownValues(card),
      bereikt: String(item.bereikt),
      ...(item.toelichting === undefined ? {} : { toelichting: item.toelichting }),
    }));
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
    const button = shownButton(cards, control);
    const where = this.from(by, from);
    if (button.type === 'Action.Execute') return this.invoke(by, button, where);
    await this.act(by, where, () => this.h.submit(this.user(by), button.data, where));
  }

  async submitShown(by: Person, openedFor: Person, form: string, from: From, typed: Readonly<Record<string, string>> = {}): Promise<void> {
    // A Teams form is a card in the chat where it was asked for: its data can be sent by anyone.
    await this.submitForm(by, form, (card) => ({ ...shownValues(card), ...typed }), this.from(by, from), openedFor);
  }

  startElsewhere(by: Person, school: string): Promise<void> {
    return startLeerlijnElsewhere(this.h.db.db, 'teams', TENANT, ELSEWHERE_ID, this.user(by).aadObjectId!, school);
  }

  elsewhere(): string {
    return this.h.connector.messagesIn(ELSEWHERE_ID).map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text)).join('\n');
  }

  /** Teams has no private answers in a channel: both places are the channel's cards, newest first. */
  press(by: Person, label: string, _where: 'answer' | 'channel'): Promise<void> {
    return this.pressShown(by, { label }, 'channel');
  }

  /** The team form as shown (every input's value), with each named person's side and level set. */
  async fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void> {
    await this.submitForm(by, 'team', (card) => {
      const shown = shownValues(card);
      const chosen = places.flatMap((p) => [[`side.${this.user(p.person).aadObjectId}`, p.side], [`level.${this.user(p.person).aadObjectId}`, p.level]]);
      return { ...shown, ...Object.fromEntries(chosen) };
    });
  }

  async fillRoles(by: Person, kind: string, notulist: Person, invuller: Person): Promise<void> {
    const row = ALL_MEETING_KINDS.findIndex((k) => k === kind);
    await this.submitForm(by, 'roles', (card) => ({
      [`${row}.notulistUserId`]: this.choiceFor(card, `${row}.notulistUserId`, notulist), [`${row}.invullerUserId`]: this.choiceFor(card, `${row}.invullerUserId`, invuller),
    }));
  }

  async fillMeetingDate(by: Person, date: string, time: string): Promise<void> {
    await this.submitForm(by, 'move', (card) => {
      const kind = nodesOf(card).find((n) => n.id === 'kind')?.value;
      if (typeof kind !== 'string') throw new Error('teams: the move form has no meeting chosen');
      return { kind, date, time };
    });
  }

  async timePasses(to: Date): Promise<void> {
    this.clock.now = to;
    await tick({ db: this.h.db.db, messengers: { teams: this.h.teams.messenger }, documents: this.h.teams.services.documents }, to);
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.h.flush();
  }

  channel(): string {
    return this.h.connector.messagesIn(CHANNEL.id).map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text)).join('\n');
  }

  private messagesSeen = 0;

  newInChannel(): string {
    const all = this.h.connector.messagesIn(CHANNEL.id);
    const fresh = all.slice(this.messagesSeen);
    this.messagesSeen = all.length;
    return fresh.map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text)).join('\n');
  }

  private documentsSeen = 0;

  async newChannelDocuments(): Promise<ChannelDocument[]> {
    const all = this.cardsIn(CHANNEL.id).reverse().flatMap((c) => nodesOf(c).filter((n) => n.type === 'Action.OpenUrl' && String(n.url).startsWith(PUBLIC_URL)).map((n) => String(n.url)));
    const urls = all.slice(this.documentsSeen);
    this.documentsSeen = all.length;
    return openDocuments(urls, this.h.bot.port);
  }

  /** Teams' own charts in the channel's cards as they are now, with the text hosts without charts show. */
  channelCharts(): ChannelChart[] {
    return chartsIn(this.cardsIn(CHANNEL.id).reverse());
  }

  lastAnswer(p: Person): string {
    return this.answers.get(this.user(p).id) ?? '';
  }

  lastAnswerToAll(p: Person): string {
    return this.answersToAll.get(this.user(p).id) ?? '';
  }

  formProblems(p: Person): Record<string, string> {
    return this.problems.get(this.user(p).id) ?? {};
  }

  /** The 1:1 chats of a person: the one they opened and the ones the bot created for them. */
  private privateChats(p: Person): string[] {
    const id = this.user(p).id;
    const created = this.h.connector.createdConversations.filter((c) => (c.request.members as Array<{ id: string }> | undefined)?.[0]?.id === id).map((c) => c.id);
    return [...new Set([...created, this.h.inPersonal(this.user(p)).conversation.id])];
  }

  privateChat(p: Person): string {
    return this.privateChats(p).flatMap((chat) => this.h.connector.messagesIn(chat).map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text))).join('\n');
  }

  async close(): Promise<void> {
    await this.h.close();
  }
}
