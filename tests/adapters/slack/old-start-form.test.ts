// A start form opened before a deploy and sent after it: Slack keeps an open modal as it was drawn,
// so it has the old 'members' picker and none of the sides (School, Jongerenwerk, Manager) the
// start now asks. It was refused with an error on the 'managers' block, which that form does not
// have, so Slack showed only a generic error and the starter could not tell what to do. They are
// told, on a field the old form has, to open the start form again; nothing is started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { input } from '../../fakes/slack-signing.js';
import { lastView } from './flow.js';
import { CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** What the start form before the sides (08967f1^) sent: the team as one people picker. */
function oldFormValues() {
  return {
    school: { v: input.text('Het Baken College') },
    youthOrg: { v: input.text('JoU Jongerenwerk') },
    kind: { v: input.radio('bestaand') },
    lang: { v: input.radio('nl') },
    startDate: { v: input.date('2026-02-02') },
    startTime: { v: input.text('15:30') },
    coordinators: { v: input.users([COORDINATOR]) },
    members: { v: input.users([...USERS]) },
  };
}

describe('slack: a start form from before the sides, sent after the deploy', () => {
  it('is answered on its school field: open the start form again; nothing is started', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const res = await h.submit(COORDINATOR, 'start', oldFormValues(), view.meta);
    expect(res.json).toEqual({ response_action: 'errors', errors: { school: t('nl', 'start.formOutdated') } });
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toEqual([]);
  });
});
