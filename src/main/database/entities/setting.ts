import { EntitySchema } from 'typeorm';

/** One app setting; the value is JSON so each setting keeps its own type. */
export interface SettingRow {
  key: string;
  value: string;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'settings',
  columns: {
    key: { type: 'text', name: 'key', primary: true },
    value: { type: 'text', name: 'value', nullable: false },
  },
});
