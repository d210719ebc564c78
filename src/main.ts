// Entry point: `npm start` (tsx) and `npm run start:prod` (compiled). Reads the environment
// once, starts the bot, drains and stops on SIGTERM/SIGINT.
import { configOrExit } from './config.js';
import { createLogger } from './logger.js';
import { installLastResort } from './last-resort.js';
import { startBot } from './server.js';
import { allAdapters } from './adapters/index.js';
import { exitOnSignals } from './shutdown.js';
import { exitOnStartFailure } from './start-failure.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  installLastResort(log);
  const starting = startBot(config, log, { adapters: allAdapters });
  // Listening before the start finishes: a signal during a slow start (the embedded database
  // takes seconds) still closes the database cleanly instead of killing it mid-write.
  exitOnSignals({
    signals: process,
    log,
    close: async () => (await starting).close(),
    exit: (code) => process.exit(code),
  });
  await starting;
}

main().catch((error: unknown) => exitOnStartFailure('leerlijn-bot', error));
