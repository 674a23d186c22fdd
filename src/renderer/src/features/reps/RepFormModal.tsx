import { Modal } from '@mantine/core';
import type { Rep } from '@shared/reps/rep';
import { RepForm } from './RepForm';

interface RepFormModalProps {
  opened: boolean;
  /** The rep to edit; null opens an empty "New rep" form. */
  rep: Rep | null;
  onClose: () => void;
}

export function RepFormModal({ opened, rep, onClose }: RepFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rep ? 'Edit rep' : 'New rep'}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* Keyed so every opening starts from the rep as saved, not from a half-edited form. */}
      <RepForm key={rep ? `edit-${rep.id}-${rep.updatedAt}` : 'new'} rep={rep} onCancel={onClose} onSaved={onClose} />
    </Modal>
  );
}
