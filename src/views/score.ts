// A score card, written once for both platforms: one onderdeel with its three levels, the count
// while the round is open ("x van N gestemd"), and once closed the distribution, the proposal, the
// agreed score and the notes. Votes show only as counts, never per person. The vote and agree
// controls are neutral blocks each platform draws its own way (doc.ts score_vote/score_agree).
import { closedRoundNext, roundHeadSays, takesVotes, type RoundView, type ScoreCardView } from '../app/views.js';
import { ELEMENTS, onderdeel, practiceQuestion, SCALE, SCORES, scoreQuestion, type Lang, type Score } from '../domain/instrument.js';
import { countText } from '../i18n/counts.js';
import { t } from '../i18n/index.js';
import { onderdeelTitle, scoreText } from '../i18n/phrases.js';
import { closeRoundConfirm } from './close-confirm.js';
import { heading, note, text, type Block, type CardRef, type Doc, type ScoreChoice } from './doc.js';
import type { Form } from './form.js';
import type { Markup } from './markup.js';

/** How many notes a card shows and how much of each: a Teams card has a size limit, a Slack message splits. */
export interface NoteLimits {
  max: number;
  chars: number;
}

/**
 * The part of a card that never changes within a round, built once per markup, language, kind,
 * moment and onderdeel: a vote redraws a card on every click, and only its count changes.
 */
const intros = new WeakMap<Markup, Map<string, readonly Block[]>>();

/** The instrument and its week; asking to vote per onderdeel only while the cards take votes. */
export function instrumentHeader(m: Markup, view: Pick<ScoreCardView, 'lang' | 'moment' | 'status' | 'stopped'>): string {
  return m.t(view.lang, takesVotes(view) ? 'card.header' : 'card.instrument', { moment: t(view.lang, `moment.short.${view.moment}`) });
}

function intro(m: Markup, card: ScoreCardView): readonly Block[] {
  const key = `${card.lang}|${card.kind}|${card.moment}|${card.onderdeel}|${takesVotes(card)}`;
  const known = intros.get(m) ?? new Map<string, readonly Block[]>();
  intros.set(m, known);
  const found = known.get(key);
  if (found) return found;
  const { lang } = card;
  const o = onderdeel(card.onderdeel);
  const element = ELEMENTS.find((e) => e.code === o.element);
  const blocks = [
    note(instrumentHeader(m, card)),
    heading(`${o.code} ${o.label[lang]}`),
    ...(element ? [note(element.label[lang])] : []),
    text(o.help[lang]),
    text(scoreQuestion(card.kind, card.moment, lang), { tone: 'strong' }),
  ];
  known.set(key, blocks);
  return blocks;
}

/** What a note field asks and what it says under it, alike on the Teams card and in Slack's note form: notes stay short and name no pupils. */
const noteAsk = (card: NoteFor) => ({ placeholder: practiceQuestion(card.kind, card.moment, card.lang), hint: t(card.lang, 'card.notePrivacy') });

type NoteFor = Pick<ScoreCardView, 'lang' | 'kind' | 'moment' | 'onderdeel'>;

const ref = (card: ScoreCardView): CardRef => ({ roundId: card.roundId, onderdeel: card.onderdeel });

const voteChoices = (card: ScoreCardView): ScoreChoice[] =>
  SCORES.map((score) => ({ score, label: t(card.lang, 'card.button.vote', { score, label: SCALE[score][card.lang] }) }));

/** The voter's own vote, said to them alone where the card is the same for everyone (Slack). */
export const voteReceipt = (card: Pick<ScoreCardView, 'lang' | 'onderdeel'>, score: Score): string =>
  `${onderdeelTitle(card.lang, card.onderdeel)}: ${t(card.lang, 'card.yourVote', { score, label: SCALE[score][card.lang] })}`;

/**
 * Said on a card where its controls were, once its leerlijn stopped or is deleted (the round's header and result card
 * say it too: views/results.ts stateBlocks).
 */
const stoppedNote = (m: Markup, lang: Lang, deleted = false): Block => note(m.t(lang, deleted ? 'round.deleted' : 'round.stopped'));

/**
 * While open: how many voted (never who), the reader's own vote on a card drawn for them alone,
 * and the vote controls; once its leerlijn stopped, the count and why there is nothing to press.
 */
function openBlocks(m: Markup, card: ScoreCardView, own: Score | null): Block[] {
  const { lang } = card;
  const count = text(m.t(lang, 'card.votedCount', { count: card.votedCount, total: card.memberCount }), { id: 'count', tone: 'strong' });
  if (card.stopped) return [count, stoppedNote(m, lang)];
  return [
    count,
    ...(own === null ? [] : [text(m.t(lang, 'card.yourVote', { score: own, label: SCALE[own][lang] }), { tone: 'good' })]),
    {
      type: 'score_vote',
      card: ref(card),
      votes: voteChoices(card),
      own,
      noteButton: t(lang, 'card.button.note'),
      noteField: { label: t(lang, 'card.addNote'), ...noteAsk(card) },
    },
  ];
}

function tallyLines(m: Markup, card: ScoreCardView): string[] {
  const { lang } = card;
  const tally = card.closed?.tally;
  if (!tally || tally.count === 0) return [t(lang, 'card.noVotes')];
  const d = tally.distribution;
  const lines = [t(lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] })];
  if (tally.proposed !== null) lines.push(t(lang, 'card.proposed', { score: tally.proposed, label: SCALE[tally.proposed][lang] }));
  if (tally.bespreekpunt) lines.push(`${m.icon('warning')} ${m.bold(t(lang, 'card.bespreekpunt'))}`);
  return lines;
}

function agreedBlocks(m: Markup, card: ScoreCardView): Block[] {
  const closed = card.closed;
  if (!closed || closed.agreed === null) return [];
  const { lang } = card;
  // The proposal stands just above it ('Voorstel: 1 – …'): where they differ, both are read there.
  const line = `${m.icon('check')} ${m.bold(t(lang, 'card.agreed', { score: closed.agreed, label: SCALE[closed.agreed][lang] }))}`;
  return [text(line, { id: 'agreed', tone: 'good' })];
}

/** The first `limits.max` notes, each cut to `limits.chars`; a list cut short says how many more and where they all are. */
export function noteLines(m: Markup, lang: Lang, notes: readonly string[], limits: NoteLimits): string[] {
  const list = notes.slice(0, limits.max).map((n) => `• ${m.user(n, limits.chars)}`);
  const left = notes.length - list.length;
  return left > 0 ? [...list, m.t(lang, 'card.moreNotes', { notes: countText(lang, 'notitie', left) })] : list;
}

function notesBlocks(m: Markup, card: ScoreCardView, limits: NoteLimits): Block[] {
  const notes = card.closed?.notes ?? [];
  if (notes.length === 0) return [];
  return [text([m.bold(t(card.lang, 'card.notes')), ...noteLines(m, card.lang, notes, limits)].join('\n'), { id: 'notes' })];
}

/** Once closed: how the team voted in numbers, what is agreed, the notes, and the agree controls (none once its leerlijn stopped). */
function closedBlocks(m: Markup, card: ScoreCardView, limits: NoteLimits): Block[] {
  const { lang } = card;
  const proposed = card.closed?.tally.proposed ?? null;
  const confirm = proposed !== null && card.closed?.agreed === null ? { score: proposed, label: t(lang, 'card.button.confirm') } : null;
  const agree: Block = { type: 'score_agree', card: ref(card), confirm, scores: SCORES.map((score) => ({ score, label: scoreText(lang, score) })), otherLabel: t(lang, 'card.button.other') };
  return [
    card.stopped ? stoppedNote(m, lang) : note(m.t(lang, card.closed?.agreed == null ? 'card.closedNotice' : 'card.agreedNotice')),
    text(tallyLines(m, card).join('\n'), { id: 'tally' }),
    ...agreedBlocks(m, card),
    ...notesBlocks(m, card, limits),
    ...(card.stopped ? [] : [agree]),
  ];
}

/** The card everyone sees; with `own`, the card as the voter alone sees it (Teams draws one per voter). */
export function scoreCardDoc(m: Markup, card: ScoreCardView, limits: NoteLimits, own: Score | null = null): Doc {
  // Deleted, its counts, tally and notes went with its data: the card says only which onderdeel it was, and why it is bare.
  if (card.deleted) return { fallback: onderdeelTitle(card.lang, card.onderdeel), blocks: [...intro(m, card), stoppedNote(m, card.lang, true)] };
  const rest = card.status === 'open' ? openBlocks(m, card, own) : closedBlocks(m, card, limits);
  return { fallback: onderdeelTitle(card.lang, card.onderdeel), blocks: [...intro(m, card), ...rest] };
}

// Closing reads as the coordinator's next step calls it: the same button, by the same name.
const roundControl = (round: RoundView, control: 'close' | 'agree_all'): Block => ({
  type: 'round_control', roundId: round.roundId, control, label: t(round.lang, control === 'close' ? 'guide.button.coordinator.close_round' : 'card.button.agreeAll'),
  ...(control === 'close' ? { confirm: closeRoundConfirm(round.lang) } : {}),
});

/** The round as a whole, as its head offers it (app/views.ts roundHeadSays): close it while open; "agree all" is the round-closed message's. */
export function roundControls(round: RoundView): Block[] {
  return roundHeadSays(round).close ? [roundControl(round, 'close')] : [];
}

/**
 * Said in the channel when a round closed: agree on the proposals, here or per card. Redrawn once no proposal is left to
 * take over: those left nobody voted on are chosen per card, without the button; all agreed or its leerlijn stopped, it only says it closed.
 */
export function roundClosedDoc(m: Markup, round: RoundView): Doc {
  const { lang } = round;
  const said = m.t(lang, 'round.closed', { moment: t(lang, `moment.${round.moment}`) });
  const stopped = round.stopped ? [stoppedNote(m, lang, round.deleted)] : [];
  // Deleted, how many voted went with its data, as the cards' counts did (scoreCardDoc).
  const few = round.deleted ? [] : turnoutNote(round);
  const next = closedRoundNext(round);
  // Nobody voted on those left: no button, but the coordinator still chooses their scores, and the team reads that.
  if (next === 'choose') return { fallback: said, blocks: [text([m.bold(said), ...few, m.t(lang, 'card.chooseNext')].join('\n'))] };
  if (next === null) return { fallback: said, blocks: [text(m.bold(said)), ...few.map((n) => text(n)), ...stopped] };
  // What comes next, without saying again that it closed (a card's own note does: card.closedNotice).
  return { fallback: said, blocks: [text([m.bold(said), ...few, m.t(lang, 'card.agreeNext')].join('\n')), roundControl(round, 'agree_all')] };
}

/** Closed before everyone voted: how many did, so nobody reads the proposals as the whole team's. */
function turnoutNote(round: RoundView): string[] {
  const turnout = round.turnout;
  if (!turnout || turnout.voters >= turnout.members) return [];
  // One voter is 'Er stemde 1', none makes no proposals at all, and a team of one has no 'van de 1 teamleden'.
  const none = turnout.members === 1 ? 'round.votersNoneOfOne' : 'round.votersNone';
  const key = turnout.voters === 0 ? none : turnout.voters === 1 ? 'round.votersFewOne' : 'round.votersFew';
  return [t(round.lang, key, { voters: turnout.voters, members: turnout.members })];
}

/** The card-note form's id: Slack's modal callback, which its submit is routed by. */
export const CARD_NOTE_FORM = 'card_note';

/** A card's note as Slack asks for it, in a modal (Teams' card has a note input of its own); the title holds 24 characters, so the label names the onderdeel. */
export function cardNoteForm(card: NoteFor): Form {
  const { lang } = card;
  const fields = [{ kind: 'text' as const, id: 'note', label: onderdeelTitle(lang, card.onderdeel), multiline: true, max: 500, ...noteAsk(card) }];
  return { id: CARD_NOTE_FORM, lang, title: t(lang, 'card.noteTitle'), submit: t(lang, 'card.submit'), close: t(lang, 'card.close'), intro: [], fields, values: {}, data: {} };
}
