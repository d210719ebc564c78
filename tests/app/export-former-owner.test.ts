// Someone taken off the team who still owns an action, or agreed a score: the export's CSVs say
// so in words, as its PDFs and the channel do, never the platform's id for them ('U000004' on
// Slack, 'aad-dewi' on Teams), which means nothing to whoever opens the file in Excel.
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

const COORD = 'COORD-KEES';
/** The second coordinator: agrees the scores, owns the action, then leaves the team. */
const LEAVER = { userId: 'aad-dewi', displayName: 'Dewi Vertrokken' };

async function exportAfterLeaving(lang: Lang): Promise<{ files: ExportFile[]; drop: () => Promise<void> }> {
  const db: TestDb = await pgliteTestDb();
  const deps = makeDeps(db.db);
  const workspaceId = await ensureWorkspace(deps.db, 'slack', 'T_LEFT');
  const coord = { workspaceId, userId: COORD };
  const leaver = { workspaceId, userId: LEAVER.userId };
  const { leerlijn } = await startLeerlijn(deps, coord, {
    channelId: 'C_LEFT', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30', lang,
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [COORD, LEAVER.userId],
    members: [{ userId: COORD, displayName: 'Kees Coördinator', side: 'school', level: 'manager' }, { ...LEAVER, side: 'jongerenwerk', level: 'uitvoerder' }],
  });
  const round = await openRound(deps, coord, leerlijn.id, 'week1');
  for (const code of ONDERDEEL_CODES) await castVote(deps, coord, { roundId: round.roundId, onderdeel: code, score: 1 });
  await closeRound(deps, coord, round.roundId);
  await agreeAllProposed(deps, leaver, round.roundId);
  await savePlanItem(deps, coord, leerlijn.id, {
    onderdeel: 'T3', watKanBeter: 'Geen eigen ruimte', gewensteEindsituatie: 'Eigen ruimte',
    actions: [{ description: 'Ruimte aanvragen', ownerUserId: LEAVER.userId, dueDate: '2026-03-20' }],
  });
  await saveEvaluationEntry(deps, coord, leerlijn.id, { moment: 'terugkom', onderdeel: 'T3', bereikt: 2, toelichting: 'Half gelukt' });
  await changeTeam(deps, coord, leerlijn.id, { remove: [LEAVER.userId] });
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
  const former = t(lang, 'team.formerMember');

  it('the actieplan CSV names the owner as someone no longer on the team', () => {
    const line = csv('actieplan').split('\r\n').find((l) => l.includes('Ruimte aanvragen'))!;
    expect(line).toContain(`Ruimte aanvragen;${former};2026-03-20;`);
    expect(line).not.toContain(LEAVER.userId);
  });

  it('the evaluations CSV names the owner of the open action so too', () => {
    const line = csv('evaluations').split('\r\n').find((l) => l.includes('Ruimte aanvragen'))!;
    expect(line).toContain(`Ruimte aanvragen;${former};`);
    expect(line).not.toContain(LEAVER.userId);
  });

  it('the round CSV says who agreed the scores was someone no longer on the team', () => {
    const lines = csv('round').split('\r\n');
    expect(lines[1]).toContain(`;${former};`);
    expect(lines.join('\n')).not.toContain(LEAVER.userId);
  });
});
