// `/leerlijn team`: everyone sees the team; the coordinator sets each member's side and
// level (and adds people) in a modal, or types `team add|remove @…` (team-args.ts).
//
// A modal holds at most 100 blocks, so a big team is edited in pages of PAGE_SIZE members.
// Each page is saved by its own submit ("Opslaan en verder") and the modal then shows the
// next page in its place (response_action: update); "Vorige" saves the page on screen too
// and shows the one before it (views.update). Nothing typed waits in the modal for
// a later save, so closing it halfway loses only the page on screen (the modal says the
// earlier pages are saved), and private_metadata holds just the user ids of one page.
// The team is posted in the channel once, after the last page, if anything was saved.
import { z } from 'zod';
import type { types } from '@slack/bolt';
import { ValidationError } from '../../app/errors.js';
import { changeTeam } from '../../app/leerlijn.js';
import { getStatus } from '../../app/overview.js';
import { requireCoordinatorOf } from '../../app/meetings.js';
import { Uuid } from '../../app/validate.js';
import type { LeerlijnView } from '../../app/views.js';
import { LEVELS, SIDES } from '../../domain/team.js';
import { t } from '../../i18n/index.js';
import { errorText, formErrors, post } from './context.js';
import { actions, button, context, type Block } from './render/blocks.js';
import { modal, parseMeta, read, selectInput, usersInput, type StateValues } from './render/inputs.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderTeam } from './render/leerlijn.js';
import { slackProfiles } from './people.js';
import type { ActionCall, SubmitCall } from './types.js';
import { tellNextStep } from './next-step.js';

export const TEAM_CALLBACK = 'team';
export const TEAM_PREVIOUS_ACTION = 'team_previous';
/** Two blocks per member, plus the page line, "Vorige" and the "add" block: 93 of a modal's 100 blocks. */
const PAGE_SIZE = 45;
// Block ids carry the member's place in the whole team, so no two pages share an id and
// Slack cannot carry a choice over from one page to the next (it keeps input state by id).
const sideBlock = (i: number): string => `side_${i}`;
const levelBlock = (i: number): string => `level_${i}`;
const addBlock = (page: number): string => `add_${page}`;
const ADD_BLOCK = /^add_\d+$/;

const Meta = z.object({
  leerlijnId: z.uuid(),
  lang: z.enum(['nl', 'en']),
  page: z.number().int().min(0).max(1000),
  /** Who the page showed, in order: the submit still knows them if the team changed meanwhile. */
  ids: z.array(z.string().min(1).max(64)).max(PAGE_SIZE),
  /** Whether an earlier page saved something, so the last page knows to post the team. */
  saved: z.boolean(),
});
type Meta = z.infer<typeof Meta>;
/** What saving a page needs, from a submit or from the "Vorige" button. */
type PageInput = Pick<SubmitCall, 'cx' | 'client' | 'workspaceId' | 'userId' | 'values'>;
/** What a page sends to the use case, which checks the values. */
type Upsert = { userId: string; displayName: string; side: string | null; level: string | null };

const pageCount = (members: number): number => Math.max(1, Math.ceil(members / PAGE_SIZE));

/**
 * One page of the team form. `again` shows the page that was on screen once more, after
 * "Vorige" could not save it: the same people at the same places (so the same block ids,
 * and Slack keeps what was typed), with the reasons above them.
 */
function teamPage(l: LeerlijnView, wanted: number, saved: boolean, again?: { ids: string[]; problems: string[] }): types.ModalView {
  const lang = l.lang;
  const pages = pageCount(l.members.length);
  const page = again ? wanted : Math.min(wanted, pages - 1);
  const from = page * PAGE_SIZE;
  const byId = new Map(l.members.map((m) => [m.userId, m]));
  const ids = again?.ids ?? l.members.slice(from, from + PAGE_SIZE).map((m) => m.userId);
  // A member removed meanwhile is left out; the others keep their places.
  const rows = ids.flatMap((id, j) => {
    const m = byId.get(id);
    return m ? [{ m, place: from + j }] : [];
  });
  const last = page >= pages - 1;
  const submit = t(lang, last ? 'team.submit' : 'team.submitNext');
  const previous = t(lang, 'team.previous');
  const blocks: Block[] = [];
  if (again) blocks.push(context(`:warning: ${t(lang, 'team.notSaved', { problems: again.problems.join(' ') })}`, 'team_problems'));
  if (pages > 1) {
    const lines = [t(lang, 'team.page', { page: page + 1, pages, from: from + 1, to: from + ids.length })];
    if (!last) lines.push(t(lang, 'team.pageNext', { submit }));
    if (page > 0) lines.push(t(lang, 'team.pageBack', { previous }), t(lang, 'team.pageSaved'));
    blocks.push(context(lines.join(' '), 'team_page'));
  }
  if (page > 0) blocks.push(actions('team_nav', [button(previous, TEAM_PREVIOUS_ACTION, String(page - 1))]));
  const sides = SIDES.map((s) => ({ text: t(lang, `side.${s}`), value: s }));
  const levels = LEVELS.map((s) => ({ text: t(lang, `level.${s}`), value: s }));
  for (const { m, place } of rows) {
    const name = m.displayName.slice(0, 100);
    blocks.push(selectInput(sideBlock(place), `${name} – ${t(lang, 'slack.side')}`, sides, { initial: m.side, optional: true }));
    blocks.push(selectInput(levelBlock(place), `${name} – ${t(lang, 'slack.level')}`, levels, { initial: m.level, optional: true }));
  }
  blocks.push(usersInput(addBlock(page), t(lang, 'slack.addMembers'), { optional: true }));
  const meta: Meta = { leerlijnId: l.id, lang, page, ids, saved };
  // Once a page was saved, closing no longer undoes anything, so the button says "close".
  return modal(TEAM_CALLBACK, t(lang, 'team.title'), submit, t(lang, page > 0 || saved ? 'team.closeSaved' : 'team.close'), blocks, meta);
}

export async function openTeamForm(call: ActionCall): Promise<void> {
  await call.ack();
  const leerlijnId = Uuid.safeParse(call.value);
  if (!call.channelId || !leerlijnId.success) return;
  let status;
  try {
    // The button names its leerlijn: that one, for its coordinator only, before the form opens.
    await requireCoordinatorOf(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId.data, 'team_form');
    status = await getStatus(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId.data);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'team_form'));
  }
  await call.client.views.open({ trigger_id: call.triggerId, view: teamPage(status.leerlijn, 0, false) });
}

/** The members whose side or level changed on this page, and the people added; `places[k]` is upsert[k]'s place in the team, -1 for an added person. */
async function changesOnPage(call: PageInput, meta: Meta, before: LeerlijnView, add: string): Promise<{ upsert: Upsert[]; places: number[]; bots: string[] }> {
  const v: StateValues = call.values;
  const current = new Map(before.members.map((m) => [m.userId, m]));
  const upsert: Upsert[] = [];
  const places: number[] = [];
  meta.ids.forEach((userId, j) => {
    const m = current.get(userId);
    if (!m) return; // removed meanwhile: saving them would bring them back
    const i = meta.page * PAGE_SIZE + j;
    // A block Slack did not send is left as it was, never cleared.
    const side = sideBlock(i) in v ? read.selected(v, sideBlock(i)) : m.side;
    const level = levelBlock(i) in v ? read.selected(v, levelBlock(i)) : m.level;
    if (side === m.side && level === m.level) return;
    upsert.push({ userId, displayName: m.displayName, side, level });
    places.push(i);
  });
  const added = [...new Set(read.users(v, add))].filter((id) => !current.has(id));
  const profiles = await slackProfiles(call.client, added);
  added.forEach((userId, k) => {
    if (profiles[k]?.isBot) return;
    upsert.push({ userId, displayName: profiles[k]?.name ?? userId, side: null, level: null });
    places.push(-1);
  });
  // A bot or app cannot click a vote: in the team it would keep "x of N voted" below N.
  return { upsert, places, bots: profiles.flatMap((p) => (p.isBot ? [p.name] : [])) };
}

type Saved = { ok: true; view: LeerlijnView; saved: boolean; added: number } | { ok: false; errors: Record<string, string> };

/** Saves what changed on the page on screen; refusals come back per block, in the user's language. */
async function savePage(call: PageInput, meta: Meta, add: string): Promise<Saved> {
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  let changes: { upsert: Upsert[]; places: number[]; bots: string[] } = { upsert: [], places: [], bots: [] };
  try {
    let view = (await getStatus(call.cx.deps, actor, meta.leerlijnId)).leerlijn;
    changes = await changesOnPage(call, meta, view, add);
    // Nothing is saved and the form keeps what was typed, so the bot can be taken out of the field.
    if (changes.bots.length > 0) return { ok: false, errors: { [add]: t(meta.lang, 'team.botsNotAdded', { names: changes.bots.join(', ') }) } };
    if (changes.upsert.length > 0) view = await changeTeam(call.cx.deps, actor, meta.leerlijnId, { upsert: changes.upsert });
    return { ok: true, view, saved: meta.saved || changes.upsert.length > 0, added: changes.places.filter((p) => p < 0).length };
  } catch (error) {
    if (!(error instanceof ValidationError)) return { ok: false, errors: { [add]: errorText(call.cx, meta.lang, error, 'team') } };
    return { ok: false, errors: formErrors(meta.lang, error, (field) => {
      const [, k, name] = field.split('.');
      const place = changes.places[Number(k)] ?? -1;
      return place >= 0 && name ? (name === 'level' ? levelBlock(place) : sideBlock(place)) : undefined;
    }, add) };
  }
}

/** Errors go next to the add block; its id is read from what Slack sent, even if the metadata is broken. */
const addBlockIn = (values: StateValues): string => Object.keys(values).find((k) => ADD_BLOCK.test(k)) ?? addBlock(0);

export async function submitTeam(call: SubmitCall): Promise<void> {
  const add = addBlockIn(call.values);
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ [add]: t('nl', 'field.invalid') });
  const result = await savePage(call, meta, add);
  if (!result.ok) return call.ack(result.errors);
  // Pages are counted as the page was shown: people added on the last page don't open a new one.
  const pages = pageCount(result.view.members.length - result.added);
  if (meta.page + 1 < pages) return call.replace(teamPage(result.view, meta.page + 1, result.saved));
  await call.ack();
  if (!result.saved) return;
  await post(call.client, result.view.channelId, renderTeam(result.view, false));
  await tellNextStep({ ...call, channelId: result.view.channelId });
}

/** "Vorige": save the page on screen, then show the one before it in the same modal. */
export async function previousTeamPage(call: ActionCall): Promise<void> {
  await call.ack();
  const meta = call.view ? parseMeta(Meta, call.view.meta) : null;
  if (!call.view || !meta || meta.page === 0) return;
  const result = await savePage({ ...call, values: call.view.values }, meta, addBlockIn(call.view.values));
  let view: types.ModalView;
  if (result.ok) view = teamPage(result.view, meta.page - 1, result.saved);
  else {
    const team = (await getStatus(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, meta.leerlijnId)).leerlijn;
    view = teamPage(team, meta.page, meta.saved, { ids: meta.ids, problems: namedProblems(team, meta, result.errors) });
  }
  await call.client.views.update({ view_id: call.view.id, ...(call.view.hash ? { hash: call.view.hash } : {}), view });
}

/** A modal can only mark fields on submit; here each reason says whom it is about. */
function namedProblems(team: LeerlijnView, meta: Meta, errors: Record<string, string>): string[] {
  const names = new Map(team.members.map((m) => [m.userId, m.displayName]));
  return Object.entries(errors).map(([blockId, message]) => {
    const place = /^(?:side|level)_(\d+)$/.exec(blockId)?.[1];
    const id = place === undefined ? undefined : meta.ids[Number(place) - meta.page * PAGE_SIZE];
    const name = id === undefined ? undefined : names.get(id) ?? id;
    // A field error is plain text (it can name a bot by its Slack name); this line is mrkdwn:
    // escaped, so no name can ping or link.
    return name ? `${escapeMrkdwn(name)}: ${escapeMrkdwn(message)}` : escapeMrkdwn(message);
  });
}
