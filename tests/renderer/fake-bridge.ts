import type { CoachbookBridge } from '@shared/api/bridge';
import type { CoreEvent } from '@shared/api/events';
import { apiContract, type ApiInput, type ApiMethod, type ApiOutput, type ApiParsedInput } from '@shared/api/contract';
import type { ApiError, ApiResult } from '@shared/api/result';
import { DEFAULT_SETTINGS, type AppStatus, type Settings } from '@shared/app/app';
import type { Rep, RepListItem } from '@shared/reps/rep';
import type { RepImportPreview } from '@shared/reps/rep-import';
import type { RepAccountability, TeamOverview } from '@shared/accountability/accountability';
import { resolvePeriod } from '@shared/accountability/period';
import type { FollowUpPanel, FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import { applyOutcome, reverseOutcome } from '@shared/follow-ups/follow-up-rules';
import type { TodayReminders } from '@shared/reminders/reminders';
import type { BackupEntry, SavedFile } from '@shared/exports/exports';
import type { CalendarImportPreview, CalendarImportResult } from '@shared/calendar/calendar';
import { FakeHistory } from './fake-history';
import { FakeUpdates } from './fake-updates';
import { FakeApiError, FakeMeetingData } from './fake-meeting-data';

type Handlers = { [K in ApiMethod]: (input: ApiParsedInput<K>) => ApiOutput<K> };

export interface FakeCall {
  method: ApiMethod;
  input: unknown;
}

export interface FakeBridgeOptions {
  status?: AppStatus;
  reps?: Partial<RepListItem>[];
  settings?: Settings;
  /** The accountability loop's answers; each is not_found until given. */
  teamOverview?: TeamOverview;
  today?: TodayReminders;
  followUpPanels?: FollowUpPanel[];
  repAccountability?: RepAccountability[];
}

class NotFound extends Error {}

/** "Today" of the fake's accountability answers. */
export const FAKE_TODAY = '2026-01-05';

/**
 * An in-memory stand-in for main: parses every input with the contract's zod schema, as the
 * registry does, so the UI meets the same validation and error shapes as in the real app.
 */
export class FakeBridge implements CoachbookBridge {
  readonly calls: FakeCall[] = [];
  status: AppStatus;
  settings: Settings;
  reps: RepListItem[] = [];
  teamOverview: TeamOverview | null;
  today: TodayReminders | null;
  followUpPanels: FollowUpPanel[];
  repAccountability: RepAccountability[];
  /** Meetings, action items, templates and talking points (see fake-meeting-data.ts). */
  readonly data: FakeMeetingData = new FakeMeetingData(
    (id) => this.toRep(this.find(id)),
    (goalId) => this.history.goals.find((goal) => goal.id === goalId)?.repId,
  );
  /** What main's save/open dialogs answer for exports and backups: a chosen path, or null (cancelled). */
  dialogPath: string | null = null;
  /** What choosing a rep list answers (null: the open dialog was cancelled). */
  repImportPreview: RepImportPreview | null = null;
  /** The manager's book while the demo is open. */
  private realBook: { status: AppStatus; reps: RepListItem[] } | null = null;
  backups: BackupEntry[] = [];
  /** What main answers after its open dialog for a calendar file (null: the dialog was cancelled). */
  calendarPreview: CalendarImportPreview | null = null;
  calendarImportResult: CalendarImportResult = {
    scheduled: 0,
    rescheduled: 0,
    cancelled: 0,
    unchanged: 0,
    repsCreated: 0,
  };
  /** Goals, skills, briefs and search (see fake-history.ts). */
  /** Update checks (see fake-updates.ts). */
  readonly updates = new FakeUpdates();
  readonly history: FakeHistory = new FakeHistory(
    (id) => this.find(id).name,
    (goalId) =>
      this.data.actionItems
        .filter((item) => item.goalId === goalId)
        .map(({ repName: _rep, meetingScheduledAt: _at, ...item }) => ({ ...item, outcomes: [] })),
  );
  private nextId = 1;
  private nextCheckId = 1;
  private failures = new Map<ApiMethod, ApiError>();

  constructor(options: FakeBridgeOptions = {}) {
    this.status = options.status ?? { state: 'ready', databaseFile: '/tmp/coachbook.sqlite', schemaVersion: 1 };
    this.settings = options.settings ?? { ...DEFAULT_SETTINGS };
    for (const rep of options.reps ?? []) this.addRep(rep);
    this.teamOverview = options.teamOverview ?? null;
    this.today = options.today ?? null;
    this.followUpPanels = options.followUpPanels ?? [];
    this.repAccountability = options.repAccountability ?? [];
  }

  addRep(fields: Partial<RepListItem>): RepListItem {
    const now = '2026-01-05T09:00:00.000Z';
    const rep: RepListItem = {
      id: this.nextId++,
      name: 'Unnamed',
      email: null,
      title: null,
      defaultTemplateId: null,
      team: null,
      territory: null,
      startDate: null,
      cadence: 'weekly',
      status: 'active',
      createdAt: now,
      updatedAt: now,
      lastHeldAt: null,
      openActionItemCount: 0,
      ...fields,
    };
    this.reps.push(rep);
    return rep;
  }

  /** The next call of `method` answers with this error instead of running. */
  failNext(method: ApiMethod, error: ApiError): void {
    this.failures.set(method, error);
  }

  callsOf(method: ApiMethod): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  async invoke<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>> {
    this.calls.push({ method, input });
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      return { ok: false, error: failure };
    }
    const parsed = apiContract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.');
      return {
        ok: false,
        error: { code: 'invalid_input', message: issue?.message ?? 'Invalid', ...(field ? { field } : {}) },
      };
    }
    try {
      const handler = this.handlers[method] as (value: unknown) => ApiOutput<K>;
      return { ok: true, value: structuredClone(handler(parsed.data)) };
    } catch (error) {
      if (error instanceof NotFound) return { ok: false, error: { code: 'not_found', message: error.message } };
      if (error instanceof FakeApiError) {
        const { code, message, field } = error;
        return { ok: false, error: { code, message, ...(field ? { field } : {}) } };
      }
      throw error;
    }
  }

  private readonly flushListeners = new Set<() => Promise<void>>();

  onFlushRequest(listener: () => Promise<void>): () => void {
    this.flushListeners.add(listener);
    return () => this.flushListeners.delete(listener);
  }

  private readonly eventListeners = new Set<(event: CoreEvent) => void>();

  onEvent(listener: (event: CoreEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** What the core does when something changes unasked: every subscriber hears it. */
  emit(event: CoreEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }

  /** What main does before a window closes: ask every listener to save, and wait. */
  async requestFlush(): Promise<void> {
    await Promise.all([...this.flushListeners].map((listener) => listener()));
  }

  private find(id: number): RepListItem {
    const rep = this.reps.find((candidate) => candidate.id === id);
    if (!rep) throw new NotFound('That rep no longer exists.');
    return rep;
  }

  private toRep(item: RepListItem): Rep {
    const { lastHeldAt: _held, openActionItemCount: _open, ...rep } = item;
    return rep;
  }

  private readonly handlers: Handlers = {
    'app.status': () => this.status,
    'app.openAnotherDatabase': () => false,
    'app.quit': () => null,
    'app.logFile': () => '/home/ana/.config/Coachbook/logs/coachbook.log',
    'settings.get': () => this.settings,
    'settings.update': (input) => {
      this.settings = {
        ...this.settings,
        ...(input.theme ? { theme: input.theme } : {}),
        ...(input.notifications === undefined ? {} : { notifications: input.notifications }),
        ...(input.spellCheckDownloads === undefined ? {} : { spellCheckDownloads: input.spellCheckDownloads }),
      };
      return this.settings;
    },
    'reps.list': ({ status, search, team }) =>
      this.reps
        .filter((rep) => status === 'all' || rep.status === status)
        .filter((rep) => !search || rep.name.toLowerCase().includes(search.toLowerCase()))
        .filter((rep) => !team || rep.team === team)
        .sort((a, b) => a.name.localeCompare(b.name)),
    'reps.get': ({ id }) => this.toRep(this.find(id)),
    'reps.create': (fields) => this.toRep(this.addRep(fields)),
    'reps.update': ({ id, ...fields }) => this.toRep(Object.assign(this.find(id), fields)),
    'reps.archive': ({ id }) => this.toRep(Object.assign(this.find(id), { status: 'archived' })),
    'reps.unarchive': ({ id }) => this.toRep(Object.assign(this.find(id), { status: 'active' })),
    'reps.teams': () => [...new Set(this.reps.flatMap((rep) => (rep.team ? [rep.team] : [])))].sort(),
    'demo.open': () => {
      this.realBook = { status: this.status, reps: this.reps };
      this.reps = [];
      for (const name of ['Demo Rep One', 'Demo Rep Two']) this.addRep({ name });
      this.status = { state: 'ready', databaseFile: '/tmp/demo/coachbook-demo.sqlite', schemaVersion: 1, demo: true };
      return this.status;
    },
    'demo.close': () => {
      if (this.realBook) ({ status: this.status, reps: this.reps } = this.realBook);
      this.realBook = null;
      return this.status;
    },
    'repImport.preview': () => this.repImportPreview,
    'repImport.confirm': ({ token }) => {
      const preview = this.repImportPreview;
      if (!preview || preview.token !== token)
        throw new FakeApiError('invalid_input', 'This preview is no longer current.');
      for (const { line: _line, ...row } of preview.rows) this.addRep(row);
      return { imported: preview.rows.length, skipped: preview.alreadyInBookCount };
    },
    'repImport.saveTemplate': () => (this.dialogPath ? { filePath: this.dialogPath, bytes: 300 } : null),
    'calendar.previewImport': () => this.calendarPreview,
    'calendar.confirmImport': () => this.calendarImportResult,
    'calendar.export': () => (this.dialogPath ? { filePath: this.dialogPath, bytes: 2048 } : null),
    ...this.data.handlers,
    'followUps.panel': ({ meetingId }) => this.panel(meetingId),
    'followUps.record': ({ meetingId, actionItemId, outcome, note, newDueDate }) => {
      const panel = this.panel(meetingId);
      const item = this.panelItem(panel, actionItemId);
      const before = item.check ? reverseOutcome(this.stateOf(item), item.check) : this.stateOf(item);
      const applied = applyOutcome(before, outcome, newDueDate, panel.meetingDay);
      Object.assign(item, {
        status: applied.item.status,
        dueDate: applied.item.dueDate,
        carryCount: applied.item.carryCount,
        check: { id: this.nextCheckId++, meetingId, note, createdAt: '2026-01-05T09:00:00.000Z', ...applied.check },
      });
      return item;
    },
    'followUps.undo': ({ meetingId, actionItemId }) => {
      const item = this.panelItem(this.panel(meetingId), actionItemId);
      if (!item.check) throw new NotFound('Nothing to undo.');
      const restored = reverseOutcome(this.stateOf(item), item.check);
      Object.assign(item, {
        status: restored.status,
        dueDate: restored.dueDate,
        carryCount: restored.carryCount,
        check: null,
      });
      return item;
    },
    'team.overview': ({ team, period }) => {
      const overview = this.teamOverview ?? this.overviewFromReps();
      return {
        ...overview,
        period: resolvePeriod(period, overview.today),
        rows: overview.rows.filter((row) => !team || row.team === team),
      };
    },
    'accountability.forRep': ({ repId, period }) => {
      const found = this.repAccountability.find((candidate) => candidate.repId === repId) ?? this.notFaked();
      return { ...found, period: resolvePeriod(period, found.today) };
    },
    'reminders.today': () => this.today ?? { today: FAKE_TODAY, oneOnOnes: [], followUpsDue: [], meetingsOverdue: [] },
    ...this.history.handlers,
    ...this.updates.handlers,
    // Exports and backups open dialogs in main; here the dialog answers `dialogPath` (null: cancelled).
    'exports.meetingSummary': () => this.savedFile(),
    'exports.repReport': () => this.savedFile(),
    'exports.teamReport': () => this.savedFile(),
    'exports.csv': ({ repId }) => {
      if (repId !== undefined) this.find(repId);
      return this.savedFile();
    },
    'exports.json': () => this.savedFile(),
    'imports.json': () => (this.dialogPath ? { filePath: this.dialogPath, rows: { reps: 2, meetings: 5 } } : null),
    'backup.create': () => this.savedFile(),
    'backup.list': () => this.backups,
    'backup.restore': ({ backupId }) => {
      const chosen =
        backupId === undefined ? this.dialogPath : this.backups.find((backup) => backup.id === backupId)?.filePath;
      if (!chosen) return null;
      return {
        restoredFrom: chosen,
        keptAsideAs: '/data/backups/before-restore-20260105-090000.sqlite',
        schemaVersion: 1,
      };
    },
  };

  private savedFile(): SavedFile | null {
    return this.dialogPath ? { filePath: this.dialogPath, bytes: 24_576 } : null;
  }

  /** Without a given overview, every active rep is a row with no history yet. */
  private overviewFromReps(): TeamOverview {
    const rows = this.reps
      .filter((rep) => rep.status === 'active')
      .map((rep) => ({
        repId: rep.id,
        repName: rep.name,
        team: rep.team,
        cadence: rep.cadence,
        nextOneOnOneAt: null,
        lastHeldAt: null,
        lastHeldOn: null,
        daysSinceLastHeld: null,
        meetingOverdue: true,
        openCommitments: 0,
        overdueCommitments: 0,
        dueCount: 0,
        followThroughRate: null,
        coverageRate: null,
        trend: [],
        attentionScore: 3,
        attentionReasons: ['no one-on-one held yet'],
      }));
    return { today: FAKE_TODAY, period: resolvePeriod({ kind: 'last', days: 90 }, FAKE_TODAY), rows };
  }

  private panel(meetingId: number): FollowUpPanel {
    const panel = this.followUpPanels.find((candidate) => candidate.meetingId === meetingId);
    if (panel) return panel;
    // A meeting of the workspace fakes with nothing given to follow up: an empty panel.
    const meeting = this.data.meetings.find((candidate) => candidate.id === meetingId);
    if (!meeting) throw new NotFound('That one-on-one no longer exists.');
    const empty: FollowUpPanel = {
      meetingId,
      repId: meeting.repId,
      repName: meeting.repName,
      meetingScheduledAt: meeting.scheduledAt,
      meetingDay: meeting.scheduledAt.slice(0, 10),
      meetingStatus: meeting.status,
      items: [],
    };
    this.followUpPanels.push(empty);
    return empty;
  }

  private panelItem(panel: FollowUpPanel, actionItemId: number): FollowUpPanelItem {
    const item = panel.items.find((candidate) => candidate.actionItemId === actionItemId);
    if (!item) throw new NotFound('That action item no longer exists.');
    return item;
  }

  private stateOf(item: FollowUpPanelItem) {
    return { status: item.status, dueDate: item.dueDate, carryCount: item.carryCount, completedOn: null };
  }

  private notFaked(): never {
    throw new NotFound('Not faked in the renderer tests yet.');
  }
}
