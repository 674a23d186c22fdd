import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { ChangeEvent, MouseEvent } from 'react';
import { readActionItemTaskAttrs } from './action-item-attrs';
import { ActionItemChip, type ActionItemDetails } from './ActionItemChip';

const keepEditorSelection = (event: MouseEvent) => event.preventDefault();

/**
 * A task item row: checkbox, the item's text, and the owner/due-date chip after it. The checkbox
 * keeps TipTap's "Task item checkbox for …" label so end-to-end selectors stay the same.
 */
export function ActionItemTaskView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const attrs = readActionItemTaskAttrs(node.attrs);
  const text = node.textContent;
  const onChecked = (event: ChangeEvent<HTMLInputElement>) => {
    if (editor.isEditable) updateAttributes({ checked: event.currentTarget.checked });
  };
  const onDetails = (details: Partial<ActionItemDetails>) => {
    if (editor.isEditable) updateAttributes(details);
  };

  return (
    <NodeViewWrapper
      style={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 'var(--mantine-spacing-xs)',
        flex: '1 1 auto',
        minWidth: 0,
      }}
    >
      <label contentEditable={false} suppressContentEditableWarning style={{ paddingTop: 2 }}>
        <input
          type="checkbox"
          checked={attrs.checked}
          aria-label={`Task item checkbox for ${text || 'empty task item'}`}
          onMouseDown={keepEditorSelection}
          onChange={onChecked}
          disabled={!editor.isEditable}
        />
      </label>
      <NodeViewContent
        style={{
          flex: '1 1 auto',
          minWidth: 0,
          // Done items stay readable (they are the record of what was agreed) but step back.
          textDecoration: attrs.checked ? 'line-through' : undefined,
          color: attrs.checked ? 'var(--mantine-color-dimmed)' : undefined,
        }}
      />
      <ActionItemChip
        title={text}
        owner={attrs.owner}
        dueDate={attrs.dueDate}
        done={attrs.checked}
        disabled={!editor.isEditable}
        onChange={onDetails}
      />
    </NodeViewWrapper>
  );
}
