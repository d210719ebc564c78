// The bot taken out of a channel and invited back: the channel still has its leerlijn (running, or
// stopped with its data kept), where `start` is refused. The welcome told the coordinator to start
// one all the same; it now points to `status`, in the leerlijn's language.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { eventBody, postToSlackEndpoint } from '../../fakes/slack-signing.js';
import { useSlackLeerlijn } from './flow.js';
import { BOT, CHANNEL, SECRET, textOf } from './harness.js';

describe('slack: the bot invited back to a channel that has a leerlijn', () => {
  const env = useSlackLeerlijn({ school: 'De Horizon', lang: 'en' });

  const invitedBack = async (eventId: string): Promise<string> => {
    const { h } = env;
    const before = h.fake.messagesIn(CHANNEL).length;
    await postToSlackEndpoint(h.endpoint, SECRET, eventBody({ type: 'member_joined_channel', user: BOT, channel: CHANNEL }, { event_id: eventId }), 'application/json');
    await h.settle();
    return h.fake.messagesIn(CHANNEL).slice(before).map((m) => textOf(m)).join('\n');
  };

  it('points to status, not to a start that would be refused, in the leerlijn’s language', async () => {
    const said = await invitedBack('Ev0900');
    expect(said).toContain(t('en', 'onboarding.welcome'));
    expect(said).toContain(t('en', 'onboarding.nextKept'));
    expect(said).not.toContain('/leerlijn start');
  });

  it('says the same while a stopped leerlijn’s data is kept there', async () => {
    await env.h.testDb.db.query(`update leerlijnen set status = 'stopped', ended_at = now()`);
    const said = await invitedBack('Ev0901');
    expect(said).toContain(t('en', 'onboarding.nextKept'));
    expect(said).not.toContain('/leerlijn start');
  });
});
