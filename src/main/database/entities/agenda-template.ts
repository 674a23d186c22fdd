import { EntitySchema } from 'typeorm';
import { idColumn, instantColumn, textColumn } from './columns';

/** One section of an agenda template, stored as JSON in `agenda_templates.sections`. */
export interface AgendaTemplateSection {
  title: string;
  prompts: string[];
}

export interface AgendaTemplateRow {
  id: number;
  name: string;
  description: string | null;
  /** JSON array of {@link AgendaTemplateSection}. */
  sections: string;
  /** Set on the templates Coachbook ships (weekly check-in, pipeline review, …) so an upgrade can find them. */
  builtinKey: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const AgendaTemplateEntity = new EntitySchema<AgendaTemplateRow>({
  name: 'AgendaTemplate',
  tableName: 'agenda_templates',
  columns: {
    id: idColumn(),
    name: textColumn('name'),
    description: textColumn('description', { nullable: true }),
    sections: textColumn('sections'),
    builtinKey: textColumn('builtin_key', { nullable: true }),
    archivedAt: instantColumn('archived_at', { nullable: true }),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  uniques: [{ name: 'UQ_agenda_templates_builtin_key', columns: ['builtinKey'] }],
});
