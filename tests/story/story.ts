// A scenario written once and run on each platform: `story(name, s => …)` inside
// `describe.each(PLATFORMS)`. Steps go through a platform driver; every expectation reads what
// people saw on that platform, so a difference between Slack and Teams fails one of the two.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OnderdeelCode, Score } from '../../src/domain/instrument.js';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n/index.js';
import { KEYS } from './cast.js';
import type { ActionStatus, ChannelChart, ChannelDocument, Driver, EvaluationItem, Person, PlanItem, StartMore, TeamPlace } from './drivers/driver.js';
import { slackDriver } from './drivers/slack.js';
import { teamsDriver } from './drivers/teams.js';
import type { TestDb } from '../support/db.js';

export type Platform = 'slack' | 'teams';
export const PLATFORMS: Platform[] = ['slack', 'teams'];
export type { Person, PlanItem, EvaluationItem, ChannelChart, ChannelDocument };

/** Votes per onderdeel, one per team member in the team's order. */
export type Matrix = Readonly<Partial<Record<OnderdeelCode, readonly Score[]>>>;
export type Fase = 'opstart' | 'opbouw' | 'doorontwikkel';

export class Story {
  private readonly cast: Person[] = KEYS.map((key, index) => ({ key, index }));
  /** The leerlijn's language, as its start chose it: what a story presses and expects is read in it. */
  lang: Lang = 'nl';

  constructor(readonly d: Driver) {}

  get platform(): Platform {
    return this.d.platform;
  }

  /** A person by name: anna, bram, chen, dewi, eva, fatima, gijs, hamza. */
  person(key: string): Person {
    const p = this.cast.find((c) => c.key === key);
    if (!p) throw new Error(`nobody called ${key} in the cast`);
    return p;
  }

  coordinator(key: string): Person {
    return this.person(key);
  }

  /** The first n people of the cast (the coordinator, anna, is the first). */
  members(n: number): Person[] {
    return this.cast.slice(0, n);
  }

  /** Someone the channel knows who is not on the team. */
  outsider(): Person {
    return this.cast.at(-1)!;
  }

  async start(o: { by: Person; school: string; members: readonly Person[] } & StartMore): Promise<void> {
    this.lang = o.lang ?? 'nl';
    await this.d.start(o.by, o.school, o.members, { ...(o.startDate ? { startDate: o.startDate } : {}), ...(o.region ? { region: o.region } : {}), ...(o.lang ? { lang: o.lang } : {}) });
  }

  command(by: Person, text: string): Promise<void> {
    return this.d.command(by, text);
  }

  /** The command typed in this person's private chat with the bot (Slack: their DM; Teams: the 1:1 chat). */
  commandPrivately(by: Person, text: string): Promise<void> {
    return this.d.commandPrivately(by, text);
  }

  /** The coordinator takes someone out of the team by typing the command with their name. */
  async removeFromTeam(by: Person, person: Person): Promise<void> {
    await this.d.removeFromTeam(by, person);
    await this.d.settle();
  }

  async openRound(by: Person, week: 1 | 17 = 1): Promise<void> {
    await this.d.command(by, week === 1 ? 'scores' : 'scores 17');
  }

  /** Everyone votes their column of the matrix, onderdeel by onderdeel, the team at once. */
  async voteMatrix(team: readonly Person[], matrix: Matrix): Promise<void> {
    for (const [code, scores] of Object.entries(matrix) as Array<[OnderdeelCode, readonly Score[]]>) {
      await Promise.all(team.map((p, i) => this.d.vote(p, code, scores[i]!)));
    }
    await this.d.settle();
  }

  vote(by: Person, code: OnderdeelCode, score: Score): Promise<void> {
    return this.d.vote(by, code, score);
  }

  /** A vote from a card that still shows its buttons: the person's screen has not refreshed since the close. */
  voteOnStaleCard(by: Person, code: OnderdeelCode, score: Score): Promise<void> {
    return this.d.vote(by, code, score, true);
  }

  async close(by: Person): Promise<void> {
    await this.d.command(by, 'sluit');
    await this.d.settle();
  }

  async agree(by: Person, code: OnderdeelCode, score: Score): Promise<void> {
    await this.d.agree(by, code, score);
  }

  /** `stale`: pressed on the round-closed message as it was before a redraw (a screen not refreshed yet). */
  async agreeAll(by: Person, stale = false): Promise<void> {
    await this.d.agreeAll(by, stale);
    await this.d.settle();
  }

  /** `opened`: the bot has just shown the actieplan (a button did), so nothing is typed. */
  async addPlanItem(by: Person, item: PlanItem, opened = false): Promise<void> {
    await this.d.addPlanItem(by, item, opened);
    await this.d.settle();
  }

  async setStatus(by: Person, description: string, status: ActionStatus): Promise<void> {
    await this.d.setStatus(by, description, status);
    await this.d.settle();
  }

  async evaluate(by: Person, item: EvaluationItem, opened = false): Promise<void> {
    await this.d.evaluate(by, item, opened);
    await this.d.settle();
  }

  /** Presses a button the bot offered: in its answer to this person, or in the channel. */
  async press(by: Person, label: string, where: 'answer' | 'channel' = 'answer'): Promise<void> {
    await this.d.press(by, label, where);
    await this.d.settle();
  }

  /** `team` typed, up to the team form: Slack shows the team first and its button opens the form; Teams shows the form at once. */
  async openTeamForm(by: Person): Promise<void> {
    await this.command(by, 'team');
    if (this.platform === 'slack') await this.press(by, t(this.lang, 'team.title'));
  }

  fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void> {
    return this.d.fillTeam(by, places);
  }

  async fillRoles(by: Person, kind: 'signalering' | 'actieplan' | 'terugkom' | 'eindevaluatie', notulist: Person, invuller: Person): Promise<void> {
    await this.d.fillRoles(by, kind, notulist, invuller);
    await this.d.settle();
  }

  async fillMeetingDate(by: Person, date: string, time: string): Promise<void> {
    await this.d.fillMeetingDate(by, date, time);
    await this.d.settle();
  }

  /** The clock moves on to `iso` and the scheduler makes its pass, as the running bot's ticker would. */
  timePasses(iso: string): Promise<void> {
    return this.d.timePasses(new Date(iso));
  }

  async compare(by: Person): Promise<void> {
    await this.d.command(by, 'vergelijk');
    await this.d.settle();
  }

  /** What in a text belongs to the other platform: its name, or its way of typing a command. */
  otherPlatformWords(text: string): string[] {
    const other = this.platform === 'slack' ? ['Teams', '@Leerlijn'] : ['Slack', '/leerlijn'];
    return other.filter((w) => text.includes(w));
  }

  name(p: Person): string {
    return this.d.nameOf(p);
  }

  /**
   * A catalogue sentence in the leerlijn's language as this platform's texts say it: its commands
   * spelled the platform's way, as read in the channel or (`readIn` 'private') in a private chat with the bot.
   */
  said(key: MessageKey, params?: Params, readIn: 'channel' | 'private' = 'channel'): string {
    const spelled = t(this.lang, key, params).replace(/\/leerlijn ([a-z-]+)/g, (_, words: string) => this.d.commandText(words, readIn));
    // A Teams card has no code: a command there is bold (whose marks the text read drops), not in backticks.
    return this.platform === 'teams' ? spelled.replace(/`([^`\n]+)`/g, '$1') : spelled;
  }

  /** The label of the button the bot offers the coordinator for this next step, in the leerlijn's language. */
  button(code: string): string {
    return t(this.lang, `guide.button.coordinator.${code}` as MessageKey);
  }

  /** A command as this platform's texts spell it. */
  commandText(words: string): string {
    return this.d.commandText(words);
  }

  // ---- what people saw ----

  /** The whole team sees these in the channel. */
  expectChannelShows(...texts: string[]): void {
    const channel = this.d.channel();
    expect(texts.filter((t) => !channel.includes(t)), `missing in the ${this.platform} channel`).toEqual([]);
  }

  /** How often `text` stands in the channel now, as the whole team sees it. */
  timesInChannel(text: string): number {
    return this.d.channel().split(text).length - 1;
  }

  /** The PDFs posted in the channel since the last look: one per file name pattern, in that order. */
  async expectNewChannelDocuments(...names: RegExp[]): Promise<ChannelDocument[]> {
    const documents = await this.d.newChannelDocuments();
    const seen = documents.map((d) => d.name);
    expect(seen.map((d) => names.findIndex((n) => n.test(d))), `${this.platform} documents: ${seen.join(', ')}`).toEqual(names.map((_, i) => i));
    return documents;
  }

  /** Every chart in the channel now, oldest first, as people get it on this platform. */
  channelCharts(): ChannelChart[] {
    return this.d.channelCharts();
  }

  /** What came to the channel since the last look (new messages, not redrawn ones) shows these. */
  expectNewInChannel(...texts: string[]): void {
    const fresh = this.d.newInChannel();
    expect(texts.filter((t) => !fresh.includes(t)), `missing in what the ${this.platform} channel got: ${fresh.slice(0, 600)}`).toEqual([]);
  }

  /** The message whose button was pressed last reads these now (it was redrawn). */
  expectClickedMessage(shows: readonly string[], hides: readonly string[] = []): void {
    const now = this.d.clickedMessage();
    expect(shows.filter((t) => !now.includes(t)), `${this.platform} clicked message: ${now.slice(0, 400)}`).toEqual([]);
    expect(hides.filter((t) => now.includes(t)), `${this.platform} clicked message: ${now.slice(0, 400)}`).toEqual([]);
  }

  expectChannelHides(...texts: string[]): void {
    const channel = this.d.channel();
    expect(texts.filter((t) => channel.includes(t)), `shown in the ${this.platform} channel`).toEqual([]);
  }

  /** The total score and fase the channel shows for the agreed round, in the leerlijn's language. */
  expectResult(r: { total: number; fase: Fase }): void {
    this.expectChannelShows(t(this.lang, 'result.total', { total: r.total, fase: t(this.lang, `fase.${r.fase}`) }));
  }

  /** What the bot answered this person's latest step. */
  expectAnswered(p: Person, ...texts: string[]): void {
    const answer = this.d.lastAnswer(p);
    expect(texts.filter((t) => !answer.includes(t)), `${this.platform} answer to ${p.key}: ${answer.slice(0, 400)}`).toEqual([]);
  }

  expectNotAnswered(p: Person, ...texts: string[]): void {
    const answer = this.d.lastAnswer(p);
    expect(texts.filter((t) => answer.includes(t)), `${this.platform} answer to ${p.key}: ${answer.slice(0, 400)}`).toEqual([]);
  }

  /** What the bot told this person in their private chat with it (a DM, a 1:1 chat). */
  expectToldPrivately(p: Person, ...texts: string[]): void {
    const chat = this.d.privateChat(p);
    expect(texts.filter((t) => !chat.includes(t)), `${this.platform} private chat of ${p.key}`).toEqual([]);
  }

  /** How often `text` stands in this person's private chat with the bot now. */
  timesToldPrivately(p: Person, text: string): number {
    return this.d.privateChat(p).split(text).length - 1;
  }

  expectNotToldPrivately(p: Person, ...texts: string[]): void {
    const chat = this.d.privateChat(p);
    if (texts.length === 0) expect(chat, `${this.platform} private chat of ${p.key}`).toBe('');
    else expect(texts.filter((t) => chat.includes(t)), `${this.platform} private chat of ${p.key}`).toEqual([]);
  }
}

/** One scenario on one platform, with its own bot, fakes and database (an embedded one unless `open` gives another). */
export function story(platform: Platform, name: string, body: (s: Story) => Promise<void>, timeout = 180_000, open?: () => Promise<TestDb>): void {
  it(name, async () => {
    const db = await open?.();
    const s = new Story(platform === 'slack' ? await slackDriver(db) : await teamsDriver(db));
    try {
      await body(s);
    } finally {
      await s.d.close();
      await db?.drop();
    }
  }, timeout);
}

/**
 * One bot and one `setup` (a started leerlijn) shared by the `it`s of a describe, in their order:
 * for a sweep whose steps each leave the state the next expects. Closed after the last.
 */
export function sharedStory(platform: Platform, setup: (s: Story) => Promise<void>, timeout = 180_000): () => Story {
  let shared: Story | undefined;
  beforeAll(async () => {
    shared = new Story(platform === 'slack' ? await slackDriver() : await teamsDriver());
    await setup(shared);
  }, timeout);
  afterAll(async () => {
    await shared?.d.close();
  });
  return () => {
    if (!shared) throw new Error(`the ${platform} story was not set up`);
    return shared;
  };
}
