// Everything the bot says on its own: written once in src/views/notices.ts; here Teams' own
// additions to it (the forms a coordinator's prompt unfolds in the card), and a step's document.
import type { Notice } from '../../../app/notices.js';
import type { DocumentKind } from '../../../documents/links.js';
import type { Lang } from '../../../domain/instrument.js';
import { t, type MessageKey } from '../../../i18n/index.js';
import { noticeDoc, promptForm } from '../../../views/notices.js';
import { adaptiveCard, forTeams, note, text, type AdaptiveCard, type Element } from './common.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { moveFormCard, rolesFormCard } from './timeline.js';

/**
 * A step's document in a Teams conversation: a bot cannot simply post a file to a channel, so
 * the card opens a signed, expiring link to the PDF the bot serves itself. Without a link
 * (PUBLIC_URL not set) it says so, and where the coordinator finds everything.
 */
export function stepDocumentCard(lang: Lang, kind: DocumentKind, url: string | null, linkTtlHours: number): AdaptiveCard {
  const said = text(forTeams(t(lang, `documents.posted.${kind}` as MessageKey)));
  if (!url) return adaptiveCard([said, note(forTeams(t(lang, 'documents.posted.noLink')))]);
  return adaptiveCard(
    [said, note(forTeams(t(lang, 'documents.posted.linkValid', { hours: linkTtlHours })))],
    [{ type: 'Action.OpenUrl', title: t(lang, 'documents.posted.open'), url }],
  );
}

/** The form the prompt offers, right in the chat. */
function promptForms(n: Extract<Notice, { type: 'coordinator_prompt' }>): Element[] {
  const { lang, id, members } = n.leerlijn;
  const form = promptForm(n);
  if (!form) return [];
  const card = form.form === 'move_terugkom' ? moveFormCard(lang, id, 'terugkom') : rolesFormCard(lang, id, [form.meeting], members);
  return [{ type: 'Action.ShowCard', title: form.label, card }];
}

export function noticeCard(n: Notice): AdaptiveCard {
  if (n.type === 'step_document') return stepDocumentCard(n.leerlijn.lang, n.document, n.link, n.linkTtlHours);
  return toAdaptiveCard(noticeDoc(teamsMarkup(n.leerlijn.members), n), n.type === 'coordinator_prompt' ? promptForms(n) : []);
}
