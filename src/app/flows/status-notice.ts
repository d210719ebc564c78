// What a status click redraws in a notice, the same on both platforms.
import type { Notice } from '../notices.js';
import type { StatusRedraw } from './status.js';

/** An owner's DM or a reminder drawn as it was sent (the notice), so it still says whose plan and what to do. */
export const noticeOfRedraw = (view: Extract<StatusRedraw, { type: 'owner_actions' | 'reminder' }>): Notice =>
  view.type === 'reminder' ? view.reminder : { type: 'owner_actions', leerlijn: view.leerlijn, actions: view.actions };
