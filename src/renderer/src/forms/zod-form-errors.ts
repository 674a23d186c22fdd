import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';

/** Turns zod issues into `{ 'field.path': message }`, keeping the first message per field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (field && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

/**
 * A Mantine form validator backed by the same zod schema main checks at the API boundary,
 * so the form and the server can never disagree about what is valid.
 */
export const zodFormValidator =
  <Values>(schema: z.ZodType) =>
  (values: Values): FormErrors => {
    const parsed = schema.safeParse(values);
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };
