import { z } from 'zod';
import { entityId, optionalText } from '../validation';

/** One line of a meeting's agenda. */
export interface AgendaItem {
  /** Stable client-made id (a UUID) so edits and ticks target the right line. */
  id: string;
  title: string;
  /** Guiding prompts under the line, from the template. */
  prompts: string[];
  done: boolean;
}

export interface AgendaTemplateSection {
  title: string;
  prompts: string[];
}

export interface AgendaTemplate {
  id: number;
  name: string;
  description: string | null;
  sections: AgendaTemplateSection[];
  /** Set for the four built-in templates (they can be copied, not edited or archived). */
  builtinKey: string | null;
  archivedAt: string | null;
}

export interface TalkingPoint {
  id: number;
  repId: number;
  text: string;
  status: 'queued' | 'discussed';
  discussedInMeetingId: number | null;
  createdAt: string;
  discussedAt: string | null;
}

const sectionSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Each section needs a title')
    .max(200, 'A section title must be at most 200 characters'),
  prompts: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
});

export const agendaItemSchema = z.object({
  id: z.string().min(1).max(64),
  title: z
    .string()
    .trim()
    .min(1, 'Each agenda line needs a title')
    .max(200, 'An agenda line must be at most 200 characters'),
  prompts: z.array(z.string().max(500)).max(20).default([]),
  done: z.boolean().default(false),
});

export const templateFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120, 'Name must be at most 120 characters'),
  description: optionalText(500, 'Description'),
  sections: z.array(sectionSchema).min(1, 'A template needs at least one section').max(30, 'At most 30 sections'),
});

export const templateIdSchema = z.object({ id: entityId('Template id') });

export const setRepDefaultTemplateSchema = z.object({
  repId: entityId('Rep id'),
  templateId: entityId('Template id').nullable(),
});

export const TALKING_POINT_MAX = 500;

export const queueTalkingPointSchema = z.object({
  repId: entityId('Rep id'),
  text: z
    .string()
    .trim()
    .min(1, 'Write the talking point first')
    .max(TALKING_POINT_MAX, `At most ${TALKING_POINT_MAX} characters`),
});

export const setTalkingPointDiscussedSchema = z.object({
  id: entityId('Talking point id'),
  meetingId: entityId('Meeting id'),
  discussed: z.boolean(),
});
