import { notifications } from '@mantine/notifications';
import { useApiMutation } from '../../api/queries';

/**
 * "Add to next one-on-one". Queued points land in the rep's next agenda, which is part of the
 * workspace read, so the meeting queries are refreshed too.
 */
export function useQueueTalkingPoint(options: { onQueued?: () => void; announce?: boolean } = {}) {
  return useApiMutation('talkingPoints.queue', {
    invalidates: ['talkingPoints.*', 'meetings.open'],
    errorTitle: 'Could not add the talking point',
    onSuccess: (point) => {
      if (options.announce) {
        notifications.show({ color: 'teal', title: 'Added to the next one-on-one', message: point.text });
      }
      options.onQueued?.();
    },
  });
}
