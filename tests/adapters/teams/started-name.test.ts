// What a start posts in the channel names the person who started it as Teams gives their name:
// a name with Markdown in it shows as typed, not as bold, a link or a mention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeTeamsMarkdown } from '../../../src/adapters/teams/cards/common.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const NAME = '**Anna** [Test](https://evil.example)';
const anna: TeamsUser = { ...PEOPLE[0]!, name: NAME };
const bram = PEOPLE[1]!;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ roster: [anna, ...PEOPLE.slice(1)] });
});

afterAll(async () => {
  await h.close();
});

describe('the start message in a Teams channel', () => {
  it('names the starter with their Markdown escaped', async () => {
    await h.say(anna, 'start');
    const from = h.connector.activities.length;
    await h.submit(anna, {
      form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
      school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
    });
    const said = h.cardsSince(from).map(cardText).join('\n');
    expect(said).toContain(escapeTeamsMarkdown(NAME));
    expect(said).not.toContain(NAME);
  });
});
