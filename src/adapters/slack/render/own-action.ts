// One of the reader's own actions with Slack's controls: klaar / bezig / loopt vast, and a note button.
import type { FollowupWhen } from '../../../app/notices.js';
import type { ActionView } from '../../../app/views.js';
import { t, type Lang } from '../../../i18n/index.js';
import { OWNER_STATUS_BUTTONS, ownActionLine } from '../../../views/plan.js';
import { actions, button, section, type Block } from './blocks.js';
import { slackMarkup } from './markup.js';

const STATUS_ACTION = 'action_status';
/** A status button's action id (`action_status_klaar`), for every status the buttons offer. */
export const STATUS_BUTTON = new RegExp(`^${STATUS_ACTION}_(${OWNER_STATUS_BUTTONS.join('|')})$`);
export const STATUS_NOTE_ACTION = 'action_note';

/**
 * One action with its klaar / bezig / loopt vast buttons and a note button. In a reminder (`reminder`:
 * sent when) the buttons say so, so a click redraws that reminder (actions.ts).
 */
export function actionWithButtons(lang: Lang, a: ActionView, index: number, reminder?: FollowupWhen): Block[] {
  const inReminder = reminder ? `|${reminder}` : '';
  const buttons = OWNER_STATUS_BUTTONS.map((s) =>
    button(t(lang, `action.button.${s}`), `${STATUS_ACTION}_${s}`, `${a.id}|${s}${inReminder}`, s === 'klaar' ? 'primary' : undefined),
  );
  return [
    section(ownActionLine(slackMarkup, lang, a), { blockId: `action_${index}` }),
    actions(`action_buttons_${index}`, [...buttons, button(t(lang, 'action.button.note'), STATUS_NOTE_ACTION, `${a.id}${inReminder}`)]),
  ];
}

