/** The pieces of an RFC 5545 iCalendar file that every calendar the library writes shares. */
import { type IsoDate, isoOf, readDate } from './dates.js';

/** RFC 5545 § 3.3.11 TEXT: backslash, semicolon and comma escaped; every line break (CRLF, LF or a lone CR) as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A UTF-16 unit of a character wider than one octet (surrogates included). */
const WIDE = /[\u0080-\uffff]/;

/** Folds a content line at 75 octets (RFC 5545 § 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (!WIDE.test(line)) {
    // One octet per character: cut by length, without walking the line.
    if (line.length <= 75) return line;
    const parts = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A date as iCalendar's DATE value: `20270104`. */
export const compact = (date: IsoDate): string => date.replaceAll('-', '');

/** The day after a date as a DATE value: DTEND of an all-day event is exclusive. The date must not be 9999-12-31. */
export const nextDay = (date: IsoDate): string => compact(isoOf((readDate(date) as number) + 1));
