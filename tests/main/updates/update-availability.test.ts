import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FROM_SOURCE_REASON,
  NO_FEED_REASON,
  updateUnavailableReason,
} from '../../../src/main/updates/update-availability';

describe('updateUnavailableReason', () => {
  const resourcesPath = '/opt/Coachbook/resources';
  const feedFile = join(resourcesPath, 'app-update.yml');

  it('lets an installed copy built with a feed check', () => {
    expect(
      updateUnavailableReason({ isPackaged: true, resourcesPath, exists: (path) => path === feedFile }),
    ).toBeNull();
  });

  it('says when the build named no feed', () => {
    expect(updateUnavailableReason({ isPackaged: true, resourcesPath, exists: () => false })).toBe(NO_FEED_REASON);
  });

  it('never checks from source, where there is nothing to update', () => {
    expect(updateUnavailableReason({ isPackaged: false, resourcesPath, exists: () => true })).toBe(FROM_SOURCE_REASON);
  });
});
