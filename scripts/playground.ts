// `npm run playground`: try the Teams side without a Microsoft tenant. Starts the bot on this
// machine with Teams auth off (and Slack off, so it never shares a Slack app with a running
// bot) on its own embedded database, then runs Microsoft 365 Agents Playground against it
// when it is installed here, or prints the command that does. The Playground is Microsoft's
// pre-release tool (evaluation licence): it is never a dependency of this project.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { allAdapters } from '../src/adapters/index.js';
import { loadConfig, processEnv, type Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startBot } from '../src/server.js';

const PlaygroundEnv = z.object({
  PLAYGROUND_BOT_PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PLAYGROUND_DATA_DIR: z.string().min(1).default('.data/playground'),
});

/** The bot's environment for the Playground: auth off, loopback only, Slack off, own data. */
export function playgroundEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const own = PlaygroundEnv.parse(env);
  const kept = Object.entries(env).filter(([name]) => !/^(MICROSOFT_|SLACK_)/.test(name) && name !== 'DATABASE_URL');
  return { ...Object.fromEntries(kept), HOST: '127.0.0.1', PORT: String(own.PLAYGROUND_BOT_PORT), DATA_DIR: own.PLAYGROUND_DATA_DIR };
}

/** The bot's settings: the Playground cannot refresh a card per user, so a channel reply keeps its asker's controls for all. */
export function playgroundConfig(env: Record<string, string | undefined>): Config {
  const config = loadConfig(playgroundEnv(env));
  return { ...config, teams: { ...config.teams, perUserViews: false } };
}

export function playgroundArgs(botPort: number): string[] {
  return ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--disable-telemetry'];
}

/** A Playground installed in this folder (npm install --no-save …) or on the PATH. */
function installedPlayground(): string | undefined {
  const local = path.resolve('node_modules/.bin/agentsplayground');
  if (existsSync(local)) return local;
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'agentsplayground'));
  return onPath.find((file) => existsSync(file));
}

async function main(): Promise<void> {
  const config = playgroundConfig(processEnv());
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  const bot = await startBot(config, log, { adapters: allAdapters });
  const args = playgroundArgs(bot.port);
  const tool = installedPlayground();
  const stop = (): void => void bot.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!tool) {
    console.log([
      '',
      'The bot is running for Microsoft 365 Agents Playground (Teams auth OFF, this machine only).',
      'In another terminal, start the Playground against it:',
      '',
      `  npx @microsoft/m365agentsplayground ${args.join(' ')}`,
      '',
      'It opens a Teams-like page in your browser; send "help" to the bot. Ctrl-C here stops the bot.',
      'It shows one acting user, no per-user card refresh and no file consent (see README).',
      '',
    ].join('\n'));
    return;
  }
  console.log(`Starting ${tool} ${args.join(' ')}`);
  const child = spawn(tool, args, { stdio: 'inherit' });
  child.on('exit', (code) => {
    log.info({ code }, 'playground exited; stopping the bot');
    stop();
  });
}

// Only when run as a script: the test imports the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error('playground failed to start:', error);
    process.exit(1);
  });
}
