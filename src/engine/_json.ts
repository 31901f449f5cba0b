/**
 * @module engine/_json
 * JSON text reshaping without JSON.parse, so numbers keep every digit (VARIANT can hold 38-digit
 * decimals that a JS double would round): `compactJson` (canonical VARIANT form) and `prettyJson`
 * (Snowflake's display and driver form: JSON_INDENT=2, `"key": value`, empty containers `{}`/`[]`).
 */

/** Split JSON text into structural tokens and scalar tokens, dropping insignificant whitespace. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j + 1;
    } else if ('{}[],:'.includes(c)) {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < n && !' \n\r\t{}[],:"'.includes(text[j]!)) j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Compact JSON text: `{ "a" : 1 }` → `{"a":1}`. */
export function compactJson(text: string): string {
  return tokens(text).join('');
}

/** Pretty JSON text with `indent` spaces, as Snowflake prints semi-structured values. */
export function prettyJson(text: string, indent = 2): string {
  const toks = tokens(text);
  let out = '';
  let depth = 0;
  const nl = (): string => `\n${' '.repeat(depth * indent)}`;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t === '{' || t === '[') {
      const next = toks[k + 1];
      if ((t === '{' && next === '}') || (t === '[' && next === ']')) {
        out += t + next;
        k++;
        continue;
      }
      depth++;
      out += t + nl();
    } else if (t === '}' || t === ']') {
      depth--;
      out += nl() + t;
    } else if (t === ',') {
      out += `,${nl()}`;
    } else if (t === ':') {
      out += ': ';
    } else {
      out += t;
    }
  }
  return out;
}
