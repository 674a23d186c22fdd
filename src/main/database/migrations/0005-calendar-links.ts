import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Which calendar occurrence (UID + RECURRENCE-ID) each imported one-on-one came from, so a
 * newer export of the same calendar reschedules or cancels it instead of adding another. A new
 * table beside meetings rather than columns on it: meetings keeps its shape (and its FTS
 * triggers), and a meeting scheduled by hand simply has no link. The CREATE statement is
 * TypeORM's own output for the entity, byte for byte (see 0001).
 */
const CREATE = `CREATE TABLE "calendar_links" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meeting_id" integer NOT NULL, "uid" text NOT NULL, "recurrence_id" text NOT NULL DEFAULT (''), "calendar_starts_at" text NOT NULL, "calendar_status" text NOT NULL DEFAULT ('confirmed'), "created_at" text NOT NULL, "updated_at" text NOT NULL, CONSTRAINT "UQ_calendar_links_uid_recurrence_id" UNIQUE ("uid", "recurrence_id"), CONSTRAINT "UQ_calendar_links_meeting_id" UNIQUE ("meeting_id"), CONSTRAINT "CHK_calendar_links_calendar_status" CHECK ("calendar_status" IN ('confirmed', 'cancelled')), CONSTRAINT "FK_calendar_links_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`;

export class CalendarLinks1764230400005 implements MigrationInterface {
  readonly name = 'CalendarLinks1764230400005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE);
    await queryRunner.query('PRAGMA user_version = 5');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "calendar_links"');
    await queryRunner.query('PRAGMA user_version = 4');
  }
}
