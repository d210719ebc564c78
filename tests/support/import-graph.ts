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
