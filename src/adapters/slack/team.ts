// The team form as a modal. A modal holds at most 100 blocks, so a big team is edited in pages, each saved by its own
// submit (the next page then replaces it) or by "Vorige" (views.update): closing halfway loses only the page on
// screen, and private_metadata holds one page's user ids. This file: which page comes next, block ids, metadata.
import { z } from 'zod';
import type { types } from '@slack/bolt';
import type { ErrorView, TeamFormSurface } from '../../app/flows/surface.js';
import { teamSubmitted, type TeamFormInput } from '../../app/flows/team-form.js';
import { getStatus } from '../../app/overview.js';
import { teamForCoordinator } from '../../app/leerlijn.js';
import { Uuid } from '../../app/validate.js';
import type { LeerlijnView } from '../../app/views.js';
import { t, type Lang } from '../../i18n/index.js';
import { pageCount, pagedTeamForm, teamFieldOf, teamFields, teamFormInput, teamFormPage, type TeamFormShape } from '../../views/team-form.js';
import { openModal } from './context.js';
import { parseMeta, readModal, toModal, type BlockOf, type StateValues } from './render/form.js';
import { slackMarkup } from './render/markup.js';
import { errorTextOf } from './render/reply.js';
import { escapeUserMrkdwn } from './mrkdwn.js';
import { slackFormCtx } from './form-surface.js';
import { actorOf, type ActionCall, type SubmitCall } from './types.js';

export const TEAM_CALLBACK = 'team';
export const TEAM_PREVIOUS_ACTION = 'team_previous';
/** Three blocks per member, plus the problems, the page line, "Vorige" and the "add" block: 97 of a modal's 100 blocks. */
const PAGE_SIZE = 31;
const SLACK: TeamFormShape = { rows: false };
const addBlock = (page: number): string => `add_${page}`;
const ADD_BLOCK = /^add_\d+$/;

const Meta = z.object({
  leerlijnId: z.uuid(),
  channelId: z.string().min(1).max(64),
  lang: z.enum(['nl', 'en']),
  page: z.number().int().min(0).max(1000),
  /** Who the page showed, in order: the submit still knows them if the team changed meanwhile. */
  ids: z.array(z.string().min(1).max(64)).max(PAGE_SIZE),
  /** Whether an earlier page saved something, so the last page posts the team. */
  saved: z.boolean(),
  /** How many pages the team had as shown: people added on the last page don't open a new one. */
  pages: z.number().int().min(1).max(1000),
  /** The editing session (TeamFormInput.session), what its pages saved kept under it by the flow; none before a page was left. */
  session: z.uuid().optional(),
});
type Meta = z.infer<typeof Meta>;

/** `side.<userId>` → `side_<place in the team>`: Slack keeps input state by block id, so no two pages may share one. */
const pageBlocks = (page: number, ids: readonly string[]): BlockOf => (fieldId) => {
  if (fieldId === 'add') return addBlock(page);
  const [name = '', ...rest] = fieldId.split('.');
  const j = ids.indexOf(rest.join('.'));
  const block = { side: 'side', level: 'level', coord: 'coord' }[name];
  return j < 0 || !block ? fieldId : `${block}_${page * PAGE_SIZE + j}`;
};

type SavedBefore = { saved: boolean; session?: string | undefined };

/** One page; `again`: the page on screen after "Vorige" could not save it, the same ids (Slack keeps what was typed), reasons above. */
function teamPage(l: LeerlijnView, wanted: number, { saved, session }: SavedBefore, again?: { ids: string[]; problems: string[] }): types.ModalView {
  const at = { ...teamFormPage(l.members, PAGE_SIZE, wanted, again?.ids), size: PAGE_SIZE, saved };
  const form = pagedTeamForm(slackMarkup, l.lang, l.id, at, SLACK, TEAM_PREVIOUS_ACTION, again?.problems);
  const meta: Meta = { leerlijnId: l.id, channelId: l.channelId, lang: l.lang, page: at.page, ids: at.ids, saved, pages: at.pages, ...(session ? { session } : {}) };
  return toModal(form, meta, pageBlocks(at.page, at.ids));
}

export async function openTeamForm(call: ActionCall): Promise<void> {
  const leerlijnId = Uuid.safeParse(call.value);
  if (!call.channelId || !leerlijnId.success) return;
  // The button names its leerlijn (forgeable): its coordinator's only.
  await openModal(call, 'team_form', async () => {
    const team = await teamForCoordinator(call.cx.deps, actorOf(call), leerlijnId.data);
    return { lang: team.lang, view: teamPage(team, 0, { saved: false }) };
  });
}

/** The page on screen as the flow reads it: a block Slack did not send is left as it was, never cleared. */
function pageInput(meta: Meta, v: StateValues): TeamFormInput {
  const blockOf = pageBlocks(meta.page, meta.ids);
  const fields = teamFields(slackMarkup, meta.lang, meta.ids.map((userId) => ({ userId, displayName: '' })), SLACK);
  const sent = readModal(fields, v, blockOf);
  return { ...teamFormInput(meta.ids, (id) => (blockOf(id) in v ? sent[id] : undefined)), savedBefore: meta.saved, ...(meta.session ? { session: meta.session } : {}) };
}

/** The block a field's problem shows beside; the rest goes beside the add field. */
const blockOn = (meta: Meta) => (field: string): string | undefined => {
  const block = pageBlocks(meta.page, meta.ids)(teamFieldOf(field));
  return /^(side|level|coord)_\d+$/.test(block) ? block : undefined;
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
    pageAfter(team) {
      // Pages are counted as the page was shown, fewer if people were taken out meanwhile.
      if (meta.page + 1 >= Math.min(meta.pages, pageCount(team.members.length, PAGE_SIZE))) return undefined;
      return ({ id, saved }) => call.replace(teamPage(team, meta.page + 1, { saved, session: id }));
    },
  };
  await teamSubmitted({ ...ctx, surface }, pageInput(meta, call.values));
}

/** "Vorige": save the page on screen, then show the one before it in the same modal. */
export async function previousTeamPage(call: ActionCall): Promise<void> {
  const shown = call.view;
  const meta = shown ? parseMeta(Meta, shown.meta) : null;
  if (!shown || !meta || meta.page === 0) return;
  const show = (view: types.ModalView) => call.client.views.update({ view_id: shown.id, ...(shown.hash ? { hash: shown.hash } : {}), view });
  const ctx = slackFormCtx(call, meta);
  const surface: TeamFormSurface = {
    ...ctx.surface,
    formAccepted: async () => undefined,
    pageAfter: (team) => async ({ id, saved }) => {
      await show(teamPage(team, meta.page - 1, { saved, session: id }));
    },
    // A modal can only mark fields on submit: the same page again, the reasons above it.
    async formRefused(refusal) {
      const team = (await getStatus(call.cx.deps, ctx.actor, meta.leerlijnId)).leerlijn;
      await show(teamPage(team, meta.page, meta, { ids: meta.ids, problems: namedProblems(meta.lang, team, refusal) }));
    },
  };
  await teamSubmitted({ ...ctx, surface }, pageInput(meta, shown.values));
}

/** Each reason says whom it is about, escaped: a field error is plain text, this mrkdwn (no name may ping, link or format). */
function namedProblems(lang: Lang, team: LeerlijnView, refusal: ErrorView): string[] {
  const fields = refusal.fields ?? [];
  if (fields.length === 0) return [errorTextOf(lang, refusal, true)];
  const names = new Map(team.members.map((m) => [m.userId, m.displayName]));
  return fields.map((f) => {
    const name = names.get(f.field.split('.').slice(1).join('.'));
    const said = errorTextOf(lang, { ...refusal, fields: [f], brief: true }, true);
    return name ? `${escapeUserMrkdwn(name)}: ${said}` : said;
  });
}
