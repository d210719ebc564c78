// `schedule roles <meeting>` in an English leerlijn: the meeting named in English (its name, with or without
// "meeting", or the word `scores` and `evaluation` take for its round or list) opens that meeting's roles form,
// as the Dutch code does. Only the Dutch codes were understood; the rest was "not a command I know".
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the roles of a meeting named in English, on %s', (platform) => {
  story(platform, '`schedule roles final`, `action plan` and `follow-up meeting` open that meeting’s roles form', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s, { lang: 'en' });

    await s.command(anna, 'schedule roles final');
    s.expectAnswered(anna, t('en', 'meeting.eindevaluatie'), t('en', 'timeline.notulist'));
    s.expectNotAnswered(anna, t('en', 'meeting.signalering'), t('en', 'meeting.actieplan'));
    await s.fillRoles(anna, 'eindevaluatie', bram, chen);

    await s.command(anna, 'schedule roles action plan');
    s.expectAnswered(anna, t('en', 'meeting.actieplan'), t('en', 'timeline.notulist'));
    s.expectNotAnswered(anna, t('en', 'meeting.signalering'), t('en', 'meeting.eindevaluatie'));

    await s.command(anna, 'schedule roles Follow-up meeting');
    s.expectAnswered(anna, t('en', 'meeting.terugkom'), t('en', 'timeline.notulist'));
    s.expectNotAnswered(anna, t('en', 'meeting.signalering'), t('en', 'meeting.actieplan'));

    await s.command(anna, 'schedule');
    s.expectAnswered(anna, s.name(bram), s.name(chen));
  });

  story(platform, 'a word that names no meeting is still said back as not understood', async (s) => {
    const { anna } = await startSmallTeam(s, { lang: 'en' });
    await s.command(anna, 'schedule roles lunch');
    s.expectAnswered(anna, 'schedule roles lunch');
    s.expectNotAnswered(anna, t('en', 'timeline.notulist'));
  });
});
