// A closed voting round cannot be opened again, so every button that closes one asks first, in
// the catalogue's words: the round's own close button (Slack's round header, Teams' round card),
// the coordinator's reminder that a round is still open, and the next step "close the voting
// round". Slack asks with Block Kit's confirm dialog on the button; Teams has none for its
// buttons, so the button unfolds a hidden part of the card (Action.ToggleVisibility, nothing sent
// to the bot) with the words, the button that really closes, with the same verb and data as before
// (cards posted earlier and the invoke handlers stay as they are), and a cancel that folds it again.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import { renderRoundClosed, renderRoundHeader } from '../../src/adapters/slack/render/cards.js';
import { AGREE_ALL_ACTION, ROUND_CLOSE_ACTION } from '../../src/adapters/slack/render/controls.js';
import { slackMarkup, toBlockKit } from '../../src/adapters/slack/render/doc.js';
import { renderNotice } from '../../src/adapters/slack/render/reply.js';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { roundResultCard } from '../../src/adapters/teams/cards/score.js';
import { VERB } from '../../src/adapters/teams/cards/score-controls.js';
import type { Progress } from '../../src/domain/progress.js';
import { t, type Lang } from '../../src/i18n/index.js';
import { PROMPT_CLOSE } from '../../src/views/notices.js';
import { closeRoundConfirm } from '../../src/views/close-confirm.js';
import type { Doc } from '../../src/views/doc.js';
import { helpDoc, NEXT_STEP } from '../../src/views/reply.js';
import { roundClosedDoc } from '../../src/views/score.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { blockKitViolations } from '../support/blockkit-limits.js';
import { nodesOf } from '../story/drivers/text.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

type Node = Record<string, unknown>;

/** What a button that asks first toggles, in card order: the element holding it (shown) and its question (hidden). */
const SHOWN_THEN_HIDDEN = [undefined, false];
type Prompt = Extract<Notice, { type: 'coordinator_prompt' }>;

const words = (lang: Lang) => ({
  title: t(lang, 'round.closeConfirm.title'),
  text: t(lang, 'round.closeConfirm.text'),
  confirm: t(lang, 'round.closeConfirm.confirm'),
  cancel: t(lang, 'round.closeConfirm.cancel'),
});

/** The confirm dialog of the Slack button with this action id, as Slack shows it. */
function slackConfirm(blocks: unknown, actionId: string): Node {
  const button = nodesOf(blocks).find((n) => n.type === 'button' && n.action_id === actionId);
  if (!button) throw new Error(`no button ${actionId}`);
  const c = (button.confirm ?? {}) as Record<string, { type?: string; text?: string }>;
  return { title: c.title?.text, text: c.text?.text, confirm: c.confirm?.text, cancel: c.deny?.text, plain: [c.title, c.text, c.confirm, c.deny].every((x) => x?.type === 'plain_text') };
}

/**
 * The Teams button with this title: it unfolds a hidden part of the card (by id) that says the words and holds the action
 * that acts and a cancel button folding that same part again, both in Teams itself (no round trip to the bot).
 */
function teamsConfirm(card: unknown, title: string): { said: string[]; acts: Node[]; cancels: Node[]; type: unknown; ownVerb: unknown; ownData: unknown; hidden: unknown } {
  const button = nodesOf(card).find((n) => typeof n.type === 'string' && n.type.startsWith('Action.') && n.title === title);
  if (!button) throw new Error(`no button "${title}"`);
  const target = ((button.targetElements ?? []) as unknown[]).map(String);
  const unfolded = nodesOf(card).filter((n) => target.includes(String(n.id)));
  // The question is the hidden part; the shown one holds the button itself.
  const inside = nodesOf(unfolded.filter((n) => n.isVisible === false));
  const folds = (n: Node) => n.type === 'Action.ToggleVisibility' && JSON.stringify(n.targetElements) === JSON.stringify(target);
  return {
    type: button.type,
    hidden: unfolded.map((n) => n.isVisible),
    said: inside.filter((n) => n.type === 'TextBlock').map((b) => String(b.text)),
    acts: inside.filter((n) => n.type === 'Action.Execute' || n.type === 'Action.Submit'),
    cancels: inside.filter(folds).map((n) => ({ title: n.title })),
    ownVerb: button.verb,
    ownData: button.data,
  };
}

/** Every element id on a card, with each id a button unfolds or folds: those must be there, and each only once. */
function idsOf(card: unknown): { ids: string[]; targets: string[] } {
  const nodes = nodesOf(card);
  const ids = nodes.filter((n) => typeof n.id === 'string' && !String(n.type).startsWith('Action.')).map((n) => String(n.id));
  const targets = nodes.filter((n) => n.type === 'Action.ToggleVisibility').flatMap((n) => (n.targetElements as unknown[]).map(String));
  return { ids, targets };
}

/** The card after a Teams user pressed the ToggleVisibility button with this title: each element it names flips. */
function pressedToggle(card: unknown, title: string): unknown {
  const after = structuredClone(card);
  const nodes = nodesOf(after);
  const visibleNodes = nodes.filter((n) => n.isVisible !== false && !hiddenUnder(after, n));
  const button = visibleNodes.find((n) => n.type === 'Action.ToggleVisibility' && n.title === title);
  if (!button) throw new Error(`no visible toggle "${title}"`);
  for (const id of (button.targetElements as unknown[]).map(String)) {
    const target = nodes.find((n) => n.id === id && !String(n.type).startsWith('Action.'))!;
    target.isVisible = target.isVisible === false;
  }
  return after;
}

/** Whether `node` sits inside an element Teams does not show (isVisible false). */
function hiddenUnder(tree: unknown, node: Node): boolean {
  const hidden = nodesOf(tree).filter((n) => n.isVisible === false);
  return hidden.some((h) => h !== node && nodesOf(h).includes(node));
}

/** The titles of the buttons a user sees on the card as it stands. */
function shownButtons(card: unknown): string[] {
  return nodesOf(card).filter((n) => String(n.type).startsWith('Action.') && !hiddenUnder(card, n)).map((n) => String(n.title));
}

/** isVisible true and absent read alike (Teams shows both). */
const normalised = (card: unknown): unknown => JSON.parse(JSON.stringify(card, (key, value) => (key === 'isVisible' && value === true ? undefined : value)));

describe.each(['nl', 'en'] as const)('a button that closes a voting round asks first (%s)', (lang) => {
  let f: ViewFixtures;
  let prompt: Prompt;
  const closeLabel = () => t(lang, 'guide.button.coordinator.close_round');
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
    const open = f.notices.find((n): n is Prompt => n.type === 'coordinator_prompt' && n.prompt === 'close_open')!;
    prompt = { ...open, openRoundId: f.openRound.roundId };
  }, 120_000);

  const nextStepClose: Progress = { steps: [], current: 2, next: { role: 'coordinator', code: 'close_round', params: { moment: 'week1' } } };
  const helpWithClose = (m: Parameters<typeof helpDoc>[0]) => helpDoc(m, lang, { progress: { leerlijnId: 'l1', progress: nextStepClose, timezone: 'Europe/Amsterdam' } });

  it('on Slack: the round header, the reminder and the next step, each with a confirm in the catalogue’s words', () => {
    const expected = { ...words(lang), plain: true };
    const header = renderRoundHeader(f.openRound);
    expect(slackConfirm(header.blocks, ROUND_CLOSE_ACTION)).toEqual(expected);
    expect(blockKitViolations(header, 'message')).toEqual([]);
    const reminder = renderNotice(prompt);
    expect(slackConfirm(reminder.blocks, PROMPT_CLOSE)).toEqual(expected);
    expect(blockKitViolations(reminder, 'message')).toEqual([]);
    const help = toBlockKit(helpWithClose(slackMarkup));
    expect(slackConfirm(help.blocks, NEXT_STEP)).toEqual(expected);
    expect(blockKitViolations(help, 'message')).toEqual([]);
  });

  it('only closing asks: "accept all proposals" (which can be changed per card) acts at once on both platforms', () => {
    const agreeAll = nodesOf(renderRoundClosed(f.closedRound).blocks).find((n) => n.action_id === AGREE_ALL_ACTION);
    expect(agreeAll).toBeDefined();
    expect(agreeAll?.confirm).toBeUndefined();
    // Teams draws the round-closed message from the same view (score-cards.ts roundClosedCard).
    const teamsClosed = nodesOf(toAdaptiveCard(roundClosedDoc(teamsMarkup([]), f.closedRound)));
    expect(teamsClosed.filter((n) => n.type === 'Action.Execute' && n.verb === VERB.agreeAll)).toHaveLength(1);
    expect(teamsClosed.filter((n) => n.type === 'Action.ShowCard' || n.type === 'Action.ToggleVisibility')).toEqual([]);
  });

  it('on Teams: the round card’s close button unfolds the words and the close action with the verb and data it had', () => {
    const card = roundResultCard(f.openRound);
    const asked = teamsConfirm(card, closeLabel());
    // A stray click only unfolds the question: the button itself carries nothing for the bot to act on.
    expect(asked).toMatchObject({ type: 'Action.ToggleVisibility', ownVerb: undefined, ownData: undefined, hidden: SHOWN_THEN_HIDDEN });
    expect(asked.cancels).toEqual([{ title: words(lang).cancel }]);
    expect(asked.said).toEqual([words(lang).title, words(lang).text].map((w) => expect.stringContaining(w)));
    expect(asked.acts).toEqual([expect.objectContaining({ type: 'Action.Execute', title: words(lang).confirm, verb: VERB.close, data: { roundId: f.openRound.roundId } })]);
    // Closing only from inside the question: no bare close action is left under the card.
    expect(nodesOf(card).filter((n) => n.type === 'Action.Execute' && n.verb === VERB.close)).toHaveLength(1);
    expect(nodesOf(card.actions).filter((n) => n.type === 'Action.Execute' && n.verb === VERB.close)).toEqual([]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('on Teams: the round card unfolded shows one close button, the one in the question; cancel folds back to the card as it was', () => {
    const card = roundResultCard(f.openRound);
    expect(shownButtons(card)).toEqual([closeLabel()]);
    const unfolded = pressedToggle(card, closeLabel());
    expect(shownButtons(unfolded)).toEqual([words(lang).confirm, words(lang).cancel]);
    const cancelled = pressedToggle(unfolded, words(lang).cancel);
    expect(normalised(cancelled)).toEqual(normalised(card));
    expect(shownButtons(pressedToggle(cancelled, closeLabel()))).toEqual([words(lang).confirm, words(lang).cancel]);
  });

  it('on Teams: a reminder’s close button is hidden while its question is open, its other buttons keep their order', () => {
    const reminder = noticeCard(prompt);
    const before = shownButtons(reminder);
    const label = t(lang, 'reminder.button.closeRound');
    const unfolded = shownButtons(pressedToggle(reminder, label));
    expect(unfolded.filter((b) => b === label)).toEqual([]);
    expect(unfolded.filter((b) => b === words(lang).confirm)).toHaveLength(1);
    expect(shownButtons(pressedToggle(pressedToggle(reminder, label), words(lang).cancel))).toEqual(before);
  });

  it('on Teams: the reminder’s and the next step’s buttons unfold the same words over their own action', () => {
    const reminder = noticeCard(prompt);
    const fromReminder = teamsConfirm(reminder, t(lang, 'reminder.button.closeRound'));
    expect(fromReminder).toMatchObject({ type: 'Action.ToggleVisibility', ownVerb: undefined, ownData: undefined, hidden: SHOWN_THEN_HIDDEN });
    expect(fromReminder.cancels).toEqual([{ title: words(lang).cancel }]);
    expect(fromReminder.said).toEqual([words(lang).title, words(lang).text].map((w) => expect.stringContaining(w)));
    expect(fromReminder.acts).toEqual([expect.objectContaining({ type: 'Action.Execute', title: words(lang).confirm, verb: PROMPT_CLOSE, data: { roundId: f.openRound.roundId } })]);
    expect(adaptiveCardProblems(reminder)).toEqual([]);
    const help = toAdaptiveCard(helpWithClose(teamsMarkup([])));
    const fromHelp = teamsConfirm(help, closeLabel());
    expect(fromHelp).toMatchObject({ type: 'Action.ToggleVisibility', ownVerb: undefined, ownData: undefined, hidden: SHOWN_THEN_HIDDEN });
    expect(fromHelp.cancels).toEqual([{ title: words(lang).cancel }]);
    expect(fromHelp.acts).toEqual([expect.objectContaining({ type: 'Action.Submit', title: words(lang).confirm, data: { form: NEXT_STEP, command: 'sluit' } })]);
    expect(adaptiveCardProblems(help)).toEqual([]);
  });

  it('on Teams: several buttons that ask first on one card each unfold their own question, for their own round', () => {
    const asks = closeRoundConfirm(lang);
    const close = (roundId: string) => ({ label: closeLabel(), action: PROMPT_CLOSE, data: { roundId }, inPlace: true as const, confirm: asks });
    const doc: Doc = {
      fallback: 'two rounds',
      blocks: [
        { type: 'buttons', id: 'b', buttons: [close('r1'), close('r2')] },
        { type: 'text', text: 'r3', button: close('r3') },
        { type: 'round_control', roundId: 'r1', control: 'close', label: t(lang, 'reminder.button.closeRound'), confirm: asks },
      ],
    };
    const card = toAdaptiveCard(doc);
    const { ids, targets } = idsOf(card);
    expect(new Set(ids).size).toBe(ids.length);
    // Four outer buttons and four cancels, each pair on its own hidden part and on what holds its button: the row of
    // two, the text's row and the round control's own.
    expect(targets).toHaveLength(16);
    expect(new Set(targets).size).toBe(7);
    expect(targets.every((id) => ids.includes(id))).toBe(true);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
