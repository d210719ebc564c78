// A person's answer to Teams' offer of a file (its consent card): what they are told, or the file, built now so it
// holds only what they may still see. The coordinator's export, in the leerlijn's language (a personal chat's turn
// has only the deployment's); the person's own data, only for that person, in the language it was asked in.
import type { Lang } from '../domain/instrument.js';
import type { MessageKey } from '../i18n/index.js';
import { leerlijnLang, type Actor, type Deps } from './context.js';
import { isAppError } from './errors.js';
import { exportArchive, type ExportFile } from './export-files.js';
import { keptNothing, myData } from './my-data.js';

/** `uploadFailed`: what to say where the file then does not land. */
export type ExportOfferOutcome = { lang: Lang } & ({ file: ExportFile; uploadFailed: MessageKey } | { say: MessageKey } | { failed: unknown });

/** `uploadable`: whether the platform has somewhere to put the file; asked only for an accept that may have it. */
interface OfferAnswer { declined: boolean; leerlijnId: string | null; uploadable: () => boolean }

/** `owner`: whose data the card says it offers; ids in a card are forgeable, so it is only ever the answerer's own. */
export type FileOfferAnswer = OfferAnswer & ({ kind: 'export' } | { kind: 'my-data'; owner: string | null; lang: Lang });

export async function fileOfferAnswered(deps: Deps, actor: Actor, answer: FileOfferAnswer, fallbackLang: Lang): Promise<ExportOfferOutcome> {
  return answer.kind === 'export' ? exportOfferAnswered(deps, actor, answer, fallbackLang) : myDataOfferAnswered(deps, actor, answer);
}

async function exportOfferAnswered(deps: Deps, actor: Actor, answer: OfferAnswer, fallbackLang: Lang): Promise<ExportOfferOutcome> {
  const lang = await leerlijnLang(deps, actor.workspaceId, answer.leerlijnId, fallbackLang);
  if (answer.declined) return { lang, say: 'teams.exportDeclined' };
  if (!answer.leerlijnId || !answer.uploadable()) return { lang, say: 'teams.exportUploadFailed' };
  try {
    return { lang, file: await exportArchive(deps, actor, answer.leerlijnId), uploadFailed: 'teams.exportUploadFailed' };
  } catch (error) {
    // Deleted since the offer: "no leerlijn in this channel" makes no sense in a 1:1 chat.
    if (isAppError(error) && error.code === 'leerlijn_gone') return { lang, say: 'teams.exportGone' };
    return { lang, failed: error };
  }
}

/** Built again for the answerer, as they are now: what was deleted since is not in it, and nothing at all where nothing is kept. */
async function myDataOfferAnswered(deps: Deps, actor: Actor, answer: Extract<FileOfferAnswer, { kind: 'my-data' }>): Promise<ExportOfferOutcome> {
  const { lang } = answer;
  if (answer.owner !== actor.userId) return { lang, say: 'teams.myDataNotYours' };
  if (answer.declined) return { lang, say: 'teams.myDataDeclined' };
  if (!answer.uploadable()) return { lang, say: 'teams.myDataUploadFailed' };
  try {
    const data = await myData(deps, actor, answer.leerlijnId ?? undefined, lang);
    if (keptNothing(data)) return { lang, say: 'myData.none' };
    return { lang, file: data.archive, uploadFailed: 'teams.myDataUploadFailed' };
  } catch (error) {
    // Its leerlijn deleted since the offer: so is what it kept of them.
    if (isAppError(error) && error.code === 'leerlijn_gone') return { lang, say: 'myData.none' };
    return { lang, failed: error };
  }
}
