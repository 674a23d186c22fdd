import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/queries';

/**
 * Opening or leaving the demo swaps the whole book under every screen: refetch every query
 * rather than guess which (as after a restore).
 */
export function useDemoBook() {
  const queryClient = useQueryClient();
  const refetchEverything = () => void queryClient.invalidateQueries();
  const open = useApiMutation('demo.open', {
    errorTitle: 'Could not open the demo book',
    onSuccess: () => {
      refetchEverything();
      notifications.show({
        color: 'grape',
        title: 'You are in the demo book',
        message: 'Look around: open a rep, run a one-on-one, check the team view. Your own book is untouched.',
      });
    },
  });
  const close = useApiMutation('demo.close', {
    errorTitle: 'Could not leave the demo book',
    onSuccess: refetchEverything,
  });
  return {
    open: () => open.mutate({}),
    close: () => close.mutate({}),
    opening: open.isPending,
    closing: close.isPending,
  };
}
