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

/** One value starting at toks[i], with object members sorted by key; returns [text, next index]. */
function sortedValue(toks: string[], i: number): [string, number] {
  const t = toks[i];
  if (t === '{') {
    const members: [string, string][] = [];
    let j = i + 1;
    while (j < toks.length && toks[j] !== '}') {
      const key = toks[j]!;
      const [val, next] = sortedValue(toks, j + 2);
      members.push([key, val]);
      j = toks[next] === ',' ? next + 1 : next;
    }
    members.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return [`{${members.map(([k, v]) => `${k}:${v}`).join(',')}}`, j + 1];
  }
  if (t === '[') {
    const items: string[] = [];
    let j = i + 1;
    while (j < toks.length && toks[j] !== ']') {
      const [val, next] = sortedValue(toks, j);
      items.push(val);
      j = toks[next] === ',' ? next + 1 : next;
    }
    return [`[${items.join(',')}]`, j + 1];
  }
  return [t ?? '', i + 1];
}

/**
 * Compact JSON text, `{ "b" : 1, "a" : 2 }` → `{"a":2,"b":1}`: Snowflake keeps OBJECT keys sorted,
 * so every VARIANT/OBJECT value prints its keys in order, at every depth
 * (https://docs.snowflake.com/en/sql-reference/data-types-semistructured#object).
 */
export function compactJson(text: string): string {
  const toks = tokens(text);
  if (toks.length === 0) return '';
  const [out, next] = sortedValue(toks, 0);
  // Anything unexpected after the value (not JSON): keep the text as it was, only compacted.
  return next === toks.length ? out : toks.join('');
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
