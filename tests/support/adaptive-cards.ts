// Offline Adaptive Card checks with the official renderer library's parser.
// Its ESM build (lib/) does not load in Node; the UMD bundle does, and parse/validate
// need no DOM (checked with adaptivecards 3.0.6 in plain Node).
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Teams renders schema 1.5; a newer version shows the fallback text instead of the card. */
export const TEAMS_CARD_VERSION = '1.5';
/** Teams rejects a message over about 80 KB; the card is most of it. */
export const MAX_CARD_BYTES = 80 * 1024;

/** Readable problems with a card meant for Teams; [] when it is fine. */
export function adaptiveCardProblems(card: unknown): string[] {
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return ['card is not a JSON object'];
  const json = card as Record<string, unknown>;
  return [...envelopeProblems(json), ...chartProblems(json), ...typeaheadProblems(json), ...libraryProblems(withoutTypeahead(withChartFallbacks(json)) as Record<string, unknown>)];
}

/**
 * Teams' dynamic typeahead (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search):
 * an Input.ChoiceSet's `choices.data`, a Data.Query with its dataset, which Teams honours in the cards it renders
 * (its own examples are 1.2 and 1.5) while this validator knows it only from 1.6.
 */
function typeaheadProblems(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(typeaheadProblems);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Record<string, unknown>;
  const query = o['choices.data'] as Record<string, unknown> | undefined;
  const own = query !== undefined && (o.type !== 'Input.ChoiceSet' || query.type !== 'Data.Query' || typeof query.dataset !== 'string' || query.dataset === '')
    ? [`choices.data must be a Data.Query with a dataset on an Input.ChoiceSet, got ${JSON.stringify(query)}`] : [];
  return [...own, ...Object.values(o).flatMap(typeaheadProblems)];
}

/** The card as the validator reads it: Teams' typeahead checked above and left out. */
function withoutTypeahead(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTypeahead);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'choices.data').map(([k, v]) => [k, withoutTypeahead(v)]));
}

/** Teams' native charts (PLATFORMS.md): unknown to this validator and to other hosts, so each needs a fallback. */
const TEAMS_CHART = /^Chart\./;

function chartProblems(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(chartProblems);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Record<string, unknown>;
  const own = typeof o.type === 'string' && TEAMS_CHART.test(o.type) && (typeof o.fallback !== 'object' || o.fallback === null) ? [`${o.type} has no fallback for hosts without charts`] : [];
  return [...own, ...Object.values(o).flatMap(chartProblems)];
}

/** The card as a host without Teams' charts shows it: each chart replaced by its fallback, which is then validated. */
function withChartFallbacks(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withChartFallbacks);
  if (typeof node !== 'object' || node === null) return node;
  const o = node as Record<string, unknown>;
  if (typeof o.type === 'string' && TEAMS_CHART.test(o.type) && typeof o.fallback === 'object' && o.fallback !== null) return withChartFallbacks(o.fallback);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withChartFallbacks(v)]));
}

function envelopeProblems(json: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (json.type !== 'AdaptiveCard') problems.push(`type must be "AdaptiveCard", got ${JSON.stringify(json.type)}`);
  if (json.version !== TEAMS_CARD_VERSION) {
    problems.push(`version must be "${TEAMS_CARD_VERSION}" (what Teams renders), got ${JSON.stringify(json.version)}`);
  }
  if (typeof json.$schema !== 'string' || json.$schema === '') problems.push('$schema is missing');
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, Teams allows under ${MAX_CARD_BYTES}`);
  return problems;
}

/** Parse and property validation, targeting 1.5 so properties added in 1.6 are reported too. */
function libraryProblems(json: Record<string, unknown>): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(json, context);
  const events: AdaptiveCards.IValidationEvent[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...parsed.validateProperties().validationEvents);
  // Hints are style advice from the library, not something Teams trips over.
  return events.filter((e) => e.event !== AC.ValidationEvent.Hint).map(describe);
}

function describe(event: AdaptiveCards.IValidationEvent): string {
  const kind = AC.ValidationEvent[event.event] ?? 'Other';
  const source = event.source;
  let where = '';
  if (source instanceof AC.CardObject) {
    where = ` at ${source.getJsonTypeName()}${source.id ? `#${source.id}` : ''}`;
  }
  return `${kind}${where}: ${event.message}`;
}
