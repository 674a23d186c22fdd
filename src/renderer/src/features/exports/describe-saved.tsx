import { Text } from '@mantine/core';
import type { SavedFile } from '@shared/exports/exports';
import { formatBytes, shortPath } from './saved-file';

/** "Saved to …/Documents/One-on-one Ana Ruiz 2026-11-27.pdf (24 KB)", the full path on hover. */
export function describeSaved(saved: SavedFile) {
  return (
    <Text size="sm" title={saved.filePath} style={{ overflowWrap: 'anywhere' }}>
      {`Saved to ${shortPath(saved.filePath)} (${formatBytes(saved.bytes)})`}
    </Text>
  );
}
