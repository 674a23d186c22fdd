import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

type SkillsMethod = Extract<ApiMethod, `skills.${string}`>;

export const skillsHandlers = ({
  skills,
  skillRatings,
}: Pick<Services, 'skills' | 'skillRatings'>): ApiHandlers<SkillsMethod> => ({
  'skills.list': (input) => skills.list(input),
  'skills.add': (input) => skills.add(input),
  'skills.rename': (input) => skills.rename(input),
  'skills.retire': ({ id }) => skills.retire(id),
  'skills.restore': ({ id }) => skills.restore(id),
  'skills.reorder': (input) => skills.reorder(input),
  'skills.rate': (input) => skillRatings.rate(input),
  'skills.clearRating': (input) => skillRatings.clearRating(input),
  'skills.ratingsForMeeting': ({ meetingId }) => skillRatings.forMeeting(meetingId),
  'skills.trendsForRep': ({ repId }) => skillRatings.trendsForRep(repId),
});
