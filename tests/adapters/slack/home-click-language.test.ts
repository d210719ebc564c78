// A status set in the App Home is confirmed in the language the home is shown in, as Teams
// confirms a click in one's overview: for someone on an English and a Dutch leerlijn the home is
// in the server's language (Dutch here), and so is the confirmation in their chat with the bot.
import { expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { eventBody, FAKE_TEAM, postToSlackEndpoint } from '../../fakes/slack-signing.js';
import { startLeerlijnElsewhere } from '../../story/drivers/elsewhere.js';
import { useSlackLeerlijn } from './flow.js';
import { lastToldTo, SECRET, USERS } from './harness.js';
import { row, savePlanItemInSlack, texts } from './plan-steps.js';

const env = useSlackLeerlijn({ school: 'Het Baken', lang: 'en' });

it('confirms a status set in the App Home in the home’s language, not the English leerlijn’s', async () => {
  const owner = USERS[3]!;
  await startLeerlijnElsewhere(env.h.testDb.db, 'slack', FAKE_TEAM.id, 'C0OTHER', owner, 'De Ander');
  await savePlanItemInSlack(env.h, 'B1', { ...texts('No fixed contact', 'Everyone knows the contact'), ...row(0, 'Choose a contact', owner, '2026-02-20') });
  await postToSlackEndpoint(env.h.endpoint, SECRET, eventBody({ type: 'app_home_opened', user: owner, tab: 'home', channel: `D${owner.slice(1)}` }, { event_id: 'EvHomeLang' }), 'application/json');
  await env.h.settle();
  const home = JSON.stringify(env.h.fake.homeOf(owner));
  expect(home).toContain(t('nl', 'home.heading'));
  const value = /"value":"([0-9a-f-]{36}\|bezig)"/.exec(home)?.[1];
  expect(value).toBeDefined();

  await env.h.clickInView(owner, 'action_status_bezig', value!, { id: 'V0HOMELANG', type: 'home' });
  await env.h.settle();
  const confirmation = lastToldTo(env.h.fake, owner);
  expect(confirmation).toContain('Choose a contact');
  expect(confirmation).toContain('Je zette');
  expect(confirmation).not.toContain('You set');
});
