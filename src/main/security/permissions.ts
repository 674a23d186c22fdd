/**
 * Coachbook needs no camera, microphone, location, notifications, MIDI, HID, clipboard reads
 * or anything else a page can ask Chromium for, so every permission request and check is
 * refused. Taking the name keeps the handler's shape; the answer never depends on it.
 */
export function decidePermission(_permission: string): false {
  return false;
}
