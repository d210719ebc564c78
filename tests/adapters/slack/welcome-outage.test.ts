// The bot invited to a Slack channel while the database does not answer: Slack does not send the
// event again (it was acked), so the welcome is posted now, in the deployment's language (the
// channel's leerlijn cannot be read; one the bot was just invited to almost never has one). The
// log gets a warning, not an error, and the bot answers as before once the database is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { capturedLog } from '../../support/log-lines.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';
import { invitedWhileDatabaseDown } from './flow.js';

let h: Harness;
const logged = capturedLog();

beforeAll(async () => {
  // An English deployment, so the welcome's language is the configured one and not Dutch by chance.
  h = await startHarness({ defaultLang: 'en', log: logged.log });
});
afterAll(() => h.close());

describe('slack: invited while the database does not answer', () => {
  it('welcomes the channel in the configured language, with a warning in the log, and answers as before afterwards', async () => {
    expect(await invitedWhileDatabaseDown(h, 'C0NEW', 'Ev0700')).toBe(200);
    const said = h.fake.messagesIn('C0NEW').map((m) => JSON.stringify(m));
    expect(said).toEqual([expect.stringContaining(t('en', 'onboarding.welcome'))]);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('database')]);
    expect((await h.command(COORDINATOR, 'help')).status).toBe(200);
  });
});
