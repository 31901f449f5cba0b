/**
 * @module sql/_blocks
 * Snowflake Scripting blocks (`[DECLARE ...] BEGIN ... END`) contain `;`, so both the statement
 * splitter and the parser find a block's end by counting BEGIN/CASE against END (END IF, END LOOP,
 * END FOR, END WHILE, END REPEAT close other constructs).
 * See https://docs.snowflake.com/en/developer-guide/snowflake-scripting/blocks
 */
import type { Token } from './_tokens.ts';

function word(t: Token | undefined): string {
  return t && (t.type === 'keyword' || t.type === 'ident') ? t.value : '';
}
function isSemi(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'punct' && t.text === ';';
}

/** Does the statement starting at token `i` open a scripting block (not `BEGIN [TRANSACTION]`)? */
export function startsBlock(toks: Token[], i: number): boolean {
  const w = word(toks[i]);
  if (w === 'DECLARE') return true;
  if (w !== 'BEGIN') return false;
  const n = toks[i + 1];
  if (n === undefined || isSemi(n)) return false;
  const nw = word(n);
  return nw !== 'TRANSACTION' && nw !== 'WORK' && nw !== 'NAME';
}

const NON_BLOCK_ENDS: ReadonlySet<string> = new Set(['IF', 'LOOP', 'FOR', 'WHILE', 'REPEAT']);

/**
 * Index of the token after the block's final END (or `toks.length` if the block never closes).
 * `i` is the block's first token (DECLARE or BEGIN).
 */
export function blockEnd(toks: Token[], i: number): number {
  let k = i;
  // DECLARE section: everything up to the block's BEGIN (nested BEGINs cannot occur there, but
  // CURSOR FOR SELECT ... can hold CASE ... END which we must balance too).
  let depth = 0;
  let opened = false;
  for (; k < toks.length; k++) {
    const w = word(toks[k]);
    if (w === 'BEGIN') {
      const nw = word(toks[k + 1]);
      if (nw === 'TRANSACTION' || nw === 'WORK' || isSemi(toks[k + 1])) continue;
      depth++;
      opened = true;
    } else if (w === 'CASE') depth++;
    else if (w === 'END') {
      const nw = word(toks[k + 1]);
      if (NON_BLOCK_ENDS.has(nw)) {
        k++;
        continue;
      }
      if (nw === 'CASE') k++;
      depth--;
      if (depth <= 0 && opened) return k + 1;
    }
  }
  return toks.length;
}
