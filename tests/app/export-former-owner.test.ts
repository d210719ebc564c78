// Someone taken off the team who still owns an action, or agreed a score: the export's CSVs and
// PDFs name them as the channel does, 'Dewi (niet meer in het team)', or in words when the
// platform never gave their name; never the platform's id for them ('U000004' on Slack,
// 'aad-dewi' on Teams), which means nothing to whoever opens the file.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import { exportFiles, type ExportFile } from '../../src/app/export-files.js';
import { changeTeam, startLeerlijn } from '../../src/app/leerlijn.js';
import { agreeAllProposed, castVote, closeRound, openRound } from '../../src/app/rounds.js';
import { ONDERDEEL_CODES, type Lang } from '../../src/domain/instrument.js';
import { t } from '../../src/i18n/index.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { pgliteTestDb, type TestDb } from '../support/db.js';
import { makeDeps } from '../support/fixtures.js';
import { pdfText } from '../documents/pdf-text.js';

const COORD = 'COORD-KEES';
/** The second coordinator: agrees the scores, owns the action, then leaves the team. */
const LEAVER = { userId: 'aad-dewi', displayName: 'Dewi Vertrokken' };
/** Leaves too; the platform never gave their name, so the team knew them by their id. */
const UNNAMED = { userId: 'U000004', displayName: 'U000004' };

async function exportAfterLeaving(lang: Lang): Promise<{ files: ExportFile[]; drop: () => Promise<void> }> {
  const db: TestDb = await pgliteTestDb();
  const deps = makeDeps(db.db);
  const workspaceId = await ensureWorkspace(deps.db, 'slack', 'T_LEFT');
  const coord = { workspaceId, userId: COORD };
  const leaver = { workspaceId, userId: LEAVER.userId };
  const { leerlijn } = await startLeerlijn(deps, coord, {
    channelId: 'C_LEFT', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30', lang,
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [COORD, LEAVER.userId],
    members: [{ userId: COORD, displayName: 'Kees Coördinator', side: 'school', level: 'manager' }, { ...LEAVER, side: 'jongerenwerk', level: 'uitvoerder' }, { ...UNNAMED, side: 'school', level: 'uitvoerder' }],
  });
  const round = await openRound(deps, coord, leerlijn.id, 'week1');
  for (const code of ONDERDEEL_CODES) await castVote(deps, coord, { roundId: round.roundId, onderdeel: code, score: 1 });
  await closeRound(deps, coord, round.roundId);
  await agreeAllProposed(deps, leaver, round.roundId);
  await savePlanItem(deps, coord, leerlijn.id, {
    onderdeel: 'T3', watKanBeter: 'Geen eigen ruimte', gewensteEindsituatie: 'Eigen ruimte',
    actions: [
      { description: 'Ruimte aanvragen', ownerUserId: LEAVER.userId, dueDate: '2026-03-20' },
      { description: 'Sleutel regelen', ownerUserId: UNNAMED.userId, dueDate: '2026-03-20' },
    ],
  });
  await saveEvaluationEntry(deps, coord, leerlijn.id, { moment: 'terugkom', onderdeel: 'T3', bereikt: 2, toelichting: 'Half gelukt' });
  await changeTeam(deps, coord, leerlijn.id, { remove: [LEAVER.userId, UNNAMED.userId] });
  return { files: await exportFiles(deps, coord, leerlijn.id), drop: db.drop };
}

describe.each(['nl', 'en'] as const)('the export in %s after an owner left the team', (lang: Lang) => {
  let files: ExportFile[];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ files, drop } = await exportAfterLeaving(lang));
  }, 60_000);
  afterAll(() => drop());

  /** The CSVs in the export's order: the week-1 round, the actieplan, the evaluations. */
  const csv = (what: 'round' | 'actieplan' | 'evaluations'): string => {
    const csvs = files.filter((f) => f.name.endsWith('.csv'));
    expect(csvs).toHaveLength(3);
    return csvs[['round', 'actieplan', 'evaluations'].indexOf(what)]!.bytes.toString('utf8');
  };
  const left = `${LEAVER.displayName} (${t(lang, 'owners.notInTeam')})`;
  const unnamed = t(lang, 'team.formerMember');
  const lineWith = (text: string, words: string): string => text.split('\r\n').find((l) => l.includes(words))!;

  it('the actieplan CSV names the owners as people no longer on the team', () => {
    expect(lineWith(csv('actieplan'), 'Ruimte aanvragen')).toContain(`Ruimte aanvragen;${left};2026-03-20;`);
    expect(lineWith(csv('actieplan'), 'Sleutel regelen')).toContain(`Sleutel regelen;${unnamed};2026-03-20;`);
    expect(csv('actieplan')).not.toMatch(/aad-dewi|U000004/);
  });

  it('the evaluations CSV names the owners of the open actions so too', () => {
    expect(lineWith(csv('evaluations'), 'Ruimte aanvragen')).toContain(`Ruimte aanvragen;${left};`);
    expect(lineWith(csv('evaluations'), 'Sleutel regelen')).toContain(`Sleutel regelen;${unnamed};`);
    expect(csv('evaluations')).not.toMatch(/aad-dewi|U000004/);
  });

  it('the round CSV says who agreed the scores is no longer on the team', () => {
    const lines = csv('round').split('\r\n');
    expect(lines[1]).toContain(`;${left};`);
    expect(lines.join('\n')).not.toMatch(/aad-dewi|U000004/);
  });

  it('the actieplan and Evaluatielijst PDFs name them as the CSVs do', async () => {
    const pdfs = files.filter((f) => f.name.endsWith('.pdf') && !f.name.includes(lang === 'nl' ? 'signalering' : 'assessment'));
    expect(pdfs).toHaveLength(2);
    for (const pdf of pdfs) {
      // A narrow column breaks a name anywhere: compared without the breaks.
      const text = (await pdfText(pdf.bytes)).text.replace(/\s+/g, '');
      expect(text, pdf.name).toContain(left.replace(/\s+/g, ''));
      expect(text, pdf.name).toContain(unnamed.replace(/\s+/g, ''));
      expect(text, pdf.name).not.toMatch(/aad-dewi|U000004/);
    }
  });
});
