// A round as a school files it: per onderdeel how the votes were spread, what the bot
// proposed, what was agreed and by whom, and how many notes; never who voted what.
// While a round is open only the number of votes is given, as on the open cards.
import { isOnderdeelCode, isScore, ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../domain/instrument.js';
import { tallyVotes, type Distribution } from '../domain/tally.js';
import type { ExportedRound } from '../store/export.js';

export interface OnderdeelSummary {
  onderdeel: OnderdeelCode;
  voteCount: number;
  /** Null while the round is open. */
  distribution: Distribution | null;
  proposed: Score | null;
  bespreekpunt: boolean;
  agreed: Score | null;
  /** What the bot proposed when the coordinator agreed, kept when they chose otherwise. */
  proposedWhenAgreed: Score | null;
  agreedBy: string | null;
  agreedAt: string | null;
  noteCount: number;
}

export interface RoundSummary {
  id: string;
  moment: 'week1' | 'week17';
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  onderdelen: OnderdeelSummary[];
  notes: Array<{ onderdeel: string; body: string; createdAt: string }>;
}

function votesFor(round: ExportedRound, code: OnderdeelCode): Score[] {
  return round.voteCounts
    .filter((c) => c.onderdeel === code && isScore(c.score))
    .flatMap((c) => Array.from({ length: c.count }, () => c.score as Score));
}

export function summarizeRound(round: ExportedRound): RoundSummary {
  const closed = round.status === 'closed';
  const onderdelen = ONDERDEEL_CODES.map((code): OnderdeelSummary => {
    const tally = tallyVotes(votesFor(round, code));
    const agreed = round.agreed.find((a) => isOnderdeelCode(a.onderdeel) && a.onderdeel === code);
    return {
      onderdeel: code,
      voteCount: tally.count,
      distribution: closed ? tally.distribution : null,
      proposed: closed ? tally.proposed : null,
      bespreekpunt: closed && tally.bespreekpunt,
      agreed: agreed && isScore(agreed.score) ? agreed.score : null,
      proposedWhenAgreed: agreed && isScore(agreed.proposed) ? agreed.proposed : null,
      agreedBy: agreed?.setBy ?? null,
      agreedAt: agreed?.setAt ?? null,
      noteCount: round.notes.filter((n) => n.onderdeel === code).length,
    };
  });
  const { id, moment, status, openedBy, openedAt, closedBy, closedAt, notes } = round;
  return { id, moment, status, openedBy, openedAt, closedBy, closedAt, onderdelen, notes };
}
