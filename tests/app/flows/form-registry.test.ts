// The form registry (src/app/flows/form-registry.ts): every name a submit or a button carried
// finds one form, old input ids land on today's fields, and a button's value reads in order.
import { describe, expect, it } from 'vitest';
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import { FORMS, formRequest, oldInputs, openedForm, partsOf, submittedForm, formSpec } from '../../../src/app/flows/form-registry.js';

const LEERLIJN = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';

describe('the form registry', () => {
  it('gives every submit name and every opening button exactly one form', () => {
    const submits = FORMS.flatMap((f) => [f.id, ...f.aliases]);
    const openers = FORMS.flatMap((f) => f.openers);
    expect(new Set(submits).size).toBe(submits.length);
    expect(new Set(openers).size).toBe(openers.length);
    expect(submittedForm('meeting_reminders')?.id).toBe('reminders');
    expect(submittedForm('plan_item')?.id).toBe('plan');
    expect(submittedForm('eval_item')?.id).toBe('evaluation');
    expect(openedForm('eval_open')?.id).toBe('evaluation');
    expect(submittedForm('start')).toBeUndefined();
  });

  it('reads the old input ids as the fields they are now', () => {
    // Slack's `notulist_<kind>` and Teams' `location.<kind>`; today's ids are not renamed.
    expect([...oldInputs(formSpec('roles'), ['notulist_terugkom', 'location.eindevaluatie', '0.location', 'notulist_nope'])]).toEqual([
      ['notulist_terugkom', `${ALL_MEETING_KINDS.indexOf('terugkom')}.notulistUserId`],
      ['location.eindevaluatie', `${ALL_MEETING_KINDS.indexOf('eindevaluatie')}.location`],
    ]);
    expect([...oldInputs(formSpec('plan'), ['a1_owner', 'watKanBeter'])]).toEqual([['a1_owner', 'actions.1.ownerUserId']]);
    expect([...oldInputs(formSpec('evaluation'), ['a0_due'])]).toEqual([['a0_due', 'newActions.0.dueDate']]);
  });

  it("reads a Slack button's value in the form's order, and refuses one it did not draw", () => {
    const evaluation = formSpec('evaluation');
    expect(formRequest(evaluation, partsOf(evaluation, `${LEERLIJN}|eind|A1`))).toEqual({ leerlijnId: LEERLIJN, moment: 'eind', onderdeel: 'A1' });
    expect(formRequest(evaluation, partsOf(evaluation, `${LEERLIJN}|later|A1`))).toBeNull();
    const move = formSpec('move');
    expect(formRequest(move, partsOf(move, `${LEERLIJN}|terugkom`))).toEqual({ leerlijnId: LEERLIJN, kind: 'terugkom' });
  });
});
