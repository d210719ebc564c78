// Entry point: `npm start` (tsx) and `npm run start:prod` (compiled). Reads the environment
// once, starts the bot, drains and stops on SIGTERM/SIGINT.
import { configOrExit } from './config.js';
import { createLogger } from './logger.js';
import { installLastResort } from './last-resort.js';
import { allAdapters } from './adapters/index.js';
import { runUntilSignals } from './run.js';
import { exitOnStartFailure } from './start-failure.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  installLastResort(log);
  await runUntilSignals(config, log, { adapters: allAdapters, signals: process, exit: (code) => process.exit(code) });
}

main().catch((error: unknown) => exitOnStartFailure('leerlijn-bot', error));
