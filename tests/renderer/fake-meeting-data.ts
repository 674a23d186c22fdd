import type { ActionItemListItem } from '@shared/action-items/action-item';
import type { AgendaTemplate, TalkingPoint } from '@shared/agenda/agenda';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '@shared/api/contract';
import type { MeetingCancellation, MeetingSummary, MeetingWorkspace } from '@shared/meetings/meeting';
import { extractTaskItems, setTaskItemIds } from '@shared/notes/task-items';
import { emptyDoc, type TiptapDoc } from '@shared/notes/tiptap-json';
import type { Rep } from '@shared/reps/rep';

/** Thrown by fake handlers; the bridge answers with this error code, as main's DomainError does. */
export class FakeApiError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid_input',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type MeetingMethod = Extract<
  ApiMethod,
  `meetings.${string}` | `actionItems.${string}` | `templates.${string}` | `talkingPoints.${string}`
>;
export type MeetingHandlers = { [K in MeetingMethod]: (input: ApiParsedInput<K>) => ApiOutput<K> };

interface StoredMeeting extends MeetingSummary {
  agenda: MeetingWorkspace['agenda'];
  sharedNotes: TiptapDoc;
  privateNotes: TiptapDoc;
  notesRevision: number;
}

const NOW = '2026-01-05T09:00:00.000Z';
/** The fake's "today" for overdue filtering; tests pick due dates around it. */
export const FAKE_TODAY = '2026-01-05';

export const BUILTIN_TEMPLATES: AgendaTemplate[] = [
  {
    id: 1,
    name: 'Weekly check-in',
    description: null,
    builtinKey: 'weekly',
    archivedAt: null,
    sections: [
      { title: 'Wins', prompts: ['What went well?'] },
      { title: 'Blockers', prompts: [] },
    ],
  },
  {
    id: 2,
    name: 'Pipeline review',
    description: null,
    builtinKey: 'pipeline',
    archivedAt: null,
    sections: [{ title: 'Top deals', prompts: [] }],
  },
];

/**
 * The meetings, action items, agenda templates and talking points of the fake main process.
 * Notes saves sync task items to action items with the same shared functions main uses.
 */
export class FakeMeetingData {
  meetings: StoredMeeting[] = [];
  actionItems: ActionItemListItem[] = [];
  templates: AgendaTemplate[] = structuredClone(BUILTIN_TEMPLATES);
  talkingPoints: TalkingPoint[] = [];
  suggestedSlot = '2026-01-12T09:00:00.000Z';
  /** What cancelling a meeting would undo, per meeting id, beyond its action items (counted here). */
  cancellations = new Map<number, Partial<MeetingCancellation>>();
  private nextId = 100;

  constructor(
    private readonly repOf: (id: number) => Rep,
    /** The rep of a goal, or undefined for an unknown goal (goals live in fake-history.ts). */
    private readonly goalRepOf: (goalId: number) => number | undefined,
  ) {}

  addMeeting(fields: Partial<StoredMeeting> & { repId: number }): StoredMeeting {
    const meeting: StoredMeeting = {
      id: this.nextId++,
      repName: this.repOf(fields.repId).name,
      scheduledAt: '2026-01-06T09:00:00.000Z',
      durationMinutes: 30,
      status: 'scheduled',
      heldAt: null,
      cancelledAt: null,
      actionItemCount: 0,
      agenda: [{ id: 'a1', title: 'Wins', prompts: ['What went well?'], done: false }],
      sharedNotes: emptyDoc(),
      privateNotes: emptyDoc(),
      notesRevision: 0,
      ...fields,
    };
    this.meetings.push(meeting);
    return meeting;
  }

  addActionItem(fields: Partial<ActionItemListItem> & { repId: number; title: string }): ActionItemListItem {
    const item: ActionItemListItem = {
      id: this.nextId++,
      meetingId: null,
      goalId: null,
      owner: 'rep',
      dueDate: null,
      status: 'open',
      carryCount: 0,
      completedOn: null,
      createdAt: NOW,
      updatedAt: NOW,
      repName: this.repOf(fields.repId).name,
      meetingScheduledAt: null,
      ...fields,
    };
    this.actionItems.push(item);
    return item;
  }

  addTalkingPoint(repId: number, text: string): TalkingPoint {
    const point: TalkingPoint = {
      id: this.nextId++,
      repId,
      text,
      status: 'queued',
      discussedInMeetingId: null,
      createdAt: NOW,
      discussedAt: null,
    };
    this.talkingPoints.push(point);
    return point;
  }

  private meeting(id: number): StoredMeeting {
    const meeting = this.meetings.find((candidate) => candidate.id === id);
    if (!meeting) throw new FakeApiError('not_found', 'That one-on-one no longer exists.');
    return meeting;
  }

  private summary(meeting: StoredMeeting): MeetingSummary {
    const {
      agenda: _agenda,
      sharedNotes: _shared,
      privateNotes: _private,
      notesRevision: _revision,
      ...summary
    } = meeting;
    return { ...summary, actionItemCount: this.itemsOf(meeting.id).length };
  }

  private itemsOf(meetingId: number): ActionItemListItem[] {
    return this.actionItems.filter((item) => item.meetingId === meetingId && item.status !== 'dropped');
  }

  private find<T extends { id: number }>(list: T[], id: number, what: string): T {
    const found = list.find((candidate) => candidate.id === id);
    if (!found) throw new FakeApiError('not_found', `That ${what} no longer exists.`);
    return found;
  }

  /** Main's task-item sync, reduced to what the screens show: new items get ids, known ones follow the note. */
  private syncTaskItems(meeting: StoredMeeting, doc: TiptapDoc): { doc: TiptapDoc; assigned: Record<string, number> } {
    const assigned: Record<string, number> = {};
    const ids = new Map<number, number>();
    for (const task of extractTaskItems(doc)) {
      const fields = { title: task.title, status: task.checked ? ('done' as const) : ('open' as const) };
      const existing =
        task.actionItemId === null ? undefined : this.actionItems.find((item) => item.id === task.actionItemId);
      if (existing) {
        Object.assign(
          existing,
          fields,
          task.owner ? { owner: task.owner } : {},
          task.dueDate !== undefined ? { dueDate: task.dueDate } : {},
        );
        continue;
      }
      const created = this.addActionItem({
        repId: meeting.repId,
        meetingId: meeting.id,
        meetingScheduledAt: meeting.scheduledAt,
        ...fields,
        owner: task.owner ?? 'rep',
        dueDate: task.dueDate ?? null,
      });
      ids.set(task.index, created.id);
      if (task.clientKey) assigned[task.clientKey] = created.id;
    }
    return { doc: setTaskItemIds(doc, ids), assigned };
  }

  /** Main's checks, in its order: the rep exists and is active, the goal and meeting are the rep's. */
  private create(fields: ApiParsedInput<'actionItems.create'>): ActionItemListItem {
    const rep = this.repOf(fields.repId);
    if (rep.status === 'archived') {
      throw new FakeApiError('conflict', `${rep.name} is archived. Unarchive the rep to add an action item.`);
    }
    if (fields.goalId) {
      const goalRep = this.goalRepOf(fields.goalId);
      if (goalRep === undefined) throw new FakeApiError('not_found', `No goal with id ${fields.goalId} exists.`);
      if (goalRep !== fields.repId) {
        throw new FakeApiError(
          'invalid_input',
          'That goal belongs to another rep; pick one of this rep’s goals.',
          'goalId',
        );
      }
    }
    const meeting = fields.meetingId ? this.meeting(fields.meetingId) : null;
    if (meeting && meeting.repId !== fields.repId) {
      throw new FakeApiError('invalid_input', 'That one-on-one is with another rep.', 'meetingId');
    }
    return this.addActionItem({
      ...fields,
      meetingId: meeting?.id ?? null,
      meetingScheduledAt: meeting?.scheduledAt ?? null,
      goalId: fields.goalId ?? null,
      dueDate: fields.dueDate ?? null,
    });
  }

  readonly handlers: MeetingHandlers = {
    'meetings.listForRep': ({ repId, status }) =>
      this.meetings
        .filter((meeting) => meeting.repId === repId && (status === 'all' || meeting.status === status))
        .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))
        .map((meeting) => this.summary(meeting)),
    'meetings.upcoming': () =>
      this.meetings
        .filter((meeting) => meeting.status === 'scheduled')
        .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))
        .map((meeting) => this.summary(meeting)),
    'meetings.suggestSlot': () => ({ scheduledAt: this.suggestedSlot }),
    'meetings.schedule': ({ repId, scheduledAt, durationMinutes }) =>
      this.summary(this.addMeeting({ repId, scheduledAt: new Date(scheduledAt).toISOString(), durationMinutes })),
    'meetings.reschedule': ({ id, scheduledAt }) =>
      this.summary(Object.assign(this.meeting(id), { scheduledAt: new Date(scheduledAt).toISOString() })),
    'meetings.setStatus': ({ id, status }) =>
      this.summary(
        Object.assign(this.meeting(id), {
          status,
          heldAt: status === 'held' ? NOW : null,
          cancelledAt: status === 'cancelled' ? NOW : null,
        }),
      ),
    'meetings.cancellation': ({ id }) => ({
      meetingId: id,
      followUps: 0,
      skillRatings: 0,
      talkingPointsDiscussed: 0,
      actionItems: this.itemsOf(this.meeting(id).id).length,
      goalCheckIns: 0,
      blockedBy: null,
      ...this.cancellations.get(id),
    }),
    'meetings.open': ({ id }) => {
      const meeting = this.meeting(id);
      return {
        meeting: this.summary(meeting),
        rep: this.repOf(meeting.repId),
        agenda: meeting.agenda,
        sharedNotes: meeting.sharedNotes,
        privateNotes: meeting.privateNotes,
        notesRevision: meeting.notesRevision,
        actionItems: this.itemsOf(id),
        talkingPoints: this.talkingPoints.filter(
          (point) => point.repId === meeting.repId && (point.status === 'queued' || point.discussedInMeetingId === id),
        ),
      };
    },
    'meetings.saveNotes': (input) => {
      const meeting = this.meeting(input.id);
      if (input.baseRevision !== meeting.notesRevision) {
        throw new FakeApiError('conflict', 'These notes were changed in another window since you opened them.');
      }
      let assigned: Record<string, number> = {};
      if (input.shared) {
        const synced = this.syncTaskItems(meeting, input.shared);
        meeting.sharedNotes = synced.doc;
        assigned = synced.assigned;
      }
      if (input.private) meeting.privateNotes = input.private;
      meeting.notesRevision += 1;
      return {
        notesRevision: meeting.notesRevision,
        assignedActionItemIds: assigned,
        actionItems: this.itemsOf(meeting.id),
      };
    },
    'meetings.updateAgenda': ({ id, agenda }) => {
      this.meeting(id).agenda = agenda;
      return agenda;
    },
    'actionItems.list': ({ repId, status, owner, overdueOnly }) =>
      this.actionItems.filter(
        (item) =>
          (repId === undefined || item.repId === repId) &&
          (status === 'all' || item.status === status) &&
          (owner === 'all' || item.owner === owner) &&
          (!overdueOnly || (item.status === 'open' && item.dueDate !== null && item.dueDate < FAKE_TODAY)),
      ),
    'actionItems.create': (fields) => this.create(fields),
    'actionItems.update': ({ id, ...change }) => Object.assign(this.find(this.actionItems, id, 'action item'), change),
    'actionItems.linkGoal': ({ id, goalId }) =>
      Object.assign(this.find(this.actionItems, id, 'action item'), { goalId }),
    'templates.list': ({ includeArchived }) =>
      this.templates.filter((template) => includeArchived || !template.archivedAt),
    'templates.create': (fields) => {
      const template: AgendaTemplate = { id: this.nextId++, builtinKey: null, archivedAt: null, ...fields };
      this.templates.push(template);
      return template;
    },
    'templates.update': ({ id, ...fields }) => Object.assign(this.find(this.templates, id, 'template'), fields),
    'templates.archive': ({ id }) => Object.assign(this.find(this.templates, id, 'template'), { archivedAt: NOW }),
    'templates.setRepDefault': () => null,
    'talkingPoints.list': ({ repId }) => this.talkingPoints.filter((point) => point.repId === repId),
    'talkingPoints.queue': ({ repId, text }) => this.addTalkingPoint(repId, text),
    'talkingPoints.setDiscussed': ({ id, meetingId, discussed }) =>
      Object.assign(this.find(this.talkingPoints, id, 'talking point'), {
        status: discussed ? 'discussed' : 'queued',
        discussedInMeetingId: discussed ? meetingId : null,
        discussedAt: discussed ? NOW : null,
      }),
    'talkingPoints.remove': ({ id }) => {
      this.talkingPoints = this.talkingPoints.filter((point) => point.id !== id);
      return null;
    },
  };
}
