import { describe, expect, it } from 'vitest';
import { decidePermission } from '../../../src/main/security/permissions';

describe('decidePermission', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'window-management',
    'storage-access',
    'unknown',
    '',
    '__proto__',
  ];
  it.each(permissions)('refuses %j', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});
