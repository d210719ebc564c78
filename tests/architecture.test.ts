// Imports run one way: platform → adapter → use case → domain + store. This test reads the
// import graph of src/ and fails on any edge that runs the other way, and on any import circle.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  adapterDomainValues, importCircles, readImportGraph, readValueImports, ruleViolations, staleAllowances, type ImportGraph, type ValueImports,
} from './support/import-graph.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Adapter files allowed to read or write the store directly: none. Adapters reach the database
 * only through src/app (for their own bookkeeping: app/platform-records.ts). The list stays so
 * that an exception, if one is ever needed, is named here; a listed pair the code no longer has
 * fails the test too.
 */
const ADAPTER_STORE_ALLOWLIST: ReadonlySet<string> = new Set([]);

describe('import boundaries of src/', () => {
  const graph = readImportGraph(ROOT);

  it('reads the whole tree, with its SDK imports', () => {
    // Guards the reader itself: an empty or half-read graph would pass every rule below.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/adapters/slack/app.ts')).toContain('@slack/bolt');
    expect(graph.get('src/app/rounds.ts')?.some((t) => t.startsWith('src/domain/'))).toBe(true);
  });

  it('has no import that runs against the layers (beyond the listed adapter → store ones)', () => {
    expect(ruleViolations(graph, ADAPTER_STORE_ALLOWLIST)).toEqual([]);
  });

  it('lists no adapter → store pair that the code no longer has', () => {
    expect(staleAllowances(graph, ADAPTER_STORE_ALLOWLIST)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('gives adapters nothing of src/domain but types and the words a payload is parsed against', () => {
    const imports = readValueImports(ROOT, 'src/adapters');
    // Guards the reader: the adapters do take some of those words (zod enums of codes and kinds).
    expect(adapterDomainValues(imports, new Set())).toContain('src/adapters/slack/scoring.ts -> src/domain/instrument.ts: ONDERDEEL_CODES');
    expect(adapterDomainValues(imports)).toEqual([]);
  });
});

describe('the boundary rules catch what they promise', () => {
  // A small planted graph: each edge here breaks exactly one rule.
  const planted: ImportGraph = new Map([
    ['src/domain/tally.ts', ['src/i18n/index.ts', 'luxon']],
    ['src/app/rounds.ts', ['src/scheduler/tick.ts', 'src/adapters/slack/app.ts', 'src/server.ts', 'src/http.ts']],
    ['src/adapters/slack/app.ts', ['src/adapters/teams/bot.ts', 'src/store/rounds.ts', '@slack/bolt']],
    ['src/adapters/teams/bot.ts', ['src/adapters/slack/mrkdwn.ts', 'botbuilder', 'src/scheduler/tick.ts']],
    ['src/scheduler/tick.ts', ['@slack/web-api', 'botframework-connector']],
    ['src/i18n/index.ts', ['src/domain/tally.ts']],
    ['src/views/plan.ts', ['src/adapters/slack/mrkdwn.ts', 'src/app/views.ts']],
  ]);

  it('names every planted violation and nothing else', () => {
    expect(ruleViolations(planted)).toEqual([
      'domain imports only domain: src/domain/tally.ts -> src/i18n/index.ts',
      'app imports no adapter, scheduler, CLI or server: src/app/rounds.ts -> src/scheduler/tick.ts',
      'app imports no adapter, scheduler, CLI or server: src/app/rounds.ts -> src/adapters/slack/app.ts',
      'app imports no adapter, scheduler, CLI or server: src/app/rounds.ts -> src/server.ts',
      'app imports no adapter, scheduler, CLI or server: src/app/rounds.ts -> src/http.ts',
      'an adapter does not import the other adapter: src/adapters/slack/app.ts -> src/adapters/teams/bot.ts',
      'adapters reach the store through use cases: src/adapters/slack/app.ts -> src/store/rounds.ts',
      'an adapter does not import the other adapter: src/adapters/teams/bot.ts -> src/adapters/slack/mrkdwn.ts',
      'adapters run no scheduler or CLI (the server wires them): src/adapters/teams/bot.ts -> src/scheduler/tick.ts',
      'Slack SDK only in adapters/slack: src/scheduler/tick.ts -> @slack/web-api',
      'botbuilder only in adapters/teams: src/scheduler/tick.ts -> botframework-connector',
      'views import no adapter, store, scheduler, CLI or server: src/views/plan.ts -> src/adapters/slack/mrkdwn.ts',
    ]);
  });

  it('lets an allowed pair through, and only that pair', () => {
    const allowed = new Set(['src/adapters/slack/app.ts -> src/store/rounds.ts']);
    const found = ruleViolations(planted, allowed);
    expect(found.some((v) => v.endsWith('src/adapters/slack/app.ts -> src/store/rounds.ts'))).toBe(false);
    expect(found).toHaveLength(11);
  });

  it('names a leerlijn rule an adapter takes from src/domain, and lets types and the vocabulary through', () => {
    const imports: ValueImports = new Map([
      ['src/adapters/slack/closing.ts', [{ to: 'src/domain/tally.ts', names: ['proposedScore'] }, { to: 'src/domain/instrument.ts', names: ['ONDERDEEL_CODES'] }]],
      ['src/adapters/teams/cards/score.ts', [{ to: 'src/domain/compare.ts', names: ['*'] }, { to: 'src/app/views.ts', names: ['takesVotes'] }]],
      ['src/app/rounds.ts', [{ to: 'src/domain/tally.ts', names: ['proposedScore'] }]],
    ]);
    expect(adapterDomainValues(imports)).toEqual([
      'src/adapters/slack/closing.ts -> src/domain/tally.ts: proposedScore',
      'src/adapters/teams/cards/score.ts -> src/domain/compare.ts: *',
    ]);
  });

  it('finds a circle of two files and a circle through three', () => {
    const circles = importCircles(
      new Map([
        ['src/i18n/en.ts', ['src/i18n/en-flows.ts']],
        ['src/i18n/en-flows.ts', ['src/i18n/en.ts']],
        ['src/a.ts', ['src/b.ts']],
        ['src/b.ts', ['src/c.ts']],
        ['src/c.ts', ['src/a.ts', 'src/i18n/en.ts']],
      ]),
    );
    expect(circles).toEqual(expect.arrayContaining([['src/i18n/en-flows.ts', 'src/i18n/en.ts'], ['src/a.ts', 'src/b.ts', 'src/c.ts']]));
    expect(circles).toHaveLength(2);
  });
});
