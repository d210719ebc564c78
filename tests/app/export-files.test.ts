// `export` and `mijn-gegevens`: the files a school files say how votes were spread, never
// who voted what; a member's own request returns their own answers and nobody else's.
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import type { Actor } from '../../src/app/context.js';
import { exportArchive, exportFiles, type ExportFile } from '../../src/app/export-files.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { myData } from '../../src/app/my-data.js';
import { addNote, agreeAllProposed, castVote, closeRound, openRound } from '../../src/app/rounds.js';
import { ONDERDEEL_CODES, type Score } from '../../src/domain/instrument.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { pdfText } from '../documents/pdf-text.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps } from '../support/fixtures.js';

const COORD = 'COORD-KEES';
/** Voters with ids and names that occur nowhere else, each with a score of their own. */
const VOTERS = [
  { userId: 'STEMMER-AAAA', displayName: 'Anna Stemtvaak', score: 1 as Score, note: 'Notitie van Anna over de ruimte' },
  { userId: 'STEMMER-BBBB', displayName: 'Bram Kiestdrie', score: 3 as Score, note: 'Notitie van Bram over het overleg' },
];

async function started(deps: ReturnType<typeof makeDeps>): Promise<{ leerlijnId: string; coord: Actor; voters: Actor[] }> {
  const workspaceId = await ensureWorkspace(deps.db, 'slack', 'T_EXPORT');
  const coord = { workspaceId, userId: COORD };
  const view = await startLeerlijn(deps, coord, {
    channelId: 'C_EXPORT', kind: 'bestaand', schoolName: 'Het Baken Collège', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [COORD],
    members: [{ userId: COORD, displayName: 'Kees Coördinator', side: 'school', level: 'manager' }, ...VOTERS.map((v) => ({ userId: v.userId, displayName: v.displayName, side: 'jongerenwerk' as const, level: 'uitvoerder' as const }))],
  });
  return { leerlijnId: view.leerlijn.id, coord, voters: VOTERS.map((v) => ({ workspaceId, userId: v.userId })) };
}

async function textOf(file: ExportFile): Promise<string> {
  return file.name.endsWith('.pdf') ? (await pdfText(file.bytes)).text : file.bytes.toString('utf8');
}

describe.each(backends())('export files on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Awaited<ReturnType<typeof started>>;

  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await started(deps);
    const round = await openRound(deps, s.coord, s.leerlijnId, 'week1');
    for (const [i, v] of VOTERS.entries()) {
      for (const code of ONDERDEEL_CODES) await castVote(deps, s.voters[i]!, { roundId: round.roundId, onderdeel: code, score: v.score });
      await addNote(deps, s.voters[i]!, { roundId: round.roundId, onderdeel: 'T3', body: v.note });
    }
    await castVote(deps, s.coord, { roundId: round.roundId, onderdeel: 'P1', score: 2 });
    await closeRound(deps, s.coord, round.roundId);
    await agreeAllProposed(deps, s.coord, round.roundId);
    await savePlanItem(deps, s.coord, s.leerlijnId, {
      onderdeel: 'T3', watKanBeter: '=Geen eigen ruimte', gewensteEindsituatie: 'Eigen ruimte',
      actions: [{ description: 'Ruimte aanvragen', ownerUserId: COORD, dueDate: '2026-03-20' }],
    });
    await saveEvaluationEntry(deps, s.coord, s.leerlijnId, { moment: 'terugkom', onderdeel: 'T3', bereikt: 2, toelichting: 'Half gelukt' });
    deps.setNow(new Date('2026-03-02T23:30:00Z')); // already 3 March in Amsterdam
  });
  afterEach(() => t.drop());

  it('names every file after the school and the local date, with CSV, PDF and JSON for the round, plan and evaluation', async () => {
    const files = await exportFiles(deps, s.coord, s.leerlijnId);
    expect(files.map((f) => f.name)).toEqual([
      'leerlijn-het-baken-college-2026-03-03-signalering-week-1.csv',
      'leerlijn-het-baken-college-2026-03-03-signalering-week-1.pdf',
      'leerlijn-het-baken-college-2026-03-03-actieplan.csv',
      'leerlijn-het-baken-college-2026-03-03-actieplan.pdf',
      'leerlijn-het-baken-college-2026-03-03-evaluaties.csv',
      'leerlijn-het-baken-college-2026-03-03-evaluatie-terugkom.pdf',
      'leerlijn-het-baken-college-2026-03-03-gegevens.json',
    ]);
    const round = (await textOf(files[0]!)).split('\r\n');
    expect(round[0]).toBe('\uFEFFcode;onderdeel;werkzaam element;aantal 1;aantal 2;aantal 3;voorstel;afgesproken;afgesproken door;bespreekpunt;aantal notities');
    expect(round[1]).toBe('P1;Gelijkwaardige werkrelatie;Partnerschap;1;1;1;2;2;Kees Coördinator;ja;0');
    expect(round[10]).toBe('T3;Eigen centraal gelegen ruimte;Toegankelijkheid;1;0;1;1;1;Kees Coördinator;ja;2');
    expect(await textOf(files[2]!)).toContain("'=Geen eigen ruimte");
  });

  it('lets no exported file, nor the ZIP, say who voted what', async () => {
    const files = await exportFiles(deps, s.coord, s.leerlijnId);
    const zip = await exportArchive(deps, s.coord, s.leerlijnId);
    expect(zip.name).toBe('leerlijn-het-baken-college-2026-03-03-alles.zip');
    const zipped = Object.entries(unzipSync(new Uint8Array(zip.bytes))).map(([name, bytes]) => ({ name, bytes: Buffer.from(bytes), contentType: '' }));
    expect(zipped.map((f) => f.name)).toEqual(files.map((f) => f.name));
    for (const file of [...files, ...zipped]) {
      let text = await textOf(file);
      if (file.name.endsWith('.json')) {
        const data = JSON.parse(text) as Record<string, unknown>;
        // Voters may appear as team members, nowhere else.
        expect(JSON.stringify(data.members)).toContain(VOTERS[0]!.userId);
        delete data.members;
        text = JSON.stringify(data);
        expect(text).not.toMatch(/"votes"|"userId"/);
      }
      for (const v of VOTERS) {
        expect(text, file.name).not.toContain(v.userId);
        expect(text, file.name).not.toContain(v.displayName);
      }
    }
  });

  it('carries the spread of the votes in the JSON rounds, as counts', async () => {
    const files = await exportFiles(deps, s.coord, s.leerlijnId);
    const data = JSON.parse(files.at(-1)!.bytes.toString('utf8')) as { formatVersion: number; rounds: Array<{ onderdelen: Array<Record<string, unknown>> }> };
    expect(data.formatVersion).toBe(2);
    expect(data.rounds[0]!.onderdelen[0]).toMatchObject({ onderdeel: 'P1', voteCount: 3, distribution: { 1: 1, 2: 1, 3: 1 }, proposed: 2, agreed: 2, agreedBy: COORD, noteCount: 0 });
  });

  it('refuses the export to a team member who does not coordinate', async () => {
    await expect(exportFiles(deps, s.voters[0]!, s.leerlijnId)).rejects.toMatchObject({ code: 'not_coordinator' });
  });

  it("gives a member their own votes and notes, and nobody else's", async () => {
    const mine = await myData(deps, s.voters[0]!);
    expect(mine.votes).toHaveLength(10);
    // In the instrument's order (Partnerschap first), as the score cards and the instrument list them.
    expect(mine.votes.map((v) => v.onderdeel)).toEqual([...ONDERDEEL_CODES]);
    expect(new Set(mine.votes.map((v) => v.score))).toEqual(new Set([VOTERS[0]!.score]));
    expect(mine.notes.map((n) => n.body)).toEqual([VOTERS[0]!.note]);
    for (const file of mine.files) {
      const text = file.bytes.toString('utf8');
      expect(text).toContain(VOTERS[0]!.note);
      expect(text).not.toContain(VOTERS[1]!.note);
      expect(text).not.toContain(VOTERS[1]!.userId);
    }
    expect(mine.files.map((f) => f.name)).toEqual(['leerlijn-het-baken-college-2026-03-03-mijn-gegevens.csv', 'leerlijn-het-baken-college-2026-03-03-mijn-gegevens.json']);
    const other = await myData(deps, { workspaceId: s.coord.workspaceId, userId: 'NIEMAND' }, s.leerlijnId);
    expect(other.votes).toEqual([]);
    await expect(myData(deps, { workspaceId: await ensureWorkspace(deps.db, 'slack', 'T_ANDER'), userId: VOTERS[0]!.userId }, s.leerlijnId)).rejects.toMatchObject({ code: 'leerlijn_gone' });
  });
});
