// What a flow may make happen, as platform-neutral intents: answer the person acting, post in
// the team's channel, open a form, post or redraw a round, tell someone privately. Each
// adapter implements this once (its Surface) with its renderers; the flows decide the rest.
import type { Lang, OnderdeelCode } from '../../domain/instrument.js';
import type { MeetingKind } from '../../domain/meetings.js';
import type { Logger } from '../../logger.js';
import type { LeerlijnRow } from '../../store/leerlijnen.js';
import type { Actor, Deps } from '../context.js';
import type { ErrorCode, ErrorParams, FieldError, UnrefusedCode } from '../errors.js';
import type { IsThrottled } from '../error-words.js';
import type { ExportFile } from '../export-files.js';
import type { ReminderSettings, RemindersSaved } from '../meetings.js';
import type { ProgressView } from '../progress.js';
import type { Messenger, SendResult } from '../messenger.js';
import type { Notice } from '../notices.js';
import type { StepDocument } from '../step-documents.js';
import type { PublishMode, Published } from '../result-publishing.js';
import type {
  ActionPlanView, ActionView, ComparisonView, EvaluationView, HomeView, LeerlijnView, MemberView, RoundView, StartView, StatusView, TimelineView,
} from '../views.js';
import type { MessageKey, Params } from '../../i18n/index.js';

/** A sentence from the catalogue. `people`: params that name team members, filled in by each platform (a mention, a name). */
export interface TextView {
  type: 'text';
  key: MessageKey;
  params?: Params;
  people?: Readonly<Record<string, readonly string[]>>;
  /** Params that are themselves catalogue words (a status, a meeting), said in the reader's language. */
  terms?: Readonly<Record<string, MessageKey>>;
  tone?: 'good' | 'warning';
  /** Said in this language rather than the place's (just after a start the channel had no leerlijn yet). */
  lang?: Lang;
}

export interface ErrorView {
  type: 'error';
  code: ErrorCode | UnrefusedCode;
  params?: ErrorParams;
  fields?: readonly FieldError[];
  lang?: Lang;
  /** Only the reasons (the field problems), without the general "not everything was filled in well". */
  brief?: boolean;
  /** In a form: the input the whole refusal belongs beside (a refused date), rather than above the form. */
  at?: string;
  /** Said in a group chat: where the words speak of "this channel", they speak of "this chat". */
  inChat?: boolean;
}

/** What only the person acting sees. */
export type ReplyView =
  | TextView
  | ErrorView
  | { type: 'lines'; lines: ReadonlyArray<TextView | ErrorView>; lang?: Lang }
  /** `personal`: asked in a personal chat, where what works there comes first. */
  /** `keptDays`: the retention term, said with `stop` and the privacy note; unset where there is none. */
  | { type: 'help'; unknown?: string; /** A command word the unknown one is a slip of. */ didYouMean?: string; progress?: ProgressView; lang?: Lang; personal?: boolean; keptDays?: number }
  | { type: 'status'; status: StatusView; progress?: ProgressView }
  /**
   * After a step: the asker's next action, with a button where it is a command (see next-step.ts).
   * `whose`: where everyone reads it, only whose next step it is (their own view has it: own-view.ts).
   */
  | { type: 'next_step'; progress: ProgressView; lang?: Lang; whose?: string }
  | { type: 'home'; home: HomeView }
  /**
   * `rolesOffered`: the coordinator's controls include the notulist and invuller form; `reminders`:
   * present exactly where the reminders form is offered, with the current settings (plan.ts decides
   * both; both platforms draw what they say).
   */
  | { type: 'timeline'; timeline: TimelineView; members: MemberView[]; canEdit: boolean; rolesOffered: boolean; reminders?: ReminderSettings }
  /**
   * `page`: which page of a big team's form Teams shows (from 0; its card holds only so many members);
   * `session`: what the pages before it saved that the channel has not heard yet (its form sends it back).
   */
  | { type: 'team'; leerlijn: LeerlijnView; canEdit: boolean; change?: TextView[]; page?: number; session?: TeamFormSession }
  /** `canFill`: the asker fills it in (the coordinator, the meeting's invuller): each onderdeel gets its button. */
  | { type: 'plan'; plan: ActionPlanView; members: MemberView[]; canFill: boolean }
  | { type: 'actions'; actions: ActionView[]; members: MemberView[] }
  | { type: 'my_actions'; actions: ActionView[]; lang?: Lang }
  | { type: 'evaluation'; evaluation: EvaluationView; members: MemberView[]; canFill: boolean }
  /** `next`: when the next meeting's messages now go out. */
  | ({ type: 'reminders_saved' } & RemindersSaved);

/**
 * The team, read only when a surface asks: Teams names people from it; Slack's posts mention
 * them by id, so a save there does not read it (three statements).
 */
export type MembersWhenAsked = () => Promise<MemberView[]>;

/** What the whole team sees in its channel. */
export type ChannelView =
  /** Week 17 beside week 1, and the document it brings (its PDF with the chart), posted after it. */
  | { type: 'comparison'; comparison: ComparisonView; document: StepDocument }
  /** The bot introduces itself, with its privacy promise, where it was just added. */
  /** `kept`: the channel has a leerlijn already (running, or stopped with its data kept), where a start would be refused. */
  | { type: 'welcome'; lang: Lang; kept?: boolean }
  /** A new leerlijn: who started it for which school, then its planning. */
  | { type: 'started'; started: StartView; starterId: string }
  /** The meetings after a change, as the whole team sees them: no controls to change them. */
  | { type: 'timeline'; timeline: TimelineView; members: MembersWhenAsked }
  /** The team after a change, as the whole team sees it: no controls to change it; `change` says who became or stopped being coordinator. */
  /** `left`: people `change` names who are no longer on the team, by the name the team knew (Teams names people from the team). */
  | { type: 'team'; leerlijn: LeerlijnView; change?: readonly TextView[]; left?: ReadonlyArray<Pick<MemberView, 'userId' | 'displayName'>> }
  /** The whole actieplan, when someone asks to share it with the team. */
  | { type: 'plan'; plan: ActionPlanView; members: MembersWhenAsked }
  /** One onderdeel of the actieplan or of an evaluation, as just saved. */
  | { type: 'plan_item'; plan: ActionPlanView; onderdeel: OnderdeelCode; members: MembersWhenAsked }
  | { type: 'evaluation_item'; evaluation: EvaluationView; onderdeel: OnderdeelCode; members: MembersWhenAsked }
  /** A sentence for the whole team, in the channel the person acted in. */
  | TextView;

/** A form for the person acting (Slack: a modal; Teams: a card with inputs). */
export type FormView =
  /** `teamLang`: the language the form offers the new leerlijn (places.ts offeredTeamLang). */
  | { type: 'start'; teamLang: Lang }
  /** The coordinator's forms about the leerlijn itself; drawn in `lang` where given (a stopped leerlijn's, which the place does not speak). */
  | { type: 'delete' | 'stop'; leerlijnId: string; lang?: Lang }
  /** Moving (or for the optional one, planning) a meeting, with that meeting chosen. */
  | { type: 'move'; leerlijnId: string; kind: MeetingKind }
  /** The notulist and invuller: of one meeting where `kind` names it, else of every meeting. */
  | { type: 'roles'; leerlijnId: string; kind?: MeetingKind };

export type PostRoundResult = { posted: number } | { busy: true } | { failed: true };

/**
 * A surface's postRound: `post` posts what is missing (how many, or 'busy' while another post of
 * the round is under way); when it throws, `tell` says so to the actor, with what to do.
 */
export async function postRoundResult(post: () => Promise<number | 'busy'>, tell: (error: unknown) => Promise<void>): Promise<PostRoundResult> {
  try {
    const posted = await post();
    return posted === 'busy' ? { busy: true } : { posted };
  } catch (error) {
    await tell(error);
    return { failed: true };
  }
}

/**
 * What a private file is: the coordinator's export, said in its leerlijn's language and naming its school (a stopped one
 * is not the place's); or the person's own data (mijn-gegevens), in `lang`, of one leerlijn or (null) all they are on.
 */
export type PrivateFile = { file: ExportFile } & (
  | { kind: 'export'; leerlijn: Pick<LeerlijnRow, 'id' | 'schoolName' | 'lang'> }
  | { kind: 'my-data'; lang: Lang; leerlijnId: string | null }
);

/**
 * How a private file went: as the file itself in their DM (Slack), or as an offer to accept in their 1:1 chat (Teams);
 * `error`, the platform's code, where it did not go. What the person is told of it is the flow's.
 */
export interface PrivateFileSent {
  as: 'file' | 'offer';
  error?: string;
}

/** How a flow reaches the person acting, the channel and the team, on one platform. */
export interface Surface {
  reply(view: ReplyView): Promise<void>;
  /** Whether `error` is the platform asking to wait (its rate limit): said and logged as such (error-words.ts unrefusedCode). */
  throttled?: IsThrottled;
  /**
   * In the team's channel. What a form saved stays saved when the channel refuses the post: the
   * surface lets the person who acted know (Slack: why, privately; Teams: the card where they are), and says false.
   */
  post(view: ChannelView): Promise<void | boolean>;
  openForm(form: FormView): Promise<void>;
  /** Posts what of the round is not in the channel yet; a failure is told to the actor by the surface, with what to do. */
  postRound(round: RoundView): Promise<PostRoundResult>;
  /**
   * Draws a round that takes no more votes on its posted cards: closed (its results), or its
   * leerlijn stopped (without controls); with `summary`, posts its closed summary too (./closing.ts):
   * not posted (refused), what whoever closed it hears.
   */
  roundClosed(round: RoundView, summary: boolean): Promise<TextView | null>;
  /**
   * The outcome of a closed round with all ten agreed, as an agreement publishes it (result-publishing.ts), with the round's
   * head: posted where the channel refused it, once; 'refused' when it is refused again, 'posted' when a message of it is
   * in the channel now that was not. `mode` 'missing': the messages in the channel are left as they stand.
   */
  publishOutcome(round: RoundView, mode: PublishMode): Promise<Published>;
  /** The team changed while these rounds are open: their posted cards are drawn again, counting the team as it is now. */
  recount(roundIds: readonly string[]): Promise<void>;
  notify(userId: string, notice: Notice): Promise<SendResult>;
  /** The platform's Messenger, for what the bot draws again by itself (app/leftovers.ts). */
  messenger: Messenger;
  /**
   * A file for the person acting alone (Slack: in their DM; Teams: offered in their 1:1 chat, its accept
   * building it again for whoever accepts, as the kind says). Says nothing to them: the flow does, from how it went.
   */
  sendPrivateFile(offer: PrivateFile): Promise<PrivateFileSent>;
  /** The platform's people behind ids: their name, and whether they are a bot (bots cannot vote). */
  people(userIds: readonly string[]): Promise<Array<{ userId: string; name: string; isBot: boolean }>>;
}

/**
 * The surface of a submitted form (Slack: a modal waiting for its ack; Teams: a card sent
 * back). A flow says exactly one of the two, right after the use case and before anything
 * slow: Slack closes the modal within its 3 s only then.
 */
export interface FormSurface extends Surface {
  /** Saved: the form closes (Slack); Teams has nothing to close. */
  formAccepted(): Promise<void>;
  /**
   * Refused: Slack keeps its modal open with the reasons beside the inputs; Teams answers with
   * the same form again, the values kept. A refusal without fields or `at` has no input to
   * stand beside: Teams then answers with the reason alone.
   */
  formRefused(refusal: ErrorView): Promise<void>;
}

/**
 * A team form's pages saved without the channel being told: that something was saved, and the session's name
 * (TeamFormInput). What the pages saved is kept under that name on the server (app/flows/team-session.ts), not in the form.
 */
export interface TeamFormSession {
  /** The flow's name for this editing session (TeamFormInput.session); absent on a card drawn before it was kept. */
  id?: string;
  saved: boolean;
}

/**
 * The team form's (app/flows/team-form.ts), which may come in pages (Slack: a modal holds at
 * most 100 blocks, so a big team is edited page by page, each saved by its own submit). Which
 * page follows is the adapter's rendering; that the team hears once, after the last, the flow's.
 */
export interface TeamFormSurface extends FormSurface {
  /**
   * How to show the page after this one in the form's place; none when this was the last (the form then closes).
   * Asked before it is shown: what the session keeps is written first, as a page shown may be sent at once.
   * `session`: to send back with the next page (TeamFormInput), so that the team hears every change of the session, once.
   */
  pageAfter?(team: LeerlijnView): ((session: Required<TeamFormSession>) => Promise<void>) | undefined;
}

/** The channel or chat acted in. */
export interface Place {
  channelId: string;
  /** A 1:1 chat with the bot. */
  personal: boolean;
  /**
   * A chat of several people rather than a team's channel (unset: a channel, or the personal chat). `botAdded`: whether
   * the bot can be in it; a Slack group DM takes no app, so a leerlijn started there could never post in it.
   */
  groupChat?: { botAdded: boolean };
  /** Everyone here sees the bot's replies: a Teams channel has no reply for one person, Slack's are ephemeral. */
  repliesSeenByAll: boolean;
}

/** Who acts where, for every flow. */
export interface FlowCtx {
  deps: Deps;
  log: Logger;
  actor: Actor;
  place: Place;
  /**
   * The active leerlijn of the channel (null in a personal chat or a channel without one); for a
   * command that also acts on a stopped one (export, verwijder), that one where none runs (run.ts).
   */
  leerlijn: LeerlijnRow | null;
  lang: Lang;
  surface: Surface;
}

/**
 * Who submits a form for which leerlijn, and where. The leerlijn comes with the form (Slack
 * keeps it in the modal, Teams reads the channel's or the id the card carries); the use case
 * checks that this person may change it.
 */
export interface FormCtx extends StartFormCtx {
  leerlijnId: string;
}

export interface TeamFormCtx extends FormCtx {
  surface: TeamFormSurface;
}

/** The start form's: there is no leerlijn yet. */
export interface StartFormCtx extends Omit<FlowCtx, 'leerlijn' | 'surface'> {
  surface: FormSurface;
}

/** A typed command after parsing: the words after its name, and the people it names (user ids, from the platform's mentions). */
export interface CommandInput {
  /** The command's word as typed (lower case): 'schedule' or 'planning', so an answer can say it back in the words typed. */
  word: string;
  args: readonly string[];
  mentions: readonly string[];
}

export const text = (key: MessageKey, params?: Params, extra: Pick<TextView, 'people' | 'terms' | 'tone' | 'lang'> = {}): TextView => ({ type: 'text', key, ...(params ? { params } : {}), ...extra });
