// One structured logger. Tokens and secrets are redacted by path; user-written text is
// never passed to it in the first place (we log ids and codes).
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'leerlijn-bot' },
    redact: {
      paths: [
        '*.token',
        '*.botToken',
        '*.signingSecret',
        '*.clientSecret',
        '*.appPassword',
        '*.password',
        'headers.authorization',
        'req.headers.authorization',
        '*.headers["x-slack-signature"]',
      ],
      censor: '[redacted]',
    },
  });
}
