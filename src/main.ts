// Entry point: `npm start`. Reads the environment once, starts the bot, stops cleanly.
import { configOrExit } from './config.js';
import { createLogger } from './logger.js';
import { installLastResort } from './last-resort.js';
import { startBot } from './server.js';
import { allAdapters } from './adapters/index.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  installLastResort(log);
  const bot = await startBot(config, log, { adapters: allAdapters });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    bot.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('leerlijn-bot failed to start:', error);
  process.exit(1);
});
