// Where a refused form's problems stand: beside the input each field is shown in, in the form's language.
import { describe, expect, it } from 'vitest';
import { problemsByInput } from '../../src/views/form.js';
import { tField } from '../../src/i18n/index.js';

describe('a refused form’s problems by input', () => {
  const required = { field: 'schoolName', message: 'required' };
  const invalid = { field: 'members', message: 'invalid' };

  it('puts each problem beside its field’s input, in the form’s language', () => {
    const byInput = problemsByInput('en', [required], (field) => field);
    expect([...byInput]).toEqual([['schoolName', tField('en', required)]]);
    expect(tField('en', required)).not.toBe(tField('nl', required));
  });

  it('says every problem of an input that stands for several fields, one after the other', () => {
    const byInput = problemsByInput('nl', [required, invalid], () => 'managers');
    expect(byInput.get('managers')).toBe(`${tField('nl', required)} ${tField('nl', invalid)}`);
    expect(byInput.size).toBe(1);
  });
});
