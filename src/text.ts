// Text from outside, made storable. Postgres refuses a NUL in `text` columns ("invalid byte
// sequence"), and a lone UTF-16 surrogate has no UTF-8 form at all (drivers turn it into
// U+FFFD or refuse it, depending on the path). Both platforms' edges clean every string of a
// parsed payload with this one function, so no flow has to think about it.

const NUL = /\u0000/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any NUL or surrogate: only such a string can need cleaning (a valid pair is then kept). */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** The string without NUL bytes, with lone surrogates replaced by U+FFFD. */
export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Whether any string in the value, keys included, might need cleaning. */
function suspect(value: unknown): boolean {
  if (typeof value === 'string') return SUSPECT.test(value);
  if (Array.isArray(value)) return value.some(suspect);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (SUSPECT.test(k) || suspect(v)) return true;
  }
  return false;
}

function cleanedCopy(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanedCopy);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanedCopy(v)]));
  }
  return value;
}

/**
 * Every string in a parsed JSON value cleaned, keys included; numbers, booleans and null as
 * they were. A value with nothing to clean (nearly every request) is given back as it is,
 * without copying it.
 */
export function cleanStrings(value: unknown): unknown {
  return suspect(value) ? cleanedCopy(value) : value;
}

/** `end`, or one unit less where cutting there would split a surrogate pair (an emoji) in half. */
export function pairSafeEnd(text: string, end: number): number {
  const low = text.charCodeAt(end);
  const high = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 1 : end;
}

/** At most `max` units, with a visible sign where text was cut (never half an emoji). */
export function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, pairSafeEnd(value, max - 1))}…`;
}

export interface Bounds {
  /** Deepest nesting of arrays and objects. */
  depth: number;
  /** Arrays, objects and scalars together. */
  nodes: number;
}

/**
 * False when a parsed value nests deeper or holds more parts than any real payload: such a
 * body is refused before an SDK walks it (a 1 MB body of `[[[[…` or a million small items).
 */
export function withinBounds(value: unknown, bounds: Bounds): boolean {
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    nodes += 1;
    if (nodes > bounds.nodes || depth > bounds.depth) return false;
    if (typeof v !== 'object' || v === null) return true;
    const children = Array.isArray(v) ? v : Object.values(v);
    return children.every((c) => walk(c, depth + 1));
  };
  return walk(value, 0);
}
