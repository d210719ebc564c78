// The form registry (src/app/flows/form-registry.ts): every name a submit or a button carried
// finds one form, old input ids land on today's fields, and a button's value reads in order.
import { describe, expect, it } from 'vitest';
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';
import { FORMS, formRequest, openedForm, renamedInputs, partsOf, submittedForm, formSpec } from '../../../src/app/flows/form-registry.js';

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
    const sent = (inputs: string[]) => Object.fromEntries(inputs.map((input) => [input, `v:${input}`]));
    const roles = renamedInputs(formSpec('roles'), sent(['notulist_terugkom', 'location.eindevaluatie', '0.location', 'notulist_nope']));
    expect(roles.byField).toEqual({
      ...sent(['notulist_terugkom', 'location.eindevaluatie', '0.location', 'notulist_nope']),
      [`${ALL_MEETING_KINDS.indexOf('terugkom')}.notulistUserId`]: 'v:notulist_terugkom',
      [`${ALL_MEETING_KINDS.indexOf('eindevaluatie')}.location`]: 'v:location.eindevaluatie',
    });
    expect(roles.inputOf(`${ALL_MEETING_KINDS.indexOf('terugkom')}.notulistUserId`)).toBe('notulist_terugkom');
    expect(roles.inputOf('0.location')).toBe('0.location');
    expect(renamedInputs(formSpec('plan'), sent(['a1_owner', 'watKanBeter'])).byField).toEqual({ ...sent(['a1_owner', 'watKanBeter']), 'actions.1.ownerUserId': 'v:a1_owner' });
    expect(renamedInputs(formSpec('evaluation'), sent(['a0_due'])).inputOf('newActions.0.dueDate')).toBe('a0_due');
  });

  it("reads a Slack button's value in the form's order, and refuses one it did not draw", () => {
    const evaluation = formSpec('evaluation');
    expect(formRequest(evaluation, partsOf(evaluation, `${LEERLIJN}|eind|A1`))).toEqual({ leerlijnId: LEERLIJN, moment: 'eind', onderdeel: 'A1' });
    expect(formRequest(evaluation, partsOf(evaluation, `${LEERLIJN}|later|A1`))).toBeNull();
    const move = formSpec('move');
    expect(formRequest(move, partsOf(move, `${LEERLIJN}|terugkom`))).toEqual({ leerlijnId: LEERLIJN, kind: 'terugkom' });
  });
});
