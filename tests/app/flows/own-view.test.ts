// A reply with controls for its asker, where everyone sees replies (a Teams channel): everyone is
// shown it without them, and each reader's own view is read again for that reader, whose key
// may be forged (src/app/flows/own-view.ts).
import { describe, expect, it } from 'vitest';
import { formSendFrom, markSharedFormSent, ownView as ownViewOf, rememberSharedForm, sharedForm, sharedFormState, sharedReply } from '../../../src/app/flows/own-view.js';
import { formSpec } from '../../../src/app/flows/form-registry.js';
import { planFor, timelineFor } from '../../../src/app/flows/plan.js';
import { evaluationFor } from '../../../src/app/flows/rounds.js';
import { requireLeerlijn } from '../../../src/app/context.js';
import { getStatus } from '../../../src/app/overview.js';
import { getProgress } from '../../../src/app/progress.js';
import { myActions, savePlanItem } from '../../../src/app/actions.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';

/** A reply's own view (not a form's). */
async function ownView(...args: Parameters<typeof ownViewOf>) {
  const own = await ownViewOf(...args);
  if (!('view' in own)) throw new Error('a form, not a reply');
  return own;
}

describe.each(backends())('a reader’s own view of a shared reply, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);
  const member = () => env.s.members[1]!;
  const outsider = () => ({ workspaceId: env.s.workspaceId, userId: 'U_NOT_ON_TEAM' });

  it('shows everyone the coordinator’s planning without its forms, and gives back to each reader what they may do', async () => {
    const asked = await timelineFor(env.deps, env.s.coordinator, env.s.leerlijnId);
    const shared = sharedReply(asked, env.s.coordinator.userId)!;
    expect(shared.everyone).toMatchObject({ type: 'timeline', canEdit: false });
    expect(shared.everyone).not.toHaveProperty('reminders');
    expect(shared.own).toEqual({ view: 'timeline', leerlijnId: env.s.leerlijnId });
    expect((await ownView(env.deps, env.s.coordinator, shared.own)).view).toMatchObject({ type: 'timeline', canEdit: true, reminders: { inviteDays: 7 } });
    expect((await ownView(env.deps, member(), shared.own)).view).toMatchObject({ type: 'timeline', canEdit: false });
    await expect(ownView(env.deps, outsider(), shared.own)).rejects.toMatchObject({ code: 'not_on_team' });
  });

  it('does the same for the team form, the actieplan’s and the Evaluatielijst’s buttons', async () => {
    const leerlijn = await requireLeerlijn(env.deps.db, env.s.coordinator, env.s.leerlijnId);
    const team = (await getStatus(env.deps, env.s.coordinator, env.s.leerlijnId)).leerlijn;
    const asked = [
      { type: 'team' as const, leerlijn: team, canEdit: true },
      await planFor(env.deps, env.s.coordinator, leerlijn),
      await evaluationFor(env.deps, env.s.coordinator, leerlijn, 'eind'),
    ];
    for (const view of asked) {
      const shared = sharedReply(view, env.s.coordinator.userId)!;
      const mine = (await ownView(env.deps, env.s.coordinator, shared.own)).view;
      const theirs = (await ownView(env.deps, member(), shared.own)).view;
      expect([mine.type, theirs.type, shared.everyone.type]).toEqual([view.type, view.type, view.type]);
      const controls = (v: typeof view | typeof mine) => ('canEdit' in v ? v.canEdit : 'canFill' in v ? v.canFill : null);
      expect([controls(shared.everyone), controls(mine), controls(theirs)]).toEqual([false, true, false]);
    }
    const evaluation = sharedReply(asked[2]!, env.s.coordinator.userId)!.own;
    expect(evaluation).toMatchObject({ view: 'evaluation', moment: 'eind' });
  });

  it('keeps one’s own actions for their asker: everyone else reads whose they are, each reader sees their own', async () => {
    const bram = member();
    const due = '2026-03-02';
    await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y', actions: [{ description: 'Bram’s actie', ownerUserId: bram.userId, dueDate: due }],
    });
    const shared = sharedReply({ type: 'my_actions', actions: await myActions(env.deps, bram.workspaceId, bram.userId) }, bram.userId)!;
    expect(shared.everyone).toEqual({ type: 'text', key: 'home.myActionsOf', params: {}, people: { name: [bram.userId] } });
    expect(shared.own).toEqual({ view: 'my_actions' });
    const descriptions = async (reader: typeof bram) => {
      const own = (await ownView(env.deps, reader, shared.own)).view;
      return own.type === 'my_actions' ? own.actions.map((a) => a.description) : null;
    };
    expect(await descriptions(bram)).toEqual(['Bram’s actie']);
    // The coordinator who asks for the same key sees their own (none), never bram's.
    expect(await descriptions(env.s.coordinator)).toEqual([]);
  });

  it('keeps no own view where there is nothing only the asker may use, or where the answer confirms a change', async () => {
    const memberTimeline = await timelineFor(env.deps, member(), env.s.leerlijnId);
    expect(sharedReply(memberTimeline, member().userId)).toBeNull();
    const team = (await getStatus(env.deps, env.s.coordinator, env.s.leerlijnId)).leerlijn;
    const changed = sharedReply({ type: 'team', leerlijn: team, canEdit: true, change: [{ type: 'text', key: 'team.alreadyIn' }] }, env.s.coordinator.userId)!;
    expect(changed.own).toBeUndefined();
    expect(changed.everyone).toMatchObject({ canEdit: false, change: [{ key: 'team.alreadyIn' }] });
  });

  it('keeps a form opened where everyone sees it for its opener: everyone is told whose it is', async () => {
    const spec = formSpec('move');
    const shared = sharedForm(spec, { leerlijnId: env.s.leerlijnId, kind: 'eindevaluatie' }, 'Bijeenkomst verplaatsen', env.s.coordinator.userId);
    expect(shared.everyone).toEqual({ type: 'text', key: 'form.openedBy', params: { title: 'Bijeenkomst verplaatsen' }, people: { name: [env.s.coordinator.userId] } });
    expect(shared.own).toMatchObject({ view: 'form', form: spec.id, leerlijnId: env.s.leerlijnId, kind: 'eindevaluatie' });
    // The form is loaded for its opener, with its guard (the adapter opens it so).
    const own = await ownViewOf(env.deps, env.s.coordinator, shared.own);
    expect('form' in own && [own.form.id, own.request]).toEqual([spec.id, { leerlijnId: env.s.leerlijnId, kind: 'eindevaluatie' }]);
    // Anyone else who asks for it (Teams offers everyone a refresh by hand) sees what everyone sees.
    expect(await ownViewOf(env.deps, member(), shared.own)).toMatchObject({ view: shared.everyone });
  });

  it('says a form its opener sent is filled in only for its own message, in its own channel', async () => {
    const shared = sharedForm(formSpec('move'), { leerlijnId: env.s.leerlijnId, kind: 'eindevaluatie' }, 'Bijeenkomst verplaatsen', env.s.coordinator.userId);
    if (shared.own.view !== 'form') throw new Error('a form key');
    const message = { channelId: 'C_TEAM', messageId: 'M1' };
    await rememberSharedForm(env.deps, env.s.coordinator, shared.own, env.s.leerlijnId, message);
    await markSharedFormSent(env.deps, env.s.coordinator, shared.own, 'M1');
    expect(await sharedFormState(env.deps, env.s.coordinator, shared.own, message)).toBe('sent');
    expect(await ownViewOf(env.deps, env.s.coordinator, shared.own, message)).toEqual({ key: shared.own, sentFrom: 'M1' });
    // A message of that id in another channel, or the same message asked for by someone else, is not the opener's form.
    const elsewhere = { channelId: 'C_OTHER', messageId: 'M1' };
    expect(await sharedFormState(env.deps, env.s.coordinator, shared.own, elsewhere)).toBeNull();
    expect(await ownViewOf(env.deps, env.s.coordinator, shared.own, elsewhere)).toMatchObject({ form: { id: 'move' } });
    expect(await sharedFormState(env.deps, member(), shared.own, message)).toBeNull();
    // The same form opened under that id in the other channel hides neither record.
    await rememberSharedForm(env.deps, env.s.coordinator, shared.own, env.s.leerlijnId, elsewhere);
    expect(await sharedFormState(env.deps, env.s.coordinator, shared.own, message)).toBe('sent');
    expect(await sharedFormState(env.deps, env.s.coordinator, shared.own, elsewhere)).toBe('opened');
  });

  it('refuses a form sent again from the message it was sent from, unless its flow answers that itself (the stop)', () => {
    const move = sharedForm(formSpec('move'), { leerlijnId: env.s.leerlijnId, kind: 'eindevaluatie' }, 'Verplaatsen', env.s.coordinator.userId).own;
    const stop = sharedForm(formSpec('stop'), { leerlijnId: env.s.leerlijnId }, 'Stoppen', env.s.coordinator.userId).own;
    if (move.view !== 'form' || stop.view !== 'form') throw new Error('form keys');
    expect([null, 'opened', 'sent'].map((state) => formSendFrom(move, state as 'opened' | 'sent' | null))).toEqual(['run flow', 'run flow', 'refuse']);
    // The stop's flow finds it stopped and says so ("stopped already"), as in Slack.
    expect(formSendFrom(stop, 'sent')).toBe('run flow');
    expect(formSendFrom({ view: 'start', by: env.s.coordinator.userId }, 'sent')).toBe('refuse');
  });

  it('shows everyone the four steps of `status` and `help`, each team reader their own next action, an outsider nothing', async () => {
    const progress = await getProgress(env.deps, member(), env.s.leerlijnId);
    const status = await getStatus(env.deps, member(), env.s.leerlijnId);
    for (const asked of [{ type: 'status' as const, status, progress }, { type: 'help' as const, progress }]) {
      const shared = sharedReply(asked, member().userId)!;
      expect(shared.everyone).toMatchObject({ progress: { stepsOnly: true } });
      expect(shared.own).toEqual({ view: asked.type, leerlijnId: env.s.leerlijnId });
      const mine = (await ownView(env.deps, env.s.coordinator, shared.own)).view;
      expect(mine).toMatchObject({ type: asked.type, progress: { progress: { next: { role: 'coordinator' } } } });
      expect(mine).not.toMatchObject({ progress: { stepsOnly: true } });
      await expect(ownView(env.deps, outsider(), shared.own)).rejects.toMatchObject({ code: 'not_on_team' });
    }
  });

  it('gives whoever reads a next step’s key their own next step: never its taker’s actions, an outsider nothing', async () => {
    const bram = member();
    const other = env.s.members[2]!;
    await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y', actions: [{ description: 'Bram’s late actie', ownerUserId: bram.userId, dueDate: '2026-03-02' }],
    });
    // Past its date now (a date in the past is not taken when it is saved).
    await env.deps.db.query(`update actions set due_date = '2026-01-10' where owner_user_id = $1::text`, [bram.userId]);
    const shared = sharedReply({ type: 'next_step', progress: await getProgress(env.deps, bram, env.s.leerlijnId) }, bram.userId)!;
    // Everyone reads whose it is, nothing of it.
    expect(shared.everyone).toMatchObject({ type: 'next_step', whose: bram.userId });
    expect(shared.own).toEqual({ view: 'next_step', leerlijnId: env.s.leerlijnId });
    const next = async (reader: typeof bram, key: unknown = shared.own) => {
      const own = (await ownView(env.deps, reader, key)).view;
      return own.type === 'next_step' ? { ...own.progress.progress.next, whose: own.whose } : null;
    };
    expect(await next(bram)).toMatchObject({ role: 'member', code: 'update_own_actions', params: { overdue: 1 } });
    // Another member, with a key they forged to say whose it is, reads their own: nothing of bram's actions.
    const forged = { ...shared.own, whose: bram.userId, userId: bram.userId, progress: { next: { code: 'update_own_actions' } } };
    expect(await next(other, forged)).toMatchObject({ role: 'member', whose: undefined });
    expect(await next(other, forged)).not.toMatchObject({ code: 'update_own_actions' });
    await expect(ownView(env.deps, outsider(), shared.own)).rejects.toMatchObject({ code: 'not_on_team' });
    await expect(ownView(env.deps, { workspaceId: '00000000-0000-4000-8000-000000000000', userId: bram.userId }, shared.own)).rejects.toMatchObject({ code: 'leerlijn_gone' });
    await expect(ownViewOf(env.deps, bram, { ...shared.own, lang: 'xx' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('puts no words of the key into the help: a word answered as unknown never has a leerlijn’s steps, so no key holds one', async () => {
    const help = await ownView(env.deps, member(), { view: 'help', leerlijnId: env.s.leerlijnId, unknown: 'Klik hier: https://evil.example' });
    expect(help.view).not.toHaveProperty('unknown');
  });

  it('refuses a key it did not make', async () => {
    const keys = [
      null, {}, { view: 'timeline', leerlijnId: 'not-a-uuid' }, { view: 'delete', leerlijnId: env.s.leerlijnId },
      { view: 'form', form: 'no_such_form', leerlijnId: env.s.leerlijnId }, { view: 'form', form: 'plan', leerlijnId: env.s.leerlijnId, onderdeel: 'Z9' },
    ];
    for (const key of keys) {
      await expect(ownViewOf(env.deps, env.s.coordinator, key)).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });
});
