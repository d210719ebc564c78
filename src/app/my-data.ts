// `mijn-gegevens`: a member sees their own votes and notes, privately. The promise that
// votes are never shown per person is about others; one's own answers are one's right.
import { toCsv } from '../documents/export/csv.js';
import { exportFileName, localDate } from '../documents/export/file-names.js';
import { onderdeel, isOnderdeelCode, type Lang } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import { myNotes, myStatusNotes, myVotes, type MyNoteRow, type MyStatusNoteRow, type MyVoteRow } from '../store/my-data.js';
import { requireLeerlijn, type Actor, type Deps } from './context.js';
import { CONTENT_TYPES, zipFiles, type ExportFile } from './export-files.js';

export interface MyDataView {
  userId: string;
  lang: Lang;
  votes: MyVoteRow[];
  notes: MyNoteRow[];
  /** What they wrote with an action's status: kept with their name, and read by the coordinator. */
  statusNotes: MyStatusNoteRow[];
  /** The same as a CSV for Excel and as JSON. */
  files: ExportFile[];
  /** Both in one ZIP: the file the person is sent to keep (their right of access). */
  archive: ExportFile;
}

/** Nothing of theirs is kept: nothing to show, and no file. */
export const keptNothing = (data: Pick<MyDataView, 'votes' | 'notes' | 'statusNotes'>): boolean =>
  data.votes.length === 0 && data.notes.length === 0 && data.statusNotes.length === 0;

function label(code: string, lang: Lang): string {
  return isOnderdeelCode(code) ? onderdeel(code).label[lang] : code;
}

// One sheet for all they wrote: a status note has no round or onderdeel, a vote or onderdeel note no action.
function myCsv(votes: readonly MyVoteRow[], notes: readonly MyNoteRow[], statusNotes: readonly MyStatusNoteRow[], lang: Lang): Buffer {
  const h = (k: 'school' | 'round' | 'code' | 'onderdeel' | 'score' | 'action' | 'note' | 'at'): string => t(lang, `documents.csv.${k}`);
  const header = [h('school'), h('round'), h('code'), h('onderdeel'), h('score'), h('action'), h('note'), h('at')];
  const moment = (m: 'week1' | 'week17'): string => t(lang, `moment.short.${m}`);
  return toCsv(header, [
    ...votes.map((v) => [v.schoolName, moment(v.moment), v.onderdeel, label(v.onderdeel, lang), v.score, null, null, v.at]),
    ...notes.map((n) => [n.schoolName, moment(n.moment), n.onderdeel, label(n.onderdeel, lang), null, null, n.body, n.at]),
    ...statusNotes.map((n) => [n.schoolName, null, null, null, null, n.action, n.body, n.at]),
  ]);
}

/**
 * The acting member's own votes and notes in this workspace, or in one leerlijn of it. `readerLang`: where no leerlijn
 * is named (a personal chat), the language that chat answers in, so the files say what its lines say.
 */
export async function myData(deps: Deps, actor: Actor, leerlijnId?: string, readerLang?: Lang): Promise<MyDataView> {
  const one = leerlijnId ? await requireLeerlijn(deps.db, actor, leerlijnId) : null;
  const votes = await myVotes(deps.db, actor.workspaceId, actor.userId, one?.id ?? null);
  const notes = await myNotes(deps.db, actor.workspaceId, actor.userId, one?.id ?? null);
  const statusNotes = await myStatusNotes(deps.db, actor.workspaceId, actor.userId, one?.id ?? null);
  const lang = one?.lang ?? readerLang ?? deps.defaultLang;
  const date = localDate(deps.now(), one?.timezone ?? deps.defaultTimezone);
  const school = one?.schoolName ?? votes[0]?.schoolName ?? notes[0]?.schoolName ?? '';
  const name = (ext: 'csv' | 'json' | 'zip'): string => exportFileName(school, date, t(lang, 'documents.file.mine'), ext);
  const json = Buffer.from(`${JSON.stringify({ userId: actor.userId, exportedAt: deps.now().toISOString(), votes, notes, statusNotes }, null, 2)}\n`, 'utf8');
  const files = [
    { name: name('csv'), bytes: myCsv(votes, notes, statusNotes, lang), contentType: CONTENT_TYPES.csv },
    { name: name('json'), bytes: json, contentType: CONTENT_TYPES.json },
  ];
  return { userId: actor.userId, lang, votes, notes, statusNotes, files, archive: zipFiles(files, name('zip'), deps.now()) };
}
