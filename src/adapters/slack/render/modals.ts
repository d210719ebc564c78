// The modals a flow opens by intent (FormView), as Block Kit: moving a meeting (written once in
// src/views/planning-forms.ts) and deleting a leerlijn. Their submits are parsed in planning.ts and data.ts.
import { t, type Lang } from '../../../i18n/index.js';
import { MOVE_FORM, moveForm } from '../../../views/planning-forms.js';
import { section } from './blocks.js';
import { toModal } from './form.js';
import { modal, textInput } from './inputs.js';

export const MOVE_CALLBACK = MOVE_FORM;
/** What the move modal was called until both platforms shared one form: one still open submits. */
export const LEGACY_MOVE_CALLBACK = 'meeting_move';
export const DELETE_CALLBACK = 'delete';

/** What a form's modal keeps for its submit: the leerlijn, the team's channel, the language. */
export interface FormMeta {
  leerlijnId: string;
  channelId: string;
  lang: Lang;
}

/** The move form, with `preset` chosen when it names a meeting (a prompt's button, `planning nieuw`). */
export function moveModal(meta: FormMeta, preset?: string): ReturnType<typeof modal> {
  const form = moveForm(meta.lang, meta.leerlijnId, preset ? { kind: preset } : {});
  return toModal(form, { channelId: meta.channelId, lang: meta.lang });
}

/** Only a coordinator gets it (the command's runner checked). */
export function deleteModal(meta: FormMeta): ReturnType<typeof modal> {
  const lang = meta.lang;
  const blocks = [section(`:warning: ${t(lang, 'export.confirmWarning')}`), textInput('confirm', t(lang, 'export.confirmLabel'), { max: 200 })];
  return modal(DELETE_CALLBACK, t(lang, 'export.title'), t(lang, 'export.submit'), t(lang, 'export.close'), blocks, meta);
}
