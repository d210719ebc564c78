// zod issues turned into field errors the adapters show next to the form input.
import { z } from 'zod';
import { ValidationError, type FieldError } from './errors.js';

/** Built once: zod schemas are objects, and building one per call showed up on the vote path. */
export const Uuid = z.uuid();

/** A day as forms send it (YYYY-MM-DD) that exists on the calendar. */
const isCalendarDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/**
 * A date a person picks. Bounded to this century: the meetings and follow-ups planned from it
 * lie weeks later, and a day late in year 9999 would plan them in a five-digit year.
 */
export const IsoDate = z.string().superRefine((s, ctx) => {
  // One problem at most: an empty date is asked for, not said to be written wrong or out of range.
  const problem = s.trim() === '' ? 'required' : !/^\d{4}-\d{2}-\d{2}$/.test(s) || !isCalendarDate(s) ? 'date' : s < '2000-01-01' || s > '2099-12-31' ? 'date_range' : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A time of day as forms send it (HH:MM); left empty, it is asked for rather than said to be written wrong. */
export const TimeOfDay = z.string().superRefine((s, ctx) => {
  const problem = s.trim() === '' ? 'required' : /^([01]\d|2[0-3]):[0-5]\d$/.test(s) ? null : 'time';
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map(toFieldError));
}

/** Of a value, each part that parsed: an object's fields, an array's elements, however deep. */
export type Partly<T> = T extends readonly (infer E)[] ? (Partly<E> | undefined)[] : T extends object ? { [K in keyof T]?: Partly<T[K]> } : T;

/** A form's input parsed field by field, so later checks can look at the fields that came through. */
export interface FieldsParsed<T> {
  /** The whole input, where every field parsed. */
  whole: T | undefined;
  /** Each field that parsed, the others left out. */
  parts: Partly<T>;
  /** The problem of each field that did not. */
  problems: FieldError[];
}

/**
 * Like parseInput, but without throwing: the checks that come after the parse (a date from today,
 * an owner on the team) run on the fields that parsed, and a form names all its problems at once
 * (`wholeOrRefused`) instead of one stage's per send. A form is an object; input that is not one has no parts.
 */
export function parseFields<S extends z.ZodObject>(schema: S, input: unknown): FieldsParsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { whole: result.data, parts: result.data as Partly<z.infer<S>>, problems: [] };
  // Nothing of it parses (not an object at all, as a forged request may send): no fields, so the checks after find nothing.
  const parts = (partsThatParse(schema, input) ?? {}) as Partly<z.infer<S>>;
  return { whole: undefined, parts, problems: result.error.issues.map(toFieldError) };
}

/** What of `input` parses: all of it, or per field of an object and per element of an array; undefined for nothing. */
function partsThatParse(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  if (schema instanceof z.ZodObject && typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, partsThatParse(field, (input as Record<string, unknown>)[key])]);
    return Object.fromEntries(fields.filter(([, value]) => value !== undefined));
  }
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return partsThatParse(schema.unwrap() as z.ZodType, input);
  if (schema instanceof z.ZodArray && Array.isArray(input)) return input.map((element) => partsThatParse(schema.element as z.ZodType, element));
  return undefined;
}

/** Every problem the parse and the checks after it found, refused together; else the input whole. */
export function wholeOrRefused<T>(parsed: FieldsParsed<T>, found: readonly FieldError[] = []): T {
  const problems = [...parsed.problems, ...found];
  if (problems.length > 0 || parsed.whole === undefined) throw new ValidationError(problems);
  return parsed.whole;
}

/** Whether a field (or a part of it) did not parse: checks that read it are left out. */
export const failed = (problems: readonly FieldError[], field: string): boolean => problems.some((p) => p.field === field || p.field.startsWith(`${field}.`));

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  // Schemas put an i18n key in `message` (e.g. 'date'); zod's own defaults map to 'invalid'.
  const message = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
  return { field, message };
}
