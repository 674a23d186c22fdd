import { describe, expect, it } from 'vitest';
import { windowBackgroundColor } from '../../../src/main/window/window-appearance';

describe('windowBackgroundColor', () => {
  it('follows the system when the manager chose system or nothing', () => {
    expect(windowBackgroundColor('system', true)).toBe('#242424');
    expect(windowBackgroundColor('system', false)).toBe('#ffffff');
    expect(windowBackgroundColor(undefined, true)).toBe('#242424');
  });

  it('lets the manager’s choice beat the system', () => {
    expect(windowBackgroundColor('light', true)).toBe('#ffffff');
    expect(windowBackgroundColor('dark', false)).toBe('#242424');
  });
});
