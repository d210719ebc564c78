// The Teams adapter as the server starts it: the endpoint is mounted and the scheduler has a
// messenger at once, but botbuilder, its connector and MSAL are loaded with the first Teams
// request or proactive send. They cost every start about 0.7 s and 40 MiB (bench:footprint),
// also in the many deployments that only use Slack; the first Teams request pays the load
// instead, well inside the 5 s Teams gives an invoke. With an app password, MSAL alone is loaded
// at the server's start to check the secret (app-token.ts); a tick run does not check it.
import type { Messenger } from '../../app/messenger.js';
import type { Adapter, AdapterFactory } from '../../server.js';
import { TEAMS_PATH, usesPassword, warnIfUnauthenticated } from './endpoint.js';
import type { TeamsAdapter } from './index.js';
import type { AppTokenCheck, CheckTimers } from './app-token.js';

/** When the secret's check runs again, and when one not answered is given up (app-token.ts); tests run them at once. */
export type TeamsAdapterOptions = CheckTimers;

export const teamsAdapterWith = (opts: TeamsAdapterOptions = {}): AdapterFactory => async (deps, config, log): Promise<Adapter> => {
  warnIfUnauthenticated(config.teams, log);
  let appToken: AppTokenCheck | undefined;
  let loading: Promise<TeamsAdapter> | undefined;
  const adapter = (): Promise<TeamsAdapter> =>
    (loading ??= import('./index.js')
      .then((teams) => teams.createTeamsAdapter(deps, config, log))
      .catch((error: unknown) => {
        loading = undefined; // the next request tries again
        throw error;
      }));
  const messenger: Messenger = {
    platform: 'teams',
    toChannel: async (target, notice) => (await adapter()).messenger.toChannel(target, notice),
    toUser: async (target, notice) => (await adapter()).messenger.toUser(target, notice),
  };
  return {
    name: 'teams',
    routes: [{ method: 'POST', path: TEAMS_PATH, handler: async (req, res) => (await adapter()).routes[0]!.handler(req, res) }],
    messenger,
    // The secret is checked at the server's start, not at the first message (app-token.ts): MSAL alone, not botbuilder.
    async startChecks() {
      if (usesPassword(config.teams)) appToken ??= (await import('./app-token.js')).checkAppToken(config.teams, log, opts);
    },
    ready: () => appToken?.ready() ?? { ok: true },
    async stop() {
      appToken?.stop();
      const loaded = await loading?.catch(() => undefined); // a load that failed left nothing to stop
      await loaded?.stop?.();
    },
  };
};

export const lazyTeamsAdapter: AdapterFactory = teamsAdapterWith();
