import { PageHeader } from '../../components/PageHeader';
import { ActionItemsList } from './ActionItemsList';
import { NewActionItemButton } from './NewActionItemButton';

/** Every rep's commitments (and the manager's own) in one place. */
export function ActionItemsPage() {
  return (
    <>
      <PageHeader
        title="Action items"
        description="Commitments from your one-on-ones. Edits here show in the meeting notes next time they open."
        actions={<NewActionItemButton />}
      />
      <ActionItemsList />
    </>
  );
}
