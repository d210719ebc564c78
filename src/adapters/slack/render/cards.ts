// Score cards: one message per onderdeel, with vote buttons while the round is open and the
// distribution, proposal and agree controls once it is closed. Pure: view in, Block Kit out.
import type { RoundView, ScoreCardView } from '../../../app/views.js';
import { ONDERDELEN, SCALE, SCORES, scoreQuestion, type Lang, type OnderdeelCode, type Score } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { onderdeelTitle as title, scoreText } from '../../../i18n/phrases.js';
import { safeText } from '../mrkdwn.js';
import { actions, button, context, header, option, section, type Block, type Rendered } from './blocks.js';

export const VOTE_ACTION = 'vote';
export const NOTE_ACTION = 'card_note';
export const AGREE_ACTION = 'agree';
export const AGREE_SELECT_ACTION = 'agree_select';
export const AGREE_ALL_ACTION = 'agree_all';

/** Button values carry the round, the onderdeel and (for votes) the score: `round|P1|2`. */
export function cardValue(roundId: string, code: OnderdeelCode, score?: Score): string {
  return score === undefined ? `${roundId}|${code}` : `${roundId}|${code}|${score}`;
}

export function onderdeelTitle(code: OnderdeelCode, lang: Lang): string {
  return title(lang, code);
}

export function scoreLabel(score: Score, lang: Lang): string {
  return scoreText(lang, score);
}

function intro(card: ScoreCardView): Block {
  const o = ONDERDELEN.find((x) => x.code === card.onderdeel);
  const help = o?.help[card.lang] ?? '';
  return section(`*${onderdeelTitle(card.onderdeel, card.lang)}*\n${help}\n*${scoreQuestion(card.kind, card.lang)}*`, { blockId: 'card' });
}

function openBlocks(card: ScoreCardView): Block[] {
  const lang = card.lang;
  const votes = SCORES.map((s) =>
    button(t(lang, 'card.button.vote', { score: s, label: SCALE[s][lang] }), `${VOTE_ACTION}_${s}`, cardValue(card.roundId, card.onderdeel, s)),
  );
  return [
    intro(card),
    context(t(lang, 'card.votedCount', { count: card.votedCount, total: card.memberCount }), 'count'),
    actions('vote', [...votes, button(t(lang, 'card.button.note'), NOTE_ACTION, cardValue(card.roundId, card.onderdeel))]),
  ];
}

function closedLines(card: ScoreCardView): string[] {
  const lang = card.lang;
  const closed = card.closed;
  if (!closed || closed.tally.count === 0) return [t(lang, 'card.noVotes')];
  const d = closed.tally.distribution;
  const lines = [t(lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] })];
  const proposed = closed.tally.proposed;
  if (proposed !== null) lines.push(t(lang, 'card.proposed', { score: proposed, label: SCALE[proposed][lang] }));
  if (closed.tally.bespreekpunt) lines.push(`:warning: *${t(lang, 'card.bespreekpunt')}*`);
  return lines;
}

function agreedLine(card: ScoreCardView): string | null {
  const closed = card.closed;
  if (!closed || closed.agreed === null) return null;
  const line = `:white_check_mark: *${t(card.lang, 'card.agreed', { score: closed.agreed, label: SCALE[closed.agreed][card.lang] })}*`;
  if (!closed.agreedDiffers || closed.tally.proposed === null) return line;
  return `${line} (${t(card.lang, 'card.agreedDiffers', { agreed: closed.agreed, proposed: closed.tally.proposed })})`;
}

function closedBlocks(card: ScoreCardView): Block[] {
  const lang = card.lang;
  const blocks: Block[] = [intro(card), section(closedLines(card).join('\n'), { blockId: 'tally' })];
  const notes = card.closed?.notes ?? [];
  if (notes.length > 0) {
    const list = notes.map((n) => `• ${safeText(n, 600)}`).join('\n');
    blocks.push(section(`*${t(lang, 'card.notes')}*\n${list}`, { blockId: 'notes' }));
  }
  const agreed = agreedLine(card);
  if (agreed) blocks.push(section(agreed, { blockId: 'agreed' }));
  const proposed = card.closed?.tally.proposed ?? null;
  const controls = [
    ...(proposed !== null && card.closed?.agreed === null
      ? [button(t(lang, 'card.button.confirm'), AGREE_ACTION, cardValue(card.roundId, card.onderdeel, proposed), 'primary')]
      : []),
    {
      type: 'static_select' as const,
      action_id: AGREE_SELECT_ACTION,
      placeholder: { type: 'plain_text' as const, text: t(lang, 'card.button.other') },
      options: SCORES.map((s) => option(scoreLabel(s, lang), cardValue(card.roundId, card.onderdeel, s))),
    },
  ];
  blocks.push(actions('agree', controls));
  return blocks;
}

export function renderCard(card: ScoreCardView): Rendered {
  const blocks = card.status === 'open' ? openBlocks(card) : closedBlocks(card);
  return { text: onderdeelTitle(card.onderdeel, card.lang), blocks };
}

/** Closes the round the button names: `<round id>`. */
export const ROUND_CLOSE_ACTION = 'round_close';

/** The round's thread starts here; once closed it says so and its close button is gone. */
export function renderRoundHeader(round: RoundView): Rendered {
  const lang = round.lang;
  const moment = t(lang, `moment.short.${round.moment}`);
  const text = t(lang, 'card.header', { moment });
  const state = t(lang, round.status === 'open' ? 'round.opened' : 'round.closed', { moment: t(lang, `moment.${round.moment}`) });
  // Once everyone has voted the coordinator closes the round from here (others are refused).
  const close = round.status === 'open' ? [actions('round_close', [button(t(lang, 'round.button.close'), ROUND_CLOSE_ACTION, round.roundId)])] : [];
  return { text, blocks: [header(text), section(state), ...close, context(t(lang, 'privacy.notice'))] };
}

export function renderRoundClosed(round: RoundView): Rendered {
  const lang = round.lang;
  const text = t(lang, 'round.closed', { moment: t(lang, `moment.${round.moment}`) });
  return {
    text,
    blocks: [
      section(`*${text}*\n${t(lang, 'card.closedNotice')}`),
      actions('agree_all', [button(t(lang, 'card.button.agreeAll'), AGREE_ALL_ACTION, round.roundId, 'primary')]),
    ],
  };
}
