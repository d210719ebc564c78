// A bot-like process for logger-reader-gone.test.ts: logs to stdout in the format the test
// names, with the last-resort handlers installed. Once told on stdin (the test has closed its
// end of stdout by then), it logs on and says on stderr whether it is still running.
import { createLogger, type LogFormat } from '../../src/logger.js';
import { installLastResort } from '../../src/last-resort.js';

const log = createLogger('info', undefined, process.argv[2] as LogFormat);
installLastResort(log);
log.info('ready');
process.stdin.once('data', () => {
  for (let i = 0; i < 20; i++) log.info({ i }, 'still logging');
  // A write's EPIPE arrives as an event after the write: give it its turn before saying anything.
  setTimeout(() => {
    process.stderr.write('still running\n');
    process.exit(0);
  }, 100);
});
