import type { z } from 'zod';

/**
 * One API method: the zod schema its input must pass in main, and (as a type only)
 * what it returns. `output` never exists at run time; it carries the result type.
 */
export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly output?: Output;
}

/** `defineMethod<Rep>()(schema)` — curried so the output type can be given while the input is inferred. */
export const defineMethod =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });
