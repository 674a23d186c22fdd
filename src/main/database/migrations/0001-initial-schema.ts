import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The first Coachbook schema. The CREATE statements are TypeORM's own output for the entities
 * (schema builder against a scratch file), kept on one line each and byte for byte: TypeORM reads
 * constraints back out of sqlite_master with regular expressions, so reformatting them would
 * show up as pending schema changes.
 */
const TABLES = [
  `CREATE TABLE "agenda_templates" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "description" text, "sections" text NOT NULL, "builtin_key" text, "archived_at" text, "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "UQ_agenda_templates_builtin_key" UNIQUE ("builtin_key"))`,
  `CREATE TABLE "reps" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "email" text, "title" text, "team" text, "territory" text, "start_date" text, "cadence" text NOT NULL DEFAULT ('weekly'), "status" text NOT NULL DEFAULT ('active'), "default_template_id" integer, "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "CHK_reps_cadence" CHECK ("cadence" IN ('weekly', 'biweekly', 'monthly')), CONSTRAINT "CHK_reps_status" CHECK ("status" IN ('active', 'archived')), CONSTRAINT "FK_reps_default_template_id" FOREIGN KEY ("default_template_id") REFERENCES "agenda_templates" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_reps_status_name" ON "reps" ("status", "name")`,
  `CREATE INDEX "IDX_reps_team" ON "reps" ("team")`,
  `CREATE TABLE "meetings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rep_id" integer NOT NULL, "scheduled_at" text NOT NULL, "duration_minutes" integer NOT NULL DEFAULT (30), "status" text NOT NULL DEFAULT ('scheduled'), "template_id" integer, "agenda" text NOT NULL DEFAULT ('[]'), "shared_notes_json" text, "shared_notes_text" text NOT NULL DEFAULT (''), "private_notes_json" text, "private_notes_text" text NOT NULL DEFAULT (''), "notes_revision" integer NOT NULL DEFAULT (0), "held_at" text, "cancelled_at" text, "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "CHK_meetings_status" CHECK ("status" IN ('scheduled', 'held', 'cancelled')), CONSTRAINT "FK_meetings_rep_id" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_meetings_template_id" FOREIGN KEY ("template_id") REFERENCES "agenda_templates" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_meetings_rep_id_scheduled_at" ON "meetings" ("rep_id", "scheduled_at")`,
  `CREATE INDEX "IDX_meetings_status_scheduled_at" ON "meetings" ("status", "scheduled_at")`,
  `CREATE INDEX "IDX_meetings_rep_id_status_scheduled_at" ON "meetings" ("rep_id", "status", "scheduled_at")`,
  `CREATE TABLE "goals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rep_id" integer NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "metric" text, "unit" text, "start_value" real, "target_value" real, "start_date" text NOT NULL, "end_date" text NOT NULL, "status" text NOT NULL DEFAULT ('active'), "milestone_done" integer NOT NULL DEFAULT (0), "closed_at" text, "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "CHK_goals_kind" CHECK ("kind" IN ('metric', 'milestone')), CONSTRAINT "CHK_goals_unit" CHECK ("unit" IN ('currency', 'count', 'percent')), CONSTRAINT "CHK_goals_status" CHECK ("status" IN ('active', 'closed')), CONSTRAINT "FK_goals_rep_id" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_goals_rep_id_status" ON "goals" ("rep_id", "status")`,
  `CREATE TABLE "action_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rep_id" integer NOT NULL, "meeting_id" integer, "goal_id" integer, "title" text NOT NULL, "owner" text NOT NULL DEFAULT ('rep'), "due_date" text, "status" text NOT NULL DEFAULT ('open'), "carry_count" integer NOT NULL DEFAULT (0), "completed_on" text, "closed_at" text, "position" integer NOT NULL DEFAULT (0), "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "CHK_action_items_owner" CHECK ("owner" IN ('rep', 'manager')), CONSTRAINT "CHK_action_items_status" CHECK ("status" IN ('open', 'done', 'dropped')), CONSTRAINT "FK_action_items_rep_id" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_action_items_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_action_items_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goals" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_action_items_rep_id_status" ON "action_items" ("rep_id", "status")`,
  `CREATE INDEX "IDX_action_items_meeting_id" ON "action_items" ("meeting_id")`,
  `CREATE INDEX "IDX_action_items_status_due_date" ON "action_items" ("status", "due_date")`,
  `CREATE INDEX "IDX_action_items_goal_id" ON "action_items" ("goal_id")`,
  `CREATE TABLE "follow_up_checks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "action_item_id" integer NOT NULL, "meeting_id" integer NOT NULL, "outcome" text NOT NULL, "note" text, "new_due_date" text, "previous_due_date" text, "created_at" text NOT NULL, CONSTRAINT "UQ_follow_up_checks_action_item_id_meeting_id" UNIQUE ("action_item_id", "meeting_id"), CONSTRAINT "CHK_follow_up_checks_outcome" CHECK ("outcome" IN ('done', 'partly_done', 'not_done', 'dropped')), CONSTRAINT "FK_follow_up_checks_action_item_id" FOREIGN KEY ("action_item_id") REFERENCES "action_items" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_follow_up_checks_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_follow_up_checks_meeting_id" ON "follow_up_checks" ("meeting_id")`,
  `CREATE TABLE "goal_check_ins" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "goal_id" integer NOT NULL, "meeting_id" integer, "date" text NOT NULL, "value" real NOT NULL, "note" text, "created_at" text NOT NULL, CONSTRAINT "FK_goal_check_ins_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_goal_check_ins_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_goal_check_ins_goal_id_date" ON "goal_check_ins" ("goal_id", "date")`,
  `CREATE TABLE "skills" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "position" integer NOT NULL DEFAULT (0), "retired_at" text, "created_at" text NOT NULL, CONSTRAINT "UQ_skills_name" UNIQUE ("name"))`,
  `CREATE TABLE "skill_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "skill_id" integer NOT NULL, "meeting_id" integer NOT NULL, "rep_id" integer NOT NULL, "rating" integer NOT NULL, "note" text, "created_at" text NOT NULL, CONSTRAINT "UQ_skill_ratings_meeting_id_skill_id" UNIQUE ("meeting_id", "skill_id"), CONSTRAINT "CHK_skill_ratings_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "FK_skill_ratings_skill_id" FOREIGN KEY ("skill_id") REFERENCES "skills" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_skill_ratings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_skill_ratings_rep_id" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_skill_ratings_rep_id_skill_id" ON "skill_ratings" ("rep_id", "skill_id")`,
  `CREATE TABLE "talking_points" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rep_id" integer NOT NULL, "text" text NOT NULL, "status" text NOT NULL DEFAULT ('queued'), "discussed_in_meeting_id" integer, "created_at" text NOT NULL, "discussed_at" text, CONSTRAINT "CHK_talking_points_status" CHECK ("status" IN ('queued', 'discussed')), CONSTRAINT "FK_talking_points_rep_id" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_talking_points_discussed_in_meeting_id" FOREIGN KEY ("discussed_in_meeting_id") REFERENCES "meetings" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_talking_points_rep_id_status" ON "talking_points" ("rep_id", "status")`,
  `CREATE TABLE "settings" ("key" text PRIMARY KEY NOT NULL, "value" text NOT NULL)`,
];

/** The product rules' default skill set, in the order a manager sees it. Managers may edit the list. */
const DEFAULT_SKILLS = [
  'Prospecting',
  'Introductions',
  'Discovery questions',
  'Listening',
  'Problem questions',
  'Objection handling',
  'Closing',
  'Pipeline hygiene',
];

/** Same timestamp shape the services write: 2026-11-27T09:30:00.000Z. */
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/*
 * Full-text search over the plain-text copies of the notes and over action-item titles.
 * External-content FTS5 tables hold only the index; the text stays in meetings/action_items.
 * Triggers keep the index in step, and FTS5's 'delete' command needs the old values, which
 * is why the update triggers delete with old.* before inserting new.*. remove_diacritics 2
 * lets "resume" find "résumé"; prefix indexes make 2–3 letter search-as-you-type fast.
 */
const FTS_OPTIONS = `tokenize='unicode61 remove_diacritics 2', prefix='2 3'`;

const FULL_TEXT_SEARCH = [
  `CREATE VIRTUAL TABLE "meeting_notes_fts" USING fts5(shared_notes_text, private_notes_text, content='meetings', content_rowid='id', ${FTS_OPTIONS})`,
  `CREATE TRIGGER "meetings_fts_after_insert" AFTER INSERT ON "meetings" BEGIN
    INSERT INTO "meeting_notes_fts" (rowid, shared_notes_text, private_notes_text) VALUES (new.id, new.shared_notes_text, new.private_notes_text);
  END`,
  `CREATE TRIGGER "meetings_fts_after_delete" AFTER DELETE ON "meetings" BEGIN
    INSERT INTO "meeting_notes_fts" ("meeting_notes_fts", rowid, shared_notes_text, private_notes_text) VALUES ('delete', old.id, old.shared_notes_text, old.private_notes_text);
  END`,
  `CREATE TRIGGER "meetings_fts_after_update" AFTER UPDATE OF shared_notes_text, private_notes_text ON "meetings" BEGIN
    INSERT INTO "meeting_notes_fts" ("meeting_notes_fts", rowid, shared_notes_text, private_notes_text) VALUES ('delete', old.id, old.shared_notes_text, old.private_notes_text);
    INSERT INTO "meeting_notes_fts" (rowid, shared_notes_text, private_notes_text) VALUES (new.id, new.shared_notes_text, new.private_notes_text);
  END`,
  `CREATE VIRTUAL TABLE "action_items_fts" USING fts5(title, content='action_items', content_rowid='id', ${FTS_OPTIONS})`,
  `CREATE TRIGGER "action_items_fts_after_insert" AFTER INSERT ON "action_items" BEGIN
    INSERT INTO "action_items_fts" (rowid, title) VALUES (new.id, new.title);
  END`,
  `CREATE TRIGGER "action_items_fts_after_delete" AFTER DELETE ON "action_items" BEGIN
    INSERT INTO "action_items_fts" ("action_items_fts", rowid, title) VALUES ('delete', old.id, old.title);
  END`,
  `CREATE TRIGGER "action_items_fts_after_update" AFTER UPDATE OF title ON "action_items" BEGIN
    INSERT INTO "action_items_fts" ("action_items_fts", rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO "action_items_fts" (rowid, title) VALUES (new.id, new.title);
  END`,
];

/** Children before parents, so no foreign key points at a dropped table. */
const DROP_ORDER = [
  'settings',
  'talking_points',
  'skill_ratings',
  'skills',
  'goal_check_ins',
  'follow_up_checks',
  'action_items',
  'goals',
  'meetings',
  'reps',
  'agenda_templates',
];

export class InitialSchema1764230400001 implements MigrationInterface {
  // Spelled out because TypeORM otherwise takes the class name, which a minifier may change.
  readonly name = 'InitialSchema1764230400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of TABLES) await queryRunner.query(statement);
    const skillRows = DEFAULT_SKILLS.map((_, position) => `(?, ${position}, ${NOW})`).join(', ');
    await queryRunner.query(
      `INSERT INTO "skills" ("name", "position", "created_at") VALUES ${skillRows}`,
      DEFAULT_SKILLS,
    );
    for (const statement of FULL_TEXT_SEARCH) await queryRunner.query(statement);
    await queryRunner.query('PRAGMA user_version = 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers and indexes with it.
    await queryRunner.query('DROP TABLE "action_items_fts"');
    await queryRunner.query('DROP TABLE "meeting_notes_fts"');
    for (const table of DROP_ORDER) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query('PRAGMA user_version = 0');
  }
}
