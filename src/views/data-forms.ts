// The leerlijn's own forms, written once for both platforms (drawn by Slack's toModal and Teams'
// toFormCard): stopping it, with nothing to type, and deleting it, the school's name typed again.
// The delete's field id is the use case's field name; app/flows/data.ts reads it back into the
// use case's input.
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
    // Its language too: sent again once its leerlijn is deleted, the refusal has nothing else to speak it from.
    data: { leerlijnId, lang },
    danger: true,
  };
}

/** What the stop's submit says it is. */
export const STOP_FORM = 'stop';

/** Nothing to type: what stopping means is said above the button. */
export const stopFields = (): Field[] => [];

/**
 * Only a coordinator gets it (the command's runner checked). `sent` is never shown: there are no
 * inputs. `deleteOn`: under a retention term, the day its data would go if stopped now.
 */
export function stopForm(m: Markup, lang: Lang, leerlijnId: string, deleteOn: string | null = null): Form {
  const warning = deleteOn ? m.t(lang, 'retention.stopWarning', { date: deleteOn }) : m.t(lang, 'stop.warning');
  return {
    id: STOP_FORM,
    lang,
    title: t(lang, 'stop.title'),
    submit: t(lang, 'stop.submit'),
    close: t(lang, 'stop.close'),
    intro: [heading(t(lang, 'stop.title')), text(`${m.icon('warning')} ${warning}`, { tone: 'warning' })],
    fields: stopFields(),
    values: {},
    // Its language too: sent again once its leerlijn is deleted, the refusal has nothing else to speak it from.
    data: { leerlijnId, lang },
    danger: true,
  };
}
