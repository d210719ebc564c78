// The modals a flow opens by intent (FormView), as Block Kit: moving a meeting and deleting a
// leerlijn (written once in src/views/planning-forms.ts and data-forms.ts). Their submits are
// parsed in planning.ts and data.ts.
import type { Lang } from '../../../i18n/index.js';
import { DELETE_FORM, deleteForm } from '../../../views/data-forms.js';
import { MOVE_FORM, moveForm } from '../../../views/planning-forms.js';
import { slackMarkup } from './doc.js';
import { toModal } from './form.js';
import type { modal } from './inputs.js';

export const MOVE_CALLBACK = MOVE_FORM;
/** What the move modal was called until both platforms shared one form: one still open submits. */
export const LEGACY_MOVE_CALLBACK = 'meeting_move';
export const DELETE_CALLBACK = DELETE_FORM;

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
  return toModal(deleteForm(slackMarkup, meta.lang, meta.leerlijnId), { channelId: meta.channelId, lang: meta.lang });
}
