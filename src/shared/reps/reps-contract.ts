import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import { listRepsSchema, repFieldsSchema, repIdSchema, type Rep, type RepListItem } from './rep';

export const repsContract = {
  'reps.list': defineMethod<RepListItem[]>()(listRepsSchema),
  'reps.get': defineMethod<Rep>()(repIdSchema),
  'reps.create': defineMethod<Rep>()(repFieldsSchema),
  'reps.update': defineMethod<Rep>()(repIdSchema.extend(repFieldsSchema.shape)),
  'reps.archive': defineMethod<Rep>()(repIdSchema),
  'reps.unarchive': defineMethod<Rep>()(repIdSchema),
  'reps.teams': defineMethod<string[]>()(z.object({})),
};
