// What the bot says on its own (src/views/notices.ts), with the forms a coordinator's prompt unfolds in the card.
import type { Notice } from '../../../app/notices.js';
import { noticeDoc, promptForm, stepDocumentDoc } from '../../../views/notices.js';
import { showCard, type AdaptiveCard, type Element, type TeamsPlace } from './common.js';
import { STYLES, teamsMarkup, toAdaptiveCard } from './doc.js';
import { moveFormCard, rolesFormCard } from './timeline.js';
import { MOVE_FORM } from '../../../views/planning-forms.js';

/** The form the prompt offers, right in the chat. */
function promptForms(n: Extract<Notice, { type: 'coordinator_prompt' }>): Element[] {
  const { lang, id, members } = n.leerlijn;
  const form = promptForm(n);
  if (!form) return [];
  const card = form.form === MOVE_FORM ? moveFormCard(lang, id, form.kind) : rolesFormCard(lang, id, [form.meeting], members);
  return [{ ...showCard(form.label, card), ...(form.style ? STYLES[form.style] : {}) }];
}

/** `place` 'personal': read in someone's 1:1 chat, where a command that works there is typed without the mention. */
export function noticeCard(n: Notice, place: TeamsPlace = 'channel'): AdaptiveCard {
  // A bot cannot post a file to a channel: the card opens a signed link to it.
  if (n.type === 'step_document') {
    return toAdaptiveCard(stepDocumentDoc(teamsMarkup([], place), n.leerlijn.lang, n.document, { url: n.link, ttlHours: n.linkTtlHours }));
  }
  return toAdaptiveCard(noticeDoc(teamsMarkup(n.leerlijn.members, place), n), n.type === 'coordinator_prompt' ? promptForms(n) : []);
}
