/**
 * @module translate/functions/soundex
 * SOUNDEX and SOUNDEX_P123 (https://docs.snowflake.com/en/sql-reference/functions/soundex,
 * https://docs.snowflake.com/en/sql-reference/functions/soundex_p123): American Soundex as one
 * DuckDB expression. The first letter is kept (upper case); the others become digits (vowels and Y
 * separate equal digits, H and W do not), runs of one digit collapse, vowels are dropped and the
 * code is padded/cut to three digits. SOUNDEX lets the first letter's digit swallow an equal second
 * one (Pfister → P236); SOUNDEX_P123 keeps it (Pfister → P123). Characters other than ASCII letters
 * are skipped.
 */
import type { FnPrinter } from './_call.ts';
import { textArg } from './string.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Digit per letter; '0' for vowels and Y (they separate), '-' for H and W (they do not). */
const DIGITS = '0123012-02245501262301-202';

/** `s` with every run of one digit collapsed to a single digit. */
function collapseRuns(s: string): string {
  let out = s;
  for (const d of '0123456') out = `regexp_replace(${out}, '${d}+', '${d}', 'g')`;
  return out;
}

function soundex(keepSecond: boolean): FnPrinter {
  return (c) => {
    c.check(1);
    const letters = `upper(regexp_replace(${textArg(c, 0)}, '[^A-Za-z]', '', 'g'))`;
    const code = (x: string): string => `translate(${x}, '${LETTERS}', '${DIGITS}')`;
    // The first letter's own digit ('-' for H/W counts as a separator, like a vowel).
    const first = `replace(${code(`left(${letters}, 1)`)}, '-', '0')`;
    const rest = `replace(${code(`substr(${letters}, 2)`)}, '-', '')`;
    const digits = keepSecond ? collapseRuns(rest) : `substr(${collapseRuns(`${first} || ${rest}`)}, 2)`;
    const three = `left(replace(${digits}, '0', '') || '000', 3)`;
    return `(CASE WHEN ${letters} = '' THEN '' ELSE left(${letters}, 1) || ${three} END)`;
  };
}

export const SOUNDEX: Record<string, FnPrinter> = {
  SOUNDEX: soundex(false),
  SOUNDEX_P123: soundex(true),
};
