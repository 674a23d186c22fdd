import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * FTS5 deletes by adding a delete marker and keeps the old words in the index until its segments
 * happen to merge, so the words of a private note the manager cleared stayed in the file, and in
 * every backup, long after the note (secure_delete only zeroes pages SQLite frees). With FTS5's
 * 'secure-delete' option the words are taken out of the index at once. It is stored in each
 * table's %_config row, so it holds for every connection from now on (SQLite 3.42 or later).
 */
const SEARCH_TABLES = ['meeting_notes_fts', 'action_items_fts', 'goals_fts'];

export class SearchSecureDelete1764230400004 implements MigrationInterface {
  readonly name = 'SearchSecureDelete1764230400004';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of SEARCH_TABLES) {
      await queryRunner.query(`INSERT INTO "${table}" ("${table}", rank) VALUES ('secure-delete', 1)`);
    }
    await queryRunner.query('PRAGMA user_version = 4');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SEARCH_TABLES) {
      await queryRunner.query(`INSERT INTO "${table}" ("${table}", rank) VALUES ('secure-delete', 0)`);
    }
    await queryRunner.query('PRAGMA user_version = 3');
  }
}
