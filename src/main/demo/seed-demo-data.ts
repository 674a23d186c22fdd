import type { Database } from 'better-sqlite3';
import { addDays, addMonths, format, subYears } from 'date-fns';
import type { DataSource } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';
import type { Cadence } from '@shared/reps/rep';
import { tiptapToPlainText } from '@shared/notes/tiptap-json';
import type { Services } from '../services/create-services';
import { demoPrivateNotes, demoSharedNotes, type DemoTask } from './demo-notes';
import { createDemoStatements, type DemoStatements } from './demo-statements';
import {
  ACCOUNTS,
  ACTION_TEMPLATES,
  FIRST_NAMES,
  LAST_NAMES,
  MANAGER_ACTIONS,
  PRIVATE_SENTENCES,
  TEAMS,
  TERRITORIES,
  TITLES,
} from './demo-vocabulary';
import { Random } from './random';
import { rateSkills, seedGoals } from './demo-goals-and-skills';

export interface SeedOptions {
  reps: number;
  years: number;
  seed: number;
  /** "Today" for the demo: history ends here, a meeting or two is scheduled after it. */
  today: Date;
}

export interface SeedCounts {
  reps: number;
  meetings: number;
  actionItems: number;
  followUpChecks: number;
  goals: number;
  goalCheckIns: number;
  skillRatings: number;
  talkingPoints: number;
}

type Outcome = 'done' | 'partly_done' | 'not_done' | 'dropped';

interface OpenItem {
  id: number;
  owner: 'rep' | 'manager';
  dueDate: string;
  createdOn: string;
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const nextSlot = (date: Date, cadence: Cadence) =>
  cadence === 'weekly' ? addDays(date, 7) : cadence === 'biweekly' ? addDays(date, 14) : addMonths(date, 1);

/**
 * Fills a database with believable, deterministic history: reps are created through the real
 * service; their years of one-on-ones are simulated meeting by meeting (commitments made,
 * followed up, carried, closed) and written with prepared statements in one transaction,
 * because going through the ORM row by row would take many minutes for the large set.
 */
export async function seedDemoData(
  dataSource: DataSource,
  services: Services,
  options: SeedOptions,
): Promise<SeedCounts> {
  const random = new Random(options.seed);
  const counts: SeedCounts = {
    reps: 0,
    meetings: 0,
    actionItems: 0,
    followUpChecks: 0,
    goals: 0,
    goalCheckIns: 0,
    skillRatings: 0,
    talkingPoints: 0,
  };
  const repIds: Array<{ id: number; cadence: Cadence; territory: string }> = [];
  for (let index = 0; index < options.reps; index += 1) {
    const cadence = random.weighted<Cadence>([
      ['weekly', 6],
      ['biweekly', 3],
      ['monthly', 1],
    ]);
    const territory = random.pick(TERRITORIES);
    const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Rep';
    const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length + index) % LAST_NAMES.length] ?? `${index}`;
    const name = index < FIRST_NAMES.length * LAST_NAMES.length ? `${first} ${last}` : `${first} ${last} ${index}`;
    const rep = await services.reps.create({
      name,
      email: `${first}.${last}${index}@example.com`.toLowerCase(),
      title: random.pick(TITLES),
      team: random.pick(TEAMS),
      territory,
      startDate: day(subYears(options.today, options.years + random.int(0, 2))),
      cadence,
    });
    repIds.push({ id: rep.id, cadence, territory });
  }
  counts.reps = repIds.length;

  const connection = rawConnection(dataSource);
  const statements = createDemoStatements(connection);
  const skillIds = connection
    .prepare('SELECT id FROM skills WHERE retired_at IS NULL ORDER BY position')
    .pluck()
    .all() as number[];
  connection.transaction(() => {
    for (const rep of repIds) seedRepHistory(statements, random, rep, skillIds, options, counts);
  })();
  return counts;
}

function rawConnection(dataSource: DataSource): Database {
  const driver = dataSource.driver;
  if (!(driver instanceof BetterSqlite3Driver)) throw new Error('Coachbook needs the better-sqlite3 driver');
  return driver.databaseConnection;
}

function seedRepHistory(
  sql: DemoStatements,
  random: Random,
  rep: { id: number; cadence: Cadence; territory: string },
  skillIds: number[],
  options: SeedOptions,
  counts: SeedCounts,
): void {
  const historyStart = subYears(options.today, options.years);
  const hour = random.int(8, 16);
  const skillLevel = new Map(skillIds.map((id) => [id, 2 + random.next() * 2]));
  let open: OpenItem[] = [];
  let slot = addDays(historyStart, random.int(0, 6));
  slot.setUTCHours(hour, 0, 0, 0);
  let upcoming = 0;

  seedGoals(sql, random, rep.id, historyStart, options.today, counts);

  while (upcoming < 2) {
    const isFuture = slot > options.today;
    const next = nextSlot(slot, rep.cadence);
    const meetingDay = day(slot);
    const status = isFuture ? 'scheduled' : random.chance(0.05) ? 'cancelled' : 'held';
    const stamp = slot.toISOString();
    const meetingId = Number(
      sql.insertMeeting.run({
        rep_id: rep.id,
        scheduled_at: stamp,
        status,
        held_at: status === 'held' ? stamp : null,
        cancelled_at: status === 'cancelled' ? stamp : null,
        created_at: stamp,
      }).lastInsertRowid,
    );
    counts.meetings += 1;
    if (isFuture) upcoming += 1;

    if (status === 'held') {
      open = followUp(sql, random, open, meetingId, meetingDay, next, stamp, counts);
      const tasks: DemoTask[] = [];
      const newItems = random.weighted([
        [0, 1],
        [1, 3],
        [2, 4],
        [3, 2],
        [4, 1],
      ] as const);
      for (let index = 0; index < newItems; index += 1) {
        const owner = random.chance(0.2) ? 'manager' : 'rep';
        const title = random
          .pick(owner === 'manager' ? MANAGER_ACTIONS : ACTION_TEMPLATES)
          .replace('{account}', random.pick(ACCOUNTS))
          .replace('{territory}', rep.territory);
        const dueDate = day(random.chance(0.8) ? next : addDays(slot, random.int(2, 21)));
        const id = Number(
          sql.insertActionItem.run({
            rep_id: rep.id,
            meeting_id: meetingId,
            title,
            owner,
            due_date: dueDate,
            position: index,
            created_at: stamp,
          }).lastInsertRowid,
        );
        counts.actionItems += 1;
        open.push({ id, owner, dueDate, createdOn: meetingDay });
        tasks.push({ actionItemId: id, title, done: false });
      }
      const shared = demoSharedNotes(random, tasks, ACCOUNTS);
      const privateDoc = random.chance(0.3) ? demoPrivateNotes(random.pick(PRIVATE_SENTENCES)) : null;
      sql.updateNotes.run({
        id: meetingId,
        shared_json: JSON.stringify(shared),
        shared_text: tiptapToPlainText(shared),
        private_json: privateDoc ? JSON.stringify(privateDoc) : null,
        private_text: privateDoc ? tiptapToPlainText(privateDoc) : '',
      });
      rateSkills(sql, random, skillLevel, rep.id, meetingId, stamp, counts);
      if (random.chance(0.3)) {
        sql.insertTalkingPoint.run({
          rep_id: rep.id,
          text: `Talk about ${random.pick(ACCOUNTS)} renewal`,
          status: 'discussed',
          meeting_id: meetingId,
          created_at: stamp,
          discussed_at: stamp,
        });
        counts.talkingPoints += 1;
      }
    }
    slot = next;
  }
  for (let index = 0; index < 2; index += 1) {
    sql.insertTalkingPoint.run({
      rep_id: rep.id,
      text: random.pick([
        'Q3 territory plan',
        'Conference travel budget',
        'Shadowing a senior AE',
        'Renewal playbook feedback',
      ]),
      status: 'queued',
      meeting_id: null,
      created_at: options.today.toISOString(),
      discussed_at: null,
    });
    counts.talkingPoints += 1;
  }
}

/** Records this meeting's follow-up of earlier open items and returns the items still open. */
function followUp(
  sql: DemoStatements,
  random: Random,
  open: OpenItem[],
  meetingId: number,
  meetingDay: string,
  next: Date,
  stamp: string,
  counts: SeedCounts,
): OpenItem[] {
  const stillOpen: OpenItem[] = [];
  for (const item of open) {
    // A manager who sometimes forgets to check keeps follow-up coverage realistically below 100 %.
    if (random.chance(0.12)) {
      stillOpen.push(item);
      continue;
    }
    const outcome = random.weighted<Outcome>([
      ['done', 62],
      ['partly_done', 12],
      ['not_done', 16],
      ['dropped', 10],
    ]);
    const newDue = outcome === 'partly_done' || outcome === 'not_done' ? day(next) : null;
    sql.insertCheck.run({
      action_item_id: item.id,
      meeting_id: meetingId,
      outcome,
      note: outcome === 'done' ? null : 'Blocked on the customer side.',
      new_due_date: newDue,
      previous_due_date: newDue ? item.dueDate : null,
      created_at: stamp,
    });
    counts.followUpChecks += 1;
    if (outcome === 'done' || outcome === 'dropped') {
      // Done items are often finished before the meeting that checks them.
      const doneOn =
        outcome === 'done' && random.chance(0.7) ? minDay(item.dueDate, meetingDay, item.createdOn) : meetingDay;
      sql.closeActionItem.run({ id: item.id, status: outcome, completed_on: doneOn, closed_at: stamp });
    } else {
      sql.carryActionItem.run({ id: item.id, due_date: newDue, updated_at: stamp });
      stillOpen.push({ ...item, dueDate: newDue ?? item.dueDate });
    }
  }
  return stillOpen;
}

const minDay = (due: string, meeting: string, created: string): string => {
  const earliest = due < meeting ? due : meeting;
  return earliest < created ? created : earliest;
};
