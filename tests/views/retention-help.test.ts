// The help's `stop` line under a retention term: the scheduler deletes at 09:00 once the term has
// passed, and later when its warning came late, so the line promises no exact "at most": it says
// the bot deletes it itself after the term, and that the stop names the day.
import { describe, expect, it } from 'vitest';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { helpDoc } from '../../src/views/reply.js';

describe('the help line of stop under a retention term', () => {
  it('says the data is deleted by the bot itself after the term, and that stopping names the day', () => {
    const nl = JSON.stringify(helpDoc(slackMarkup, 'nl', { keptDays: 365 }));
    expect(nl).toContain('de gegevens blijven tot je ze verwijdert, of tot ik ze na 365 dagen zelf verwijder; de dag hoor je bij het stoppen');
    expect(nl).not.toContain('uiterlijk 365 dagen');
    const en = JSON.stringify(helpDoc(slackMarkup, 'en', { keptDays: 365 }));
    expect(en).toContain('its data stays until you delete it, or until it is deleted automatically after 365 days; stopping tells you the day');
  });
});
