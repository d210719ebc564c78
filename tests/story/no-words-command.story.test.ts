// A command that takes no words after its name ("stop xyz", "status foo") refuses them as scores and
// planning refuse a word they do not know, said back as typed, rather than ignoring them and running:
// `stop xyz` and `delete xyz` opened their confirmation. Commands that read their words keep reading them.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a command that takes no words, typed with some, on %s', (platform) => {
  story(platform, 'is refused with the words as typed, and opens nothing', async (s) => {
    const { anna, bram } = await startSmallTeam(s, { lang: 'en' });
    for (const typed of ['stop xyz', 'delete xyz', 'export foo', 'status foo', 'plan x', 'actions x', 'compare x', 'close x', 'my-data x', 'my data x', 'start x']) {
      await s.command(anna, typed);
      s.expectAnswered(anna, s.said('command.unknownArgs', { command: typed.replace('my data', 'my-data') }));
      s.expectNotAnswered(anna, 'Stopping cannot be undone.', t('en', 'export.confirmWarning'));
    }
    await s.command(bram, 'status foo');
    s.expectAnswered(bram, s.said('command.unknownArgs', { command: 'status foo' }));
  });

  story(platform, 'the words a command does read still work', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'wat nu?');
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
    await s.command(anna, 'Wat nu ?');
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
    await s.command(anna, 'help stop');
    s.expectNotAnswered(anna, 'Dat commando ken ik niet');
    await s.command(anna, 'stop');
    s.expectAnswered(anna, 'Stoppen kun je niet terugdraaien.');
  });
});
