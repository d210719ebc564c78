// The coordinator's answers to a Teams export's file consent card, as Teams sends them, for the
// tests of what happens after an accept (export-outages, export-upload-timeout).
import { FILE_CONSENT_TYPE, FILE_INFO_TYPE } from '../../../src/adapters/teams/export.js';
import type { JsonObject, RecordedActivity } from '../../fakes/bot-connector.js';
import { fileConsentInvoke, type InboundActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];

export const attachmentsOf = (a: RecordedActivity): JsonObject[] => (Array.isArray(a.activity.attachments) ? (a.activity.attachments as JsonObject[]) : []);

/**
 * Anna asks for the export; her answer to the consent card as Teams sends it: naming the card's message,
 * and for an accept with a fresh upload session each time (on the fake, named after `session`).
 */
export async function freshAnswer(h: Harness, session: string, action: 'accept' | 'decline' = 'accept'): Promise<{ answer: InboundActivity; chatId: string }> {
  await h.say(anna, 'export');
  const offer = h.connector.activities.filter((a) => attachmentsOf(a).some((x) => x.contentType === FILE_CONSENT_TYPE)).at(-1)!;
  const consent = attachmentsOf(offer).find((x) => x.contentType === FILE_CONSENT_TYPE)!;
  const content = consent.content as { acceptContext: unknown; declineContext: unknown };
  const uploadInfo = {
    uploadUrl: h.connector.uploadUrl(`${session}-${String(consent.name)}`), contentUrl: `https://contoso.sharepoint.com/personal/anna/${session}.zip`,
    name: String(consent.name), uniqueId: session, fileType: 'zip',
  };
  const chat = { id: offer.conversationId, conversationType: 'personal' as const, tenantId: CHANNEL.tenantId };
  const where = { ...h.inPersonal(anna), conversation: chat, replyToId: offer.activityId };
  const answer = action === 'accept'
    ? fileConsentInvoke({ ...where, action, context: content.acceptContext, uploadInfo })
    : fileConsentInvoke({ ...where, action, context: content.declineContext });
  return { answer, chatId: offer.conversationId };
}

/** The file cards (an upload that landed) in a chat. */
export const fileCardsIn = (h: Harness, chatId: string): number =>
  h.connector.sentTo(chatId).filter((a) => attachmentsOf(a).some((x) => x.contentType === FILE_INFO_TYPE)).length;
