// Proves the fake connector against the real botbuilder CloudAdapter (auth off), so tests
// of the Teams adapter can trust what the fake records.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
import type { ConversationReference } from 'botbuilder';
import { startFakeConnector } from './bot-connector.js';
import type { FakeConnector } from './bot-connector.js';
import { conversationUpdate, installationUpdate, invokeActionExecute, messageActivity, postActivity, TEST_BOT } from './teams-activities.js';
import type { ActivityBase } from './teams-activities.js';

const TENANT = 'tenant-1';
const TEAM_ID = '19:team-general@thread.tacv2';
const CHANNEL = { id: '19:team-general@thread.tacv2;messageid=1700000000001', conversationType: 'channel' as const, tenantId: TENANT };
const ANNA = { id: '29:anna', name: 'Anna de Vries', aadObjectId: 'aad-anna' };
const BRAM = { id: '29:bram', name: 'Bram Jansen', aadObjectId: 'aad-bram' };
const CHEN = { id: '29:chen', name: 'Chen Li', aadObjectId: 'aad-chen' };

type Logic = (context: TurnContext) => Promise<void>;

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }));
let connector: FakeConnector;
let bot: Server;
let botUrl: string;
let logic: Logic = async () => {};

/** The smallest Express-like shim adapter.process accepts; the real one lives in src/. */
function startBot(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const shimRes = {
        socket: req.socket,
        status: (code: number) => void (res.statusCode = code),
        header: (name: string, value: unknown) => void res.setHeader(name, String(value)),
        send: (payload: unknown) => {
          if (typeof payload === 'string') return void res.write(payload);
          res.setHeader('content-type', 'application/json');
          res.write(JSON.stringify(payload));
        },
        end: () => void res.end(),
      };
      const shimReq = { body: body as Record<string, unknown>, headers: req.headers, method: req.method };
      adapter.process(shimReq, shimRes, (context) => logic(context)).catch((error: unknown) => {
        res.statusCode = 599;
        res.end(String(error));
      });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function inChannel(): ActivityBase {
  return {
    from: ANNA,
    conversation: CHANNEL,
    serviceUrl: connector.serviceUrl,
    channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID, name: 'Team Noord' }, channel: { id: TEAM_ID } },
  };
}

/** What the scheduler would have stored: no activityId, so sends are new posts, not replies. */
function channelReference(): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { ...CHANNEL, isGroup: true, name: 'Algemeen' },
    bot: TEST_BOT,
  };
}

function card(text: string): Record<string, unknown> {
  return { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] };
}

beforeAll(async () => {
  connector = await startFakeConnector({
    roster: { [TEAM_ID]: [ANNA, BRAM, CHEN] },
    teams: { [TEAM_ID]: { name: 'Team Noord', aadGroupId: 'group-noord' } },
  });
  bot = await startBot();
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  await connector.close();
  await new Promise((resolve) => bot.close(resolve));
});

beforeEach(() => connector.reset());

describe('fake Bot Connector with the real CloudAdapter', () => {
  it('records the reply to an inbound channel message, sent without a token', async () => {
    logic = async (context) => void (await context.sendActivity(`Hallo ${context.activity.from.name}`));
    const inbound = messageActivity({ ...inChannel(), text: 'start' });

    const result = await postActivity(botUrl, inbound);

    expect(result.status).toBe(200);
    const [reply] = connector.sentTo(CHANNEL.id);
    expect(reply?.activity.text).toBe('Hallo Anna de Vries');
    expect(reply?.replyToId).toBe(inbound.id);
    expect(connector.requests[0]?.authorization).toBeUndefined();
  });

  it('turns updateActivity into a PUT and shows the updated card', async () => {
    logic = async (context) => {
      const sent = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card('0 stemmen'))] });
      await context.updateActivity({ id: sent?.id, type: 'message', attachments: [CardFactory.adaptiveCard(card('1 stem'))] });
    };

    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'ronde' }));

    expect(connector.activities.map((a) => a.method)).toEqual(['POST', 'PUT']);
    expect(connector.messagesIn(CHANNEL.id)).toHaveLength(1);
    expect(connector.lastCardIn(CHANNEL.id)).toMatchObject({ body: [{ text: '1 stem' }] });
  });

  it('delivers install events that name the bot, and a channel message with its @mention', async () => {
    const seen: string[] = [];
    logic = async (context) => {
      const { type, membersAdded, recipient, text } = context.activity;
      const botAdded = membersAdded?.some((m) => m.id === recipient.id) ?? false;
      seen.push(`${type}:${botAdded}:${TurnContext.removeRecipientMention(context.activity) ?? text ?? ''}`);
    };

    await postActivity(botUrl, installationUpdate(inChannel()));
    await postActivity(botUrl, conversationUpdate(inChannel()));
    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'start' }));

    expect(seen).toEqual(['installationUpdate:false:', 'conversationUpdate:true:', 'message:false:start']);
  });

  it('hides a deleted message and its card', async () => {
    logic = async (context) => {
      const sent = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card('ronde 1'))] });
      await context.deleteActivity(sent?.id ?? '');
    };

    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'x' }));

    expect(connector.activities.map((a) => a.method)).toEqual(['POST', 'DELETE']);
    expect(connector.messagesIn(CHANNEL.id)).toEqual([]);
    expect(connector.lastCardIn(CHANNEL.id)).toBeUndefined();
  });

  it('answers an update of an unknown message with the connector 404', async () => {
    let failure: unknown;
    logic = async (context) => {
      await context.updateActivity({ id: '999', type: 'message', text: 'x' }).catch((error: unknown) => (failure = error));
    };

    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'x' }));

    expect(failure).toMatchObject({ statusCode: 404 });
    expect(String(failure)).toContain('Unknown activity 999');
  });

  it('answers Action.Execute in the HTTP response body', async () => {
    logic = async (context) => {
      const value = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card('bedankt') };
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: value } });
    };

    const result = await postActivity(botUrl, invokeActionExecute({ ...inChannel(), verb: 'vote', data: { score: 3 } }));

    expect(result).toMatchObject({ status: 200, body: { statusCode: 200, value: { body: [{ text: 'bedankt' }] } } });
    expect(connector.activities).toEqual([]);
  });

  it('delivers a proactive message through a stored conversation reference', async () => {
    let reference: Partial<ConversationReference> = {};
    logic = async (context) => void (reference = TurnContext.getConversationReference(context.activity));
    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'start' }));

    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('Herinnering: bijeenkomst 2 is morgen');
    });

    expect(connector.sentTo(CHANNEL.id).map((a) => a.activity.text)).toEqual(['Herinnering: bijeenkomst 2 is morgen']);
  });

  it('creates the same 1:1 chat for a user every time', async () => {
    const ids: string[] = [];
    const params = { isGroup: false, bot: TEST_BOT, members: [{ id: BRAM.id, name: BRAM.name }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } };
    for (let i = 0; i < 2; i++) {
      await adapter.createConversationAsync('', 'msteams', connector.serviceUrl, '', params, async (context) => {
        ids.push(context.activity.conversation.id);
        await context.sendActivity('Je persoonlijke scorelijst');
      });
    }

    expect(ids[0]).toMatch(/^a:1/);
    expect(ids[1]).toBe(ids[0]);
    expect(connector.createdConversations[0]?.request).toMatchObject({ tenantId: TENANT, members: [{ id: BRAM.id }] });
    expect(connector.sentTo(ids[0] ?? '')).toHaveLength(2);
  });

  it('serves the team roster page by page, single members and team details', async () => {
    const seen: unknown[] = [];
    logic = async (context) => {
      const first = await TeamsInfo.getPagedMembers(context, 2);
      const second = await TeamsInfo.getPagedMembers(context, 2, first.continuationToken);
      seen.push(first, second, await TeamsInfo.getMember(context, BRAM.id), await TeamsInfo.getTeamDetails(context));
    };

    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'team' }));

    const [first, second, bram, details] = seen;
    expect(first).toMatchObject({ members: [{ id: ANNA.id, aadObjectId: ANNA.aadObjectId }, { id: BRAM.id }] });
    expect(second).toMatchObject({ members: [{ id: CHEN.id, name: 'Chen Li' }], continuationToken: undefined });
    expect(bram).toMatchObject({ id: BRAM.id, aadObjectId: 'aad-bram', email: expect.stringContaining('@') });
    expect(details).toMatchObject({ id: TEAM_ID, name: 'Team Noord', aadGroupId: 'group-noord' });
  });

  it('surfaces an injected 429 to the caller with its status, without SDK retries', async () => {
    const reference = channelReference();
    connector.failNext('POST', { status: 429 });

    const sending = adapter.continueConversationAsync('', reference, async (context) => void (await context.sendActivity('hoi')));

    await expect(sending).rejects.toMatchObject({ statusCode: 429 });
    expect(connector.requests.map((r) => r.status)).toEqual([429]);
  });

  it('shows that the SDK itself retries a 429 that carries Retry-After', async () => {
    const reference = channelReference();
    connector.failNext(/^\/v3\/conversations\/[^/]+\/activities/, { status: 429, retryAfter: 0 });

    await adapter.continueConversationAsync('', reference, async (context) => void (await context.sendActivity('hoi')));

    expect(connector.requests.map((r) => r.status)).toEqual([429, 201]);
    expect(connector.sentTo(CHANNEL.id)).toHaveLength(1);
  });

  it('refuses a message over 100 KB in UTF-16 with 413 MessageSizeTooBig, as Teams does, and keeps nothing of it', async () => {
    const failures: unknown[] = [];
    logic = async (context) => {
      // 45,000 characters are 90 KB in UTF-16: taken. 55,000 are 110 KB: refused, also as an update.
      const sent = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card('a'.repeat(45_000)))] });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card('b'.repeat(55_000)))] }).catch((e: unknown) => failures.push(e));
      await context.updateActivity({ id: sent?.id, type: 'message', attachments: [CardFactory.adaptiveCard(card('c'.repeat(55_000)))] }).catch((e: unknown) => failures.push(e));
    };

    await postActivity(botUrl, messageActivity({ ...inChannel(), text: 'x' }));

    expect(failures).toHaveLength(2);
    for (const failure of failures) {
      expect(failure).toMatchObject({ statusCode: 413 });
      expect(failure).toMatchObject({ code: 'MessageSizeTooBig' });
    }
    expect(connector.messagesIn(CHANNEL.id)).toHaveLength(1);
    expect(JSON.stringify(connector.lastCardIn(CHANNEL.id))).toContain('aaaa');
  });

  it('surfaces a 412 at once with its status', async () => {
    const reference = channelReference();
    connector.failNext('POST', { status: 412, times: 2 });

    const sending = adapter.continueConversationAsync('', reference, async (context) => void (await context.sendActivity('hoi')));

    await expect(sending).rejects.toMatchObject({ statusCode: 412 });
    expect(connector.requests).toHaveLength(1);
  });
});
