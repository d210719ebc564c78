// A message the bot left behind a deleted leerlijn (app/leftovers.ts), as it reads from then on: the round's own
// messages as a delete draws them (no controls, saying it was deleted), anything else only that it was deleted.
import type { LeftoverView } from '../app/views.js';
import { note, type Doc } from './doc.js';
import type { Markup } from './markup.js';
import { roundDoc } from './results.js';
import { roundClosedDoc, scoreCardDoc } from './score.js';

/** A deleted card shows no notes: they went with its data. */
const NO_NOTES = { max: 0, chars: 0 };

export function leftoverDoc(m: Markup, view: LeftoverView): Doc {
  switch (view.type) {
    case 'round_head':
      return roundDoc(m, view.round);
    case 'score_card':
      return scoreCardDoc(m, view.card, NO_NOTES);
    case 'round_closed':
      return roundClosedDoc(m, view.round);
    case 'deleted': {
      const said = m.t(view.lang, 'round.deletedMessage');
      return { fallback: said, blocks: [note(said)] };
    }
  }
}
