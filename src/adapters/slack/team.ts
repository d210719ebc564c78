// `/leerlijn team`: everyone sees the team; the coordinator sets each member's side, level and
// whether they coordinate (and adds people) in a modal, or types `team add|remove @…`.
//
// A modal holds at most 100 blocks, so a big team is edited in pages of PAGE_SIZE members.
// Each page is saved by its own submit ("Opslaan en verder") and the modal then shows the
// next page in its place (response_action: update); "Vorige" saves the page on screen too
// and shows the one before it (views.update). Nothing typed waits in the modal for
// a later save, so closing it halfway loses only the page on screen (the modal says the
// earlier pages are saved), and private_metadata holds just the user ids of one page.
//
// What a page saves, and what the team hears after the last, is the flow's
// (app/flows/team-form.ts); which page comes next is this file's.
import { z } from 'zod';
import type { types } from '@slack/bolt';
import type { ErrorView, TeamFormSurface } from '../../app/flows/surface.js';
import { teamSubmitted, type TeamFormInput } from '../../app/flows/team-form.js';
import { getStatus } from '../../app/overview.js';
import { teamForCoordinator } from '../../app/leerlijn.js';
import { Uuid } from '../../app/validate.js';
import type { LeerlijnView } from '../../app/views.js';
import { LEVELS, SIDES } from '../../domain/team.js';
import { t, tField, type Lang } from '../../i18n/index.js';
import { errorText } from './context.js';
import { actions, button, context, type Block } from './render/blocks.js';
import { checkboxInput, modal, parseMeta, read, selectInput, usersInput, type StateValues } from './render/inputs.js';
import { errorTextOf } from './render/reply.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { slackFormCtx } from './form-surface.js';
import type { ActionCall, SubmitCall } from './types.js';

export const TEAM_CALLBACK = 'team';
export const TEAM_PREVIOUS_ACTION = 'team_previous';
/** Three blocks per member, plus the problems, the page line, "Vorige" and the "add" block: 97 of a modal's 100 blocks. */
const PAGE_SIZE = 31;
// Block ids carry the member's place in the whole team, so no two pages share an id and
// Slack cannot carry a choice over from one page to the next (it keeps input state by id).
const sideBlock = (i: number): string => `side_${i}`;
const levelBlock = (i: number): string => `level_${i}`;
const coordBlock = (i: number): string => `coord_${i}`;
const COORDINATOR = 'coordinator';
const addBlock = (page: number): string => `add_${page}`;
const ADD_BLOCK = /^add_\d+$/;

const Meta = z.object({
  leerlijnId: z.uuid(),
  /** The team's channel: what follows the last page is said there. */
  channelId: z.string().min(1).max(64),
  lang: z.enum(['nl', 'en']),
  page: z.number().int().min(0).max(1000),
  /** Who the page showed, in order: the submit still knows them if the team changed meanwhile. */
  ids: z.array(z.string().min(1).max(64)).max(PAGE_SIZE),
  /** Whether an earlier page saved something, so the last page knows to post the team. */
  saved: z.boolean(),
  /** How many pages the team had as shown: people added on the last page don't open a new one. */
  pages: z.number().int().min(1).max(1000),
});
type Meta = z.infer<typeof Meta>;

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
    blocks.push(checkboxInput(coordBlock(place), `${name} – ${t(lang, 'team.coordinator')}`, [{ text: t(lang, 'slack.coordinatorOption'), value: COORDINATOR }], { initial: m.isCoordinator ? [COORDINATOR] : [] }));
  }
  blocks.push(usersInput(addBlock(page), t(lang, 'slack.addMembers'), { optional: true }));
  const meta: Meta = { leerlijnId: l.id, channelId: l.channelId, lang, page, ids, saved, pages };
  // Once a page was saved, closing no longer undoes anything, so the button says "close".
  return modal(TEAM_CALLBACK, t(lang, 'team.title'), submit, t(lang, page > 0 || saved ? 'team.closeSaved' : 'team.close'), blocks, meta);
}

export async function openTeamForm(call: ActionCall): Promise<void> {
  await call.ack();
  const leerlijnId = Uuid.safeParse(call.value);
  if (!call.channelId || !leerlijnId.success) return;
  let team;
  try {
    // The button names its leerlijn: that one, for its coordinator only, before the form opens.
    team = await teamForCoordinator(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId.data);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'team_form'));
  }
  await call.client.views.open({ trigger_id: call.triggerId, view: teamPage(team, 0, false) });
}

/** The page on screen as the flow reads it: a block Slack did not send is left as it was, never cleared. */
function pageInput(meta: Meta, v: StateValues, add: string): TeamFormInput {
  const members = meta.ids.map((userId, j) => {
    const i = meta.page * PAGE_SIZE + j;
    return {
      userId,
      side: sideBlock(i) in v ? read.selected(v, sideBlock(i)) : undefined,
      level: levelBlock(i) in v ? read.selected(v, levelBlock(i)) : undefined,
      isCoordinator: coordBlock(i) in v ? read.checked(v, coordBlock(i)).includes(COORDINATOR) : undefined,
    };
  });
  return { members, add: read.users(v, add), savedBefore: meta.saved };
}

/** The block a field's problem shows beside (`side.<userId>`, `level.<userId>`); the rest goes beside the add field. */
const blockOn = (meta: Meta) => (field: string): string | undefined => {
  const [name = '', ...id] = field.split('.');
  const j = meta.ids.indexOf(id.join('.'));
  if (j < 0) return undefined;
  const place = meta.page * PAGE_SIZE + j;
  return name === 'side' ? sideBlock(place) : name === 'level' ? levelBlock(place) : name === 'coordinator' ? coordBlock(place) : undefined;
};

/** Errors go next to the add block; its id is read from what Slack sent, even if the metadata is broken. */
const addBlockIn = (values: StateValues): string => Object.keys(values).find((k) => ADD_BLOCK.test(k)) ?? addBlock(0);

export async function submitTeam(call: SubmitCall): Promise<void> {
  const add = addBlockIn(call.values);
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ [add]: t('nl', 'field.invalid') });
  const ctx = slackFormCtx(call, meta, { blockFor: blockOn(meta), fallback: add, ack: call.ack });
  const surface: TeamFormSurface = {
    ...ctx.surface,
    async nextPage(team, saved) {
      // Pages are counted as the page was shown, fewer if people were taken out meanwhile.
      if (meta.page + 1 >= Math.min(meta.pages, pageCount(team.members.length))) return false;
      await call.replace(teamPage(team, meta.page + 1, saved));
      return true;
    },
  };
  await teamSubmitted({ ...ctx, surface }, pageInput(meta, call.values, add));
}

/** "Vorige": save the page on screen, then show the one before it in the same modal. */
export async function previousTeamPage(call: ActionCall): Promise<void> {
  await call.ack();
  const shown = call.view;
  const meta = shown ? parseMeta(Meta, shown.meta) : null;
  if (!shown || !meta || meta.page === 0) return;
  const show = (view: types.ModalView) => call.client.views.update({ view_id: shown.id, ...(shown.hash ? { hash: shown.hash } : {}), view });
  const ctx = slackFormCtx(call, meta);
  const surface: TeamFormSurface = {
    ...ctx.surface,
    formAccepted: async () => undefined,
    async nextPage(team, saved) {
      await show(teamPage(team, meta.page - 1, saved));
      return true;
    },
    // A modal can only mark fields on submit: the same page again, the reasons above it.
    async formRefused(refusal) {
      const team = (await getStatus(call.cx.deps, ctx.actor, meta.leerlijnId)).leerlijn;
      await show(teamPage(team, meta.page, meta.saved, { ids: meta.ids, problems: namedProblems(meta.lang, team, refusal) }));
    },
  };
  await teamSubmitted({ ...ctx, surface }, pageInput(meta, shown.values, addBlockIn(shown.values)));
}

/** Each reason says whom it is about (`side.<userId>`: that member's name). */
function namedProblems(lang: Lang, team: LeerlijnView, refusal: ErrorView): string[] {
  const fields = refusal.fields ?? [];
  // A field error is plain text (it can name a bot by its Slack name); this line is mrkdwn:
  // escaped, so no name can ping or link.
  if (fields.length === 0) return [escapeMrkdwn(errorTextOf(lang, refusal))];
  const names = new Map(team.members.map((m) => [m.userId, m.displayName]));
  return fields.map((f) => {
    const name = names.get(f.field.split('.').slice(1).join('.'));
    const said = escapeMrkdwn(tField(refusal.lang ?? lang, f));
    return name ? `${escapeMrkdwn(name)}: ${said}` : said;
  });
}
