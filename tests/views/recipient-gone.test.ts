// Someone the bot can no longer reach (their account is gone) is named to the coordinators left,
// escaped like any name the platform gave, with what to do written as each platform types it.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import type { LeerlijnView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import type { Lang } from '../../src/domain/instrument.js';
import { noticeDoc } from '../../src/views/notices.js';

const leerlijn = (lang: Lang): LeerlijnView => ({
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang, startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [], members: [], teamWarnings: [],
});

/** What the notice says in Slack and in Teams. */
function said(lang: Lang, name: string, inChannel: boolean): { slack: string; teams: string } {
  const n: Notice = { type: 'recipient_gone', leerlijn: leerlijn(lang), userId: 'U1', name, inChannel };
  return { slack: noticeDoc(slackMarkup, n).fallback, teams: noticeDoc(teamsMarkup([]), n).fallback };
}

describe('the notice about someone the bot can no longer reach', () => {
  it('names them, says what the bot stops doing and how to take them out of the team, per platform', () => {
    const { slack, teams } = said('nl', 'Anna de Vries', false);
    expect(slack).toBe(
      'De bot kan Anna de Vries niet meer bereiken: het account bestaat niet meer, is uitgeschakeld of neemt geen berichten van de bot aan. Tot het team verandert, stuurt de bot geen berichten meer naar dit account, zoals herinneringen. Doet Anna de Vries niet meer mee? Haal Anna de Vries dan uit het team met `/leerlijn team`; was Anna de Vries coördinator, kies dan zo nodig een ander.',
    );
    expect(teams).toContain('Haal Anna de Vries dan uit het team met **@Leerlijn team**');
    // An action owner who is not a coordinator never got a weekly overview: the examples fit anyone.
    expect(said('en', 'Anna de Vries', false).slack).toContain('Until the team changes, the bot sends them no more messages, such as reminders.');
    expect(said('en', 'Anna de Vries', false).slack).toContain('Is Anna de Vries no longer taking part? Then take them out of the team with `/leerlijn team`');
  });

  it('in the channel, when no coordinator is left, says why it is there', () => {
    const { slack } = said('nl', 'Anna de Vries', true);
    expect(slack).toContain('Er is geen coördinator meer die de bot bereikt, daarom staat dit hier');
  });

  it('shows a name as written, never as a mention or markup', () => {
    const { slack, teams } = said('nl', '<!channel> *Anna*', false);
    expect(slack).not.toContain('<!channel>');
    expect(slack).toContain('&lt;!channel&gt;');
    expect(teams).not.toContain('*Anna*');
  });
});
