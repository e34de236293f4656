/** The pieces of an RFC 5545 iCalendar file that every calendar the library writes shares. */
import { type IsoDate, isoOf, readDate } from './dates.js';

/** RFC 5545 § 3.3.11 TEXT: backslash, semicolon and comma escaped; every line break (CRLF, LF or a lone CR) as `\n`. */
export function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(ESCAPED, escapeOne) : text;
}

/** A character that TEXT escapes. */
const SPECIAL = /[\\;,\r\n]/;
/** Each escape, a line break (CRLF, LF or CR) as one. */
const ESCAPED = /[\\;,]|\r\n|\r|\n/g;
const escapeOne = (found: string): string => (found === '\\' || found === ';' || found === ',' ? `\\${found}` : '\\n');

/** A UTF-16 unit of a character wider than one octet (surrogates included). */
const WIDE = /[\u0080-\uffff]/;

/** Folds a line of one octet per character (ASCII) at 75 octets: cut by length, without walking the line. */
export function foldAscii(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
  return parts.join('\r\n ');
}

/** Folds a content line at 75 octets (RFC 5545 § 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (!WIDE.test(line)) return foldAscii(line);
  // A UTF-16 unit is at most 3 octets (a surrogate pair, two units, is 4): a line this short fits.
  if (line.length * 3 <= 75) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = 75;
  for (let at = 0; at < line.length; ) {
    const unit = line.charCodeAt(at);
    const pair = unit >= 0xd800 && unit <= 0xdbff && (line.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    // UTF-8 octets of the code point; a lone surrogate counts as the 3 it would take.
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(from, at));
      from = at;
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    octets += size;
    at += pair ? 2 : 1;
  }
  if (parts.length === 0) return line;
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

/** A date as iCalendar's DATE value: `20270104`. */
export const compact = (date: IsoDate): string => date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);

/**
 * The day after a date as a DATE value: DTEND of an all-day event is exclusive. The date must be a valid one, and not
 * 9999-12-31. Before the 28th the next day is in the same month whatever the month and year, so only its digits change.
 */
export const nextDay = (date: IsoDate): string => {
  const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
  if (day < 28) return date.slice(0, 4) + date.slice(5, 7) + (day < 9 ? `0${day + 1}` : `${day + 1}`);
  return compact(isoOf((readDate(date) as number) + 1));
};
