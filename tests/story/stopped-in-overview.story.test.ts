// A coordinator whose only leerlijn was stopped asks for her overview in the private chat. She
// is not told she is on no leerlijn and should ask the coordinator (she is that coordinator):
// she reads her stopped leerlijn, the day it stopped, the day its data goes, and that export
// and delete are done in its channel. Someone else on the team still reads the short "none", not
// that they should ask the coordinator to add them: they are on that team.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a stopped leerlijn in its coordinator\'s overview, on %s', (platform) => {
  story(platform, 'the coordinator reads when it stopped, until when its data is kept, and where to export or delete it', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();

    await s.commandPrivately(anna, 'status');
    s.expectAnswered(anna, 'De Horizon · JoU', s.said('home.ended', { status: s.said('status.stopped'), when: 'donderdag 15 januari 2026' }, 'private'),
      s.said('home.endedKept', { date: 'maandag 18 januari 2027' }, 'private'));
    s.expectNotAnswered(anna, 'Vraag dan de coördinator');

    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, s.said('home.noneRunning', {}, 'private'));
    s.expectNotAnswered(bram, 'De Horizon · JoU', 'Vraag dan de coördinator');
  });
});
