import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import { entityId } from '../validation';
import {
  queueTalkingPointSchema,
  setRepDefaultTemplateSchema,
  setTalkingPointDiscussedSchema,
  templateFieldsSchema,
  templateIdSchema,
  type AgendaTemplate,
  type TalkingPoint,
} from './agenda';

export const agendaContract = {
  'templates.list': defineMethod<AgendaTemplate[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'templates.create': defineMethod<AgendaTemplate>()(templateFieldsSchema),
  'templates.update': defineMethod<AgendaTemplate>()(templateIdSchema.extend(templateFieldsSchema.shape)),
  'templates.archive': defineMethod<AgendaTemplate>()(templateIdSchema),
  'templates.setRepDefault': defineMethod<null>()(setRepDefaultTemplateSchema),
  /** Queued and recently discussed points of a rep. */
  'talkingPoints.list': defineMethod<TalkingPoint[]>()(z.object({ repId: entityId('Rep id') })),
  /** "Add to next one-on-one". */
  'talkingPoints.queue': defineMethod<TalkingPoint>()(queueTalkingPointSchema),
  'talkingPoints.setDiscussed': defineMethod<TalkingPoint>()(setTalkingPointDiscussedSchema),
  'talkingPoints.remove': defineMethod<null>()(z.object({ id: entityId('Talking point id') })),
};
