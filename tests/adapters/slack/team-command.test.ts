// `/leerlijn team add|remove @…` typed by the coordinator, in the team of 60 team.test.ts edits
// in the modal: who is told, what the channel reads, and what is refused.
import { describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { allViolations, COORDINATOR, USERS } from './harness.js';
import { TEAM, useTeamOf60 } from './team-of-60.js';

const NEWCOMERS = ['U0NIEUW1', 'U0NIEUW2', 'U0NIEUW3', 'U0NIEUW4'] as const;
const MEMBER = USERS[3]!;

const { env, lastPost, teamIds } = useTeamOf60();
const ephemeralText = (user: string): string => JSON.stringify(env.h.fake.ephemeralsTo(user).at(-1)?.body ?? {});
/** Everything said to `user` alone by the command `text`. */
async function commandSaysTo(user: string, text: string): Promise<string> {
  const from = env.h.fake.ephemeralsTo(user).length;
  await env.h.command(user, text);
  await env.h.settle();
  return JSON.stringify(env.h.fake.ephemeralsTo(user).slice(from).map((e) => e.body));
}

describe('/leerlijn team add and remove', () => {
  it('adds two people by mention, tells the coordinator, and shows the new team to the channel', async () => {
    const text = await commandSaysTo(COORDINATOR, `team add <@${NEWCOMERS[0]}|nieuw1> <@${NEWCOMERS[1]}>`);
    expect(text).toContain(t('nl', 'team.addedMany', { names: `<@${NEWCOMERS[0]}> en <@${NEWCOMERS[1]}>` }));
    expect(lastPost()).toContain(`<@${NEWCOMERS[1]}>: –`); // the team as it is now, for everyone
    expect(await teamIds()).toEqual(expect.arrayContaining([NEWCOMERS[0], NEWCOMERS[1]]));
    expect(await teamIds()).toHaveLength(62);
  });

  it('keeps the side of someone named again and says so', async () => {
    await env.h.command(COORDINATOR, `team toevoegen <@${USERS[1]}>`);
    await env.h.settle();
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'team.alreadyIn', { names: `<@${USERS[1]}>` }));
    expect(ephemeralText(COORDINATOR)).not.toContain('toegevoegd');
    const said = await commandSaysTo(COORDINATOR, `team toevoegen <@${USERS[1]}> <@${NEWCOMERS[3]}>`);
    expect(said).toContain(t('nl', 'team.added', { name: `<@${NEWCOMERS[3]}>` }));
    expect(said).toContain(t('nl', 'team.alreadyIn', { names: `<@${USERS[1]}>` }));
    await env.h.command(COORDINATOR, 'team');
    await env.h.settle();
    // Where the start form placed them; someone newly added reads '–'.
    expect(ephemeralText(COORDINATOR)).toContain(`<@${USERS[1]}>: Jongerenwerk · Uitvoerder`);
  });

  it('removes someone with `verwijder`', async () => {
    const text = await commandSaysTo(COORDINATOR, `team verwijder <@${NEWCOMERS[1]}|nieuw2>`);
    expect(text).toContain(t('nl', 'team.removed', { name: `<@${NEWCOMERS[1]}>` }));
    expect(lastPost()).toContain(t('nl', 'team.heading'));
    // The channel reads who left, and no longer lists them.
    expect(lastPost()).toContain(t('nl', 'team.removed', { name: `<@${NEWCOMERS[1]}>` }));
    expect(lastPost()).not.toContain(`<@${NEWCOMERS[1]}>: `);
    expect(await teamIds()).not.toContain(NEWCOMERS[1]);
    expect(await teamIds()).toHaveLength(62);
  });

  it('keeps a change whose person cannot be told, and tells the coordinator to let them know', async () => {
    env.h.fake.failNext('conversations.open', { error: 'internal_error' });
    const text = await commandSaysTo(COORDINATOR, `team verwijder <@${NEWCOMERS[3]}>`);
    expect(text).toContain(t('nl', 'team.removed', { name: `<@${NEWCOMERS[3]}>` }));
    expect(text).toContain(t('nl', 'teamNews.unreached', { names: `<@${NEWCOMERS[3]}>` }));
    expect(await teamIds()).not.toContain(NEWCOMERS[3]);
  });

  it('does not ask the coordinator to tell someone taken off who left the workspace (their account is gone)', async () => {
    env.h.fake.failNext('conversations.open', { error: 'user_disabled' });
    const text = await commandSaysTo(COORDINATOR, `team verwijder <@${TEAM[40]!}>`);
    expect(text).toContain(t('nl', 'team.removed', { name: `<@${TEAM[40]!}>` }));
    expect(text).not.toContain(t('nl', 'teamNews.unreached', { names: `<@${TEAM[40]!}>` }));
    expect(await teamIds()).not.toContain(TEAM[40]!);
  });

  it('refuses a team member who is not the coordinator, and changes nothing', async () => {
    const before = await teamIds();
    await env.h.command(MEMBER, `team add <@${NEWCOMERS[2]}>`);
    await env.h.settle();
    expect(ephemeralText(MEMBER)).toContain(tError('nl', 'not_coordinator'));
    await env.h.command(MEMBER, `team remove <@${NEWCOMERS[0]}>`);
    await env.h.settle();
    expect(ephemeralText(MEMBER)).toContain(tError('nl', 'not_coordinator'));
    expect(await teamIds()).toEqual(before);
  });

  it('refuses to remove the last coordinator, or someone not in the team', async () => {
    const before = await teamIds();
    await env.h.command(COORDINATOR, `team remove <@${COORDINATOR}>`);
    await env.h.settle();
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'field.coordinator_required'));
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'team.unchanged'));
    await env.h.command(COORDINATOR, `team remove <@${NEWCOMERS[0]}> <@${NEWCOMERS[2]}>`);
    await env.h.settle();
    expect(ephemeralText(COORDINATOR)).toContain(t('nl', 'team.notIn', { names: `<@${NEWCOMERS[2]}>` }));
    expect(await teamIds()).toEqual(before);
  });

  it('explains malformed input and changes nothing', async () => {
    const before = await teamIds();
    const cases: Array<[string, string]> = [
      ['team add', t('nl', 'team.noMentions')],
      ['team add @jan', t('nl', 'team.notMention', { word: '@jan' })],
      // Slack's escapes are quoted as typed, never as code (nor as a ping).
      ['team add <@jan>', t('nl', 'team.notMention', { word: '@jan' })],
      ['team add <!channel>', t('nl', 'team.notMention', { word: '@channel' })],
      [`team invite <@${NEWCOMERS[2]}>`, t('nl', 'team.usage')],
      [`team <@${NEWCOMERS[2]}>`, t('nl', 'team.usage')],
    ];
    for (const [command, expected] of cases) {
      await env.h.command(COORDINATOR, command);
      await env.h.settle();
      const text = ephemeralText(COORDINATOR);
      expect(text, command).toContain(JSON.stringify(expected).slice(1, -1));
      expect(text, command).not.toContain('<!channel>');
    }
    expect(await teamIds()).toEqual(before);
    expect(allViolations(env.h.fake)).toEqual([]);
  });
});
