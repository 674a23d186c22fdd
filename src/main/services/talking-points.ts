import type { DataSource } from 'typeorm';
import type { TalkingPoint } from '@shared/agenda/agenda';
import type { ApiParsedInput } from '@shared/api/contract';
import { TalkingPointEntity } from '../database/entities/talking-point';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { SqlReader } from './sql';
import { toTalkingPoint, type TalkingPointSqlRow } from './talking-point-rows';

/** How many discussed points the rep page lists under the queued ones. */
const RECENTLY_DISCUSSED = 50;

export type TalkingPointsService = ReturnType<typeof createTalkingPointsService>;

/** "Add to next one-on-one": points queued for a rep until a meeting ticks them as discussed. */
export function createTalkingPointsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(TalkingPointEntity);

  const get = (id: number): TalkingPoint => {
    const row = sql.get<TalkingPointSqlRow>('SELECT * FROM talking_points WHERE id = ?', [id]);
    if (!row) throw notFound('talking point', id);
    return toTalkingPoint(row);
  };

  const requireRep = (id: number) => {
    if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [id])) throw notFound('rep', id);
  };

  return {
    /** Queued points oldest first, then the most recently discussed. */
    list(repId: number): TalkingPoint[] {
      requireRep(repId);
      const queued = sql.all<TalkingPointSqlRow>(
        `SELECT * FROM talking_points WHERE rep_id = ? AND status = 'queued' ORDER BY created_at, id`,
        [repId],
      );
      const discussed = sql.all<TalkingPointSqlRow>(
        `SELECT * FROM talking_points WHERE rep_id = ? AND status = 'discussed' ORDER BY discussed_at DESC, id DESC LIMIT ?`,
        [repId, RECENTLY_DISCUSSED],
      );
      return [...queued, ...discussed].map(toTalkingPoint);
    },

    async queue({ repId, text }: ApiParsedInput<'talkingPoints.queue'>): Promise<TalkingPoint> {
      requireRep(repId);
      const inserted = await repository.insert({
        repId,
        text,
        status: 'queued',
        discussedInMeetingId: null,
        createdAt: clock.now().toISOString(),
        discussedAt: null,
      });
      return get(Number(inserted.identifiers[0]?.id));
    },

    /** Ticking records where and when it was discussed; un-ticking queues it again. */
    async setDiscussed({
      id,
      meetingId,
      discussed,
    }: ApiParsedInput<'talkingPoints.setDiscussed'>): Promise<TalkingPoint> {
      const point = get(id);
      const meeting = sql.get<{ rep_id: number }>('SELECT rep_id FROM meetings WHERE id = ?', [meetingId]);
      if (!meeting) throw notFound('one-on-one', meetingId);
      if (meeting.rep_id !== point.repId) {
        throw new DomainError('invalid_input', 'That talking point is for another rep’s one-on-ones.', 'meetingId');
      }
      await repository.update(
        { id },
        discussed
          ? { status: 'discussed', discussedInMeetingId: meetingId, discussedAt: clock.now().toISOString() }
          : { status: 'queued', discussedInMeetingId: null, discussedAt: null },
      );
      return get(id);
    },

    /** Only queued points: a discussed one is part of a meeting's record. */
    async remove(id: number): Promise<null> {
      const point = get(id);
      if (point.status !== 'queued') {
        throw new DomainError(
          'conflict',
          'This point was discussed in a one-on-one and stays in its record. Only queued points can be removed.',
        );
      }
      await repository.delete({ id });
      return null;
    },
  };
}
