import { Button, Modal, type ButtonProps } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItemPreset } from './action-item-form-values';
import { ActionItemForm } from './ActionItemForm';

interface NewActionItemButtonProps extends Pick<ButtonProps, 'size' | 'variant' | 'disabled'> {
  /** The rep (and goal) the screen gives; without a rep the form asks for one. */
  preset?: ActionItemPreset;
  label?: string;
}

/** Opens the "New action item" form: a commitment written down between one-on-ones. */
export function NewActionItemButton({
  preset = {},
  label = 'New action item',
  ...buttonProps
}: NewActionItemButtonProps) {
  const [opened, setOpened] = useState(false);
  // A new key each opening: the form starts empty, and stays whole while the modal fades out.
  const [opening, setOpening] = useState(0);
  const close = () => setOpened(false);
  return (
    <>
      <Button
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => {
          setOpening((count) => count + 1);
          setOpened(true);
        }}
        {...buttonProps}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title="New action item"
        radius="md"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <ActionItemForm key={opening} preset={preset} onDone={close} />
      </Modal>
    </>
  );
}
