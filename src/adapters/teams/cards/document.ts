// A step's document in a Teams conversation: a bot cannot simply post a file to a channel, so
// the card opens a signed, expiring link to the PDF the bot serves itself. Without a link
// (PUBLIC_URL not set) it says so, and where the coordinator finds everything.
import type { DocumentKind } from '../../../documents/links.js';
import type { Lang } from '../../../domain/instrument.js';
import { t, type MessageKey } from '../../../i18n/index.js';
import { adaptiveCard, forTeams, note, text, type AdaptiveCard } from './common.js';

export function stepDocumentCard(lang: Lang, kind: DocumentKind, url: string | null, linkTtlHours: number): AdaptiveCard {
  const said = text(forTeams(t(lang, `documents.posted.${kind}` as MessageKey)));
  if (!url) return adaptiveCard([said, note(forTeams(t(lang, 'documents.posted.noLink')))]);
  return adaptiveCard(
    [said, note(forTeams(t(lang, 'documents.posted.linkValid', { hours: linkTtlHours })))],
    [{ type: 'Action.OpenUrl', title: t(lang, 'documents.posted.open'), url }],
  );
}
