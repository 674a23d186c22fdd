import type { z } from 'zod';
import type { MethodSpec } from './define-method';
import { actionItemsContract } from '../action-items/action-items-contract';
import { agendaContract } from '../agenda/agenda-contract';
import { appContract } from '../app/app-contract';
import { briefContract } from '../brief/brief-contract';
import { calendarContract } from '../calendar/calendar-contract';
import { goalsContract } from '../goals/goals-contract';
import { meetingsContract } from '../meetings/meetings-contract';
import { accountabilityContract } from '../accountability/accountability-contract';
import { followUpsContract } from '../follow-ups/follow-ups-contract';
import { exportsContract } from '../exports/exports-contract';
import { repImportContract } from '../reps/rep-import-contract';
import { repsContract } from '../reps/reps-contract';
import { searchContract } from '../search/search-contract';
import { skillsContract } from '../skills/skills-contract';
import { timelineContract } from '../timeline/timeline-contract';
import { updatesContract } from '../updates/updates-contract';

/**
 * The whole API in one map: method name → input schema (checked in main) → result type.
 * Each feature declares its own map; adding a feature means adding it here.
 */
export const apiContract = {
  ...appContract,
  ...repsContract,
  ...repImportContract,
  ...meetingsContract,
  ...actionItemsContract,
  ...agendaContract,
  ...followUpsContract,
  ...accountabilityContract,
  ...exportsContract,
  ...goalsContract,
  ...skillsContract,
  ...briefContract,
  ...timelineContract,
  ...searchContract,
  ...updatesContract,
  ...calendarContract,
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
/** What a caller passes (before zod defaults and transforms). */
export type ApiInput<K extends ApiMethod> = z.input<ApiContract[K]['input']>;
/** What a handler receives (after zod parsing). */
export type ApiParsedInput<K extends ApiMethod> = z.output<ApiContract[K]['input']>;
export type ApiOutput<K extends ApiMethod> = ApiContract[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(apiContract, name);
