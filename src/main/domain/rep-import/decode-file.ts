/*
 * The bytes of a file the manager picked, as text. Spreadsheets write CSV in more than one
 * encoding: Excel's "CSV UTF-8" and Numbers write UTF-8 (Excel with a byte-order mark), Google
 * Sheets UTF-8 without one, Excel's plain "CSV (Comma delimited)" on Windows the ANSI code page
 * (Windows-1252 in western Europe and the US), and "Unicode Text" UTF-16 with a BOM. Anything
 * with NUL bytes and no UTF-16 mark is not text at all.
 */

export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

const SAVE_AS_CSV = 'In Excel or Numbers, export the sheet as "CSV UTF-8" and import that file.';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: `This is a workbook (.xlsx or .numbers), not a CSV file. ${SAVE_AS_CSV}` };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: `This is an old Excel workbook (.xls), not a CSV file. ${SAVE_AS_CSV}` };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) {
    return { ok: false, message: `This file is not text, so it cannot be a CSV file. ${SAVE_AS_CSV}` };
  }
  let text: string;
  try {
    // TextDecoder drops a UTF-8 byte-order mark by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // Control characters other than tab and line breaks do not occur in a sheet's text.
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) controls += 1;
  }
  if (controls > 0 && controls * 100 > text.length) {
    return { ok: false, message: `This file is not text, so it cannot be a CSV file. ${SAVE_AS_CSV}` };
  }
  return { ok: true, text };
}
