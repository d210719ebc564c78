// The notice a coordinator gets when one of the bot's own messages could not be sent: it names
// the message as the planning form does ("korte herinnering", however many days before it goes)
// and counts the attempts as Dutch and English do ("na 1 poging", "na 3 pogingen").
import { describe, expect, it } from 'vitest';
import { jobFailedText } from '../../src/i18n/phrases.js';

describe('the job-failed notice text', () => {
  it('calls the short reminder what the planning form calls it, not "een dag voor"', () => {
    expect(jobFailedText('nl', 'meeting_day_before', 3)).toContain('Een korte herinnering voor een bijeenkomst kon');
    expect(jobFailedText('en', 'meeting_day_before', 3)).toContain('A short reminder before a meeting could');
  });

  it('counts one attempt and many', () => {
    expect(jobFailedText('nl', 'meeting_invite', 1)).toContain('kon na 1 poging niet worden verstuurd');
    expect(jobFailedText('nl', 'meeting_invite', 5)).toContain('kon na 5 pogingen niet worden verstuurd');
    expect(jobFailedText('en', 'meeting_invite', 1)).toContain('could not be sent after 1 attempt.');
    expect(jobFailedText('en', 'meeting_invite', 5)).toContain('could not be sent after 5 attempts.');
  });

  it('says of one given up after a day of being asked to wait that the platform kept asking it, not to check the channel', () => {
    expect(jobFailedText('nl', 'meeting_invite', 1, { throttled: true })).toContain('Een uitnodiging voor een bijeenkomst is niet verstuurd: het platform vroeg de bot een dag lang steeds te wachten');
    expect(jobFailedText('en', 'meeting_invite', 1, { throttled: true })).toContain('A meeting invitation was not sent: the platform kept asking the bot to wait for a whole day');
    expect(jobFailedText('nl', 'meeting_invite', 1, { throttled: true })).not.toContain('lid is van het kanaal');
  });

  it('says of a private message (an owner\'s reminder, a digest) that it did not get through, not to check the channel', () => {
    expect(jobFailedText('nl', 'action_due', 5, { privately: true })).toContain('Een herinnering over een actie kon na 5 pogingen niet worden verstuurd: het privébericht kwam niet aan.');
    expect(jobFailedText('en', 'digest', 1, { privately: true })).toContain('could not be sent after 1 attempt: the private message did not get through.');
    expect(jobFailedText('nl', 'digest', 1, { privately: true })).not.toContain('lid is van het kanaal');
    expect(jobFailedText('en', 'digest', 1, { privately: true })).not.toContain('member of the channel');
  });
});
