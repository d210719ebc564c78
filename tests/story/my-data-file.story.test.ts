// `mijn-gegevens` is the right to one's own data (AVG/GDPR): besides the lines, the person gets a
// file to keep, privately (Slack: in their DM; Teams: offered in their 1:1 chat), with their own
// votes and nobody else's (its notes and status notes: my-data-status-notes.test.ts). A Teams offer is the person's alone: someone
// else sending its accept (ids in a card are forgeable) gets nothing uploaded.
import { unzipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

/** The JSON in the file: what the bot keeps of the person, for machines (the CSV beside it holds the same). */
function mine(bytes: Buffer): { votes: Array<{ onderdeel: string; score: number }> } {
  const entries = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(entries).some((n) => n.endsWith('.csv'))).toBe(true);
  const json = Object.entries(entries).find(([n]) => n.endsWith('.json'))!;
  return JSON.parse(Buffer.from(json[1]).toString('utf8')) as { votes: Array<{ onderdeel: string; score: number }> };
}

describe.each(PLATFORMS)('mijn-gegevens as a file, on %s', (platform) => {
  story(platform, 'the person gets their own votes as a file, privately, and nobody else’s', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s);
    await s.openRound(anna, 1);
    await s.vote(bram, 'P1', 3);
    await s.vote(chen, 'P2', 1);
    s.d.newInChannel();
    await s.commandPrivately(bram, 'mijn-gegevens');
    // Called as the other texts call the chat with the bot (exportInChat, myData.inChannel).
    s.expectAnswered(bram, 'Dit bewaar ik van jou', t('nl', 'myData.filePrivately'), 'in je persoonlijke chat met Leerlijn');
    const file = await s.d.privateFile(bram);
    expect(file?.name, platform).toMatch(/^leerlijn-de-horizon-\d{4}-\d{2}-\d{2}-.+\.zip$/);
    const data = mine(file!.bytes);
    expect(data.votes.map((v) => `${v.onderdeel} ${v.score}`), platform).toEqual(['P1 3']);
    // Nothing of it in the team's channel, and nothing offered to anyone else.
    expect(s.d.newInChannel(), platform).not.toContain(file!.name);
    expect(await s.d.privateFile(chen), platform).toBeNull();
  });

  story(platform, 'someone else cannot take the file offered to the person', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s);
    await s.openRound(anna, 1);
    await s.vote(bram, 'P1', 3);
    await s.commandPrivately(bram, 'mijn-gegevens');
    // Slack puts the file in Bram's DM: nobody else has anything to accept.
    if (platform !== 'teams') return;
    expect(await s.d.privateFile(bram, chen), 'chen accepting bram’s card').toBeNull();
    expect(s.d.privateChat(chen)).toContain('Dit bestand is voor iemand anders.');
    const file = await s.d.privateFile(bram);
    expect(mine(file!.bytes).votes.map((v) => v.score)).toEqual([3]);
  });

  story(platform, 'nothing kept: no file', async (s) => {
    const { bram } = await startSmallTeam(s);
    await s.commandPrivately(bram, 'mijn-gegevens');
    s.expectAnswered(bram, t('nl', 'myData.none'));
    expect(await s.d.privateFile(bram)).toBeNull();
  });

  story(platform, 'in English the lines say so too', async (s) => {
    const { anna, bram } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna, 1);
    await s.vote(bram, 'P1', 3);
    await s.commandPrivately(bram, 'my-data');
    s.expectAnswered(bram, t('en', 'myData.filePrivately'), 'in your personal chat with Leerlijn');
    expect(await s.d.privateFile(bram)).not.toBeNull();
  });
});
