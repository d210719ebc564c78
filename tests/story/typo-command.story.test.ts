// A mistyped command ("stauts", "planing") is answered with the command it was close to, written the
// platform's way (Slack `/leerlijn status`, Teams `@Leerlijn status`), before the help that always follows.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a mistyped command, on %s', (platform) => {
  story(platform, 'is asked after: did you mean …, with the help after it', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.command(bram, 'stauts');
    s.expectAnswered(bram, 'Dat commando ken ik niet', s.said('command.didYouMean', { command: 'status' }), s.commandText('planning'));
    await s.command(anna, 'planing');
    s.expectAnswered(anna, s.said('command.didYouMean', { command: 'planning' }));
    // 'hlp' is one edit from help and from hulp, both the help command: that is no reason to suggest nothing.
    await s.command(anna, 'hlp');
    s.expectAnswered(anna, s.said('command.didYouMean', { command: 'help' }));
    // A team change typed without `team` first: the command it belongs to, with the word typed.
    await s.command(anna, 'toevoegen');
    s.expectAnswered(anna, s.said('command.didYouMean', { command: 'team toevoegen' }));
    // As a phone writes a message's first word.
    await s.command(anna, 'Toevoegen');
    s.expectAnswered(anna, s.said('command.didYouMean', { command: 'team toevoegen' }));
    await s.command(anna, 'banaan');
    s.expectAnswered(anna, 'Dat commando ken ik niet');
    s.expectNotAnswered(anna, 'Bedoelde je');
    // The help is right there: not also told to ask for it.
    s.expectNotAnswered(anna, 'voor een overzicht');
  });

  story(platform, 'in English too', async (s) => {
    const { anna } = await startSmallTeam(s, { lang: 'en' });
    await s.command(anna, 'shcedule');
    s.expectAnswered(anna, 'I don’t know that command', s.said('command.didYouMean', { command: 'schedule' }));
    await s.command(anna, 'add');
    s.expectAnswered(anna, s.said('command.didYouMean', { command: 'team add' }));
  });
});
