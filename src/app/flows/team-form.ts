// The coordinator's team form, decided once for both platforms: who is on the team, their side,
// level and whether they coordinate (in Teams also remove), and people added. Only what changed is
// saved, so the audit names the people who were actually touched. A bot or app is refused
// beside the field it was picked in: it cannot vote. A change is news for the whole team (the
// team in the channel, and the coordinator hears what is next), and whom it is about is told
// personally (./team-news.ts); a form sent without a change says so, and announces nothing.
// The channel post names who joined and who left on any page of the form (./team-session.ts).
import { createHash, randomUUID } from 'node:crypto';
import { ValidationError, type FieldError } from '../errors.js';
import type { ClearedRole } from '../../store/leerlijnen.js';
import { changeTeam, teamForCoordinator, type TeamChanged } from '../leerlijn.js';
import { postedMessage, rememberPosted, teamToldKey, whilePosting } from '../posted.js';
import { Uuid } from '../validate.js';
import type { LeerlijnView, MemberView } from '../views.js';
import { formRefusal, tellNextStep } from './forms.js';
import { text, type TeamFormCtx } from './surface.js';
import { actionsLeftLines, clearedRoleLines, showTeamChanged } from './team.js';
import { keepPage, keepTold, movesTold, NO_MOVES, sessionKept, type SessionKept, type TeamMoves } from './team-session.js';
import { tellTeamNews } from './team-news.js';

/** One member as the form says; undefined keeps what is stored (not shown, or not sent), null clears it. */
export interface MemberChoice {
  userId: string;
  side: string | null | undefined;
  level: string | null | undefined;
  isCoordinator?: boolean | undefined;
  remove?: boolean;
}

export interface TeamFormInput {
  /** The members the form showed (Slack: one page). Someone removed meanwhile stays out. */
  members: readonly MemberChoice[];
  /** People picked to add; anyone already on the team is left as they are. */
  add: readonly string[];
  /** What the added people get (Teams asks it; Slack's form sets it for them on its next open). */
  addAs?: { side: string | null; level: string | null };
  /** An earlier page of the same form saved something (pages: Slack's, and a big team's in Teams). */
  savedBefore?: boolean;
  /**
   * The editing session the page belongs to, as handed to the page before (pageAfter): what its pages saved is
   * kept under it on the server (./team-session.ts); its last page may come twice (a double click, a
   * redelivery) with the same savedBefore, and the team is posted once a session.
   */
  session?: string;
}

/** As the form read it: the use case checks the values (an unknown side is its error, shown at the input). */
interface Upsert {
  userId: string;
  displayName: string;
  side: string | null;
  level: string | null;
  isCoordinator?: boolean;
}
interface Change {
  upsert: Upsert[];
  remove: string[];
}

function memberChanges(members: readonly MemberView[], choices: readonly MemberChoice[]): Change {
  const current = new Map(members.map((m) => [m.userId, m]));
  const change: Change = { upsert: [], remove: [] };
  for (const choice of choices) {
    const m = current.get(choice.userId);
    if (!m) continue; // removed meanwhile: saving them would bring them back
    if (choice.remove) {
      change.remove.push(m.userId);
      continue;
    }
    const next = { side: choice.side === undefined ? m.side : choice.side, level: choice.level === undefined ? m.level : choice.level, isCoordinator: choice.isCoordinator ?? m.isCoordinator };
    if (next.side === m.side && next.level === m.level && next.isCoordinator === m.isCoordinator) continue;
    change.upsert.push({ userId: m.userId, displayName: m.displayName, ...next });
  }
  return change;
}

/**
 * The people to add, with their platform names; a bot or app is the form's problem, returned to be
 * refused with any other (nothing is saved, the field keeps what was picked).
 */
async function additions(ctx: TeamFormCtx, members: readonly MemberView[], input: TeamFormInput, change: Change): Promise<FieldError[]> {
  const onTeam = new Set(members.map((m) => m.userId));
  const added = [...new Set(input.add)].filter((id) => !onTeam.has(id));
  if (added.length === 0) return [];
  const people = await ctx.surface.people(added);
  // A bot or app cannot click a vote: in the team it would keep "x of N voted" below N.
  const bots = people.filter((p) => p.isBot);
  if (bots.length > 0) return [{ field: 'add', message: 'bots', params: { names: bots.map((b) => b.name).join(', ') } }];
  for (const p of people) change.upsert.push({ userId: p.userId, displayName: p.name, side: input.addAs?.side ?? null, level: input.addAs?.level ?? null });
  return [];
}

/**
 * The use case's paths ('upsert.2.side', 'remove.0') as the form names its inputs:
 * `side.<userId>`, `level.<userId>`, `coordinator.<userId>`, `remove.<userId>`,
 * `member.<userId>` (the person as a whole), `add` (someone being added: not on the team
 * before, so they have no inputs of their own), `coordinators`, and `form` for the rest.
 */
function formFields(fields: readonly FieldError[], change: Change, before: readonly MemberView[]): FieldError[] {
  const onTeam = new Set(before.map((m) => m.userId));
  return fields.map((f) => {
    const [group, index, name] = f.field.split('.');
    const upsert = group === 'upsert' ? change.upsert[Number(index)] : undefined;
    const removed = group === 'remove' ? change.remove[Number(index)] : undefined;
    let field = f.field === 'coordinators' || f.field === 'add' ? f.field : 'form';
    if (upsert && !onTeam.has(upsert.userId)) field = 'add';
    else if (upsert) field = name === 'side' || name === 'level' ? `${name}.${upsert.userId}` : name === 'isCoordinator' ? `coordinator.${upsert.userId}` : `member.${upsert.userId}`;
    else if (removed) field = `remove.${removed}`;
    return { ...f, field };
  });
}

interface Saved {
  team: LeerlijnView;
  changed: boolean;
  clearedRoles: ClearedRole[];
  actionsLeft: TeamChanged['actionsLeft'];
  news: TeamChanged['news'];
  openRounds: TeamChanged['openRounds'];
  /** The team before this page was saved: who was coordinator. */
  before: MemberView[];
  /** Who this page added and took off. */
  moved: TeamMoves;
}

const coordinatorsOf = (members: readonly MemberView[]): string[] => members.filter((m) => m.isCoordinator).map((m) => m.userId);

/**
 * What the session's pages moved with this one, and who coordinated before the pages the channel has not
 * heard about (as the session kept it, else before this page). Kept before the next page is shown (Slack
 * shows it with the answer, and it may be sent at once); on the last page too, until the channel took the
 * post. `session` none: a form of one page, named by no page again, keeps nothing.
 */
async function pagesKept(ctx: TeamFormCtx, session: string | undefined, result: Saved): Promise<Required<SessionKept>> {
  const before = coordinatorsOf(result.before);
  const kept = !session ? { ...result.moved, coordinators: before } : result.changed ? await keepPage(ctx, session, result.moved, before) : await sessionKept(ctx, session);
  return { added: kept.added, removed: kept.removed, coordinators: [...(kept.coordinators ?? before)] };
}

/** The team as it was before the pages not yet told, as far as who coordinates: what the channel post compares with. */
function asBeforeThePages(before: readonly MemberView[], coordinators: readonly string[]): MemberView[] {
  const was = new Set(coordinators);
  return before.map((m) => ({ ...m, isCoordinator: was.has(m.userId) }));
}

/** Saves what changed; the team as it is after, whether anything changed, and the meeting roles freed. */
async function saveTeam(ctx: TeamFormCtx, input: TeamFormInput): Promise<Saved> {
  // Also a form sent without a change is the coordinator's only.
  const before = await teamForCoordinator(ctx.deps, ctx.actor, ctx.leerlijnId);
  const change = memberChanges(before.members, input.members);
  const botsPicked = await additions(ctx, before.members, input, change);
  if (change.upsert.length === 0 && change.remove.length === 0 && botsPicked.length > 0) throw new ValidationError(botsPicked);
  if (change.upsert.length === 0 && change.remove.length === 0) return { team: before, changed: false, clearedRoles: [], actionsLeft: [], news: [], openRounds: [], before: before.members, moved: NO_MOVES };
  const onTeam = new Set(before.members.map((m) => m.userId));
  const moved = { added: change.upsert.filter((u) => !onTeam.has(u.userId)).map((u) => u.userId), removed: change.remove };
  try {
    return { ...(await changeTeam(ctx.deps, ctx.actor, ctx.leerlijnId, { upsert: change.upsert, remove: change.remove }, botsPicked)), changed: true, before: before.members, moved };
  } catch (error) {
    if (error instanceof ValidationError) throw Object.assign(new ValidationError(formFields(error.fields, change, before.members)), { cause: error });
    throw error;
  }
}

/**
 * The team as the channel post shows it: a session's second post of the same would say nothing new. Once
 * told, the session compares coordinators with the team as told (keepTold), so the team alone tells it.
 */
function teamAsTold(team: LeerlijnView): string {
  const members = [...team.members].sort((a, b) => a.userId.localeCompare(b.userId)).map((m) => [m.userId, m.side, m.level, m.isCoordinator]);
  return createHash('sha256').update(JSON.stringify(members)).digest('hex');
}

/** What the last page tells the channel (`tell`), and whether this send changed anything itself. */
interface Telling {
  session: string | undefined;
  changed: boolean;
  team: LeerlijnView;
  /** Whether the channel took the post. */
  tell: () => Promise<boolean>;
}

/**
 * Tells the team what a session saved, unless the same was told for that session already: its
 * "Opslaan" sent again (a double click, a redelivery, with the same savedBefore) is answered as a form
 * sent unchanged. A change of the send's own is told however often. Without a session (a card drawn
 * before sessions were kept) as before. Since the team told is kept with the session, a forged or
 * replayed session posts the team again at worst, and never hides a team the channel has not seen.
 */
async function tellOncePerSession(ctx: TeamFormCtx, { session, changed, team, tell }: Telling): Promise<boolean> {
  if (!session) {
    await tell();
    return true;
  }
  const { workspaceId } = ctx.actor;
  const key = teamToldKey(ctx.leerlijnId, session);
  const told = teamAsTold(team);
  const outcome = await whilePosting(ctx.deps, { workspaceId, leerlijnId: ctx.leerlijnId, what: key }, async () => {
    if (!changed && (await postedMessage(ctx.deps, workspaceId, key))?.messageId === told) return false;
    // Refused by the channel (the sender was told), sent again it is posted.
    if (await tell()) await rememberPosted(ctx.deps, { workspaceId, leerlijnId: ctx.leerlijnId, key, message: { channelId: ctx.place.channelId, messageId: told } });
    return true;
  });
  if (outcome !== 'busy') return outcome;
  // The same page sent at once is telling the team now; a change of this send's own is still news.
  if (changed) await tell();
  return changed;
}

/**
 * Saved: the next page if the form has one (the team hears once, after the last), else the form
 * closes; then the team goes to the channel and the coordinator hears which meeting roles the
 * removals freed and what is next, or, when nothing changed on any page, just that.
 */
export async function teamSubmitted(ctx: TeamFormCtx, input: TeamFormInput): Promise<void> {
  let result: Saved;
  try {
    result = await saveTeam(ctx, input);
  } catch (error) {
    return ctx.surface.formRefused(formRefusal(ctx, error, 'team'));
  }
  // Each page saved changes the team at once: the open round's cards count it now.
  await ctx.surface.recount(result.openRounds);
  const saved = result.changed || input.savedBefore === true;
  // A page's freed roles and left actions are told at once: the pages after it do not remember them.
  const roles = [...clearedRoleLines(result.clearedRoles), ...actionsLeftLines(result.actionsLeft)];
  // The session the form's data names; a new one where it names none, or something that is not one of ours (forged: a uuid is all it may be).
  const ownSession = Uuid.safeParse(input.session).success;
  const session = ownSession ? input.session! : randomUUID();
  const showNext = ctx.surface.pageAfter?.(result.team);
  const { coordinators, ...moved } = await pagesKept(ctx, showNext || ownSession ? session : undefined, result);
  if (showNext) {
    await showNext({ id: session, saved });
    if (roles.length > 0) await ctx.surface.reply({ type: 'lines', lines: roles });
    return tellTeamNews(ctx, result);
  }
  await ctx.surface.formAccepted();
  const said = await movesTold(ctx.deps, result.team, moved);
  const tell = async () => {
    const posted = await showTeamChanged(ctx, result.team, roles, { before: asBeforeThePages(result.before, coordinators), channel: said.lines, left: said.left });
    // Told: the last page sent again names only what that send changes, and compares coordinators with the team as told.
    if (posted && ownSession) await keepTold(ctx, session, moved, coordinatorsOf(result.team.members));
    return posted;
  };
  const told = saved && (await tellOncePerSession(ctx, { session: ownSession ? session : undefined, changed: result.changed, team: result.team, tell }));
  if (!told) return ctx.surface.reply(text('team.unchanged'));
  await tellTeamNews(ctx, result);
  await tellNextStep(ctx);
}
