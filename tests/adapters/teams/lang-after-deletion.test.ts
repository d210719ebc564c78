// After the retention term deleted an English team's leerlijn, nothing of it says which language
// the team spoke: deletion deletes. What Teams still says is the person's own language, on every
// activity (`locale`). A message in the channel, or in the personal chat, or a click on a card left
// on screen, is answered in that, rather than the deployment's default (Dutch here).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLeerlijn, stopLeerlijn } from '../../../src/app/leerlijn.js';
import { tick } from '../../../src/scheduler/tick.js';
import { ensureWorkspace, leerlijnById } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';
import { VERB } from '../../../src/adapters/teams/cards/score-controls.js';
import { CHANNEL, PEOPLE, TENANT, cardText, startHarness, type Harness } from './harness.js';

const TERM = 365;
const STOPPED_AT = new Date('2026-03-02T10:00:00Z');
/** The warning's 09:00 (CET), and 09:00 on the day it names. */
const WARN_AT = new Date('2027-02-17T08:00:00Z');
const DELETE_AT = new Date('2027-03-03T08:00:00Z');
const anna = PEOPLE[0]!;

let h: Harness;
let leerlijnId: string;

beforeEach(async () => {
  h = await startHarness();
  await h.say(anna, 'help'); // the bot learns how to reach the channel, as after install
  const deps = makeDeps(h.db.db);
  const coordinator = { workspaceId: await ensureWorkspace(h.db.db, 'teams', TENANT), userId: anna.aadObjectId! };
  const started = await startLeerlijn(deps, coordinator, {
    channelId: CHANNEL.id, kind: 'bestaand', schoolName: 'Het Baken College', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30', lang: 'en',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [anna.aadObjectId!],
    members: PEOPLE.slice(0, 3).map((p) => ({ userId: p.aadObjectId!, displayName: p.name })),
  });
  leerlijnId = started.leerlijn.id;
  deps.setNow(STOPPED_AT);
  await stopLeerlijn(deps, coordinator, leerlijnId, 'stopped');
  const pass = (at: Date) => tick({ db: h.db.db, messengers: { teams: h.teams.messenger }, retentionDays: TERM }, at);
  await pass(WARN_AT);
  await pass(DELETE_AT);
  expect(await leerlijnById(h.db.db, leerlijnId)).toBeNull();
});
afterEach(() => h.close());

describe('teams: after the retention term deleted an English leerlijn', () => {
  it('answers a command in its channel in the language the person uses Teams in', async () => {
    await h.say(anna, 'status', { ...h.inChannel(anna), locale: 'en-GB' });
    const answer = cardText(h.connector.lastCardIn(CHANNEL.id));
    expect(answer).toContain('There is no leerlijn in this channel yet');
  });

  it('answers a vote from a card still on screen, which names no language, in that language too', async () => {
    const staleVote = { roundId: '6f1c2a52-7d0e-4c39-9a3b-2f0f3c1e8b11', onderdeel: 'P1', score: 1 };
    expect(cardText(await h.invoke(anna, VERB.vote, staleVote, { ...h.inChannel(anna), locale: 'en-GB' }))).toContain('This leerlijn no longer exists');
    expect(cardText(await h.invoke(anna, VERB.vote, staleVote, { ...h.inChannel(anna), locale: 'nl-NL' }))).toContain('Deze leerlijn bestaat niet meer');
  });

  it('answers in the personal chat in that language too', async () => {
    const chat = h.inPersonal(anna);
    await h.say(anna, 'help', { ...chat, locale: 'en-US' });
    const answer = cardText(h.connector.lastCardIn(chat.conversation.id));
    expect(answer).not.toContain('Ik begeleid jullie team');
    expect(answer).toContain('in a personal chat');
  });
});
