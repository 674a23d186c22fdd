import { Text, type TextProps } from '@mantine/core';
import { formatRate } from './format';

/**
 * A rate as "72 %", or "—" when there is no data (docs/product-rules.md: never 0 % or 100 %). The dash is
 * hidden from screen readers, which hear "no data" instead of silence. It takes the size of the
 * text around it unless given one.
 */
export function RateText({ rate, ...props }: { rate: number | null } & TextProps) {
  if (rate !== null) {
    return (
      <Text span inherit {...props}>
        {formatRate(rate)}
      </Text>
    );
  }
  return (
    <Text span inherit c="dimmed" {...props}>
      <span aria-hidden>—</span>
      <span className="cb-visually-hidden">no data</span>
    </Text>
  );
}
