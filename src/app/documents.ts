// One filled document of a leerlijn, made anew from the database when a signed link is
// opened. The token already decided who may read it; the use cases are asked as the
// leerlijn's coordinator, who may read everything in it, and nothing is written.
import { exportFileName, localDate } from '../documents/export/file-names.js';
import type { DocumentClaim } from '../documents/links.js';
import { actieplanPdf, comparisonPdf, evaluatiePdf, instrumentPdf } from '../documents/pdf/index.js';
import { formerMemberNames } from '../store/former-members.js';
import { leerlijnById, membersOf } from '../store/leerlijnen.js';
import { roundsOf } from '../store/rounds.js';
import { getActionPlan } from './actions.js';
import type { Actor, Deps } from './context.js';
import { unlessRefused } from './errors.js';
import { getEvaluation } from './evaluation.js';
import { CONTENT_TYPES, documentWhat, type ExportFile } from './export-files.js';
import { compareRounds } from './overview.js';
import { leerlijnView } from './present.js';
import { buildRoundView } from './round-views.js';
import type { LeerlijnView } from './views.js';

async function pdfFor(deps: Deps, actor: Actor, view: LeerlijnView, claim: DocumentClaim): Promise<Buffer | null> {
  const at = { at: deps.now() };
  switch (claim.kind) {
    case 'instrument-week1':
    case 'instrument-week17': {
      const moment = claim.kind === 'instrument-week1' ? 'week1' : 'week17';
      const round = (await roundsOf(deps.db, claim.leerlijnId)).find((r) => r.moment === moment);
      const row = await leerlijnById(deps.db, claim.leerlijnId);
      if (!round || !row) return null;
      return instrumentPdf(view, await buildRoundView(deps.db, row, round), at);
    }
    case 'actieplan':
      return actieplanPdf(view, await getActionPlan(deps, actor, claim.leerlijnId), await formerMemberNames(deps.db, claim.leerlijnId), at);
    case 'evaluatie-terugkom':
    case 'evaluatie-eind':
      return evaluatiePdf(view, await getEvaluation(deps, actor, claim.leerlijnId, claim.kind === 'evaluatie-eind' ? 'eind' : 'terugkom'), await formerMemberNames(deps.db, claim.leerlijnId), at);
    case 'vergelijking':
      return comparisonPdf(view, await compareRounds(deps, actor, claim.leerlijnId), at);
  }
}

/** The PDF a link points to, or null when its leerlijn or its content is gone. */
export async function renderDocument(deps: Deps, claim: DocumentClaim): Promise<ExportFile | null> {
  const row = await leerlijnById(deps.db, claim.leerlijnId);
  if (!row) return null;
  const members = await membersOf(deps.db, row.id);
  const coordinator = members.find((m) => m.isCoordinator);
  if (!coordinator) return null;
  const view: LeerlijnView = { ...leerlijnView(row, members), lang: claim.lang };
  // Refused (a comparison whose rounds are no longer complete, say): there is no document to show.
  const bytes = await unlessRefused(pdfFor(deps, { workspaceId: row.workspaceId, userId: coordinator.userId }, view, claim));
  if (!bytes) return null;
  const name = exportFileName(row.schoolName, localDate(deps.now(), row.timezone), documentWhat(claim.lang, claim.kind), 'pdf');
  return { name, bytes, contentType: CONTENT_TYPES.pdf };
}
