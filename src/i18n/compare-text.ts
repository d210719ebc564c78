// Week 17 beside week 1 in words, the same in the channel, the PDF and the chart's alt text: what
// changed says from what to what and how much; what stayed the same says so once ("20, gelijk
// gebleven"), never "van 20 naar 20".
import type { Comparison, ElementChange } from '../domain/compare.js';
import type { Lang } from '../domain/instrument.js';
import { countText } from './counts.js';
import { t } from './index.js';

/** '2 punten hoger', '1 punt lager', 'gelijk gebleven'; en '1 point higher': the count with its noun, as people say it. */
function changeText(lang: Lang, delta: number): string {
  const by = Math.abs(delta);
  if (delta > 0) return t(lang, 'compare.up', { points: countText(lang, 'punt', by) });
  if (delta < 0) return t(lang, 'compare.down', { points: countText(lang, 'punt', by) });
  return t(lang, 'compare.same');
}

type Kind = Comparison['kind'];

/** An onderdeel's score: 'van 2 naar 3 (1 punt hoger)', or '2, gelijk gebleven'; for `nieuw` always beside the wish: '2 (gewenst: 3)'. */
export function scoreChangeText(lang: Lang, before: number, after: number, kind: Kind): string {
  if (kind === 'nieuw') return t(lang, 'compare.wantedAt', { before, after });
  if (before === after) return t(lang, 'compare.sameAt', { score: after });
  return `${t(lang, 'compare.fromTo', { before, after })} (${changeText(lang, after - before)})`;
}

/**
 * The total. For a `nieuw` collaboration week 1 was the wish, not a starting point: a lower total
 * is how far the team got ("20 van de gewenste 27"), not a decline.
 */
export function totalChangeText(lang: Lang, c: Pick<Comparison, 'kind' | 'total'>): string {
  const total = c.total;
  if (c.kind === 'nieuw') return t(lang, total.after >= total.before ? 'compare.totalWantedReached' : 'compare.totalWanted', { before: total.before, after: total.after });
  if (total.delta === 0) return t(lang, 'compare.totalSame', { total: total.after, max: total.max });
  return t(lang, 'compare.total', { before: total.before, after: total.after, max: total.max, change: changeText(lang, total.delta) });
}

/** The fase; for `nieuw` beside the wished one ("Opbouwfase, gewenst: Doorontwikkelfase"). */
export function faseChangeText(lang: Lang, c: Pick<Comparison, 'kind' | 'fase'>): string {
  const fase = c.fase;
  if (c.kind === 'nieuw') {
    const names = { before: t(lang, `fase.${fase.before}`), after: t(lang, `fase.${fase.after}`) };
    return t(lang, fase.changed ? 'compare.faseWanted' : 'compare.faseWantedReached', names);
  }
  if (!fase.changed) return t(lang, 'compare.faseSame', { fase: t(lang, `fase.${fase.after}`) });
  return t(lang, 'compare.fase', { before: t(lang, `fase.${fase.before}`), after: t(lang, `fase.${fase.after}`) });
}

/** 'Partnerschap: van 4 naar 5 van de 6 punten (1 punt hoger)', as the onderdelen and the total say a change; or 'Partnerschap: 4 van 6, gelijk gebleven'; for `nieuw` 'Partnerschap: 4 van 6 (gewenst: 5)'. */
export function elementChangeText(lang: Lang, element: string, e: ElementChange, kind: Kind): string {
  // Beside a wish nothing "stayed the same", even when the wish was met.
  if (kind === 'nieuw') return t(lang, 'compare.elementWanted', { element, before: e.before, after: e.after, max: e.max });
  if (e.delta === 0) return t(lang, 'compare.elementSame', { element, score: e.after, max: e.max });
  return `${t(lang, 'compare.element', { element, before: e.before, after: e.after, max: e.max })} (${changeText(lang, e.delta)})`;
}

/** Not the same people both times (someone left, joined or did not vote): the scores may differ for that too. Null when they were the same. */
export function otherVotersText(lang: Lang, voters: { week1: number; week17: number; both: number } | undefined): string | null {
  if (!voters || (voters.both === voters.week1 && voters.both === voters.week17)) return null;
  // '1 persoon' / '3 personen': no verb that has to agree with a count.
  return t(lang, 'compare.voters', { week1: countText(lang, 'persoon', voters.week1), week17: countText(lang, 'persoon', voters.week17), both: voters.both });
}
