// A note button pressed on a message still on screen after the work moved on: a score card's
// "Notitie" after its round closed (Slack redraws the cards, a screen that has not caught up
// still shows the button), an action's "Notitie toevoegen" in its owner's DM after the leerlijn
// stopped. Refused before anything is typed, not after the note was written in a modal.
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { savePlanItem } from '../../../src/app/actions.js';
import { stopLeerlijn } from '../../../src/app/leerlijn.js';
import { t } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { dmOf } from '../../story/drivers/slack-parts.js';
import { CHANNEL, COORDINATOR, NOW, USERS } from './harness.js';
import { cardsIn, useSlackLeerlijn } from './flow.js';

const MEMBER = USERS[3]!;
const env = useSlackLeerlijn('Het Baken');
const deps = (): Deps => ({ db: env.h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' });

describe('a note asked for after the work moved on', () => {
  it('a score card’s note after its round closed: no modal, the member told the round is closed', async () => {
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    const round = cardsIn(env.h);
    await env.h.command(COORDINATOR, 'sluit');
    await env.h.settle();
    await env.h.click(MEMBER, 'card_note', `${round.roundId}|P2`, { ts: round.cards.get('P2')?.ts });
    await env.h.settle();
    expect(env.h.fake.lastView(MEMBER)).toBeUndefined();
    expect(env.h.fake.ephemeralsTo(MEMBER).at(-1)?.body.text).toBe(t('nl', 'error.note_closed'));
  });

  it('an action’s note in its owner’s DM after the leerlijn stopped: no modal, the owner told it stopped', async () => {
    const workspaceId = await ensureWorkspace(env.h.testDb.db, 'slack', FAKE_TEAM.id);
    const coordinator = { workspaceId, userId: COORDINATOR };
    const leerlijn = (await activeLeerlijnIn(env.h.testDb.db, workspaceId, CHANNEL))!;
    const item = { onderdeel: 'A1', watKanBeter: 'Weinig contact', gewensteEindsituatie: 'Wekelijks contact' };
    const action = { description: 'Spreekuur inplannen', ownerUserId: MEMBER, dueDate: '2026-03-02' };
    const saved = await savePlanItem(deps(), coordinator, leerlijn.id, { ...item, actions: [action] });
    await stopLeerlijn(deps(), coordinator, leerlijn.id, 'stopped');
    await env.h.click(MEMBER, 'action_note', saved.newActions[0]!.id, { channel: dmOf(MEMBER) });
    await env.h.settle();
    expect(env.h.fake.lastView(MEMBER)).toBeUndefined();
    // Answered to the owner alone, through the click's response_url: the leerlijn named as its channel names it.
    const refused = t('nl', 'error.leerlijn_not_active', { leerlijn: 'Het Baken · JoU Jongerenwerk' });
    expect(env.h.fake.ephemeralsTo(MEMBER).at(-1)?.body.text).toBe(refused);
  });
});
