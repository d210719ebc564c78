// A refused form names every problem at once: those of fields that did not parse (left empty,
// not one of the choices) together with those the checks after the parse find in the fields that
// did (a past date, an owner not on the team, someone without a side). A check that needs a
// field that did not parse is left out for that field only, and nothing is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import { ValidationError } from '../../src/app/errors.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { assignMeetingRoles, rescheduleMeeting } from '../../src/app/meetings.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, makeTeam, startFixture, type Started } from '../support/fixtures.js';

/** The problems a refusal names, as `field:message`, in order. */
async function problemsOf(work: Promise<unknown>): Promise<string[]> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields.map((f) => `${f.field}:${f.message}`);
}

describe.each(backends())('a refused form names all its problems at once, on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Started;
  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await startFixture(deps, { members: 3 });
  });
  afterEach(() => t.drop());

  it('the start form: an empty school name, someone without a side, a past date and a coordinator not named', async () => {
    const members = makeTeam(3).map((m, i) => (i === 2 ? { ...m, side: null } : m));
    const refused = startFixture(deps, { channelId: 'C_OTHER', overrides: { schoolName: '', startDate: '2026-01-05', coordinators: ['U_NOBODY'], members, sidesAsked: true } });
    expect(await problemsOf(refused)).toEqual(['schoolName:required', 'members:side_everyone', 'startDate:date_past', 'coordinators:coordinator_not_in_team']);
    expect((await t.db.query(`select * from leerlijnen where channel_id = 'C_OTHER'`)).rowCount).toBe(0);
  });

  it('the start form: a date not written as one is not also said to be past', async () => {
    const refused = startFixture(deps, { channelId: 'C_OTHER', overrides: { schoolName: '', startDate: '5 januari' } });
    expect(await problemsOf(refused)).toEqual(['schoolName:required', 'startDate:date']);
  });

  it('the start form: a past date is said with an empty or wrong time, not one send later', async () => {
    const empty = startFixture(deps, { channelId: 'C_OTHER', overrides: { startDate: '2026-01-05', startTime: '' } });
    expect(await problemsOf(empty)).toEqual(['startTime:required', 'startDate:date_past']);
    const wrong = startFixture(deps, { channelId: 'C_OTHER', overrides: { startDate: '2026-01-05', startTime: '3 uur' } });
    expect(await problemsOf(wrong)).toEqual(['startTime:time', 'startDate:date_past']);
  });

  it('the actieplan: an action without an owner, due before today, and one whose owner is not on the team', async () => {
    const refused = savePlanItem(deps, s.coordinator, s.leerlijnId, {
      onderdeel: 'P1',
      watKanBeter: 'We weten niet wat de ander doet',
      gewensteEindsituatie: 'Samen de stand opmaken',
      actions: [
        { description: 'Terugblik plannen', ownerUserId: '', dueDate: '2026-01-10' },
        { description: 'Maandoverleg', ownerUserId: 'U_NOBODY', dueDate: '' },
      ],
    });
    expect(await problemsOf(refused)).toEqual(['actions.0.ownerUserId:required', 'actions.1.dueDate:required', 'actions.0.dueDate:date_past', 'actions.1.ownerUserId:not_in_team']);
    expect((await t.db.query('select * from actions')).rowCount).toBe(0);
  });

  it('the actieplan: an empty text and no action for an onderdeel without one', async () => {
    const refused = savePlanItem(deps, s.coordinator, s.leerlijnId, { onderdeel: 'P1', watKanBeter: '', gewensteEindsituatie: 'Samen de stand opmaken', actions: [] });
    expect(await problemsOf(refused)).toEqual(['watKanBeter:required', 'actions:actions_required']);
  });

  it('the evaluation: a score not on the scale and a new action due before today', async () => {
    const refused = saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, {
      moment: 'terugkom',
      onderdeel: 'P1',
      bereikt: 4,
      newActions: [{ description: 'Te laat', ownerUserId: s.members[1]!.userId, dueDate: '2025-12-31' }],
    });
    expect(await problemsOf(refused)).toEqual(['bereikt:score', 'newActions.0.dueDate:date_past']);
  });

  it('the move form: no meeting chosen and a past date; a time written wrong is not also asked for', async () => {
    expect(await problemsOf(rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: '', date: '2026-01-05', time: '15:30' }))).toEqual(['kind:meeting', 'date:date_past']);
    expect(await problemsOf(rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: '', date: '2099-01-05', time: '3 uur' }))).toEqual(['kind:meeting', 'time:time']);
  });

  it('the move form: a past date is said with an empty or wrong time, not one send later', async () => {
    expect(await problemsOf(rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-01-05', time: '' }))).toEqual(['time:required', 'date:date_past']);
    expect(await problemsOf(rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: '', date: '2026-01-05', time: '3 uur' }))).toEqual(['kind:meeting', 'time:time', 'date:date_past']);
  });

  it('input that is not an object is refused as invalid input, not a crash', async () => {
    const { coordinator, leerlijnId } = s;
    expect(await problemsOf(saveEvaluationEntry(deps, coordinator, leerlijnId, null))).toEqual(['input:invalid']);
    expect(await problemsOf(savePlanItem(deps, coordinator, leerlijnId, 'x'))).toEqual(['input:invalid']);
    expect(await problemsOf(rescheduleMeeting(deps, coordinator, leerlijnId, undefined))).toEqual(['input:invalid']);
    expect(await problemsOf(startLeerlijn(deps, coordinator, null))).toEqual(['input:invalid']);
  });

  it('the roles form for all meetings: everyone not on the team, in whichever meeting', async () => {
    const refused = assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
      { kind: 'signalering', notulistUserId: 'U_NOBODY', invullerUserId: s.members[1]!.userId },
      { kind: 'actieplan', notulistUserId: s.members[1]!.userId, invullerUserId: 'U_GONE' },
    ]);
    expect(await problemsOf(refused)).toEqual(['0.notulistUserId:not_in_team', '1.invullerUserId:not_in_team']);
  });
});
