// Every command of the registry, typed by the coordinator (anna), a team member (bram) and someone
// in the channel who is not on the team (hamza), in the team's channel and in their private chat
// with the bot, on both platforms, with one started leerlijn per platform. Each sees the same
// refusal or answer; a refusal brings nothing to the channel but itself (Teams posts its answers
// there, Slack shows them to the one person), and nobody else's private chat hears of anything.
// The commands run in the registry's order and build on each other: `scores` opens the round
// (bram votes) that `sluit` closes. English aliases are typed once each, by the member.
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName } from '../../src/app/flows/registry.js';
import type { MessageKey, Params } from '../../src/i18n/index.js';
import { PLATFORMS, sharedStory, type Person, type Story } from './story.js';

type Role = 'outsider' | 'member' | 'coordinator';
/** The refused first: what the coordinator does changes the state. */
const ROLES: readonly Role[] = ['outsider', 'member', 'coordinator'];
type Place = 'channel' | 'privately';

/**
 * What the person sees. `refused`: exactly this sentence and nothing else; `channel`: what the
 * whole channel gets besides the answer (nothing unless said).
 */
interface Seen {
  refused?: string;
  shows?: string[];
  hides?: string[];
  channel?: string[];
  /** The person's own private chat gets something (the export, one's own data as a file). */
  toldPrivately?: boolean;
  /**
   * The answer holds controls only its asker may use (`hidden`): where answers are messages to
   * the whole channel (Teams), the channel shows it without them; `asMemberSaw`: as the member's answer.
   */
  askersOwn?: { hidden: string[]; asMemberSaw?: true };
}

type Said = (key: MessageKey, params?: Params) => string;
type Expect = (said: Said, role: Role, s: Story) => Seen;

interface Sweep {
  channel: Expect;
  privately: Expect;
  /** After the coordinator typed it in the channel, before anyone types it privately. */
  then?: (s: Story) => Promise<void>;
}

const SCHOOL = 'De Horizon';
/**
 * The day a stop now (Thursday 15 January 2026, 10:00) would have its data deleted at the latest: 09:00, 14 days after a warning at
 * 09:00 on a working day (Saturday 2 January 2027 is not: Monday the 4th), so Monday 18 January.
 */
const STOP_DELETES_ON = { date: 'maandag 18 januari 2027' };

const refused = (key: MessageKey): Expect => (said) => ({ refused: said(key) });
const byRole = (seen: Record<Role, Expect>): Expect => (said, role, s) => seen[role](said, role, s);
/** Channel-only commands, typed in a private chat: where they work, in the words typed. */
const channelOnly = (word: string): Expect => (said) => ({ refused: said('command.channelOnly', { command: word }) });
/** Not on the team: told it takes being on the team, not (as a vote's refusal says) that only members vote. */
const notMember = refused('error.not_on_team');
const notCoordinator = refused('error.not_coordinator');
/** Someone on the team is told who the coordinator is, by name; someone off it only that it takes the coordinator. */
const askCoordinator: Expect = (said, _role, s) => ({ refused: `${said('error.not_coordinator')} ${said('refusal.coordinatorIs', { coordinators: s.name(s.coordinator('anna')) })}` });
/** Coordinator-only, typed privately: the coordinator is sent to the channel; anyone else is refused at once, not sent there to be. */
const coordinatorsChannelOnly = (word: string, others: Expect = notCoordinator): Expect => byRole({ outsider: others, member: others, coordinator: channelOnly(word) });
const evaluationList: Expect = (said) => ({ shows: [said('evaluation.heading', { moment: '' }).trim()] });
const ownVotes = (said: Said): string => said('myData.votes', { school: SCHOOL, moment: said('moment.short.week1'), scores: 'P1 3' });
/** Bram's own votes to bram, and as a file in his private chat; the others voted nothing, so they get no file. */
const myData: Expect = (said, role) => (role === 'member'
  ? { shows: [said('myData.intro'), ownVotes(said), said('myData.filePrivately')], toldPrivately: true }
  : { refused: said('myData.none') });
const notComparable: Expect = (said) => ({ refused: said('errorNoneAgreed.comparison_incomplete', { moment: said('moment.week1') }) });

const SWEEP: Record<CommandName, Sweep> = {
  help: {
    // The four steps are for the team; what is next, with one's own actions, for the asker alone.
    channel: (said, role) => (role === 'outsider'
      ? { shows: [said('command.help.help')], hides: [said('guide.nextHeading')] }
      : { shows: [said('command.help.help'), said('guide.nextHeading')], askersOwn: { hidden: [said('guide.nextHeading')] } }),
    privately: (said) => ({ shows: [said('command.help.help')], hides: [said('guide.nextHeading')] }),
  },
  start: { channel: refused('error.leerlijn_exists'), privately: channelOnly('start') },
  status: {
    channel: (said, role) => ({
      shows: [said('status.heading', { school: SCHOOL, youthOrg: 'JoU' }), ...(role === 'outsider' ? [] : [said('guide.nextHeading')])],
      ...(role === 'outsider' ? { hides: [said('guide.nextHeading')] } : { askersOwn: { hidden: [said('guide.nextHeading')] } }),
    }),
    privately: (said, role) => (role === 'outsider' ? { shows: [said('home.empty')] } : { shows: [said('home.heading'), SCHOOL] }),
  },
  planning: {
    channel: byRole({
      outsider: notMember,
      member: (said) => ({ shows: [said('timeline.heading')], hides: [said('timeline.button.move')] }),
      coordinator: (said) => ({ shows: [said('timeline.heading'), said('timeline.button.move')], askersOwn: { hidden: [said('timeline.button.move')], asMemberSaw: true } }),
    }),
    privately: channelOnly('planning'),
  },
  team: {
    channel: (said, role, s) => ({
      shows: [s.name(s.person('chen')), ...(role === 'coordinator' ? [said('team.title')] : [])], hides: role === 'coordinator' ? [] : [said('team.title')],
      ...(role === 'coordinator' ? { askersOwn: { hidden: [said('team.title')], asMemberSaw: true as const } } : {}),
    }),
    privately: channelOnly('team'),
  },
  scores: {
    channel: byRole({ outsider: notCoordinator, member: askCoordinator, coordinator: (said) => ({ channel: [said('card.votedCount', { count: 0, total: 3 })] }) }),
    privately: coordinatorsChannelOnly('scores'),
    then: async (s) => {
      await s.vote(s.person('bram'), 'P1', 3);
      await s.d.settle();
      s.d.newInChannel();
    },
  },
  sluit: {
    channel: byRole({
      outsider: notCoordinator,
      member: askCoordinator,
      coordinator: (said) => ({ shows: [said('guide.nextHeading')], channel: [said('round.closed', { moment: said('moment.week1') })] }),
    }),
    privately: coordinatorsChannelOnly('sluit'),
  },
  actieplan: {
    // A member who is not the meeting's invuller reads the plan, told who fills it in.
    channel: byRole({
      outsider: notMember,
      member: (said) => ({ shows: [said('plan.heading'), said('plan.fillers', { kind: 'actieplanbijeenkomst' })], hides: [said('plan.intro')] }),
      coordinator: (said) => ({ shows: [said('plan.intro')], hides: [said('plan.fillers', { kind: 'actieplanbijeenkomst' })], askersOwn: { hidden: [said('plan.intro')], asMemberSaw: true } }),
    }),
    privately: channelOnly('actieplan'),
  },
  acties: { channel: byRole({ outsider: notMember, member: (said) => ({ shows: [said('plan.actions')] }), coordinator: (said) => ({ shows: [said('plan.actions')] }) }), privately: channelOnly('acties') },
  // One's own actions are the asker's alone: where every answer is a message to all (Teams),
  // the channel reads whose they are, the asker's own view lists them.
  'mijn-acties': {
    channel: (said) => ({ shows: [said('home.myActions'), said('home.noActions')], askersOwn: { hidden: [said('home.noActions')] } }),
    privately: (said) => ({ shows: [said('home.myActions'), said('home.noActions')] }),
  },
  // Someone's own votes are never shown where others see them (bram voted P1 3 at `scores`):
  // in a channel where every answer is a message to all (Teams), the answer says where to ask.
  'mijn-gegevens': {
    channel: (said, role, s) => (s.d.answersInChannel ? { refused: said('myData.inChannel'), hides: [ownVotes(said)] } : myData(said, role, s)),
    privately: myData,
  },
  evaluatie: {
    channel: byRole({ outsider: notMember, member: evaluationList, coordinator: evaluationList }),
    privately: channelOnly('evaluatie'),
  },
  vergelijk: {
    // Week 1 is closed but not agreed.
    channel: byRole({ outsider: notMember, member: notComparable, coordinator: notComparable }),
    privately: channelOnly('vergelijk'),
  },
  // The form only: the coordinator does not send it here, so the leerlijn runs on for the commands after.
  // It names the day the data would go if stopped now, a year on (the bot's default RETENTION_DAYS).
  stop: {
    channel: byRole({
      outsider: notCoordinator, member: askCoordinator,
      coordinator: (said) => ({ shows: [said('retention.stopWarning', STOP_DELETES_ON)], askersOwn: { hidden: [said('retention.stopWarning', STOP_DELETES_ON)] } }),
    }),
    privately: coordinatorsChannelOnly('stop'),
  },
  export: { channel: byRole({ outsider: notCoordinator, member: askCoordinator, coordinator: () => ({ toldPrivately: true }) }), privately: coordinatorsChannelOnly('export', refused('command.exportNotCoordinator')) },
  verwijder: {
    channel: byRole({ outsider: notCoordinator, member: askCoordinator, coordinator: (said) => ({ shows: [said('export.confirmLabel')], askersOwn: { hidden: [said('export.confirmLabel')] } }) }),
    privately: coordinatorsChannelOnly('verwijder'),
  },
};

/** The story's `said`, as the sweep's expectations take it: as read in the channel, or in a private chat with the bot. */
const saidOn = (s: Story, readIn: 'channel' | 'private' = 'channel'): Said => (key, params) => s.said(key, params, readIn);

function personOf(s: Story, role: Role): Person {
  return role === 'coordinator' ? s.coordinator('anna') : role === 'member' ? s.person('bram') : s.outsider();
}

/** Types the command and checks what this person, the channel and everyone's private chats got (`memberSaw`: the member's answer to it). */
async function typeAndSee(s: Story, role: Role, place: Place, word: string, seen: Seen, memberSaw?: string): Promise<string> {
  const p = personOf(s, role);
  const everyone = [s.coordinator('anna'), s.person('bram'), s.person('chen'), s.outsider()];
  const chats = everyone.map((q) => s.d.privateChat(q));
  await (place === 'channel' ? s.command(p, word) : s.commandPrivately(p, word));
  await s.d.settle();
  const answer = s.d.lastAnswer(p);
  const where = `${s.platform}: ${word} by the ${role} ${place}`;
  expect(s.otherPlatformWords(answer), where).toEqual([]);
  if (seen.refused !== undefined) expect(answer.trim(), where).toBe(seen.refused);
  expect((seen.shows ?? []).filter((x) => !answer.includes(x)), `${where}, missing in: ${answer.slice(0, 300)}`).toEqual([]);
  expect((seen.hides ?? []).filter((x) => answer.includes(x)), `${where}, shown in: ${answer.slice(0, 300)}`).toEqual([]);
  expectChannelGot(s, place, answer, seen, memberSaw, where);
  everyone.forEach((q, i) => {
    const own = q.key === p.key;
    // Teams answers a private command in the 1:1 chat itself; a file (the export, one's own data) goes to the asker's own chat.
    if (own && (place === 'privately' || seen.toldPrivately)) return;
    expect(s.d.privateChat(q), `${where}: ${q.key}'s private chat`).toBe(chats[i]);
  });
  if (seen.toldPrivately) expect(s.d.privateChat(p).length, `${where}: told privately`).toBeGreaterThan(chats[everyone.indexOf(p)]!.length);
  return answer;
}

/** The channel got `seen.channel`, and otherwise only the answer where the platform posts answers there, without the asker's own controls. */
function expectChannelGot(s: Story, place: Place, answer: string, seen: Seen, memberSaw: string | undefined, where: string): void {
  const fresh = s.d.newInChannel();
  const posted = seen.channel ?? [];
  if (posted.length > 0) {
    expect(posted.filter((x) => !fresh.includes(x)), `${where}: the channel got ${fresh.slice(0, 300)}`).toEqual([]);
    return;
  }
  const toAll = place === 'channel' && s.d.answersInChannel;
  if (!toAll || !seen.askersOwn) return void expect(fresh, `${where}: new in the channel`).toBe(toAll ? answer : '');
  expect(fresh, `${where}: nothing new in the channel`).not.toBe('');
  expect(seen.askersOwn.hidden.filter((x) => fresh.includes(x)), `${where}: the channel shows the asker's own controls`).toEqual([]);
  if (seen.askersOwn.asMemberSaw) expect(fresh, `${where}: the channel shows it as the member saw it`).toBe(memberSaw);
}

describe.each(PLATFORMS)('every command by everyone, in the channel and privately, on %s', (platform) => {
  const story = sharedStory(platform, async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [Person, Person, Person];
    await s.start({ by: anna, school: SCHOOL, members: s.members(3) });
    // Sides and levels as the team form sets them (Teams' start form asks sides, Slack's does not).
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager' },
      { person: bram, side: 'jongerenwerk', level: 'uitvoerder' },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    await s.d.settle();
    s.d.newInChannel();
  });

  for (const command of COMMANDS) {
    it(`${command.name}: ${command.words.join(', ')}`, async () => {
      const s = story();
      // What a failed command before left in the channel is not this one's.
      s.d.newInChannel();
      const sweep = SWEEP[command.name];
      const [dutch, ...aliases] = command.words as [string, ...string[]];
      let memberSaw: string | undefined;
      for (const role of ROLES) {
        const answer = await typeAndSee(s, role, 'channel', dutch, sweep.channel(saidOn(s), role, s), memberSaw);
        if (role === 'member') {
          memberSaw = answer;
          for (const alias of aliases) expect(await typeAndSee(s, role, 'channel', alias, sweep.channel(saidOn(s), role, s)), `${alias} as ${dutch}`).toBe(answer);
        }
      }
      await sweep.then?.(s);
      for (const role of ROLES) await typeAndSee(s, role, 'privately', dutch, sweep.privately(saidOn(s, 'private'), role, s));
    }, 120_000);
  }

  it('team toevoegen with a typed name instead of a mention: how to name someone, in this platform\'s words', async () => {
    const s = story();
    s.d.newInChannel();
    // Only the coordinator changes the team: anyone else hears that first, not how to name someone.
    const seen = byRole({ outsider: notCoordinator, member: askCoordinator, coordinator: (said) => ({ refused: said('team.notMention', { word: 'jan' }) }) });
    for (const role of ROLES) await typeAndSee(s, role, 'channel', 'team toevoegen jan', seen(saidOn(s), role, s));
  });
});
