// `export`: everything a school files about one leerlijn, as separate files and as one ZIP,
// named the same on both platforms. Rounds go out as counts (no file says who voted what);
// the JSON is for machines, the CSVs for Excel, the PDFs for reading.
import { zipSync } from 'fflate';
import { actieplanCsv, evaluationsCsv, roundCsv, type NameOf } from '../documents/export/csv-files.js';
import { exportFileName, localDate } from '../documents/export/file-names.js';
import type { DocumentKind } from '../documents/links.js';
import { actieplanPdf, comparisonPdf, evaluatiePdf, instrumentPdf } from '../documents/pdf/index.js';
import { nameOf, type Names } from '../documents/pdf/names.js';
import type { Lang } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import { formerMemberNames } from '../store/former-members.js';
import { leerlijnById, membersOf, type LeerlijnRow } from '../store/leerlijnen.js';
import { roundsOf } from '../store/rounds.js';
import { getActionPlan } from './actions.js';
import type { Actor, Deps } from './context.js';
import { exportLeerlijn, type LeerlijnExport } from './data.js';
import { isAppError } from './errors.js';
import { getEvaluation } from './evaluation.js';
import { compareRounds } from './overview.js';
import { leerlijnView } from './present.js';
import { buildRoundView } from './round-views.js';
import type { ComparisonView, EvaluationView, LeerlijnView } from './views.js';

export interface ExportFile {
  name: string;
  bytes: Buffer;
  contentType: string;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
  zip: 'application/zip',
  png: 'image/png',
} as const;

type Ext = keyof typeof CONTENT_TYPES;

interface Namer {
  (what: string, ext: Ext, bytes: Buffer): ExportFile;
}

/**
 * What a document's file says it is, in the leerlijn's language: one word for the same PDF
 * whether a step posts it, a link serves it or the export holds it.
 */
export function documentWhat(lang: Lang, kind: DocumentKind): string {
  switch (kind) {
    case 'instrument-week1':
    case 'instrument-week17':
      return t(lang, 'documents.file.round', { moment: t(lang, `moment.short.${kind === 'instrument-week1' ? 'week1' : 'week17'}`) });
    case 'actieplan':
      return t(lang, 'documents.file.actieplan');
    case 'evaluatie-terugkom':
    case 'evaluatie-eind':
      return t(lang, 'documents.file.evaluatie', { moment: t(lang, `documents.file.moment.${kind === 'evaluatie-eind' ? 'eind' : 'terugkom'}`) });
    case 'vergelijking':
      return t(lang, 'documents.file.vergelijking');
  }
}

function namer(leerlijn: LeerlijnRow, at: Date): Namer {
  const date = localDate(at, leerlijn.timezone);
  return (what, ext, bytes) => ({ name: exportFileName(leerlijn.schoolName, date, what, ext), bytes, contentType: CONTENT_TYPES[ext] });
}

/** As the PDFs beside them name people: someone who left the team said to be so, never by platform id. */
function nameOfIn(view: LeerlijnView, formerNames: Names): NameOf {
  return (userId) => nameOf(view, formerNames, userId);
}

async function filledEvaluations(deps: Deps, actor: Actor, leerlijnId: string): Promise<EvaluationView[]> {
  const all = await Promise.all((['terugkom', 'eind'] as const).map((m) => getEvaluation(deps, actor, leerlijnId, m)));
  return all.filter((e) => e.items.some((i) => i.bereikt !== null || i.toelichting !== null || i.ondernomen !== null));
}

async function comparisonIfComplete(deps: Deps, actor: Actor, leerlijnId: string): Promise<ComparisonView | null> {
  try {
    return await compareRounds(deps, actor, leerlijnId);
  } catch (error) {
    if (isAppError(error) && error.code === 'comparison_incomplete') return null;
    throw error;
  }
}

async function roundFiles(deps: Deps, row: LeerlijnRow, view: LeerlijnView, data: LeerlijnExport, file: Namer, nameOf: NameOf): Promise<ExportFile[]> {
  const lang = row.lang;
  const files: ExportFile[] = [];
  for (const round of await roundsOf(deps.db, row.id)) {
    const summary = data.rounds.find((r) => r.id === round.id);
    if (!summary) continue;
    const what = documentWhat(lang, round.moment === 'week1' ? 'instrument-week1' : 'instrument-week17');
    files.push(file(what, 'csv', roundCsv(summary, lang, nameOf)));
    files.push(file(what, 'pdf', await instrumentPdf(view, await buildRoundView(deps.db, row, round), { at: deps.now() })));
  }
  return files;
}

/** Coordinator-only (checked and audited by exportLeerlijn, which runs first). */
export async function exportFiles(deps: Deps, actor: Actor, leerlijnId: string): Promise<ExportFile[]> {
  const data = await exportLeerlijn(deps, actor, leerlijnId);
  const row = (await leerlijnById(deps.db, leerlijnId))!;
  const view = leerlijnView(row, await membersOf(deps.db, leerlijnId));
  const lang = row.lang;
  const at = { at: deps.now() };
  const file = namer(row, deps.now());
  const formerNames = await formerMemberNames(deps.db, leerlijnId);
  const nameOf = nameOfIn(view, formerNames);
  const files = await roundFiles(deps, row, view, data, file, nameOf);
  const plan = await getActionPlan(deps, actor, leerlijnId);
  if (plan.items.length > 0) {
    files.push(file(documentWhat(lang, 'actieplan'), 'csv', actieplanCsv(plan, lang, nameOf)));
    files.push(file(documentWhat(lang, 'actieplan'), 'pdf', await actieplanPdf(view, plan, formerNames, at)));
  }
  const evaluations = await filledEvaluations(deps, actor, leerlijnId);
  if (evaluations.length > 0) files.push(file(t(lang, 'documents.file.evaluaties'), 'csv', evaluationsCsv(evaluations, lang, nameOf)));
  for (const e of evaluations) {
    files.push(file(documentWhat(lang, e.moment === 'eind' ? 'evaluatie-eind' : 'evaluatie-terugkom'), 'pdf', await evaluatiePdf(view, e, formerNames, at)));
  }
  const comparison = await comparisonIfComplete(deps, actor, leerlijnId);
  if (comparison) files.push(file(documentWhat(lang, 'vergelijking'), 'pdf', await comparisonPdf(view, comparison, at)));
  files.push(file(t(lang, 'documents.file.data'), 'json', Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8')));
  return files;
}

/** Files in one ZIP named `name`: one file to offer, on Teams too, where a bot offers one file at a time. */
export function zipFiles(files: readonly ExportFile[], name: string, at: Date): ExportFile {
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, new Uint8Array(f.bytes)])), { level: 6, mtime: at });
  return { name, bytes: Buffer.from(zipped), contentType: CONTENT_TYPES.zip };
}

/** All files in one ZIP, named like the files inside it. */
export function zipExport(files: readonly ExportFile[], leerlijn: Pick<LeerlijnRow, 'schoolName' | 'timezone' | 'lang'>, at: Date): ExportFile {
  return zipFiles(files, exportFileName(leerlijn.schoolName, localDate(at, leerlijn.timezone), t(leerlijn.lang, 'documents.file.all'), 'zip'), at);
}

/** `export` as one download: the ZIP of everything exportFiles makes. */
export async function exportArchive(deps: Deps, actor: Actor, leerlijnId: string): Promise<ExportFile> {
  const files = await exportFiles(deps, actor, leerlijnId);
  const row = (await leerlijnById(deps.db, leerlijnId))!;
  return zipExport(files, row, deps.now());
}
