// The coordinator's prompts arrive in their personal chat with the bot. A meeting moved from
// there is news for the team (its channel gets the new planning), and the coordinator sees the
// planning where they acted; the roles prompt opens that meeting's roles only. As in Teams
// (teams/planning.test.ts).
import { describe, expect, it } from 'vitest';
import { getStatusInChannel } from '../../../src/app/overview.js';
import { t } from '../../../src/i18n/index.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';
import { FAKE_TEAM, input } from '../../fakes/slack-signing.js';
import { CHANNEL, COORDINATOR } from './harness.js';
import { lastView, useSlackLeerlijn } from './flow.js';
import { nodesOf } from '../../story/drivers/text.js';
import { ALL_MEETING_KINDS } from '../../../src/domain/meetings.js';

const env = useSlackLeerlijn('Het Baken');

const dmOf = (user: string): string => `D${user.slice(1)}`;

describe('the "is the plan getting going?" prompt in Slack', () => {
  it('moved from the DM: the coordinator sees the new planning there, as in Teams', async () => {
    const workspaceId = await ensureWorkspace(env.h.testDb.db, 'slack', FAKE_TEAM.id);
    const status = await getStatusInChannel(makeDeps(env.h.testDb.db), workspaceId, CHANNEL);
    const sent = await env.h.adapter.messenger.toUser(
      { workspaceId, userId: COORDINATOR },
      { type: 'coordinator_prompt', prompt: 'plan_going', leerlijn: status.leerlijn, meeting: null, openRound: false, unagreed: 0 },
    );
    expect(sent.ok).toBe(true);
    const dm = dmOf(COORDINATOR);
    const prompt = env.h.fake.messagesIn(dm).at(-1)!;
    const value = /"action_id":"meeting_move"[^}]*"value":"([^"]+)"|"value":"([^"]+)"[^}]*"action_id":"meeting_move"/.exec(JSON.stringify(prompt.blocks));
    const buttonValue = value?.[1] ?? value?.[2];
    expect(buttonValue).toBeDefined();
    await env.h.click(COORDINATOR, 'meeting_move', buttonValue!, { channel: dm, ts: prompt.ts });
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    expect(view.callbackId).toBe('move');
    const inDm = env.h.fake.messagesIn(dm).length;
    const ephemeralsInChannel = env.h.fake.ephemeralsTo(COORDINATOR).length;
    await env.h.submit(COORDINATOR, 'move', { kind: { v: input.select('terugkom') }, date: { v: input.date('2026-03-16') }, time: { v: input.text('15:30') } }, view.meta);
    await env.h.settle();
    const said = [
      ...env.h.fake.messagesIn(dm).slice(inDm).map((m) => JSON.stringify(m.blocks)),
      ...env.h.fake.ephemeralsTo(COORDINATOR).slice(ephemeralsInChannel).filter((e) => e.channel === dm).map((e) => JSON.stringify(e.body.blocks)),
    ].join('\n');
    const elsewhere = env.h.fake.ephemeralsTo(COORDINATOR).slice(ephemeralsInChannel).map((e) => `${e.channel}: ${JSON.stringify(e.body.blocks).slice(0, 200)}`);
    // Where the coordinator acted (their DM with the bot) they see the meeting moved, as on Teams.
    expect(said, `told elsewhere instead: ${elsewhere.join(' || ')}`).toContain(t('nl', 'timeline.heading'));
    expect(said).toContain('ma 16 mrt 2026, 15.30 uur');
    // The team's channel gets the new planning; nothing is said to the coordinator alone there.
    expect(JSON.stringify(env.h.fake.messagesIn(CHANNEL).at(-1)?.blocks)).toContain('ma 16 mrt 2026, 15.30 uur');
    expect(env.h.fake.ephemeralsTo(COORDINATOR).slice(ephemeralsInChannel).filter((e) => e.channel === CHANNEL)).toEqual([]);
  });

  it('the roles prompt opens the roles of the meeting it names only, as Teams unfolds them', async () => {
    const workspaceId = await ensureWorkspace(env.h.testDb.db, 'slack', FAKE_TEAM.id);
    const status = await getStatusInChannel(makeDeps(env.h.testDb.db), workspaceId, CHANNEL);
    const meeting = status.nextMeeting!;
    const notice = { type: 'coordinator_prompt' as const, prompt: 'assign_roles' as const, leerlijn: status.leerlijn, meeting, daysAhead: 2, openRound: false, unagreed: 0 };
    expect((await env.h.adapter.messenger.toUser({ workspaceId, userId: COORDINATOR }, notice)).ok).toBe(true);
    const dm = dmOf(COORDINATOR);
    const prompt = env.h.fake.messagesIn(dm).at(-1)!;
    const button = nodesOf(prompt.blocks).find((n) => n.action_id === 'meeting_roles')!;
    await env.h.click(COORDINATOR, 'meeting_roles', String(button.value), { channel: dm, ts: prompt.ts });
    await env.h.settle();
    const view = lastView(env.h, COORDINATOR);
    const row = ALL_MEETING_KINDS.indexOf(meeting.kind);
    const inputs = nodesOf(view.blocks).filter((n) => n.type === 'input').map((n) => String(n.block_id));
    expect(inputs).toEqual([`${row}.notulistUserId`, `${row}.invullerUserId`, `${row}.location`]);
  });
});
