// The flows' replies (src/views/reply.ts) as Adaptive Cards; the planning and the team with Teams' own forms.
import { refusal, replyDoc, sentence, teamChangeLines } from '../../views/reply.js';
import { docElements, teamsMarkup, teamsNamedMarkup, toAdaptiveCard } from './cards/doc.js';
import type { ErrorView, ReplyView, TextView } from '../../app/flows/surface.js';
import { type Lang } from '../../i18n/index.js';
import { plainText, text, toneColor, type AdaptiveCard, type Json, type TeamsPlace } from './cards/common.js';
import { MOVE_TO, teamDoc, teamWarningBlocks } from '../../views/leerlijn.js';
import { TEAM_FORM } from '../../views/team-form.js';
import { START_FORM } from '../../views/start-form.js';
import { submittedForm } from '../../app/flows/form-registry.js';
import type { OwnViewKey } from '../../app/flows/own-view.js';
import { FORM_VERB } from './own-view-verb.js';
import { teamFormCard, type RosterEntry } from './cards/form.js';
import { timelineCard } from './cards/timeline.js';

export { FORM_VERB, OWN_VIEW_VERB } from './own-view-verb.js';

/**
 * A form whose submit the bot takes (bot.ts submitted): the registry's, the team form and the start form; and the day-off
 * warning's one-click move, the coordinator's too: sent as a message, its refusal would be a post everyone reads.
 */
export const isSentForm = (form: unknown): boolean =>
  typeof form === 'string' && (form === TEAM_FORM || form === START_FORM || form === MOVE_TO || submittedForm(form) !== undefined);

/** An own view's forms sent with an invoke, whose answer Teams shows the sender only, each with its own view. */
export function privateSubmits(card: AdaptiveCard, key: OwnViewKey): AdaptiveCard {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Json;
    const data = n.data as Json | undefined;
    if (n.type === 'Action.Submit' && isSentForm(data?.form)) return { ...n, type: 'Action.Execute', verb: FORM_VERB, data: { ...data, ownView: key } };
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  return walk(card) as AdaptiveCard;
}

type Names = ReadonlyMap<string, string>;

export const teamsTextOf = (placeLang: Lang, view: TextView, names: Names): string => sentence(teamsNamedMarkup(names), placeLang, view);

/** A refusal for a TextBlock, lines as paragraphs: not every client keeps a single line break. */
export const teamsErrorOf = (lang: Lang, view: ErrorView): string => refusal(teamsMarkup([]), lang, view, true).split('\n').join('\n\n');

/** Where Teams keeps text plain (an invoke's message answer): no bold marks, words as typed. */
export const teamsPlainErrorOf = (lang: Lang, view: ErrorView): string => plainText(teamsErrorOf(lang, view));

/** People named from the view's own team, else from the names looked up; commands as typed in `place`. */
function markupFor(view: ReplyView, names: Names, place: TeamsPlace) {
  if ('members' in view) return teamsMarkup(view.members, place);
  if (view.type === 'status') return teamsMarkup(view.status.leerlijn.members, place);
  return teamsNamedMarkup(names, place);
}

/** `candidates`: people here not on the team yet, for a coordinator's team form. */
export function renderReply(lang: Lang, view: ReplyView, names: Names, candidates: readonly RosterEntry[] = [], place: TeamsPlace = 'channel'): AdaptiveCard {
  if (view.type === 'timeline') return timelineCard(view.timeline, view.members, view.reminders, view.canEdit, view.rolesOffered);
  if (view.type !== 'team') return toAdaptiveCard(replyDoc(markupFor(view, names, place), lang, view));
  const l = view.leerlijn;
  const card = view.canEdit ? teamFormCard(l.lang, l.id, l.members, candidates, {}, new Map(), view.page ?? 0, view.session) : toAdaptiveCard(teamDoc(teamsMarkup(l.members), l));
  // The coordinator's form says what needs care too, as Slack's does.
  const warnings = view.canEdit ? docElements(teamWarningBlocks(teamsMarkup([]), l.lang, l)) : [];
  const change = teamChangeLines(teamsNamedMarkup(names), view).map((c) => text(c.text, toneColor(c.tone)));
  return { ...card, body: [...change, ...warnings, ...card.body] };
}
