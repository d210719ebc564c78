// The coordinator's answer to Teams' offer of their export as a file: what they are told, in the
// leerlijn's language (a personal chat's turn has only the deployment's), or the file, built now so
// it holds only what they may still see.
import type { Lang } from '../domain/instrument.js';
import type { MessageKey } from '../i18n/index.js';
import { leerlijnLang, type Actor, type Deps } from './context.js';
import { isAppError } from './errors.js';
import { exportArchive, type ExportFile } from './export-files.js';

export type ExportOfferOutcome = { lang: Lang } & ({ file: ExportFile } | { say: MessageKey } | { failed: unknown });

/** `uploadable`: whether the platform has somewhere to put the file; asked only for an accept naming a leerlijn. */
export async function exportOfferAnswered(
  deps: Deps, actor: Actor, answer: { declined: boolean; leerlijnId: string | null; uploadable: () => boolean }, fallbackLang: Lang,
): Promise<ExportOfferOutcome> {
  const lang = await leerlijnLang(deps, actor.workspaceId, answer.leerlijnId, fallbackLang);
  if (answer.declined) return { lang, say: 'teams.exportDeclined' };
  if (!answer.leerlijnId || !answer.uploadable()) return { lang, say: 'teams.exportUploadFailed' };
  try {
    return { lang, file: await exportArchive(deps, actor, answer.leerlijnId) };
  } catch (error) {
    // Deleted since the offer: "no leerlijn in this channel" makes no sense in a 1:1 chat.
    if (isAppError(error) && error.code === 'leerlijn_gone') return { lang, say: 'teams.exportGone' };
    return { lang, failed: error };
  }
}
