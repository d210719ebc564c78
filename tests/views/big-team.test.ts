// A big team, as the bot allows it (200 members), with long names full of markup: every view
// that lists the people names each of them, within Slack's and Teams' limits, or says how many
// it leaves out and where the rest are. Names are user text: inert on both platforms.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTeam } from '../../src/adapters/slack/render/reply.js';
import { slackMarkup, toBlockKit } from '../../src/adapters/slack/render/doc.js';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { statusDoc } from '../../src/views/leerlijn.js';
import { chunkBlocks } from '../../src/adapters/slack/render/blocks.js';
import { renderReply as renderTeamsReply } from '../../src/adapters/teams/reply.js';
import type { LeerlijnView, MemberView } from '../../src/app/views.js';
import { blockKitViolations } from '../support/blockkit-limits.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../fakes/bot-connector/routes.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

/** The longest name a platform gives (100 characters), with markup in it and its number at the start. */
const longName = (i: number): string => `Lid ${i} · Marie-José “Mies” <b>&amp; *vet* _schuin_ \`code\` 🎉 van den Berg-de Vries`.padEnd(100, '.');

function bigTeam(n: number): LeerlijnView {
  const base = f.leerlijn.members[0]!;
  const members: MemberView[] = Array.from({ length: n }, (_, i) => ({ ...base, userId: `U${String(i).padStart(8, '0')}`, displayName: longName(i), isCoordinator: i === 0 }));
  return { ...f.leerlijn, members };
}

describe('the team of 200', () => {
  it('Slack: the team lists all 200, each message within Block Kit’s limits', () => {
    const l = bigTeam(200);
    const rendered = renderTeam(l, false);
    for (const blocks of chunkBlocks(rendered.blocks)) expect(blockKitViolations({ text: rendered.text, blocks }, 'message')).toEqual([]);
    const said = JSON.stringify(rendered.blocks);
    for (const m of l.members) expect(said).toContain(`<@${m.userId}>`);
  });

  it('Teams: the team card lists all 200 by name, under Teams’ size limit', () => {
    const l = bigTeam(200);
    const card = renderTeamsReply('nl', { type: 'team', leerlijn: l, canEdit: false }, new Map());
    expect(adaptiveCardProblems(card)).toEqual([]);
    const said = JSON.stringify(card);
    expect(said.length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    for (let i = 0; i < 200; i++) expect(said).toContain(`Lid ${i} `);
  });

  it('the status, which shows the team too, names all 200 on both platforms, within their limits', () => {
    const status = { ...f.status, leerlijn: bigTeam(200) };
    const slack = toBlockKit(statusDoc(slackMarkup, status));
    for (const blocks of chunkBlocks(slack.blocks)) expect(blockKitViolations({ text: slack.text, blocks }, 'message')).toEqual([]);
    expect(JSON.stringify(slack.blocks)).toContain('<@U00000199>');
    const card = toAdaptiveCard(statusDoc(teamsMarkup(status.leerlijn.members), status));
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    expect(JSON.stringify(card)).toContain('Lid 199 ');
  });
});
