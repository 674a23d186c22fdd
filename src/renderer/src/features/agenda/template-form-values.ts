import type { AgendaTemplate } from '@shared/agenda/agenda';
import { templateFieldsSchema } from '@shared/agenda/agenda';
import { zodFormValidator } from '../../forms/zod-form-errors';

/** A section as the form holds it: prompts as one text, one prompt a line. */
export interface TemplateSectionValues {
  key: string;
  title: string;
  prompts: string;
}

export interface TemplateFormValues {
  name: string;
  description: string;
  sections: TemplateSectionValues[];
}

const toSectionValues = (section: { title: string; prompts: string[] }): TemplateSectionValues => ({
  key: crypto.randomUUID(),
  title: section.title,
  prompts: section.prompts.join('\n'),
});

export const emptySection = (): TemplateSectionValues => ({ key: crypto.randomUUID(), title: '', prompts: '' });

/** Editing an own template, copying a built-in one ("Copy of …"), or starting blank. */
export function templateFormValues(template: AgendaTemplate | null, mode: 'edit' | 'copy'): TemplateFormValues {
  if (!template) return { name: '', description: '', sections: [emptySection()] };
  return {
    name: mode === 'copy' ? `Copy of ${template.name}` : template.name,
    description: template.description ?? '',
    sections: template.sections.map(toSectionValues),
  };
}

export function toTemplateFields(values: TemplateFormValues) {
  return {
    name: values.name,
    description: values.description,
    sections: values.sections.map((section) => ({
      title: section.title,
      prompts: section.prompts
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    })),
  };
}

const validateFields = zodFormValidator<ReturnType<typeof toTemplateFields>>(templateFieldsSchema);

/** The API's own schema decides; errors land on `sections.N.title` as the form names them. */
export const validateTemplateForm = (values: TemplateFormValues) => validateFields(toTemplateFields(values));
