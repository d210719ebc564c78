// The team modal in Slack for a team of 60: edited page by page, going back, refusals beside
// the member they belong to, and who coordinates. The typed `/leerlijn team add|remove` is
// team-command.test.ts's.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { t } from '../../../src/i18n/index.js';
import { input, type StateValue } from '../../fakes/slack-signing.js';
import { allViolations, CHANNEL, COORDINATOR, USERS } from './harness.js';
import { asShown, openTeamModal as openOf, Shown, submitPage as submitOf, TEAM, useTeamOf60 } from './team-of-60.js';

const { env, lastPost, teamIds } = useTeamOf60();
const openTeamModal = (): Promise<Shown> => openOf(env.h);
const submitPage = (view: Shown, changes: Record<string, Record<string, StateValue>> = {}): Promise<Shown | null> => submitOf(env.h, view, changes);

const labelOf = (view: Shown, blockId: string): string => view.blocks.find((b) => b.block_id === blockId)?.label?.text ?? '';

describe('the team modal with 60 members', () => {
  it('pages the team: member 55’s side is set on page 2 and saved', async () => {
    const page1 = await openTeamModal();
    expect(page1.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(page1.blocks)).toContain('Pagina 1 van 2');
    expect(page1.submit.text).toBe(t('nl', 'team.submitNext'));
    const posts = env.h.fake.messagesIn(CHANNEL).length;

    const page2 = await submitPage(page1);
    expect(page2).not.toBeNull();
    if (!page2) return;
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts); // nothing changed on page 1, nothing posted
    expect(JSON.stringify(page2.blocks)).toContain('Pagina 2 van 2');
    expect(page2.submit.text).toBe(t('nl', 'team.submit'));
    expect(page2.private_metadata.length).toBeLessThan(3000);
    const member55 = labelOf(page2, 'side_54').split(' – ')[0] ?? '';
    expect(TEAM).toContain(member55); // people Slack has no name for are shown by their id

    expect(await submitPage(page2, { side_54: { v: input.select('jongerenwerk') } })).toBeNull();
    expect(lastPost()).toContain(`<@${member55}>: Jongerenwerk`);
    // Nobody else changed: the youth workers the start named (every other one), and member 55 (from school) now.
    expect(lastPost().match(/: Jongerenwerk/g)).toHaveLength(TEAM.filter((_, i) => i % 2 === 1).length + 1);
    expect(allViolations(env.h.fake)).toEqual([]);
  });

  it('keeps what was saved on page 1 when page 2 is left as it is', async () => {
    const page1 = await openTeamModal();
    const name = labelOf(page1, 'level_1').split(' – ')[0] ?? '';
    expect(name).toBe('Lid 2');
    const page2 = await submitPage(page1, { level_1: { v: input.select('manager') } });
    expect(page2).not.toBeNull();
    if (!page2) return;
    expect(JSON.stringify(page2.blocks)).toContain(t('nl', 'team.pageSaved'));
    expect(page2.close.text).toBe(t('nl', 'team.closeSaved')); // closing now would not undo page 1
    // Page 2 shows what the first test saved.
    expect(page2.blocks.find((b) => b.block_id === 'side_54')?.element?.initial_option?.value).toBe('jongerenwerk');
    expect(await submitPage(page2)).toBeNull();
    expect(lastPost()).toContain(`<@${USERS[1]}>: Jongerenwerk · Manager`);
  });

  it('puts a refused value next to the member it belongs to', async () => {
    const page2 = await submitPage(await openTeamModal());
    expect(page2).not.toBeNull();
    if (!page2) return;
    const res = await env.h.submit(COORDINATOR, 'team', { ...asShown(page2), side_50: { v: input.select('bestuur') } }, page2.private_metadata);
    expect(res.json).toEqual({ response_action: 'errors', errors: { side_50: t('nl', 'field.side') } });
  });

  it('posts nothing when the pages are only looked through', async () => {
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    const page2 = await submitPage(await openTeamModal());
    expect(page2).not.toBeNull();
    if (page2) expect(await submitPage(page2)).toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts);
  });

  it('posts the team once when the last page is sent twice (sent again after Slack gave up waiting)', async () => {
    const page2 = await submitPage(await openTeamModal(), { level_3: { v: input.select('manager') } });
    expect(page2).not.toBeNull();
    if (!page2) return;
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    expect(await submitPage(page2)).toBeNull();
    expect(await submitPage(page2)).toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts + 1);
  });

  it('posts the team when the last page is sent again after the channel refused its post', async () => {
    const page1 = await openTeamModal();
    const shown = page1.blocks.find((b) => b.block_id === 'level_7')?.element?.initial_option?.value;
    const page2 = await submitPage(page1, { level_7: { v: input.select(shown === 'manager' ? 'uitvoerder' : 'manager') } });
    expect(page2).not.toBeNull();
    if (!page2) return;
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    env.h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    expect(await submitPage(page2)).toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts);
    expect(await submitPage(page2)).toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts + 1);
  });

  it('goes back with “Vorige”, saving page 2 first; page 1 then knows nothing can be undone', async () => {
    const page1 = await openTeamModal();
    const { id: viewId, hash } = env.h.fake.lastView(COORDINATOR)!;
    expect(page1.blocks.some((b) => b.type === 'actions')).toBe(false); // no way back from page 1
    const page2 = await submitPage(page1);
    expect(page2).not.toBeNull();
    if (!page2) return;
    const nav = JSON.stringify(page2.blocks.find((b) => b.block_id === 'team_nav'));
    expect(nav).toContain('team_previous');
    expect(nav).toContain(t('nl', 'team.previous'));
    const member53 = labelOf(page2, 'level_52').split(' – ')[0] ?? '';
    const posts = env.h.fake.messagesIn(CHANNEL).length;

    const res = await env.h.clickInView(COORDINATOR, 'team_previous', '0', {
      id: viewId, hash, callbackId: 'team', privateMetadata: page2.private_metadata, values: { ...asShown(page2), level_52: { v: input.select('manager') } },
    });
    expect(res.status).toBe(200);
    await env.h.settle();
    const back = Shown.parse(env.h.fake.lastView(COORDINATOR)?.view);
    expect(JSON.stringify(back.blocks)).toContain('Pagina 1 van 2');
    expect(back.close.text).toBe(t('nl', 'team.closeSaved'));
    const { rows } = await env.h.testDb.db.query<{ level: string | null }>('select level from members where user_id = $1 or display_name = $1', [member53]);
    expect(rows.map((r) => r.level)).toEqual(['manager']);
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts); // the team is posted when the modal is done

    const again = await submitPage(back);
    expect(again?.blocks.find((b) => b.block_id === 'level_52')?.element?.initial_option?.value).toBe('manager');
    if (again) expect(await submitPage(again)).toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts + 1);
    expect(allViolations(env.h.fake)).toEqual([]);
  });

  it('stays on the page with “Vorige” when a value is refused, says why, and saves nothing', async () => {
    const page1 = await openTeamModal();
    const { id: viewId, hash } = env.h.fake.lastView(COORDINATOR)!;
    const page2 = await submitPage(page1);
    expect(page2).not.toBeNull();
    if (!page2) return;
    const before = await env.h.testDb.db.query('select user_id, side, level from members order by user_id');
    await env.h.clickInView(COORDINATOR, 'team_previous', '0', {
      id: viewId, hash, callbackId: 'team', privateMetadata: page2.private_metadata, values: { ...asShown(page2), side_50: { v: input.select('bestuur') } },
    });
    await env.h.settle();
    const shown = Shown.parse(env.h.fake.lastView(COORDINATOR)?.view);
    expect(JSON.stringify(shown.blocks)).toContain('Pagina 2 van 2');
    const member51 = labelOf(page2, 'side_50').split(' – ')[0] ?? '';
    expect(JSON.stringify(shown.blocks.find((b) => b.block_id === 'team_problems'))).toContain(`${member51}: ${t('nl', 'field.side')}`);
    // The same people at the same places, so Slack keeps what was typed next to the right name.
    const inputs = (v: Shown) => v.blocks.filter((b) => b.type === 'input').map((b) => [b.block_id, b.label?.text]);
    expect(inputs(shown)).toEqual(inputs(page2));
    expect((await env.h.testDb.db.query('select user_id, side, level from members order by user_id')).rows).toEqual(before.rows);
  });

  it('keeps everyone at their place when “Vorige” fails after someone on the page was removed', async () => {
    const page1 = await openTeamModal();
    const { id: viewId, hash } = env.h.fake.lastView(COORDINATOR)!;
    const page2 = await submitPage(page1);
    expect(page2).not.toBeNull();
    if (!page2) return;
    const gone = z.object({ ids: z.array(z.string()) }).parse(JSON.parse(page2.private_metadata)).ids[1]!; // place 32
    await env.h.command(COORDINATOR, `team remove <@${gone}>`);
    await env.h.settle();
    await env.h.clickInView(COORDINATOR, 'team_previous', '0', {
      id: viewId, hash, callbackId: 'team', privateMetadata: page2.private_metadata, values: { ...asShown(page2), side_50: { v: input.select('bestuur') } },
    });
    await env.h.settle();
    const shown = Shown.parse(env.h.fake.lastView(COORDINATOR)?.view);
    expect(shown.blocks.some((b) => b.block_id === 'side_32')).toBe(false);
    expect(labelOf(shown, 'side_50')).toBe(labelOf(page2, 'side_50'));
    expect(labelOf(shown, 'level_59')).toBe(labelOf(page2, 'level_59'));
    expect(await teamIds()).not.toContain(gone);
    await env.h.command(COORDINATOR, `team add <@${gone}>`); // back as it was for the tests below
    await env.h.settle();
  });

  it('does not bring back someone removed while the page was open', async () => {
    const page1 = await openTeamModal();
    const gone = USERS[7]!;
    expect(labelOf(page1, 'side_7')).toContain('Lid 8');
    await env.h.command(COORDINATOR, `team remove <@${gone}>`);
    await env.h.settle();
    expect(await submitPage(page1, { side_7: { v: input.select('school') } })).not.toBeNull();
    expect(await teamIds()).not.toContain(gone);
    await env.h.command(COORDINATOR, `team add <@${gone}>`); // back as it was for the tests below
    await env.h.settle();
  });
});

describe('coordinators in the team modal', () => {
  const coordinators = async (): Promise<string[]> =>
    (await env.h.testDb.db.query<{ user_id: string }>('select user_id from members where is_coordinator order by user_id')).rows.map((r) => r.user_id);

  it('makes someone coordinator too, and takes it back, as the Teams form can', async () => {
    expect(await coordinators()).toEqual([COORDINATOR]);
    const page1 = await openTeamModal();
    const second = TEAM[1]!;
    expect(labelOf(page1, 'coord_1')).toBe(`${labelOf(page1, 'side_1').split(' – ')[0]} – ${t('nl', 'team.coordinator')}`);
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    const page2 = await submitPage(page1, { coord_1: { v: input.checked(['coordinator']) } });
    expect(await coordinators()).toEqual([COORDINATOR, second].sort());
    // Made coordinator on page 1: the team reads it in words, once, with the team list after the last page.
    const told = (): string => JSON.stringify(env.h.fake.messagesIn(CHANNEL).slice(posts).map((m) => m.blocks ?? m.text));
    // After the last page the team hears it.
    expect(await submitPage(page2!)).toBeNull();
    expect(lastPost()).toMatch(new RegExp(`<@${second}>: [^\\n]*${t('nl', 'team.coordinator')}`));
    expect(told().split(t('nl', 'team.nowCoordinator', { names: `<@${second}>` })).length - 1).toBe(1);

    const again = await openTeamModal();
    expect(await submitPage(again, { coord_1: { v: input.checked([]) } })).not.toBeNull();
    expect(await coordinators()).toEqual([COORDINATOR]);
  });

  it('names in the channel, once, who became coordinator or stopped on an earlier page', async () => {
    const second = TEAM[1]!;
    /** How often the channel's last post says it, with the person named. */
    const told = (key: 'team.nowCoordinator' | 'team.noLongerCoordinator'): number =>
      lastPost().split(t('nl', key, { names: `<@${second}>` })).length - 1;
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    const page2 = await submitPage(await openTeamModal(), { coord_1: { v: input.checked(['coordinator']) } });
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts); // the team hears after the last page
    expect(await submitPage(page2!)).toBeNull();
    expect(told('team.nowCoordinator')).toBe(1);

    // Stopped on page 1, something else changed on page 2: both pages' changes are told.
    const again = await submitPage(await openTeamModal(), { coord_1: { v: input.checked([]) } });
    expect(await submitPage(again!, { level_54: { v: input.select('manager') } })).toBeNull();
    expect(told('team.noLongerCoordinator')).toBe(1);
    expect(told('team.nowCoordinator')).toBe(0);
    expect(await coordinators()).toEqual([COORDINATOR]);
  });

  it('names it once when the pages were saved by going back with “Vorige” and on again', async () => {
    const second = TEAM[1]!;
    const page1 = await openTeamModal();
    const { id: viewId, hash } = env.h.fake.lastView(COORDINATOR)!;
    const page2 = await submitPage(page1, { coord_1: { v: input.checked(['coordinator']) } });
    await env.h.clickInView(COORDINATOR, 'team_previous', '0', { id: viewId, hash, callbackId: 'team', privateMetadata: page2!.private_metadata, values: asShown(page2!) });
    await env.h.settle();
    const back = Shown.parse(env.h.fake.lastView(COORDINATOR)?.view);
    const again = await submitPage(back);
    expect(await submitPage(again!)).toBeNull();
    expect(lastPost().split(t('nl', 'team.nowCoordinator', { names: `<@${second}>` })).length - 1).toBe(1);
    // Back as it was for the tests below.
    expect(await submitPage((await submitPage(await openTeamModal(), { coord_1: { v: input.checked([]) } }))!)).toBeNull();
    expect(await coordinators()).toEqual([COORDINATOR]);
  });

  it('refuses to leave the leerlijn without a coordinator, and changes nothing', async () => {
    const page1 = await openTeamModal();
    const res = await env.h.submit(COORDINATOR, 'team', { ...asShown(page1), coord_0: { v: input.checked([]) } }, page1.private_metadata);
    expect(JSON.stringify(res.json)).toContain(t('nl', 'field.coordinator_required'));
    expect(await coordinators()).toEqual([COORDINATOR]);
  });
});
