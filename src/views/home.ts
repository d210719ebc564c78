// A person's own things: their home (each leerlijn, its next meeting, their actions) and
// their own action list, written once; each platform draws the status controls its own way.
import type { ActionView, HomeView, LeerlijnView } from '../app/views.js';
import type { Lang } from '../domain/instrument.js';
import type { Progress } from '../domain/progress.js';
import { localParts } from '../domain/timeline.js';
import { countText } from '../i18n/counts.js';
import { formatDate } from '../i18n/format.js';
import { t } from '../i18n/index.js';
import { nextMeetingText } from '../i18n/phrases.js';
import { progressLines } from '../i18n/progress-lines.js';
import { group, heading, note, ownAction, text, type Block, type Doc } from './doc.js';
import type { Markup } from './markup.js';

/** How many of one's own actions a message shows with their controls (Slack: two blocks each, 23 fit one message of 50). */
const OWN_ACTIONS_LISTED = 23;

/**
 * How many the home shows with their controls, over all leerlijnen: two Slack blocks each, so
 * with each leerlijn's three lines and the privacy promise six leerlijnen fit the App Home's 100.
 */
const HOME_ACTIONS_LISTED = 40;

/** School · youth-work organisation, as typed: how the home and every notice name a leerlijn. */
export function leerlijnName(m: Markup, l: Pick<LeerlijnView, 'schoolName' | 'youthOrgName'>): string {
  return `${m.user(l.schoolName, 150)} · ${m.user(l.youthOrgName, 150)}`;
}

/** "En nog N acties": a list cut short says so, so nobody thinks it is complete. */
export function moreActions(m: Markup, lang: Lang, total: number, shown: number): Block[] {
  return total > shown ? [note(m.t(lang, 'action.more', { actions: countText(lang, 'actie', total - shown) }))] : [];
}

/** The reader's next step there, and where it is taken when only the team's channel takes it. */
function nextLine(lang: Lang, next: Progress, timezone: string, inChannel: boolean): string {
  const said = progressLines(lang, next, timezone).next;
  return inChannel ? `${said} ${t(lang, 'guide.inChannel')}` : said;
}

/** Each leerlijn with its next meeting, and one's open actions there with their status buttons; a list cut short says so. */
export function homeDoc(m: Markup, view: HomeView): Doc {
  const { lang } = view;
  const ended = view.ended ?? [];
  // Her ended leerlijn tells its coordinator enough; "ask the coordinator to add you" would not, nor to its team.
  const kept = view.keptActions ?? [];
  const none = ended.length > 0 || view.onEndedTeam || kept.length > 0 ? 'home.noneRunning' : 'home.empty';
  const blocks: Block[] = [heading(t(lang, 'home.heading')), ...(view.leerlijnen.length === 0 ? [text(t(lang, none))] : [])];
  let left = HOME_ACTIONS_LISTED;
  for (const item of view.leerlijnen) {
    const l = item.leerlijn;
    const next = item.nextMeeting;
    const when = next ? nextMeetingText(lang, 'home', next, item.meetingUnderway, l.timezone) : t(lang, 'home.noNextMeeting');
    const shown = item.myActions.slice(0, left);
    left -= shown.length;
    blocks.push(group([
      text(`${m.bold(leerlijnName(m, l))}\n${when}`),
      // No button: its command is the leerlijn's channel's, and here is no channel; so it says where.
      ...(item.next ? [text(m.bold(m.commands(nextLine(lang, item.next, l.timezone, item.nextInChannel ?? false))))] : []),
      text(m.bold(t(lang, 'home.myActions'))),
      ...(item.myActions.length === 0 ? [note(t(lang, 'home.noActions'))] : shown.map((a) => ownAction(lang, a, 'home'))),
      ...moreActions(m, lang, item.myActions.length, shown.length),
    ]));
  }
  if (kept.length > 0) blocks.push(keptBlock(m, lang, kept, left));
  blocks.push(...ended.map((item) => endedBlock(m, lang, item)));
  // The privacy promise: this is where people look at their own things.
  return { fallback: t(lang, 'home.heading'), blocks: [...blocks, note(m.t(lang, 'privacy.notice'))] };
}

/** Actions kept from teams they were taken off, under their leerlijn's name, with their controls: at most `room`, a list cut short says so. */
function keptBlock(m: Markup, lang: Lang, kept: readonly ActionView[], room: number): Block {
  // Two blocks per action, as the home's budget counts them; listedByLeerlijn names each leerlijn once, within that room.
  const shown = listedByLeerlijn(kept, room * 2);
  const named = shown.flatMap(({ action, named }) => [
    ...(named && action.leerlijnName ? [text(m.bold(leerlijnName(m, action.leerlijnName)))] : []),
    ownAction(lang, action, 'home'),
  ]);
  return group([text(m.bold(t(lang, 'owners.stillYours'))), ...named, ...moreActions(m, lang, kept.length, shown.length)]);
}

/** An ended leerlijn its reader coordinates: since when, until when its data is kept, and that its channel is where it is exported or deleted. */
function endedBlock(m: Markup, lang: Lang, item: NonNullable<HomeView['ended']>[number]): Block {
  const l = item.leerlijn;
  const ended = t(lang, 'home.ended', { status: t(lang, `status.${l.status}`), when: formatDate(lang, localParts(new Date(item.endedAt), l.timezone).date) });
  const kept = item.deleteOn ? m.t(lang, 'home.endedKept', { date: formatDate(lang, item.deleteOn) }) : m.t(lang, 'home.endedKeptByHand');
  return text(`${m.bold(leerlijnName(m, l))}\n${ended} ${kept}`);
}

/** One's own actions, in one leerlijn (named by `intro`) or in all, each with its status controls. */
export function ownActionsDoc(m: Markup, lang: Lang, list: readonly ActionView[], intro?: string, leerlijnId?: string): Doc {
  const shown = listedByLeerlijn(list);
  return {
    fallback: t(lang, 'home.myActions'),
    blocks: [
      heading(t(lang, 'home.myActions')),
      ...(intro ? [text(intro)] : []),
      ...(list.length === 0 ? [note(t(lang, 'home.noActions'))] : shown.flatMap(({ action, named }) => [
        ...(named && action.leerlijnName ? [text(m.bold(leerlijnName(m, action.leerlijnName)))] : []),
        ownAction(lang, action, leerlijnId ? { leerlijnId } : undefined),
      ])),
      ...moreActions(m, lang, list.length, shown.length),
    ],
  };
}

/**
 * The actions of each leerlijn together, the leerlijn of the soonest first, their order kept. In
 * a list over all leerlijnen each group is `named`: someone on two teams has two. A name is one
 * Slack block and an action two, so the names take the room of actions in one message.
 */
function listedByLeerlijn(list: readonly ActionView[], blocks = OWN_ACTIONS_LISTED * 2): Array<{ action: ActionView; named: boolean }> {
  const order = [...new Set(list.map((a) => a.leerlijnId))];
  const grouped = [...list].sort((a, b) => order.indexOf(a.leerlijnId) - order.indexOf(b.leerlijnId));
  let room = blocks;
  const listed: Array<{ action: ActionView; named: boolean }> = [];
  for (const action of grouped) {
    const named = action.leerlijnName !== undefined && action.leerlijnId !== listed.at(-1)?.action.leerlijnId;
    room -= named ? 3 : 2;
    if (room < 0) break;
    listed.push({ action, named });
  }
  return listed;
}
