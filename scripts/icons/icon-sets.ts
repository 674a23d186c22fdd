/** The icon files electron-builder and the window take, all drawn from build-resources/icon.svg. */
export const ICON_SOURCE = 'build-resources/icon.svg';
/** Linux wants a folder of PNGs named by size; the 512 one is also the Linux window icon. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const linuxIconFile = (size: number): string => `build-resources/icons/${size}x${size}.png`;
export const MAC_ICON = 'build-resources/icon.icns';
export const WINDOWS_ICON = 'build-resources/icon.ico';
/** The SVG's hash when the sets were last drawn, so a test notices an SVG edited without `npm run icons`. */
export const ICON_SOURCE_STAMP = 'build-resources/icons/drawn-from.sha256';
