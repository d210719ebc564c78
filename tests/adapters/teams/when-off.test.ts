// What Teams users meet when something is off: the words for each score round, a round whose
// cards could not all be posted, a second `scores`, and personal chats that cannot be opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app/errors.js';
import { changeTeam } from '../../../src/app/leerlijn.js';
import { errorCard } from '../../../src/adapters/teams/cards/common.js';
import { tError } from '../../../src/i18n/index.js';
import { CHANNEL, cardText, lastAnswerIn, PEOPLE, startHarness, type Harness, startHetBaken } from './harness.js';

let h: Harness;
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
// Opening a personal chat with someone (every attempt our retry makes).
const NO_CHAT = { match: /^\/v3\/conversations$/, fault: { status: 412 as const, times: 4 } };
const lastText = (): string => cardText(lastAnswerIn(h.connector, CHANNEL.id));
const count = async (sql: string): Promise<number> => (await h.db.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`)).rows[0]!.n;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
});
afterAll(async () => {
  await h.close();
});

describe('`scores` in Teams', () => {
  it('`scores eind` means week 17, which waits until week 1 is agreed', async () => {
    await h.say(anna, 'scores eind');
    // Teams shows the refusal with its own command words (`@Leerlijn scores`), so compare a sentence.
    expect(lastText()).toContain('De tweede stemronde (week 17) gaat pas open');
    expect(lastText()).toContain('Week 1 heeft nog geen afgesproken scores.');
    expect(await count('score_rounds')).toBe(0);
  });

  it('`evaluatie eind`: the coordinator gets the reason week 17 waits, without the list; a member who does not fill it in is told who does', async () => {
    const before = h.connector.activities.length;
    await h.say(anna, 'evaluatie eind');
    const cards = h.cardsSince(before).map(cardText);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('De tweede stemronde (week 17) gaat pas open');
    expect(await count('score_rounds')).toBe(0);
    await h.say(bram, 'evaluatie eind');
    expect(lastText()).toContain(tError('nl', 'not_invuller', { kind: 'eindevaluatie' }).split('.')[0]!);
  });

  it('completes a round whose cards could not be posted, and then points at them instead of posting again', async () => {
    h.connector.failNext('POST', { status: 412, times: 4 }); // every attempt at the first card
    await h.say(anna, 'scores');
    expect(await count('score_rounds')).toBe(1);
    // Told what to do, not just that something went wrong.
    expect(lastText()).toContain('Teams nam niet alle kaarten aan');
    expect(lastText()).toContain('@Leerlijn scores');
    expect(lastText()).not.toContain(tError('nl', 'internal'));
    expect(await count(`posted_messages where key like 'card:%' or key like 'result:%'`)).toBe(0);

    await h.say(anna, 'scores');
    expect(await count(`posted_messages where key like 'card:%'`)).toBe(10);
    expect(await count(`posted_messages where key like 'result:%'`)).toBe(1);

    const before = h.connector.activities.length;
    await h.say(anna, 'scores');
    expect(h.cardsSince(before)).toHaveLength(1);
    expect(lastText()).toContain(tError('nl', 'round_exists', { moment: 'week1' }));
  });

  it('answers a refusal in the leerlijn’s language when the use case names it', () => {
    const card = errorCard('nl', new AppError('not_coordinator', {}, { lang: 'en' }));
    expect(cardText(card)).toContain(tError('en', 'not_coordinator'));
  });
});

describe('personal chats that cannot be opened', () => {
  it('are named to whoever saved the plan, and to an owner whose coordinator was not told', async () => {
    h.connector.failNext(NO_CHAT.match, NO_CHAT.fault);
    await h.submit(anna, {
      form: 'plan', onderdeel: 'P2', watKanBeter: 'Meer samen doen', gewensteEindsituatie: 'Een gezamenlijke activiteit per maand',
      'actions.0.description': 'Activiteit kiezen', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
    });
    expect(lastText()).toContain('Ik kon Bram Test geen bericht sturen over hun nieuwe acties.');

    const { rows } = await h.db.db.query<{ id: string }>(`select id from actions where description = 'Activiteit kiezen'`);
    h.connector.failNext(NO_CHAT.match, NO_CHAT.fault);
    const card = await h.invoke(bram, 'status', { actionId: rows[0]!.id, status: 'bezig' }, h.inPersonal(bram));
    expect(cardText(card)).toContain('Je zette “Activiteit kiezen” van Het Baken · JoU op Bezig.');
    expect(cardText(card)).toContain('Ik kon Anna Test hier geen bericht over sturen.');
  });
});

describe('an owner who has left the team', () => {
  it('is named to the coordinator by their Teams name, not an id, when they finish an action', async () => {
    const { rows } = await h.db.db.query<{ id: string; leerlijnId: string; workspaceId: string }>(
      `select a.id, a.leerlijn_id as "leerlijnId", l.workspace_id as "workspaceId" from actions a join leerlijnen l on l.id = a.leerlijn_id where a.description = 'Activiteit kiezen'`,
    );
    const action = rows[0]!;
    const deps = { db: h.db.db, now: () => new Date('2026-02-20T10:00:00Z'), defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
    await changeTeam(deps, { workspaceId: action.workspaceId, userId: anna.aadObjectId }, action.leerlijnId, { remove: [bram.aadObjectId] });
    const card = await h.invoke(bram, 'status', { actionId: action.id, status: 'klaar' }, h.inPersonal(bram));
    expect(cardText(card)).toContain('Je zette “Activiteit kiezen” van Het Baken · JoU op Klaar.');
    const annaChat = h.connector.createdConversations.find((c) => JSON.stringify(c.request).includes(anna.id))!;
    const told = cardText(h.connector.lastCardIn(annaChat.id));
    expect(told).toContain('Bram Test');
    expect(told).not.toContain(bram.aadObjectId);
  });
});
