import { describe, expect, it } from 'vitest';
import { remindersForm } from '../../src/views/planning-forms.js';

const SETTINGS = { inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false };
const introOf = (lang: 'nl' | 'en'): string => JSON.stringify(remindersForm(lang, 'l1', SETTINGS).intro);

describe('the reminders form', () => {
  it('writes the hour the messages go out as the invitations write times: Dutch 9.00 uur, not 09:00 uur', () => {
    expect(introOf('nl')).toContain('om 9.00 uur');
    expect(introOf('nl')).not.toContain('09:00');
    expect(introOf('en')).toContain('at 09:00');
  });
});
