import { Text } from '@mantine/core';
import type { TextSegment } from '@shared/search/highlight';

/**
 * A snippet as React text nodes with <mark> around matches. Never HTML: a note that contains
 * "<img onerror=…>" is shown as those characters.
 */
export function Snippet({ segments }: { segments: TextSegment[] }) {
  return (
    <Text size="sm" c="dimmed" lineClamp={2} component="span" display="block" data-testid="search-snippet">
      {segments.map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="cb-search-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </Text>
  );
}
