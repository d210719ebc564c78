// The connector clients kept between turns (src/adapters/teams/reused-clients.ts): a reply must
// still go to the service URL of the conversation it answers, and a client that could not be
// made is tried again on the next turn rather than kept.
import type { Activity } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { Kept } from '../../../src/kept.js';
import { CONNECTOR_TIMEOUT_MS, KeptConnectorFactory, ReusingAuthentication } from '../../../src/adapters/teams/reused-clients.js';

const activity = (serviceUrl: string): Activity => ({ type: 'message', serviceUrl, channelId: 'msteams' }) as Activity;

/** Where the client sends: protected in botbuilder's types, read here only to check it. */
const baseUri = (client: ConnectorClient): string => (client as unknown as { baseUri: string }).baseUri;

async function clientFor(auth: ReusingAuthentication, serviceUrl: string): Promise<ConnectorClient> {
  const result = await auth.authenticateRequest(activity(serviceUrl), '');
  return result.connectorFactory!.create(serviceUrl, result.audience);
}

describe('connector clients kept between turns (auth off)', () => {
  it('answers each service URL with its own client, the same one on every turn', async () => {
    const auth = new ReusingAuthentication(CONNECTOR_TIMEOUT_MS, { MicrosoftAppId: '' });
    const europe = await clientFor(auth, 'http://127.0.0.1:3978/emea/');
    const again = await clientFor(auth, 'http://127.0.0.1:3978/emea/');
    const americas = await clientFor(auth, 'http://127.0.0.1:3978/amer/');
    expect(again).toBe(europe);
    expect(americas).not.toBe(europe);
    expect(baseUri(europe)).toBe('http://127.0.0.1:3978/emea/');
    expect(baseUri(americas)).toBe('http://127.0.0.1:3978/amer/');
  });

  it('keeps one user-token client per bot', async () => {
    const auth = new ReusingAuthentication(CONNECTOR_TIMEOUT_MS, { MicrosoftAppId: '' });
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:3978/'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
  });

  it('tries again after a client could not be made', async () => {
    let calls = 0;
    class FailsOnce extends ConnectorFactory {
      create(serviceUrl: string): Promise<ConnectorClient> {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('token endpoint down')) : Promise.resolve({ baseUri: serviceUrl } as unknown as ConnectorClient);
      }
    }
    const factory = new KeptConnectorFactory(new FailsOnce(), 'app', new Kept<ConnectorClient>(32), CONNECTOR_TIMEOUT_MS);
    await expect(factory.create('http://127.0.0.1:3978/')).rejects.toThrow('token endpoint down');
    await expect(factory.create('http://127.0.0.1:3978/')).resolves.toMatchObject({ baseUri: 'http://127.0.0.1:3978/' });
    expect(calls).toBe(2);
  });
});

describe('connector clients for the bot\'s own sends', () => {
  it('keeps the one a proactive send made for its service URL', async () => {
    const auth = new ReusingAuthentication(CONNECTOR_TIMEOUT_MS, { MicrosoftAppId: '' });
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:3978/'), '');
    const first = await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    const second = await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    const elsewhere = await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:3979/', 'https://api.botframework.com');
    expect(second).toBe(first);
    expect(baseUri(elsewhere)).toBe('http://127.0.0.1:3979/');
  });

  it('keeps another client for another bot at the same service URL', async () => {
    const auth = new ReusingAuthentication(CONNECTOR_TIMEOUT_MS, { MicrosoftAppId: '' });
    const bot = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
    const first = await auth.createConnectorFactory(bot('bot-a')).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    const again = await auth.createConnectorFactory(bot('bot-a')).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    const other = await auth.createConnectorFactory(bot('bot-b')).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });
});
