import { notifications } from '@mantine/notifications';
import type { Rep } from '@shared/reps/rep';
import { useApiMutation } from '../../api/queries';

/** Archive / unarchive with a notification that says where the rep went. */
export function useRepStatusActions(): {
  archive: (rep: Pick<Rep, 'id' | 'name'>) => void;
  unarchive: (rep: Pick<Rep, 'id' | 'name'>) => void;
  pending: boolean;
} {
  const archive = useApiMutation('reps.archive', {
    invalidates: ['reps.*', 'team.*', 'reminders.*'],
    errorTitle: 'Could not archive the rep',
    onSuccess: (rep) =>
      notifications.show({
        color: 'gray',
        title: `${rep.name} archived`,
        message: 'Their one-on-ones and history are kept. Find them under Archived.',
      }),
  });
  const unarchive = useApiMutation('reps.unarchive', {
    invalidates: ['reps.*', 'team.*', 'reminders.*'],
    errorTitle: 'Could not unarchive the rep',
    onSuccess: (rep) =>
      notifications.show({
        color: 'teal',
        title: `${rep.name} is active again`,
        message: 'They are back in your reps list.',
      }),
  });
  return {
    archive: (rep) => archive.mutate({ id: rep.id }),
    unarchive: (rep) => unarchive.mutate({ id: rep.id }),
    pending: archive.isPending || unarchive.isPending,
  };
}
