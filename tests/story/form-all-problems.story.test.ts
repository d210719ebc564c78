// A refused form names every problem it has at once, each beside its input: a tester fixed the
// one problem the start form named (someone without a side), sent it again and only then heard
// that its date was past; the actieplan and the move form did the same. Problems found while
// reading the form (a field left empty) and those found after (a past date) now come together.
import { describe, expect } from 'vitest';
import { tField } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a refused form names all its problems at once, on %s', (platform) => {
  story(platform, 'the start form: someone without a side and a past date', async (s) => {
    const anna = s.coordinator('anna');
    // Anna is the coordinator but on neither side; the first meeting's date has passed.
    await s.start({ by: anna, school: 'Het Baken', members: [s.person('bram'), s.person('chen')], startDate: '2026-01-05' });
    // Each beside its input, where both platforms place it: the sides at the managers' input, the date at the date.
    expect(s.d.formProblems(anna), platform).toEqual({
      managers: tField('nl', { message: 'side_everyone', params: { names: s.name(anna) } }),
      startDate: tField('nl', { message: 'date_past' }),
    });
  });

  story(platform, 'the actieplan: an empty field and a past due date', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    const late = { description: 'Terugblik plannen', owner: bram, due: '2026-01-10' };
    await s.addPlanItem(anna, { onderdeel: 'P1', watKanBeter: '', gewensteEindsituatie: 'Samen de stand opmaken', actions: [late] });
    expect(s.d.formProblems(anna), platform).toEqual({
      watKanBeter: tField('nl', { message: 'required' }),
      'actions.0.dueDate': tField('nl', { message: 'date_past' }),
    });
  });

  story(platform, 'the move form: no meeting chosen and a past date', async (s) => {
    const { anna } = await startSmallTeam(s);
    await sendMoveForm(s, anna, { kind: '', date: '2026-01-05', time: '15:30' });
    expect(s.d.formProblems(anna), platform).toEqual({ kind: 'Kies een bijeenkomst.', date: tField('nl', { message: 'date_past' }) });
  });
});
