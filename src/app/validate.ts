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

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  // Schemas put an i18n key in `message` (e.g. 'date'); zod's own defaults map to 'invalid'.
  const message = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
  return { field, message };
}
