import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePlanItem, updateActionStatus } from '../../src/app/actions.js';
import { getEvaluation, saveEvaluationEntry } from '../../src/app/evaluation.js';
import { exportFiles } from '../../src/app/export-files.js';
import { assignMeetingRoles } from '../../src/app/meetings.js';
import { pdfText } from '../documents/pdf-text.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

describe.each(backends())('evaluatielijst on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Started;
  let done: string;

  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await startFixture(deps, { members: 4 });
    const { newActions } = await savePlanItem(deps, s.coordinator, s.leerlijnId, {
      onderdeel: 'T3',
      watKanBeter: 'Geen eigen ruimte',
      gewensteEindsituatie: 'Een vaste ruimte bij de aula',
      actions: [
        { description: 'Ruimte vragen aan directie', ownerUserId: 'U001', dueDate: '2026-02-20' },
        { description: 'Ruimte inrichten', ownerUserId: 'U002', dueDate: '2026-03-20' },
      ],
    });
    done = newActions[0]!.id;
    await updateActionStatus(deps, s.members[1]!, { actionId: done, status: 'klaar' });
  });
  afterEach(() => t.drop());

  it('offers the done actions to fill in what was undertaken, per onderdeel in the plan', async () => {
    const view = await getEvaluation(deps, s.members[3]!, s.leerlijnId, 'terugkom');
    expect(view.items).toHaveLength(1);
    const item = view.items[0]!;
    expect(item).toMatchObject({ onderdeel: 'T3', gewensteEindsituatie: 'Een vaste ruimte bij de aula', bereikt: null });
    expect(item.doneActions.map((a) => a.description)).toEqual(['Ruimte vragen aan directie']);
    expect(item.openActions.map((a) => a.description)).toEqual(['Ruimte inrichten']);
  });

  it('saves an entry, replaces it on a second save, and turns needed actions into new ones with the right source', async () => {
    const first = await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom',
      onderdeel: 'T3',
      bereikt: 2,
      ondernomen: 'Ruimte gevraagd',
      newActions: [
        { description: 'Bord op de deur', ownerUserId: 'U003', dueDate: '2026-04-01' },
        { description: 'Openingstijden delen', ownerUserId: 'U003', dueDate: '2026-04-10' },
      ],
    });
    expect(first.newActions.map((a) => a.source)).toEqual(['terugkom', 'terugkom']);
    expect(first.ownersToNotify).toHaveLength(1);
    expect(first.ownersToNotify[0]).toMatchObject({ userId: 'U003' });
    expect(first.evaluation.items[0]).toMatchObject({ bereikt: 2, ondernomen: 'Ruimte gevraagd', toelichting: null });

    const second = await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom', onderdeel: 'T3', bereikt: '3', toelichting: 'Ruimte is er',
    });
    expect(second.evaluation.items[0]).toMatchObject({ bereikt: 3, toelichting: 'Ruimte is er', ondernomen: null });
    expect(second.newActions).toEqual([]);

    const eind = await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'eind', onderdeel: 'B2', bereikt: 1,
      newActions: [{ description: 'Voorstellen in de klassen', ownerUserId: 'U002', dueDate: '2026-06-01' }],
    });
    expect(eind.newActions[0]!.source).toBe('eindevaluatie');
    // B2 has no plan item but now has an entry, so the eindevaluatie shows it.
    expect(eind.evaluation.items.map((i) => i.onderdeel)).toEqual(['B2', 'T3']);
    const rows = await t.db.query(`select moment, onderdeel, bereikt from evaluation_entries order by moment, onderdeel`);
    expect(rows.rows).toEqual([
      { moment: 'eind', onderdeel: 'B2', bereikt: 1 },
      { moment: 'terugkom', onderdeel: 'T3', bereikt: 3 },
    ]);
  });

  it('keeps the interim list to what the terugkom saw and made: the eindevaluatie\'s new actions are in the final list, PDF and CSV only', async () => {
    await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom', onderdeel: 'T3', bereikt: 2, newActions: [{ description: 'Bord op de deur', ownerUserId: 'U003', dueDate: '2026-04-01' }],
    });
    await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'eind', onderdeel: 'T3', bereikt: 3, newActions: [{ description: 'Ruimte delen met de mentoren', ownerUserId: 'U002', dueDate: '2026-06-01' }],
    });
    const needed = async (moment: 'terugkom' | 'eind'): Promise<string[]> =>
      (await getEvaluation(deps, s.coordinator, s.leerlijnId, moment)).items[0]!.openActions.map((a) => a.description);
    expect(await needed('terugkom')).toEqual(['Ruimte inrichten', 'Bord op de deur']);
    expect(await needed('eind')).toEqual(['Ruimte inrichten', 'Bord op de deur', 'Ruimte delen met de mentoren']);

    const files = await exportFiles(deps, s.coordinator, s.leerlijnId);
    const text = async (ending: string): Promise<string> => {
      const file = files.find((f) => f.name.endsWith(ending))!;
      return ending.endsWith('.pdf') ? (await pdfText(file.bytes)).text : file.bytes.toString('utf8');
    };
    expect(await text('evaluatie-terugkom.pdf')).toContain('Bord op de deur');
    expect(await text('evaluatie-terugkom.pdf')).not.toContain('Ruimte delen met de mentoren');
    expect(await text('evaluatie-eind.pdf')).toContain('Ruimte delen met de mentoren');
    const csv = (await text('evaluaties.csv')).split('\r\n').filter((row) => row.includes('Ruimte delen met de mentoren'));
    expect(csv.map((row) => row.split(';')[0])).toEqual(['Eindevaluatie']);
  });

  it('keeps the interim list as the terugkom saved it: an action done since stays needed, an actieplan action added since is left out: list, PDF, CSV', async () => {
    const inrichten = (await getEvaluation(deps, s.coordinator, s.leerlijnId, 'terugkom')).items[0]!.openActions[0]!.id;
    deps.setNow(new Date('2026-03-30T14:00:00Z'));
    await updateActionStatus(deps, s.members[2]!, { actionId: inrichten, status: 'bezig', note: 'Kasten besteld' });
    deps.setNow(new Date('2026-03-30T15:00:00Z'));
    await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom', onderdeel: 'T3', bereikt: 2, newActions: [{ description: 'Bord op de deur', ownerUserId: 'U003', dueDate: '2026-04-01' }],
    });
    deps.setNow(new Date('2026-04-20T09:00:00Z'));
    await updateActionStatus(deps, s.members[2]!, { actionId: inrichten, status: 'klaar', note: 'Ruimte is ingericht' });
    await savePlanItem(deps, s.coordinator, s.leerlijnId, {
      onderdeel: 'T3', watKanBeter: 'Geen eigen ruimte', gewensteEindsituatie: 'Een vaste ruimte bij de aula',
      actions: [{ description: 'Sleutel voor de jongerenwerkers', ownerUserId: 'U001', dueDate: '2026-05-01' }],
    });
    deps.setNow(new Date('2026-05-25T15:00:00Z'));
    await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, { moment: 'eind', onderdeel: 'T3', bereikt: 3 });

    const interim = (await getEvaluation(deps, s.coordinator, s.leerlijnId, 'terugkom')).items[0]!;
    expect(interim.doneActions.map((a) => a.description)).toEqual(['Ruimte vragen aan directie']);
    // Overdue as the terugkom saw it: 'Bord op de deur' (due 1 April) was not yet.
    expect(interim.openActions.map((a) => [a.description, a.status, a.lastNote, a.overdue])).toEqual([
      ['Ruimte inrichten', 'bezig', 'Kasten besteld', true],
      ['Bord op de deur', 'open', null, false],
    ]);
    const final = (await getEvaluation(deps, s.coordinator, s.leerlijnId, 'eind')).items[0]!;
    expect(final.doneActions.map((a) => a.description)).toEqual(['Ruimte vragen aan directie', 'Ruimte inrichten']);
    expect(final.openActions.map((a) => [a.description, a.overdue])).toEqual([['Bord op de deur', true], ['Sleutel voor de jongerenwerkers', true]]);

    const files = await exportFiles(deps, s.coordinator, s.leerlijnId);
    const pdf = (await pdfText(files.find((f) => f.name.endsWith('evaluatie-terugkom.pdf'))!.bytes)).text;
    expect(pdf).toContain('Ruimte inrichten');
    expect(pdf).toContain('Bezig');
    expect(pdf).not.toContain('Sleutel voor de jongerenwerkers');
    const csv = files.find((f) => f.name.endsWith('evaluaties.csv'))!.bytes.toString('utf8').split('\r\n');
    const rowsOf = (description: string): string[] =>
      csv.filter((row) => row.includes(description)).map((row) => `${row.split(';')[0]} ${row.split(';').at(-1)}`);
    expect(rowsOf('Ruimte inrichten')).toEqual(['Tussenevaluatie (terugkombijeenkomst) Bezig']);
    expect(rowsOf('Sleutel voor de jongerenwerkers')).toEqual(['Eindevaluatie Nog niet gestart']);
  });

  it('lets the invuller of that meeting fill it in, not another meeting', async () => {
    const invuller = s.members[2]!;
    const entry = { moment: 'terugkom', onderdeel: 'T3', bereikt: 2 };
    await expect(saveEvaluationEntry(deps, invuller, s.leerlijnId, entry)).rejects.toMatchObject({ code: 'not_invuller' });
    await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, { kind: 'terugkom', invullerUserId: invuller.userId });
    await saveEvaluationEntry(deps, invuller, s.leerlijnId, entry);
    await expect(saveEvaluationEntry(deps, invuller, s.leerlijnId, { ...entry, moment: 'eind' })).rejects.toMatchObject({
      code: 'not_invuller',
    });
  });

  it('refuses a past due date or a stranger as owner, and stores nothing', async () => {
    await expect(saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom', onderdeel: 'T3', bereikt: 4,
    })).rejects.toMatchObject({ fields: [{ field: 'bereikt', message: 'score' }] });
    await expect(saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom',
      onderdeel: 'T3',
      bereikt: 2,
      newActions: [
        { description: 'Te laat', ownerUserId: 'U001', dueDate: '2025-12-31' },
        { description: 'Onbekend', ownerUserId: 'U_NOBODY', dueDate: '2026-04-01' },
      ],
    })).rejects.toMatchObject({
      fields: [
        { field: 'newActions.0.dueDate', message: 'date_past' },
        { field: 'newActions.1.ownerUserId', message: 'not_in_team' },
      ],
    });
    const entries = await t.db.query(`select * from evaluation_entries`);
    const actions = await t.db.query(`select * from actions`);
    expect(entries.rows).toHaveLength(0);
    expect(actions.rows).toHaveLength(2);
  });
});
