// The status flow (src/app/flows/status.ts), decided once for Slack and Teams: which list the
// clicked message or card is redrawn with, who is told, what the clicker is confirmed, in
// that order; a refused click does nothing else, a failed redraw does not stop the rest. The
// confirmation is the only answer the flow gives, as sentences (`confirm`): an adapter has no other
// kind of reply to leave out (Teams once kept only 'lines' replies of all the flow could give).
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { savePlanItem } from '../../../src/app/actions.js';
import type { SendResult } from '../../../src/app/messenger.js';
import type { Notice } from '../../../src/app/notices.js';
import { statusClicked, type StatusCtx, type StatusPlace, type StatusRedraw } from '../../../src/app/flows/status.js';
import type { TextView } from '../../../src/app/flows/surface.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';

type Seen = { redraw: StatusRedraw; clicked: StatusPlace } | { notify: string; notice: Notice } | { confirm: readonly TextView[] };

describe.each(backends())('the status flow on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  /** The owner (U001) with two actions, the later one first in the plan. */
  async function ownerWithTwoActions(): Promise<{ later: string; soon: string }> {
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'A1', watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke week kort overleg',
      actions: [
        { description: 'Later', ownerUserId: 'U001', dueDate: '2026-03-10' },
        { description: 'Eerst', ownerUserId: 'U001', dueDate: '2026-02-10' },
      ],
    });
    return { later: newActions[0]!.id, soon: newActions[1]!.id };
  }

  function ctxFor(userId: string, opts: { redrawFails?: boolean } = {}): { ctx: StatusCtx; seen: Seen[] } {
    const seen: Seen[] = [];
    const surface = {
      async redraw(view: StatusRedraw, clicked: StatusPlace) {
        if (opts.redrawFails) throw new Error('message gone');
        seen.push({ redraw: view, clicked });
      },
      async notify(to: string, notice: Notice): Promise<SendResult> {
        seen.push({ notify: to, notice });
        return { ok: true };
      },
      async confirm(lines: readonly TextView[]) {
        seen.push({ confirm: lines });
      },
    };
    const ctx = { deps: env.deps, log: pino({ level: 'silent' }), actor: { workspaceId: env.s.workspaceId, userId }, surface };
    return { ctx, seen };
  }

  it("redraws a card of one leerlijn with its open actions, the clicked one kept as klaar, then tells the coordinator and confirms", async () => {
    const { later, soon } = await ownerWithTwoActions();
    const { ctx, seen } = ctxFor('U001');
    await statusClicked(ctx, { in: 'card', leerlijnId: env.s.leerlijnId }, { actionId: soon, status: 'klaar' });
    expect(seen.map((s) => Object.keys(s)[0])).toEqual(['redraw', 'notify', 'confirm']);
    const redraw = (seen[0] as { redraw: StatusRedraw }).redraw;
    expect(redraw.type).toBe('owner_actions');
    expect(redraw.type === 'owner_actions' && redraw.actions.map((a) => [a.id, a.status])).toEqual([[soon, 'klaar'], [later, 'open']]);
    expect(seen[1]).toMatchObject({ notify: 'U000', notice: { type: 'action_changed', note: null } });
    expect(seen[2]).toMatchObject({ confirm: [{ key: 'action.youUpdated' }] });
  });

  it("redraws a card of all the owner's actions (mijn-acties) with them as they are now, in the leerlijn's language", async () => {
    const { later, soon } = await ownerWithTwoActions();
    const { ctx, seen } = ctxFor('U001');
    await statusClicked(ctx, { in: 'card', leerlijnId: null }, { actionId: soon, status: 'klaar', note: 'Gedaan' });
    expect(seen[0]).toMatchObject({ redraw: { type: 'my_actions', lang: 'nl' } });
    const redraw = (seen[0] as { redraw: StatusRedraw }).redraw;
    expect(redraw.type === 'my_actions' && redraw.actions.map((a) => a.id)).toEqual([later]);
    expect(seen[1]).toMatchObject({ notice: { note: 'Gedaan' } });
  });

  it('publishes the home again from the home, redraws nothing from an ephemeral answer, and shows no empty note', async () => {
    const { soon } = await ownerWithTwoActions();
    const home = ctxFor('U001');
    await statusClicked(home.ctx, { in: 'home' }, { actionId: soon, status: 'bezig' });
    expect(home.seen[0]).toMatchObject({ redraw: { type: 'home', home: { userId: 'U001', lang: 'nl' } }, clicked: { in: 'home' } });
    const none = ctxFor('U001');
    await statusClicked(none.ctx, { in: 'none' }, { actionId: soon, status: 'loopt_vast', note: '' });
    expect(none.seen.map((s) => Object.keys(s)[0])).toEqual(['notify', 'confirm']);
    expect(none.seen[0]).toMatchObject({ notice: { note: null } });
  });

  it('shows the coordinators no old note when the new one is blank (a note box of spaces)', async () => {
    const { soon } = await ownerWithTwoActions();
    await statusClicked(ctxFor('U001').ctx, { in: 'none' }, { actionId: soon, status: 'loopt_vast', note: 'Geen lokaal vrij' });
    const blank = ctxFor('U001');
    await statusClicked(blank.ctx, { in: 'none' }, { actionId: soon, status: 'bezig', note: '   ' });
    expect(blank.seen[0]).toMatchObject({ notify: 'U000', notice: { type: 'action_changed', note: null } });
  });

  it('tells the owner, and the other coordinators, when a coordinator changes an action on the owner’s name', async () => {
    const { soon } = await ownerWithTwoActions();
    const coordinator = ctxFor('U000');
    await statusClicked(coordinator.ctx, { in: 'none' }, { actionId: soon, status: 'klaar' });
    const told = coordinator.seen.flatMap((s) => ('notify' in s ? [s.notify] : []));
    expect(told).toEqual(['U001']);
    expect(coordinator.seen[0]).toMatchObject({ notice: { type: 'action_changed', byUserId: 'U000', action: { id: soon, status: 'klaar' } } });
  });

  it('does nothing else when the use case refuses, and still tells and confirms when the redraw fails', async () => {
    const { soon } = await ownerWithTwoActions();
    const stranger = ctxFor('U002');
    await expect(statusClicked(stranger.ctx, { in: 'card', leerlijnId: env.s.leerlijnId }, { actionId: soon, status: 'klaar' })).rejects.toMatchObject({ code: 'not_owner' });
    expect(stranger.seen).toEqual([]);
    const failing = ctxFor('U001', { redrawFails: true });
    await statusClicked(failing.ctx, { in: 'card', leerlijnId: env.s.leerlijnId }, { actionId: soon, status: 'klaar' });
    expect(failing.seen.map((s) => Object.keys(s)[0])).toEqual(['notify', 'confirm']);
  });
});
