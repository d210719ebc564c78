// Commands typed in a group chat rather than a team's channel. A Slack group DM takes no app: a
// leerlijn started there could never post in it, so `start` (and any command of the channel) is
// refused at once, saying where a leerlijn runs. A Teams group chat is a place a leerlijn runs, as a
// channel is; what it refuses there speaks of this chat, not of a channel.
import { describe } from 'vitest';
import type { MessageKey } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

const NO_BOT_HERE: MessageKey = 'command.groupChatWithoutBot';
const NONE_IN_CHAT: MessageKey = 'errorInChat.no_leerlijn';

describe.each(PLATFORMS)('commands in a group chat, on %s', (platform) => {
  story(platform, 'a start is refused where the bot cannot be; a refusal speaks of the chat', async (s) => {
    const anna = s.person('anna');
    await s.d.commandInGroupChat(anna, 'start');
    if (s.platform === 'slack') {
      s.expectAnswered(anna, s.said(NO_BOT_HERE));
      s.expectNotAnswered(anna, s.said('start.title'));
      await s.d.commandInGroupChat(anna, 'planning');
      s.expectAnswered(anna, s.said(NO_BOT_HERE));
      s.expectNotAnswered(anna, s.said('error.no_leerlijn'));
      return;
    }
    s.expectAnswered(anna, s.said('start.title'));
    s.expectNotAnswered(anna, s.said(NO_BOT_HERE));
    await s.d.commandInGroupChat(anna, 'planning');
    s.expectAnswered(anna, s.said(NONE_IN_CHAT));
    s.expectNotAnswered(anna, s.said('error.no_leerlijn'));
  });
});
