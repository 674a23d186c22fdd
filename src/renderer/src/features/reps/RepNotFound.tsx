import { Button } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyPanel } from '../../components/EmptyPanel';

export function RepNotFound() {
  return (
    <EmptyPanel
      icon={<IconUserQuestion aria-hidden />}
      title="This rep does not exist"
      description="They may have been removed, or the link is out of date. Pick them from the rep list instead."
    >
      <Button component={Link} to="/reps" variant="light">
        Back to rep list
      </Button>
    </EmptyPanel>
  );
}
