import type { EntitySchemaColumnOptions, EntityTarget } from 'typeorm';

/*
 * Column builders shared by the entity schemas. Every column names its SQL type so nothing
 * depends on decorator metadata (see docs/toolchain.md), and every property maps to an explicit
 * snake_case column name so the migrations read like the tables they create.
 */

interface ColumnExtras {
  nullable?: boolean;
  default?: string | number;
}

/** AUTOINCREMENT, so a deleted row's id (and its FTS rowid) is never handed to a new row. */
export const idColumn = (): EntitySchemaColumnOptions => ({ type: 'integer', primary: true, generated: 'increment' });

export const textColumn = (name: string, extras: ColumnExtras = {}): EntitySchemaColumnOptions => ({
  type: 'text',
  name,
  nullable: extras.nullable ?? false,
  ...(extras.default === undefined ? {} : { default: extras.default }),
});

export const integerColumn = (name: string, extras: ColumnExtras = {}): EntitySchemaColumnOptions => ({
  type: 'integer',
  name,
  nullable: extras.nullable ?? false,
  ...(extras.default === undefined ? {} : { default: extras.default }),
});

export const realColumn = (name: string, extras: { nullable?: boolean } = {}): EntitySchemaColumnOptions => ({
  type: 'real',
  name,
  nullable: extras.nullable ?? false,
});

/** created_at / updated_at and the like: ISO-8601 UTC text, set by the services. */
export const instantColumn = (name: string, extras: ColumnExtras = {}): EntitySchemaColumnOptions =>
  textColumn(name, extras);

type ReferenceRule =
  /** The row belongs to its parent and goes with it. */
  | 'CASCADE'
  /** The row outlives its parent and just forgets the link. */
  | 'SET NULL';

/**
 * An integer column holding another row's id. A plain foreign key, not a TypeORM relation:
 * services work with ids, so there are no lazy loads or hidden joins.
 */
export const referenceColumn = (
  name: string,
  target: EntityTarget<unknown>,
  onDelete: ReferenceRule,
  foreignKeyName: string,
): EntitySchemaColumnOptions => ({
  type: 'integer',
  name,
  nullable: onDelete === 'SET NULL',
  foreignKey: { target, onDelete, name: foreignKeyName },
});

/** CHECK expression limiting a text column to a fixed set of words. */
export const oneOf = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
