// Slack's way of writing text in a neutral view: mrkdwn, user text escaped, people as mentions.
import type { Icon, Markup } from '../../../views/markup.js';
import { t } from '../../../i18n/index.js';
import { safeText, userMention } from '../mrkdwn.js';

const ICONS: Record<Icon, string> = { check: ':white_check_mark:', warning: ':warning:', alarm: ':alarm_clock:', calendar: ':calendar:' };

export const slackMarkup: Markup = {
  t,
  commands: (value) => value,
  bold: (value) => `*${value}*`,
  italic: (value) => `_${value}_`,
  user: safeText,
  person: (_lang, userId) => userMention(userId),
  icon: (name) => ICONS[name],
  link: (label, url) => `<${url}|${label}>`,
};
