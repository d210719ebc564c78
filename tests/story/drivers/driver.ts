// What a story asks of a platform: the steps a person takes, and what each person saw.
// A driver finds every button, id and form in what the bot posted; it never computes one.
import { loadConfig } from '../../../src/config.js';
import type { OnderdeelCode, Score } from '../../../src/domain/instrument.js';

/** The bot's own term (config RETENTION_DAYS, unset): a story's ticks delete an ended leerlijn when the running bot would. */
export const RETENTION_DAYS = loadConfig({}).retentionDays;

/** Someone in the story; `index` is their place in the platform's cast of eight people. */
export interface Person {
  key: string;
  index: number;
}

export interface PlannedAction {
  description: string;
  owner: Person;
  /** yyyy-mm-dd */
  due: string;
  /** The form's row it is typed in (0 is the first), when not its place in the list: the rows above it stay empty. */
  row?: number;
}

export interface PlanItem {
  onderdeel: OnderdeelCode;
  watKanBeter: string;
  gewensteEindsituatie: string;
  actions: PlannedAction[];
}

export interface EvaluationItem {
  moment: 'terugkom' | 'eind';
  onderdeel: OnderdeelCode;
  bereikt: Score;
  /** Left out: the toelichting stays as the form shows it. */
  toelichting?: string;
  /** Welke acties zijn nog nodig: they become new actions. */
  newActions?: PlannedAction[];
}

export type ActionStatus = 'klaar' | 'bezig' | 'loopt_vast';

export interface StartMore {
  startDate?: string;
  region?: 'noord' | 'midden' | 'zuid';
  /** The leerlijn's language (default Nederlands). */
  lang?: 'nl' | 'en';
}

/** A file as its holder downloads it. */
export interface PrivateFile { name: string; bytes: Buffer }

/** A PDF the team can open from the channel. */
export interface ChannelDocument {
  name: string;
  bytes: Buffer;
}

/**
 * A chart in the team's channel as it reaches people: a picture (Slack, and Teams where its own
 * chart does not fit) or the platform's own chart with its values (Teams). `alt` is what a
 * screen reader says.
 */
export interface ChannelChart {
  alt: string;
  /** Its file name, where the platform posts it as a file (Slack). */
  name?: string;
  png?: Buffer;
  /** Per series, the bars' values in order. */
  series?: number[][];
}

/** An action someone owns in the actieplan of the leerlijn started elsewhere. */
export interface ElsewhereAction {
  owner: Person;
  description: string;
  /** yyyy-mm-dd */
  due: string;
}

export interface TeamPlace {
  person: Person;
  side: 'school' | 'jongerenwerk';
  level: 'uitvoerder' | 'manager';
  /** Made (true) or no longer (false) a coordinator; unset keeps what the form shows. */
  coordinator?: boolean;
}

/**
 * A control as the bot showed it to someone: ids in buttons are forgeable, so anyone who learns
 * of one can send it. Found by its text; a select by the text of its option.
 */
export interface ShownControl {
  label: string;
  /** Where it was shown: the team's channel (default), what the bot last answered this person, or this person's private chat. */
  shownTo?: { person: Person; in: 'answer' | 'private' };
  /** The first such control after this text: an onderdeel's card, an action's line. */
  after?: string;
}

/** An input of a form as shown: its label, and what it starts with ('' for nothing; people by the names shown, joined by ', '). */
export interface ShownInput {
  label: string;
  preset: string;
}

/** Where a person acts from: the team's channel, their private chat with the bot, or the channel of their own other leerlijn (`startElsewhere`). */
export type From = 'channel' | 'private' | 'elsewhere';

export interface Driver {
  readonly platform: 'slack' | 'teams';
  /** The name the platform shows for a person. */
  nameOf(person: Person): string;
  /**
   * How the platform's texts tell people to type a command: `/leerlijn team`, `@Leerlijn team`;
   * `readIn` 'private': in a text read in the person's private chat with the bot (Teams: a command
   * that works there without the mention, as typed there).
   */
  commandText(words: string, readIn?: 'channel' | 'private'): string;
  /** `more`: the first meeting's date (default Monday 2 February 2026), the school's region (none by default), the language. */
  start(by: Person, school: string, members: readonly Person[], more?: StartMore): Promise<void>;
  /** Types `start` in the team's channel and reads the inputs of the start form it opens, in order. */
  startFormShown(by: Person): Promise<ShownInput[]>;
  /** A typed command in the team's channel (Slack `/leerlijn x`, Teams `@Leerlijn x`). */
  command(by: Person, text: string): Promise<void>;
  /** A typed command in the person's private chat with the bot (Slack: `/leerlijn x` in their DM; Teams: `x` in the 1:1 chat). */
  commandPrivately(by: Person, text: string): Promise<void>;
  /** A typed command in a group chat of the cast (Slack: a group DM, which takes no app; Teams: a group chat the bot is in). */
  commandInGroupChat(by: Person, text: string): Promise<void>;
  /** Types `team verwijder @person`, naming them as the platform does (Slack a `<@id>`, Teams an `<at>` mention). */
  removeFromTeam(by: Person, person: Person): Promise<void>;
  /** Types the command words followed by these people, named as the platform does, in the team's channel. */
  commandNaming(by: Person, words: string, people: readonly Person[]): Promise<void>;
  /** `stale`: press the button on an earlier version of the card, as a screen that has not refreshed yet shows it. */
  vote(by: Person, onderdeel: OnderdeelCode, score: Score, stale?: boolean): Promise<void>;
  agree(by: Person, onderdeel: OnderdeelCode, score: Score): Promise<void>;
  /** `stale`: press it on an earlier version of the round-closed message, as a screen that has not refreshed yet shows it. */
  agreeAll(by: Person, stale?: boolean): Promise<void>;
  /** Types `actieplan` (unless `opened`: the plan was just shown), opens the onderdeel's form and submits it. */
  addPlanItem(by: Person, item: PlanItem, opened?: boolean): Promise<void>;
  /** Presses the status button of an action, in the owner's private chat with the bot. */
  setStatus(by: Person, description: string, status: ActionStatus): Promise<void>;
  /** Types `evaluatie <moment>` (unless `opened`), opens the onderdeel's form and submits it. */
  evaluate(by: Person, item: EvaluationItem, opened?: boolean): Promise<void>;
  /**
   * Presses the button with this text: in what the bot last answered this person (`answer`) or
   * among the channel's messages (`channel`), the newest first.
   */
  press(by: Person, label: string, where: 'answer' | 'channel'): Promise<void>;
  /** Sends a control the bot showed (perhaps to someone else) as this person, from where they are. */
  pressShown(by: Person, control: ShownControl, from: From): Promise<void>;
  /**
   * Submits, as this person, the form the bot last opened for `openedFor` as it was shown, with
   * `typed` (by input id) typed in: ids in a form's data are forgeable too.
   */
  submitShown(by: Person, openedFor: Person, form: string, from: From, typed?: Readonly<Record<string, string>>): Promise<void>;
  /** Sends the form this person sent last once more, as it was sent: a second click before their screen changed. */
  submitAgain(by: Person): Promise<void>;
  /**
   * This person starts a leerlijn of their own for `school`, in another channel of the same
   * workspace (tenant); `action`: with someone else on that team too, owner of this action in its actieplan.
   */
  startElsewhere(by: Person, school: string, action?: ElsewhereAction): Promise<void>;
  /** The channel of that other leerlijn, as plain text. */
  elsewhere(): string;
  /** In the team form just opened for this person: everyone's side and level, as given. */
  fillTeam(by: Person, places: readonly TeamPlace[]): Promise<void>;
  /** In the roles form just opened for this person: this meeting's notulist and invuller (the other meetings as the form shows them). */
  fillRoles(by: Person, kind: 'signalering' | 'actieplan' | 'terugkom' | 'eindevaluatie', notulist: Person, invuller: Person): Promise<void>;
  /** In the move form just opened for this person: the meeting it shows chosen, moved to this local date and time. */
  fillMeetingDate(by: Person, date: string, time: string): Promise<void>;
  /** The bot's clock moves to `to`, and the scheduler makes its pass then, as the ticker would. */
  timePasses(to: Date): Promise<void>;
  /** Lets queued card updates go out (advances the throttle clock) and waits for them. */
  settle(): Promise<void>;
  /**
   * The platform refuses the next new message the bot posts (Slack: ok false; Teams: 403), as when it is down or refuses the bot.
   * `blocked`: over the bot, not whom it goes to (Teams: 403 BotDisabledByAdmin; Slack's refusal already is one), so nobody is taken for gone.
   */
  refuseNextPost(blocked?: boolean): void;
  /**
   * From now on the platform refuses the bot's messages in the team's channel, as after it was taken out of it
   * (Slack: not_in_channel for what only one person sees there; Teams: 403 BotNotInConversationRoster). Private chats still work.
   */
  takeBotOutOfChannel(): void;

  /**
   * The problems the form this person submitted last shows, each by the id of the input it stands
   * beside ('' for one above the inputs); {} when the form was saved.
   */
  formProblems(person: Person): Record<string, string>;
  /** Everything visible in the team's channel now, as plain text. */
  channel(): string;
  /** The texts of the team's channel as sent, that the platform reads as markup (Slack mrkdwn, Teams TextBlock and Fact Markdown). */
  channelMarkup(): string[];
  /** The buttons the team's channel offers this person now, by label (Teams: with their own view where Teams fetches one). */
  channelButtons(viewer: Person): Promise<string[]>;
  /**
   * Whether the bot's answer to a command typed in the channel is itself a post there, seen by
   * everyone (Teams: a channel has no answer for one person), rather than only by the person (Slack: ephemeral).
   */
  readonly answersInChannel: boolean;
  /** What appeared in the team's channel since the last time this was asked, as plain text. */
  newInChannel(): string;
  /** How often the bot has redrawn a message in the team's channel so far (Slack chat.update; Teams an update of an activity). */
  editsInChannel(): number;
  /** The message whose button this driver pressed last, as it reads now (redrawn or not). */
  clickedMessage(): string;
  /**
   * What the button last sent with `press` or `pressShown` asked before it acted, as plain text (Slack: its confirm
   * dialog; Teams: the card it unfolds, with the button that goes on); '' where it acted at once.
   */
  askedFirst(): string;
  /**
   * The PDFs posted in the team's channel since the last time this was asked, by file name, each
   * opened and checked to be a PDF (Slack: files; Teams: the links in its cards, opened as a
   * member would, while they are valid).
   */
  newChannelDocuments(): Promise<ChannelDocument[]>;
  /** Every PDF in the channel now, oldest first (a file deleted there is gone). */
  channelDocuments(): Promise<ChannelDocument[]>;
  /** Every chart in the team's channel now, oldest first. */
  channelCharts(): ChannelChart[];
  /** The title the latest export file shows its coordinator (Slack: the file's title; Teams: the consent card's file). */
  exportTitle(): string;
  /**
   * The latest file the bot gave this person privately, as they keep it (Slack: in their DM; Teams: its consent card
   * accepted, by `acceptedBy` from their own 1:1 chat where given, forging it); null where no file landed.
   */
  privateFile(person: Person, acceptedBy?: Person): Promise<PrivateFile | null>;
  /** What the bot answered this person's latest action, only to them where the platform allows (ephemeral, modal, invoke answer). */
  lastAnswer(person: Person): string;
  /**
   * That answer's posts as everyone else in the place sees them ('' where answers are the person's
   * own): in a Teams channel, without the controls only the person may use (their own view).
   */
  lastAnswerToAll(person: Person): string;
  /** The person's private chat with the bot (Slack DM, Teams 1:1 chat), as plain text. */
  privateChat(person: Person): string;
  close(): Promise<void>;
}
