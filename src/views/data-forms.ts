// The leerlijn's own forms, written once for both platforms (drawn by Slack's toModal and Teams'
// toFormCard): deleting it, the school's name typed again. Its field id is the use case's field
// name; app/flows/data.ts reads it back into the use case's input.
import type { Lang } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import { heading, text } from './doc.js';
import type { Field, Form } from './form.js';
import type { Markup } from './markup.js';

/** What the submit says it is: both platforms' delete forms have sent this since the start. */
export const DELETE_FORM = 'delete';

/** `confirm`: what deleteLeerlijn compares with the school's name (and names in its refusal). */
export function deleteFields(lang: Lang): Field[] {
  return [{ kind: 'text', id: 'confirm', label: t(lang, 'export.confirmLabel'), max: 200 }];
}

/**
 * Only a coordinator gets it (the command's runner checked). The warning stands above the input:
 * read before typing. `sent`: a refused name, shown again beside the reason.
 */
export function deleteForm(m: Markup, lang: Lang, leerlijnId: string, sent: Readonly<Record<string, string>> = {}): Form {
  return {
    id: DELETE_FORM,
    lang,
    title: t(lang, 'export.title'),
    submit: t(lang, 'export.submit'),
    close: t(lang, 'export.close'),
    intro: [heading(t(lang, 'export.title')), text(`${m.icon('warning')} ${m.t(lang, 'export.confirmWarning')}`, { tone: 'warning' })],
    fields: deleteFields(lang),
    values: sent.confirm ? { confirm: sent.confirm } : {},
    data: { leerlijnId },
    danger: true,
  };
}
