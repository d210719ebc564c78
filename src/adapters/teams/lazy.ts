// The Teams adapter as the server starts it: endpoint and messenger at once, botbuilder and MSAL
// loaded with the first Teams request or send. They cost every start ~0.7 s and 40 MiB (bench:footprint),
// also where only Slack is used; the first request pays instead, well inside an invoke's 5 s.
import type { Adapter, AdapterFactory } from '../../server.js';
import { TEAMS_PATH, usesPassword, warnIfUnauthenticated } from './endpoint.js';
import type { TeamsAdapter } from './index.js';
import type { AppTokenCheck, CheckTimers } from './app-token.js';

/** `opts`: the secret check's timers (tests run them at once). */
export const teamsAdapterWith = (opts: CheckTimers = {}): AdapterFactory => async (deps, config, log): Promise<Adapter> => {
  warnIfUnauthenticated(config.teams, log);
  let appToken: AppTokenCheck | undefined;
  let loading: Promise<TeamsAdapter> | undefined;
  const adapter = (): Promise<TeamsAdapter> =>
    (loading ??= import('./index.js')
      .then((teams) => teams.createTeamsAdapter(deps, config, log))
      .catch((error: unknown) => {
        loading = undefined; // so the next request tries again
        throw error;
      }));
  return {
    name: 'teams',
    routes: [{ method: 'POST', path: TEAMS_PATH, handler: async (req, res) => (await adapter()).routes[0]!.handler(req, res) }],
    messenger: {
      platform: 'teams',
      toChannel: async (target, notice) => (await adapter()).messenger.toChannel(target, notice),
      toUser: async (target, notice) => (await adapter()).messenger.toUser(target, notice),
    },
    // At the server's start (not a tick run's), with MSAL alone.
    async startChecks() {
      if (usesPassword(config.teams)) appToken ??= (await import('./app-token.js')).checkAppToken(config.teams, log, opts);
    },
    ready: () => appToken?.ready() ?? { ok: true },
    async stop() {
      appToken?.stop();
      await (await loading?.catch(() => undefined))?.stop?.(); // a failed load left nothing to stop
    },
  };
};

export const lazyTeamsAdapter: AdapterFactory = teamsAdapterWith();
