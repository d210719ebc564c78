// zod issues turned into field errors the adapters show next to the form input.
import { z } from 'zod';
import { ValidationError, type FieldError } from './errors.js';

/** Built once: zod schemas are objects, and building one per call showed up on the vote path. */
export const Uuid = z.uuid();

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
