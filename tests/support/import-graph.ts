// The import graph of src/ and the rules it must keep (see tests/architecture.test.ts).
// TypeScript's own pre-processor finds the specifiers, so an `import` inside a string or a
// comment is not mistaken for one, and `export … from` and `import('…')` count too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** file (repo-relative, e.g. src/app/rounds.ts) → what it imports: our files by path, packages by name. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Our modules are imported as `./x.js`; the file on disk is `x.ts`. */
function resolveSpecifier(root: string, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const target = relative(root, join(dirname(join(root, from)), specifier)).split('\\').join('/');
  return target.replace(/\.js$/, '.ts');
}

export function readImportGraph(root: string, dir = 'src'): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const abs of sourceFiles(join(root, dir)).sort()) {
    const file = relative(root, abs).split('\\').join('/');
    const info = ts.preProcessFile(readFileSync(abs, 'utf8'), true, true);
    graph.set(file, [...new Set(info.importedFiles.map((f) => resolveSpecifier(root, file, f.fileName)))]);
  }
  return graph;
}

const under = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);
const ours = (target: string): boolean => target.startsWith('src/');

export interface Edge {
  from: string;
  to: string;
}

interface Rule {
  name: string;
  breaks: (e: Edge) => boolean;
}

const SLACK_SDK = /^@slack\/(bolt|web-api)(\/|$)/;
const TEAMS_SDK = /^(botbuilder|botframework-[\w-]+)(\/|$)/;

export const RULES: readonly Rule[] = [
  { name: 'domain imports only domain', breaks: (e) => under(e.from, 'src/domain') && ours(e.to) && !under(e.to, 'src/domain') },
  {
    name: 'app imports no adapter, scheduler, CLI or server',
    breaks: (e) =>
      under(e.from, 'src/app') &&
      (['src/adapters', 'src/scheduler', 'src/cli'].some((f) => under(e.to, f)) || ['src/server.ts', 'src/http.ts', 'src/main.ts'].includes(e.to)),
  },
  {
    // Views are written once for both platforms: they know no platform, and read data only through what app returns.
    name: 'views import no adapter, store, scheduler, CLI or server',
    breaks: (e) =>
      under(e.from, 'src/views') &&
      (['src/adapters', 'src/store', 'src/scheduler', 'src/cli'].some((f) => under(e.to, f)) || ['src/server.ts', 'src/http.ts', 'src/main.ts'].includes(e.to) || SLACK_SDK.test(e.to) || TEAMS_SDK.test(e.to)),
  },
  {
    name: 'an adapter does not import the other adapter',
    breaks: (e) => (under(e.from, 'src/adapters/slack') && under(e.to, 'src/adapters/teams')) || (under(e.from, 'src/adapters/teams') && under(e.to, 'src/adapters/slack')),
  },
  { name: 'adapters reach the store through use cases', breaks: (e) => under(e.from, 'src/adapters') && under(e.to, 'src/store') },
  // The server hands the adapters what they send with; a tick or a CLI command started from an adapter would run beside the scheduler's.
  { name: 'adapters run no scheduler or CLI (the server wires them)', breaks: (e) => under(e.from, 'src/adapters') && ['src/scheduler', 'src/cli'].some((f) => under(e.to, f)) },
  { name: 'Slack SDK only in adapters/slack', breaks: (e) => SLACK_SDK.test(e.to) && !under(e.from, 'src/adapters/slack') },
  { name: 'botbuilder only in adapters/teams', breaks: (e) => TEAMS_SDK.test(e.to) && !under(e.from, 'src/adapters/teams') },
];

/** Every edge that breaks a rule, as `rule: from -> to`, leaving out the allowed pairs. */
export function ruleViolations(graph: ImportGraph, allowed: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (allowed.has(`${from} -> ${to}`)) continue;
      for (const rule of RULES) if (rule.breaks({ from, to })) found.push(`${rule.name}: ${from} -> ${to}`);
    }
  }
  return found;
}

/** Import circles among our files (Tarjan's strongly connected components, two or more files, or a self-import). */
export function importCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return circles;
}

/** Pairs in `allowed` that the graph no longer has: they can leave the list. */
export function staleAllowances(graph: ImportGraph, allowed: ReadonlySet<string>): string[] {
  const present = new Set([...graph].flatMap(([from, targets]) => targets.map((to) => `${from} -> ${to}`)));
  return [...allowed].filter((pair) => !present.has(pair));
}

/** file → the names it imports as values (not `import type`, not `type X` in braces), per file imported; `*` for a default or namespace import. */
export type ValueImports = ReadonlyMap<string, ReadonlyArray<{ to: string; names: readonly string[] }>>;

function valueNamesOf(clause: ts.ImportClause | undefined): string[] {
  if (!clause) return ['*'];
  if (clause.isTypeOnly) return [];
  const names = clause.name ? ['*'] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) return [...names, '*'];
  for (const element of bindings?.elements ?? []) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
  return names;
}

/** The value imports of every file under `dir`, read with TypeScript's parser (so `import type` and `type X` are told apart). */
export function readValueImports(root: string, dir: string): ValueImports {
  const out = new Map<string, Array<{ to: string; names: string[] }>>();
  for (const abs of sourceFiles(join(root, dir)).sort()) {
    const file = relative(root, abs).split('\\').join('/');
    const source = ts.createSourceFile(file, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, false);
    const found: Array<{ to: string; names: string[] }> = [];
    for (const s of source.statements) {
      if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
      const names = valueNamesOf(s.importClause);
      if (names.length > 0) found.push({ to: resolveSpecifier(root, file, s.moduleSpecifier.text), names });
    }
    out.set(file, found);
  }
  return out;
}

/**
 * What of src/domain an adapter may take as a value: the closed lists of the leerlijn's words
 * (languages, onderdeel codes, meeting kinds) that a payload is parsed against. Every rule of the
 * leerlijn (scores, fases, weeks, what is done) reaches an adapter only as part of a view from src/app.
 */
export const ADAPTER_DOMAIN_VOCABULARY: ReadonlySet<string> = new Set([
  'LANGS', 'ONDERDEEL_CODES', 'ELEMENT_CODES', 'isOnderdeelCode', 'MEETING_KINDS', 'ALL_MEETING_KINDS', 'isMeetingKind',
]);

/** Each value an adapter imports from src/domain beyond its vocabulary, as `from -> to: name`. */
export function adapterDomainValues(imports: ValueImports, vocabulary: ReadonlySet<string> = ADAPTER_DOMAIN_VOCABULARY): string[] {
  const found: string[] = [];
  for (const [from, list] of imports) {
    if (!under(from, 'src/adapters')) continue;
    for (const { to, names } of list) {
      if (!under(to, 'src/domain')) continue;
      for (const name of names) if (!vocabulary.has(name)) found.push(`${from} -> ${to}: ${name}`);
    }
  }
  return found;
}
