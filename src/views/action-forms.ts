// An action's status with a note, written once as a neutral form (src/views/form.ts). Slack
// opens it as a modal from an owner's message or the App Home; Teams does not: its own-action
// card carries a note input of its own.
import { ACTION_STATUSES } from '../app/actions.js';
import type { Lang } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import type { Field, Form } from './form.js';

/** What its submit says it is: Slack's callback_id since the note could be added. */
export const STATUS_NOTE_FORM = 'action_note';

/** `status`, `note`: the use case's field names, and the block ids these modals have always had. */
export function statusNoteFields(lang: Lang): Field[] {
  const options = ACTION_STATUSES.map((s) => ({ label: t(lang, `action.status.${s}`), value: s }));
  return [
    { kind: 'choice', style: 'select', id: 'status', label: t(lang, 'action.title'), options },
    { kind: 'text', id: 'note', label: t(lang, 'action.noteLabel'), multiline: true, max: 500, optional: true },
  ];
}

/** Starts at the current status: adding a note to a stuck action must not quietly set it to bezig. */
export function statusNoteForm(lang: Lang, action: { id: string; status: string }): Form {
  return {
    id: STATUS_NOTE_FORM,
    lang,
    title: t(lang, 'action.title'),
    submit: t(lang, 'action.submit'),
    close: t(lang, 'action.close'),
    intro: [],
    fields: statusNoteFields(lang),
    values: { status: action.status },
    data: { actionId: action.id },
  };
}
