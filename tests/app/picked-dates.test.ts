// A date a person picks is refused beside its field when it is no day or lies outside this
// century, on every form that takes one: not an internal error from the planning that follows.
// Left empty, a date or time is asked for ("Vul dit veld in."), not said to be written wrong.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/app/errors.js';
import { savePlanItem } from '../../src/app/actions.js';
import { rescheduleMeeting } from '../../src/app/meetings.js';
import { backends } from '../support/db.js';
import { startFixture, useStartedLeerlijn } from '../support/fixtures.js';

const fieldsOf = (error: unknown): unknown => (error instanceof ValidationError ? error.fields : error);

describe.each(backends())('picked dates on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  it.each([
    ['9999-12-31', 'date_range'],
    ['1999-12-31', 'date_range'],
    ['2026-02-31', 'date'],
    ['', 'required'],
    ['  ', 'required'],
  ])('a start on "%s" is refused beside the start date, once (%s)', async (startDate, message) => {
    const refused = await startFixture(env.deps, { channelId: 'C_OTHER', overrides: { startDate } }).catch((e: unknown) => e);
    expect(fieldsOf(refused)).toEqual([{ field: 'startDate', message }]);
  });

  it.each([
    ['', 'required'],
    ['9:5', 'time'],
    ['24:00', 'time'],
  ])('a start at "%s" is refused beside the start time (%s)', async (startTime, message) => {
    const refused = await startFixture(env.deps, { channelId: 'C_OTHER', overrides: { startTime } }).catch((e: unknown) => e);
    expect(fieldsOf(refused)).toEqual([{ field: 'startTime', message }]);
  });

  it('an action due late in 9999, or a meeting moved there, is refused beside its date', async () => {
    const { s, deps } = env;
    const item = { onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y', actions: [{ description: 'd', ownerUserId: s.coordinator.userId, dueDate: '9999-12-20' }] };
    expect(fieldsOf(await savePlanItem(deps, s.coordinator, s.leerlijnId, item).catch((e: unknown) => e))).toEqual([{ field: 'actions.0.dueDate', message: 'date_range' }]);
    const move = { kind: 'eindevaluatie', date: '9999-12-31', time: '15:30' };
    expect(fieldsOf(await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, move).catch((e: unknown) => e))).toEqual([{ field: 'date', message: 'date_range' }]);
  });
});
