// The catalogue's type, in its own module so en.ts and en-flows.ts both use it without
// importing each other.
import type { nl } from './nl.js';

/** The shape of nl with every leaf widened to string. */
export type DeepStringRecord<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]> };
export type Catalog = DeepStringRecord<typeof nl>;
