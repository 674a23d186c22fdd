import type { TiptapDoc, TiptapNode } from '@shared/notes/tiptap-json';
import { HEADINGS, SENTENCES } from './demo-vocabulary';
import type { Random } from './random';

export interface DemoTask {
  actionItemId: number;
  title: string;
  done: boolean;
}

const text = (value: string): TiptapNode => ({ type: 'text', text: value });
const paragraph = (value: string): TiptapNode => ({ type: 'paragraph', content: [text(value)] });

/** A shared-notes document of varied length with headings, lists and the meeting's task items. */
export function demoSharedNotes(random: Random, tasks: DemoTask[], accounts: readonly string[]): TiptapDoc {
  const content: TiptapNode[] = [];
  const sectionCount = random.weighted([
    [1, 3],
    [2, 4],
    [3, 3],
    [5, 1],
  ] as const);
  for (let section = 0; section < sectionCount; section += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(random.pick(HEADINGS))] });
    const paragraphs = random.int(1, 3);
    for (let index = 0; index < paragraphs; index += 1) {
      const sentences = Array.from({ length: random.int(1, 4) }, () => random.pick(SENTENCES));
      content.push(paragraph(sentences.join(' ')));
    }
    if (random.chance(0.5)) {
      content.push({
        type: 'bulletList',
        content: Array.from({ length: random.int(2, 4) }, () => ({
          type: 'listItem',
          content: [paragraph(`${random.pick(accounts)}: ${random.pick(SENTENCES).toLowerCase()}`)],
        })),
      });
    }
  }
  if (tasks.length > 0) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text('Action items')] });
    content.push({
      type: 'taskList',
      content: tasks.map((task) => ({
        type: 'taskItem',
        attrs: { checked: task.done, actionItemId: task.actionItemId },
        content: [paragraph(task.title)],
      })),
    });
  }
  return { type: 'doc', content };
}

export function demoPrivateNotes(sentence: string): TiptapDoc {
  return { type: 'doc', content: [paragraph(sentence)] };
}
