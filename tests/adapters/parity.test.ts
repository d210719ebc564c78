// Issue 4: every neutral view rendered to Block Kit and to an Adaptive Card, in both
// languages, so the two adapters stay in step. Each pair must be valid on its platform and
// show the same key facts; user text must stay inert in Slack; nobody's vote is named.
// Where they used to differ, `agreements` (parity-agreements.ts) pins the wording both now use.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCard, renderInstrument, renderResult, renderRoundClosed, renderRoundHeader } from '../../src/adapters/slack/render/cards.js';
import { slackMarkup, toBlockKit } from '../../src/adapters/slack/render/doc.js';
import { renderHome, renderNotice, renderTeam, renderTimeline } from '../../src/adapters/slack/render/reply.js';
import { userMention } from '../../src/adapters/slack/mrkdwn.js';
import { adaptiveCard, userText, type AdaptiveCard } from '../../src/adapters/teams/cards/common.js';
import { docElements, ownerActionsCard, teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { toFormCard } from '../../src/adapters/teams/cards/form.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { actionListDoc, evaluationItemDoc, evaluationMenuDoc, planDoc, planItemDoc, planMenuDoc } from '../../src/views/plan.js';
import type { Doc } from '../../src/views/doc.js';
import type { Markup } from '../../src/views/markup.js';
import { evaluationForm, planForm } from '../../src/views/plan-forms.js';
import { startedPost, statusDoc, teamBlocks } from '../../src/views/leerlijn.js';
import { comparisonDoc } from '../../src/views/results.js';
import { homeDoc, ownActionsDoc } from '../../src/views/home.js';
import { roundClosedDoc } from '../../src/views/score.js';
import { roundOutcomeCard, roundResultCard, scoreCard } from '../../src/adapters/teams/cards/score.js';
import { timelineCard } from '../../src/adapters/teams/cards/timeline.js';
import { LANGS, type Lang } from '../../src/domain/instrument.js';
import { blockKitViolations, type BlockKitKind } from '../support/blockkit-limits.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { teamsMarkdownTexts } from '../story/drivers/text.js';
import type { MemberView } from '../../src/app/views.js';
import { t } from '../../src/i18n/index.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';
import { renderReply as renderTeamsReply } from '../../src/adapters/teams/reply.js';
import { cardFacts, noticeFacts, type Fact } from '../support/view-facts.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { agreements } from './parity-agreements.js';

interface SlackPart {
  payload: { text?: string; blocks: unknown[] };
  kind: BlockKitKind;
}
interface Pair {
  slack: SlackPart[];
  teams: AdaptiveCard;
  facts: Fact[];
  /** Views about votes: no member may be named in them. */
  aboutVotes?: boolean;
}

const msg = (payload: SlackPart['payload']): SlackPart => ({ payload, kind: 'message' });

/** One neutral view drawn by both renderers: with Slack's markup, and Teams' (people named from `members`). */
const both = (doc: (m: Markup) => Doc, members: readonly MemberView[] = []): Pick<Pair, 'slack' | 'teams'> => ({
  slack: [msg(toBlockKit(doc(slackMarkup)))],
  teams: toAdaptiveCard(doc(teamsMarkup(members))),
});

/** The agreed head's heading (the round, as while it was open) and its sentence with the total. */
function agreedHeadFacts(f: ViewFixtures): Fact[] {
  const { lang, moment, result } = f.completeRound;
  const total = t(lang, 'result.total', { total: result!.total, fase: t(lang, `fase.${result!.fase}`) });
  return [t(lang, 'card.instrument', { moment: t(lang, `moment.short.${moment}`) }), t(lang, 'round.agreed', { moment: t(lang, `moment.${moment}`), total, heading: `${t(lang, 'result.heading')}: ${t(lang, `moment.${moment}`)}` })];
}

/** Every view with a renderer on both sides. */
const PAIRS: Record<string, (f: ViewFixtures) => Pair> = {
  'open score card': (f) => ({ slack: [msg(renderCard(f.openCard))], teams: scoreCard(f.openCard), facts: cardFacts.openCard(f), aboutVotes: true }),
  'round opened': (f) => ({ slack: [msg(renderRoundHeader(f.openRound))], teams: roundResultCard(f.openRound), facts: cardFacts.roundOpened(f), aboutVotes: true }),
  'closed score card': (f) => ({ slack: [msg(renderCard(f.closedCard))], teams: scoreCard(f.closedCard), facts: cardFacts.closedCard(f), aboutVotes: true }),
  // What each posts for the team when a round closes (each also redraws the round as posted).
  'round closed': (f) => ({ slack: [msg(renderRoundClosed(f.closedRound))], teams: toAdaptiveCard(roundClosedDoc(teamsMarkup([]), f.closedRound)), facts: cardFacts.roundClosed(f), aboutVotes: true }),
  'complete round': (f) => ({
    slack: [msg(renderResult(f.completeRound)), msg(renderInstrument(f.completeRound, f.leerlijn.schoolName))],
    teams: roundOutcomeCard(f.completeRound),
    facts: cardFacts.completeRound(f),
    aboutVotes: true,
  }),
  // The round's head once all ten are agreed (Slack's round header, Teams' round card): the same heading, the total, where the outcome is.
  'round agreed (head)': (f) => ({ slack: [msg(renderRoundHeader(f.completeRound))], teams: roundResultCard(f.completeRound), facts: agreedHeadFacts(f), aboutVotes: true }),
  timeline: (f) => ({ slack: [msg(renderTimeline(f.timeline, true))], teams: timelineCard(f.timeline, f.leerlijn.members), facts: cardFacts.timeline(f) }),
  team: (f) => ({ slack: [msg(renderTeam(f.leerlijn, true))], teams: adaptiveCard(docElements(teamBlocks(teamsMarkup(f.leerlijn.members), { ...f.leerlijn, lang: f.lang }))), facts: cardFacts.team(f) }),
  status: (f) => ({ ...both((m) => statusDoc(m, f.status), f.status.leerlijn.members), facts: cardFacts.status(f) }),
  // What a start posts (startedPost, as both surfaces do): who started it, then the planning.
  started: (f) => {
    const started = { leerlijn: f.started, timeline: f.startedTimeline };
    const name = f.started.members.find((m) => m.userId === f.starter.userId)!.displayName;
    // Slack mentions who started it; Teams names them (looked up by the surface, escaped).
    const slack = startedPost(slackMarkup, started, userMention(f.starter.userId)).map((doc) => msg(toBlockKit(doc)));
    // Teams posts two cards; the pair reads them as one.
    const teams = startedPost(teamsMarkup(f.started.members), started, userText(name, 100)).map((doc) => toAdaptiveCard(doc));
    return { slack, teams: adaptiveCard(teams.flatMap((card) => card.body)), facts: cardFacts.started(f) };
  },
  // What `actieplan` answers, on its own: the channel's posts of the plan are not part of it.
  actieplan: (f) => ({ ...both((m) => planMenuDoc(m, f.plan, true), f.leerlijn.members), facts: cardFacts.plan(f) }),
  'action list': (f) => ({ ...both((m) => actionListDoc(m, f.lang, f.actions), f.leerlijn.members), facts: cardFacts.actions(f, f.actions) }),
  'my actions': (f) => ({ slack: [msg(toBlockKit(ownActionsDoc(slackMarkup, f.lang, f.ownerActions)))], teams: ownerActionsCard(f.lang, f.ownerActions), facts: cardFacts.myActions(f) }),
  evaluation: (f) => ({ ...both((m) => evaluationMenuDoc(m, f.evaluation, true), f.leerlijn.members), facts: cardFacts.evaluation(f) }),
  'comparison (nieuw)': (f) => ({ ...both((m) => comparisonDoc(m, f.comparison)), facts: cardFacts.comparison(f) }),
  home: (f) => ({ slack: [{ payload: renderHome(f.home), kind: 'home' }], teams: toAdaptiveCard(homeDoc(teamsMarkup([]), f.home)), facts: cardFacts.home(f) }),
};

const NOTICE_NAMES = [
  'owner_actions', 'action_changed', 'meeting_reminder invite', 'meeting_reminder day_before', 'meeting_reminder start',
  'coordinator_prompt actieplan_not_planned', 'coordinator_prompt plan_going', 'coordinator_prompt close_open',
  'action_followup before', 'action_followup due', 'action_followup overdue', 'digest', 'job_failed',
  'coordinator_prompt assign_roles', 'step_document', 'recipient_gone', 'retention_warning', 'team_news added', 'team_news removed',
  'coordinator_prompt round_not_held',
] as const;

function noticePair(f: ViewFixtures, index: number): Pair {
  const notice = f.notices[index]!;
  return { slack: [msg(renderNotice(notice))], teams: noticeCard(notice), facts: noticeFacts(f, notice) };
}

function allPairs(f: ViewFixtures): Array<[string, Pair]> {
  return [...Object.entries(PAIRS).map(([name, make]) => [name, make(f)] as [string, Pair]), ...NOTICE_NAMES.map((n, i) => [`notice ${n}`, noticePair(f, i)] as [string, Pair])];
}

// ---- what a user reads ----

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Commands differ by platform on purpose (`/leerlijn x` vs `@Leerlijn x`). */
const sameCommand = (s: string): string => s.replace(/(`|\*\*)[/@]leerlijn/gi, '$1leerlijn');
/** A command in a text is code; a Teams card has none and shows it bold (cards/common.ts forTeams). */
const asTeamsShowsIt = (s: string): string => s.replace(/(?<!\\)`([^`\n]+?)(?<!\\)`/g, '**$1**');

/** Slack: the texts in the blocks (mrkdwn and plain_text), not the notification fallback. */
function slackBlockTexts(part: SlackPart): Array<{ type: string; text: string }> {
  const out: Array<{ type: string; text: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push({ type: o.type, text: o.text });
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(part.payload.blocks);
  return out;
}

/** A link shows as its label: Slack's `<url|label>`, Teams' `[label](url)`. */
const slackLinkLabels = (s: string): string => s.replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2');
const teamsLinkLabels = (s: string): string => s.replace(/(?<!\\)\[((?:\\.|[^\]\\])+)\]\((https?:[^)]+)\)/g, '$1'); // an escaped [ or ] opens or closes none

function slackVisible(parts: SlackPart[]): string {
  const shown = (mrkdwn: string): string => decode(slackLinkLabels(mrkdwn)).replace(/[\u2217\u02CD]/g, (c) => (c === '\u2217' ? '*' : '_')); // typed marks are drawn as look-alikes
  return sameCommand(parts.flatMap((p) => slackBlockTexts(p).map((x) => (x.type === 'mrkdwn' ? shown(x.text) : x.text))).join('\n'));
}

/** What Teams shows for Markdown: a backslash before punctuation is an escape, the character shows as typed. */
const unescapeMarkdown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Teams: TextBlocks, facts, labels, choices and buttons; never the hidden `data`. Markdown as a user reads it. */
function teamsVisible(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown, inFacts: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inFacts));
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    const markdown = (key: string): boolean => (key === 'text' && o.type === 'TextBlock') || (inFacts && (key === 'title' || key === 'value'));
    for (const key of ['text', 'title', 'label', 'value', 'placeholder']) {
      if (typeof o[key] === 'string') out.push(markdown(key) ? unescapeMarkdown(teamsLinkLabels(o[key] as string)) : (o[key] as string));
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') walk(v, k === 'facts');
  };
  walk(card, false);
  return sameCommand(out.join('\n'));
}

/** Mrkdwn Slack would parse: block mrkdwn plus the message's `text`, which notifications use. */
function slackMrkdwn(parts: SlackPart[]): string[] {
  return parts.flatMap((p) => [...(p.payload.text === undefined ? [] : [p.payload.text]), ...slackBlockTexts(p).filter((x) => x.type === 'mrkdwn').map((x) => x.text)]);
}

function missing(facts: Fact[], slack: string, teams: string): { slack: string[]; teams: string[] } {
  const norm = (s: string): string => sameCommand(s);
  return {
    slack: facts.filter((f) => !slack.includes(norm(typeof f === 'string' ? f : f.slack))).map((f) => (typeof f === 'string' ? f : f.slack)),
    teams: facts.filter((f) => !teams.includes(norm(typeof f === 'string' ? asTeamsShowsIt(f) : f.teams))).map((f) => (typeof f === 'string' ? f : f.teams)),
  };
}

const RAW_INJECTIONS = ['<!channel>', '<!here>', '<https://evil|', '<@U123>'];
/** User text that would turn into bold, a link, italics, a heading or a tag if Teams read it as Markdown. */
/** User text that Slack would draw bold or italic (typed marks are drawn as look-alikes, mrkdwn.ts). */
const RAW_SLACK_MARKS = ['*bold*', '_Noord_'];
/** `raw` stands in `markdown` with its first mark not escaped (`\\<!channel>` is no tag; only what opens markup is escaped). */
const unescapedIn = (markdown: string, raw: string): boolean => markdown.split(raw).slice(0, -1).some((before) => !before.endsWith('\\'));
const RAW_MARKDOWN = ['*bold*', '[JoU](https://evil.example)', '_Noord_', '<!channel>', '<@U123>', '<https://evil|klik>', '<!here>'];

describe.each(LANGS)('Slack and Teams render the same views (%s)', (lang: Lang) => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);

  it('builds the views the scenario promises', () => {
    expect(f.closedCard.closed?.tally.bespreekpunt).toBe(true);
    expect(f.closedCard.closed?.agreedDiffers).toBe(true);
    expect(f.completeRound.result).not.toBeNull();
    expect(f.timeline.issues.map((i) => i.code).sort()).toEqual(['actieplan_late', 'weekend']);
    expect(f.actions.filter((a) => a.overdue)).toHaveLength(1);
    expect(f.comparison.comparison.kind).toBe('nieuw');
    expect(f.notices.map((n) => n.type)).toEqual(NOTICE_NAMES.map((n) => n.split(' ')[0]));
  });

  it.each([...Object.keys(PAIRS), ...NOTICE_NAMES.map((n) => `notice ${n}`)])('%s: valid Block Kit and a valid Adaptive Card', (name) => {
    const [, pair] = allPairs(f).find(([n]) => n === name)!;
    for (const part of pair.slack) expect(blockKitViolations(part.payload, part.kind)).toEqual([]);
    expect(adaptiveCardProblems(pair.teams)).toEqual([]);
  });

  it('posts the actieplan and each onderdeel of it and of an evaluation as valid Block Kit', () => {
    const docs = [planDoc(slackMarkup, f.plan), ...f.plan.items.map((i) => planItemDoc(slackMarkup, f.plan, i.onderdeel)), ...f.evaluation.items.map((i) => evaluationItemDoc(slackMarkup, f.evaluation, i.onderdeel))];
    const posts = docs.map((doc) => toBlockKit(doc));
    for (const post of posts) expect(blockKitViolations(msg(post).payload, 'message')).toEqual([]);
  });

  it('says the actieplan has no actions yet, on both platforms, when the team\'s list is empty', () => {
    const slack = slackVisible([msg(toBlockKit(actionListDoc(slackMarkup, lang, [])))]);
    const teams = teamsVisible(toAdaptiveCard(actionListDoc(teamsMarkup(f.leerlijn.members), lang, [])));
    expect([slack.includes(t(lang, 'plan.empty')), teams.includes(t(lang, 'plan.empty'))]).toEqual([true, true]);
  });

  it('shows the team\'s warnings to the coordinator with the team form, as to everyone else', () => {
    const leerlijn = { ...f.leerlijn, teamWarnings: [{ code: 'side_missing' as const, side: 'jongerenwerk' as const }, { code: 'unassigned' as const, count: 2 }] };
    const slack = slackVisible([{ payload: renderTeam(leerlijn, true), kind: 'message' }]);
    const teams = teamsVisible(renderTeamsReply(lang, { type: 'team', leerlijn, canEdit: true }, new Map()));
    for (const w of leerlijn.teamWarnings) expect([slack.includes(sameCommand(tTeamWarning(lang, w))), teams.includes(sameCommand(asTeamsShowsIt(tTeamWarning(lang, w))))], `${slack}\n---\n${teams}`).toEqual([true, true]);
  });

  it('draws each actieplan onderdeel\'s Teams form as a valid card, opened with what was saved of it, as Slack\'s modal', () => {
    expect(f.plan.items.length).toBeGreaterThan(0);
    for (const item of f.plan.items) {
      const card = toFormCard(planForm(teamsMarkup(f.leerlijn.members), f.plan, item.onderdeel), f.leerlijn.members);
      expect(adaptiveCardProblems(card)).toEqual([]);
      const shown = (id: string): unknown => (card.body.find((e) => e.id === id) as { value?: unknown } | undefined)?.value;
      expect([shown('watKanBeter'), shown('gewensteEindsituatie')]).toEqual([item.watKanBeter, item.gewensteEindsituatie]);
      for (const a of item.actions) expect(teamsVisible(card)).toContain(a.description);
    }
  });

  it('draws each onderdeel\'s Teams evaluation form as a valid card, opened with what was saved of it', () => {
    for (const item of f.evaluation.items) {
      const card = toFormCard(evaluationForm(teamsMarkup(f.leerlijn.members), f.evaluation, item.onderdeel), f.leerlijn.members);
      expect(adaptiveCardProblems(card)).toEqual([]);
      const shown = (id: string): unknown => (card.body.find((e) => e.id === id) as { value?: unknown } | undefined)?.value;
      expect(shown('toelichting')).toBe(item.toelichting ?? undefined);
      expect(shown('bereikt')).toBe(item.bereikt ? String(item.bereikt) : undefined);
    }
    expect(f.evaluation.items.some((i) => i.toelichting)).toBe(true);
  });

  it.each([...Object.keys(PAIRS), ...NOTICE_NAMES.map((n) => `notice ${n}`)])('%s: both show the same key facts', (name) => {
    const [, pair] = allPairs(f).find(([n]) => n === name)!;
    expect(missing(pair.facts, slackVisible(pair.slack), teamsVisible(pair.teams))).toEqual({ slack: [], teams: [] });
  });

  it.each([...Object.keys(PAIRS), ...NOTICE_NAMES.map((n) => `notice ${n}`)])('%s: user text cannot ping or link in Slack blocks', (name) => {
    const [, pair] = allPairs(f).find(([n]) => n === name)!;
    const blocks = pair.slack.flatMap((p) => slackBlockTexts(p).filter((x) => x.type === 'mrkdwn').map((x) => x.text)).join('\n');
    for (const raw of RAW_INJECTIONS) expect(blocks).not.toContain(raw);
  });

  it.each([...Object.keys(PAIRS), ...NOTICE_NAMES.map((n) => `notice ${n}`)])('%s: user text shows literally in Slack, not as bold or italic', (name) => {
    const [, pair] = allPairs(f).find(([n]) => n === name)!;
    const mrkdwn = slackMrkdwn(pair.slack).join('\n');
    for (const raw of RAW_SLACK_MARKS) expect({ raw, found: mrkdwn.includes(raw) }).toEqual({ raw, found: false });
  });

  it.each([...Object.keys(PAIRS), ...NOTICE_NAMES.map((n) => `notice ${n}`)])('%s: user text shows literally in Teams, not as Markdown', (name) => {
    const [, pair] = allPairs(f).find(([n]) => n === name)!;
    const markdown = teamsMarkdownTexts(pair.teams).join('\n');
    for (const raw of RAW_MARKDOWN) expect({ raw, found: unescapedIn(markdown, raw) }).toEqual({ raw, found: false });
  });

  it('never names who voted what, on either platform', () => {
    for (const [name, pair] of allPairs(f).filter(([, p]) => p.aboutVotes)) {
      const both = `${JSON.stringify(pair.slack)}\n${JSON.stringify(pair.teams)}`;
      for (const m of f.leerlijn.members) {
        expect({ name, found: both.includes(m.userId) || both.includes(m.displayName) }).toEqual({ name, found: false });
      }
    }
  });

  // Where the adapters used to disagree: both now say the same.
  it.each(agreements.map((d) => [d.name, d] as const))('agree: %s', (_name, d) => {
    const pair = d.pair === 'notice' ? noticePair(f, d.notice ?? 0) : PAIRS[d.pair]!(f);
    expect(missing(d.facts(f), slackVisible(pair.slack), teamsVisible(pair.teams))).toEqual({ slack: [], teams: [] });
  });

  it('user text cannot ping or link in the notification text of any Slack message', () => {
    for (const [name, pair] of allPairs(f)) {
      for (const text of slackMrkdwn(pair.slack)) expect({ name, raw: RAW_INJECTIONS.filter((r) => text.includes(r)) }).toEqual({ name, raw: [] });
    }
  });
});
