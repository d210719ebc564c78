// A personal chat with the bot has no leerlijn of its own to take a language from. Its answers
// to someone's own things (their actions, what the bot keeps about them) are in the language they
// typed the command in where that says it (`my-actions`), otherwise in their leerlijnen's.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('the language of a personal chat, on %s', (platform) => {
  story(platform, 'a member of an English leerlijn is answered in English, whichever name of the command they type', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team, lang: 'en' });

    await s.commandPrivately(bram, 'mijn-acties');
    s.expectAnswered(bram, t('en', 'home.myActions'), t('en', 'home.noActions'));
    await s.commandPrivately(bram, 'my-data');
    s.expectAnswered(bram, t('en', 'myData.none'));
    await s.commandPrivately(bram, 'mijn-gegevens');
    s.expectAnswered(bram, t('en', 'myData.none'));
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('en', 'home.heading'));
  });

  story(platform, 'a member of a Dutch leerlijn who types the English name is answered in English', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team });

    await s.commandPrivately(bram, 'my-actions');
    s.expectAnswered(bram, t('en', 'home.myActions'), t('en', 'home.noActions'));
    await s.commandPrivately(bram, 'mijn-acties');
    s.expectAnswered(bram, t('nl', 'home.myActions'), t('nl', 'home.noActions'));
    await s.commandPrivately(bram, 'schedule');
    s.expectAnswered(bram, t('en', 'command.channelOnly', { command: 'schedule' }).split('`')[0]!);
  });

  // Taken off an English team, and on no other: the chat spoke English up to the notice that said so, and goes on in it.
  story(platform, 'someone taken off an English team is still answered in English', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team, lang: 'en' });
    await s.removeFromTeam(anna, bram);
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('en', 'home.heading'), t('en', 'home.empty'));
    s.expectNotAnswered(bram, t('nl', 'home.heading'));
  });

  // Stopped, an English leerlijn lists nowhere for a member who does not coordinate it: their chat spoke English up to
  // the stop, and goes on in it rather than in the server's language.
  story(platform, 'a member of a stopped English leerlijn is still answered in English', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team, lang: 'en' });
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('en', 'home.heading'), t('en', 'home.noneRunning'));
    s.expectNotAnswered(bram, t('nl', 'home.heading'));
  });
});

