// The shape of what Teams sends inside an activity; the use cases check the meaning.
import { z } from 'zod';

const Key = z.string().max(100);

/** Card inputs are strings (multi-selects comma-separated); others dropped, not refused: Teams adds its own to some submits. */
export const CardValues = z
  .record(Key, z.unknown())
  .catch({})
  .transform((value) => Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 10_000)));
export type Values = z.output<typeof CardValues>;

/** `action.data` of an Action.Execute: the card's fields plus what was typed. */
export const InvokeData = z.record(Key, z.unknown()).catch({});

const Url = z.url().max(2048);

/** The user's answer to the consent card that precedes a file upload (Teams' FileConsentCardResponse). */
export const FileConsentAnswer = z.object({
  action: z.enum(['accept', 'decline']),
  // What the card offered (sendFileConsent): an export names its leerlijn; one's own data whose it is, and in which language.
  context: z.object({
    leerlijnId: z.uuid().optional(), kind: z.enum(['my-data']).optional(), userId: z.string().max(200).optional(), lang: z.enum(['nl', 'en']).optional(),
  }).loose().nullish(),
  uploadInfo: z
    .object({ name: z.string().max(255), uploadUrl: Url, contentUrl: Url, uniqueId: z.string().max(255), fileType: z.string().max(20) })
    .nullish(),
});
export type FileConsentAnswer = z.output<typeof FileConsentAnswer>;
