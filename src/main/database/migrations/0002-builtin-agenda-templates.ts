import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILTIN_TEMPLATES } from '../../../../resources/templates/builtin-templates';

/** Same timestamp shape the services write: 2026-11-27T09:30:00.000Z. */
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/**
 * Adds the four agenda templates Coachbook ships (weekly check-in, pipeline review, development
 * conversation, performance improvement plan). Data only, no schema change. `builtin_key` is
 * unique, so a file that already has one keeps it as it is.
 */
export class BuiltinAgendaTemplates1764230400002 implements MigrationInterface {
  readonly name = 'BuiltinAgendaTemplates1764230400002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const template of BUILTIN_TEMPLATES) {
      await queryRunner.query(
        `INSERT INTO "agenda_templates" ("name", "description", "sections", "builtin_key", "created_at", "updated_at")
         VALUES (?, ?, ?, ?, ${NOW}, ${NOW}) ON CONFLICT ("builtin_key") DO NOTHING`,
        [template.name, template.description, JSON.stringify(template.sections), template.key],
      );
    }
    await queryRunner.query('PRAGMA user_version = 2');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Foreign keys are off during migrations (see index.ts), so clear the references by hand.
    const builtin = `SELECT "id" FROM "agenda_templates" WHERE "builtin_key" IS NOT NULL`;
    await queryRunner.query(
      `UPDATE "reps" SET "default_template_id" = NULL WHERE "default_template_id" IN (${builtin})`,
    );
    await queryRunner.query(`UPDATE "meetings" SET "template_id" = NULL WHERE "template_id" IN (${builtin})`);
    await queryRunner.query(`DELETE FROM "agenda_templates" WHERE "builtin_key" IS NOT NULL`);
    await queryRunner.query('PRAGMA user_version = 1');
  }
}
