// What goes wrong gets a clear answer: unsigned requests, bad form data, late and
// outside votes, users without a chat, and a throttling connector.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStatus } from '../../../src/app/overview.js';
import type { LeerlijnView } from '../../../src/app/views.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { t } from '../../../src/i18n/index.js';
import { messageActivity, postActivity } from '../../fakes/teams-activities.js';
import { makeDeps } from '../../support/fixtures.js';
import { CHANNEL, OUTSIDER, PEOPLE, TENANT, cardText, elements, startHarness, type Harness, closeCheckingCards } from './harness.js';

const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(() => closeCheckingCards(h));

const lastCardText = (): string => cardText(h.connector.lastCardIn(CHANNEL.id));

async function startLeerlijnInChannel(): Promise<string> {
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
  return rows[0]!.id;
}

describe('commands without a leerlijn', () => {
  it('answers an unknown command with the help card and a command that needs a leerlijn with a clear card', async () => {
    await h.say(anna, 'dansen');
    expect(lastCardText()).toContain('Dat commando ken ik niet: “dansen”');
    expect(lastCardText()).toContain('**@Leerlijn start**');
    await h.say(anna, 'planning');
    expect(lastCardText()).toContain('In dit kanaal loopt nog geen leerlijn');
  });
});

describe('invalid start form data', () => {
  it('answers with the same form, the values kept and the problem shown, and stores nothing', async () => {
    await h.submit(anna, {
      form: 'start', schoolName: 'Het Baken', youthOrgName: '', kind: 'bestaand', startDate: '2026-02-30', startTime: '15:30',
      school: anna.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true',
    });
    const form = h.connector.lastCardIn(CHANNEL.id);
    const json = JSON.stringify(form);
    expect(json).toContain('"value":"Het Baken"');
    expect(json).toContain('"value":"2026-02-30"');
    expect(cardText(form)).toContain('Vul dit veld in.');
    const { rows } = await h.db.db.query(`select 1 from leerlijnen`);
    expect(rows).toEqual([]);
  });
});

describe('votes that cannot count', () => {
  it('refuses an outsider and a late vote with a clear card and stores nothing', async () => {
    const leerlijnId = await startLeerlijnInChannel();
    await h.say(anna, 'scores');
    const { rows } = await h.db.db.query<{ id: string }>(`select id from score_rounds where leerlijn_id = $1::uuid`, [leerlijnId]);
    const roundId = rows[0]!.id;

    const outsider = await h.invoke(OUTSIDER, 'vote', { roundId, onderdeel: 'A1', score: 2 });
    expect(cardText(outsider)).toContain('Alleen teamleden van de leerlijn kunnen stemmen');

    // A kept note is confirmed under the card, as good news.
    const kept = await h.invoke(bram, 'note', { roundId, onderdeel: 'A2', note: 'Goed overleg gehad' });
    expect(elements(kept).find((e) => e.text === t('nl', 'card.noteSaved'))?.color).toBe('Good');

    // An empty or too long note is told what is wrong with it: the card has no input to mark.
    const empty = await h.invoke(bram, 'note', { roundId, onderdeel: 'A1', note: '  ' });
    expect(cardText(empty)).toContain(`${t('nl', 'card.addNote')}: ${t('nl', 'field.required')}`);
    const long = await h.invoke(bram, 'note', { roundId, onderdeel: 'A1', note: 'x'.repeat(501) });
    expect(cardText(long)).toContain(`${t('nl', 'card.addNote')}: ${t('nl', 'field.too_long')}`);

    await h.say(anna, 'sluit');
    const late = await h.invoke(bram, 'vote', { roundId, onderdeel: 'A1', score: 3 });
    expect(cardText(late)).toContain('De stemronde is gesloten; je stem is niet meegeteld.');
    const votes = await h.db.db.query(`select 1 from votes where round_id = $1::uuid`, [roundId]);
    expect(votes.rows).toEqual([]);

    // A note typed after closing is not a refused vote; and there is nothing left to close.
    const lateNote = await h.invoke(bram, 'note', { roundId, onderdeel: 'A1', note: 'Nog een gedachte' });
    expect(cardText(lateNote)).toContain('De stemronde is al gesloten, dus deze notitie is niet bewaard.');
    await h.say(anna, 'sluit');
    expect(lastCardText()).toContain('Er is geen open stemronde om te sluiten.');
  });
});

async function realLeerlijn(): Promise<LeerlijnView> {
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  const leerlijnId = (await h.db.db.query<{ id: string }>(`select id from leerlijnen`)).rows[0]!.id;
  return (await getStatus(makeDeps(h.db.db), { workspaceId, userId: anna.aadObjectId }, leerlijnId)).leerlijn;
}

describe('the Teams messenger', () => {
  it('creates a 1:1 chat for a user who has none, and reuses it the next time', async () => {
    const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
    const before = h.connector.createdConversations.length;
    const leerlijn = await realLeerlijn();
    const notice = { type: 'coordinator_prompt' as const, prompt: 'plan_going' as const, leerlijn, meeting: null, openRound: false, unagreed: 0 };

    const first = await h.teams.messenger.toUser({ workspaceId, userId: bram.aadObjectId }, notice);
    const second = await h.teams.messenger.toUser({ workspaceId, userId: bram.aadObjectId }, notice);

    expect(first.ok && second.ok).toBe(true);
    expect(h.connector.createdConversations.length - before).toBe(1);
    const chat = h.connector.createdConversations.at(-1)!.id;
    expect(h.connector.sentTo(chat)).toHaveLength(2);
    expect(cardText(h.connector.lastCardIn(chat))).toContain('Komt het actieplan op gang?');
  });

  it('says honestly that it cannot reach someone it has never seen', async () => {
    const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
    const result = await h.teams.messenger.toUser({ workspaceId, userId: 'aad-nobody' }, { type: 'job_failed', leerlijn: await realLeerlijn(), jobKind: 'x', attempts: 1 });
    expect(result).toMatchObject({ ok: false, permanent: true, error: 'unknown_user' });
  });

  it('retries a 429, a 412 and a 502 itself, after the deployment’s wait (botbuilder’s own retry is taken out)', async () => {
    const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
    const notice = { type: 'job_failed' as const, leerlijn: await realLeerlijn(), jobKind: 'tick', attempts: 1 };
    await h.flush();
    for (const [status, ownRetries] of [[429, 1], [412, 1], [502, 1]] as const) {
      const from = h.connector.requests.length;
      const sleeps = h.sleeps.length;
      h.connector.failNext('POST', { status });
      const result = await h.teams.messenger.toChannel({ workspaceId, channelId: CHANNEL.id }, notice);
      expect(result.ok).toBe(true);
      expect(h.connector.requests.slice(from).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([status, 201]);
      expect(h.sleeps.length - sleeps).toBe(ownRetries);
    }
  });

  it('reports a connector that keeps refusing, with the status', async () => {
    const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
    const notice = { type: 'job_failed' as const, leerlijn: await realLeerlijn(), jobKind: 'tick', attempts: 1 };
    const from = h.connector.requests.length;
    h.connector.failNext('POST', { status: 412, times: 10 });
    const result = await h.teams.messenger.toChannel({ workspaceId, channelId: CHANNEL.id }, notice);
    expect(result).toMatchObject({ ok: false, error: 'http_412', permanent: false });
    expect(h.connector.requests.length - from).toBe(4);
    h.connector.reset();
  });
});

describe('authentication', () => {
  it('answers an unsigned request with 401 when an app id is set, without calling out', async () => {
    const secured = await startHarness({
      env: { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant' },
    });
    try {
      const result = await postActivity(secured.url, messageActivity({ ...secured.inChannel(anna), text: 'help' }));
      expect(result.status).toBe(401);
      expect(secured.connector.requests).toEqual([]);
      const forged = await postActivity(secured.url, messageActivity({ ...secured.inChannel(anna), text: 'help' }), { authorization: 'Bearer not-a-jwt' });
      expect(forged.status).toBe(401);
    } finally {
      await secured.close();
    }
  });

  it('with auth off, serves only a local Emulator: a foreign serviceUrl gets 401 and no call goes out', async () => {
    const from = h.connector.requests.length;
    const activity = { ...messageActivity({ ...h.inChannel(anna), text: 'help' }), serviceUrl: 'https://evil.example.org/' };
    const result = await postActivity(h.url, activity);
    expect(result.status).toBe(401);
    expect(h.connector.requests.length).toBe(from);
  });

  it('with auth off, refuses a caller on another machine even when it names a loopback serviceUrl', async () => {
    // The server here only listens on 127.0.0.1, so the remote caller is played by a request
    // object whose socket says where it came from, handed straight to the route's handler.
    const from = h.connector.requests.length;
    const handler = h.teams.routes.find((r) => r.path === '/api/messages')!.handler;
    const answer = async (remoteAddress: string): Promise<number> => {
      const req = Object.assign(Readable.from([Buffer.from(JSON.stringify(messageActivity({ ...h.inChannel(anna), text: 'help' })))]), {
        socket: { remoteAddress }, headers: {}, method: 'POST', url: '/api/messages',
      });
      let status = 0;
      const res = { headersSent: false, statusCode: 0, setHeader: () => undefined, writeHead: (s: number) => void (status = s), write: () => true, end: () => undefined };
      await handler(req as unknown as IncomingMessage, res as unknown as ServerResponse);
      return status || res.statusCode;
    };
    expect(await answer('192.0.2.2')).toBe(401);
    expect(await answer('::ffff:10.1.2.3')).toBe(401);
    expect(h.connector.requests.length).toBe(from);
    // The same request from this machine is served: the refusal is about the caller.
    expect(await answer('127.0.0.1')).toBe(200);
    expect(await answer('::1')).toBe(200);
    expect(await answer('::ffff:127.0.0.1')).toBe(200);
    expect(h.connector.requests.length).toBeGreaterThan(from);
  });
});
