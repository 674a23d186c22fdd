import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Full-text search over goals (title and metric), beside the notes and action-item indexes of
 * 0001 and with the same options. External content: the text stays in goals, the triggers keep
 * the index in step ('delete' needs the old values, so updates delete old.* before inserting
 * new.*), and 'rebuild' indexes the goals a file already has.
 */
const FTS_OPTIONS = `tokenize='unicode61 remove_diacritics 2', prefix='2 3'`;

const UP = [
  `CREATE VIRTUAL TABLE "goals_fts" USING fts5(title, metric, content='goals', content_rowid='id', ${FTS_OPTIONS})`,
  `CREATE TRIGGER "goals_fts_after_insert" AFTER INSERT ON "goals" BEGIN
    INSERT INTO "goals_fts" (rowid, title, metric) VALUES (new.id, new.title, new.metric);
  END`,
  `CREATE TRIGGER "goals_fts_after_delete" AFTER DELETE ON "goals" BEGIN
    INSERT INTO "goals_fts" ("goals_fts", rowid, title, metric) VALUES ('delete', old.id, old.title, old.metric);
  END`,
  `CREATE TRIGGER "goals_fts_after_update" AFTER UPDATE OF title, metric ON "goals" BEGIN
    INSERT INTO "goals_fts" ("goals_fts", rowid, title, metric) VALUES ('delete', old.id, old.title, old.metric);
    INSERT INTO "goals_fts" (rowid, title, metric) VALUES (new.id, new.title, new.metric);
  END`,
  `INSERT INTO "goals_fts" ("goals_fts") VALUES ('rebuild')`,
];

export class GoalsSearch1764230400003 implements MigrationInterface {
  readonly name = 'GoalsSearch1764230400003';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
    await queryRunner.query('PRAGMA user_version = 3');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The triggers live on goals, so dropping the FTS table alone would leave them failing on every write.
    for (const trigger of ['goals_fts_after_insert', 'goals_fts_after_delete', 'goals_fts_after_update']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    await queryRunner.query('DROP TABLE "goals_fts"');
    await queryRunner.query('PRAGMA user_version = 2');
  }
}
