import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

type AgendaMethod = Extract<ApiMethod, `templates.${string}` | `talkingPoints.${string}`>;

export const agendaHandlers = ({
  agendaTemplates,
  talkingPoints,
}: Pick<Services, 'agendaTemplates' | 'talkingPoints'>): ApiHandlers<AgendaMethod> => ({
  'templates.list': (input) => agendaTemplates.list(input),
  'templates.create': (input) => agendaTemplates.create(input),
  'templates.update': (input) => agendaTemplates.update(input),
  'templates.archive': ({ id }) => agendaTemplates.archive(id),
  'templates.setRepDefault': (input) => agendaTemplates.setRepDefault(input),
  'talkingPoints.list': ({ repId }) => talkingPoints.list(repId),
  'talkingPoints.queue': (input) => talkingPoints.queue(input),
  'talkingPoints.setDiscussed': (input) => talkingPoints.setDiscussed(input),
  'talkingPoints.remove': ({ id }) => talkingPoints.remove(id),
});
