// One of the reader's own actions: a note input that travels with whichever of klaar / bezig / loopt vast is pressed.
import type { Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { onderdeelTitle } from '../../../i18n/phrases.js';
import type { ActionView } from '../../../app/views.js';
import { actionState, statusButtons } from '../../../views/plan.js';
import type { Markup } from '../../../views/markup.js';
import type { OwnActionIn } from '../../../views/doc.js';
import { actionSet, container, execute, note, text, userText, type Element } from './common.js';

export const STATUS_VERB = 'status';

export const noteInputId = (actionId: string): string => `note.${actionId}`;

/** Its buttons say what the card is (`within`), so the card redrawn after a click is that again, not all their actions. */
export function ownerActionBlock(m: Markup, lang: Lang, a: ActionView, within?: OwnActionIn): Element {
  // The list's language goes along, so the click's answers ("still working" too) speak it before anything is read;
  // a reminder's buttons name it, to redraw that reminder.
  const inReminder = typeof within === 'object' && within.reminder ? { reminder: within.reminder } : {};
  const shownIn = within === 'home' ? { home: 'true' } : within ? { leerlijnId: within.leerlijnId, ...inReminder, lang } : { lang };
  const details = `${t(lang, 'action.due')}: ${actionState(m, lang, a)}`;
  return container(
    [
      text(userText(a.description, 500), { weight: 'Bolder' }),
      note(`${onderdeelTitle(lang, a.onderdeel)} · ${details}`),
      ...(a.lastNote ? [note(t(lang, 'action.lastNote', { note: userText(a.lastNote, 300) }))] : []),
      // A label, not a placeholder: the client cuts a placeholder at the input's edge, here before "no names of pupils".
      { type: 'Input.Text', id: noteInputId(a.id), label: t(lang, 'action.noteLabel'), maxLength: 500 },
      actionSet(statusButtons(a).map(({ status, chosen }) =>
        execute(t(lang, `action.button.${status}`), STATUS_VERB, { actionId: a.id, status, ...shownIn }, chosen ? { style: 'positive' } : {}),
      )),
    ],
    { separator: true, spacing: 'Medium' },
  );
}
