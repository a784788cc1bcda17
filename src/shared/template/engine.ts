/**
 * The one reader of `@@Variable` messages, used by the composer, the checks before launch and the Sandbox.
 * Variable names are a list's column headers as written, and may hold spaces ("@@Last name", "@@Order ID"),
 * so a reference is found by matching the known names at each `@@`, longest first, never by a word pattern.
 */

export type Segment =
  | { kind: 'text'; text: string }
  /** `from`/`to` cover the whole reference, `@@` included. */
  | { kind: 'ref'; name: string; from: number; to: number }
  /** An `@@` that names no variable: `word` is what follows it up to a space or punctuation ('' for a bare `@@`). */
  | { kind: 'unknown'; word: string; from: number; to: number };

const MARK = '@@';
const WORD_END = /[\s@.,;:!?'"()[\]{}<>/\\|-]/u;

function byLengthDesc(names: readonly string[]): string[] {
  return [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

function wordAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && !WORD_END.test(text[end] as string)) end++;
  return text.slice(from, end);
}

export function parseTemplate(text: string, names: readonly string[]): Segment[] {
  const known = byLengthDesc(names);
  const out: Segment[] = [];
  let plainFrom = 0;
  let at = text.indexOf(MARK);
  while (at !== -1) {
    const rest = at + MARK.length;
    const name = known.find((n) => text.startsWith(n, rest));
    const to = name !== undefined ? rest + name.length : rest + wordAt(text, rest).length;
    if (at > plainFrom) out.push({ kind: 'text', text: text.slice(plainFrom, at) });
    out.push(name !== undefined ? { kind: 'ref', name, from: at, to } : { kind: 'unknown', word: text.slice(rest, to), from: at, to });
    plainFrom = to;
    at = text.indexOf(MARK, Math.max(to, rest));
  }
  if (plainFrom < text.length) out.push({ kind: 'text', text: text.slice(plainFrom) });
  return out;
}

export interface References {
  /** Known variables the message uses, each once, in order of first use. */
  used: string[];
  /** What follows each `@@` that names no variable, as written ('' for a bare `@@`). */
  unknown: string[];
}

export function findReferences(text: string, names: readonly string[]): References {
  const used: string[] = [];
  const unknown: string[] = [];
  for (const s of parseTemplate(text, names)) {
    if (s.kind === 'ref' && !used.includes(s.name)) used.push(s.name);
    if (s.kind === 'unknown') unknown.push(s.word);
  }
  return { used, unknown };
}

export interface Rendered {
  text: string;
  /** Referenced variables whose value is empty for this contact, each once. */
  empty: string[];
}

/** The message one contact would hear. An unknown reference stays in the text as written, as Exotel would read it. */
export function renderTemplate(text: string, names: readonly string[], values: Readonly<Record<string, string>>): Rendered {
  const empty: string[] = [];
  let out = '';
  for (const s of parseTemplate(text, names)) {
    if (s.kind === 'text') out += s.text;
    else if (s.kind === 'unknown') out += text.slice(s.from, s.to);
    else {
      const value = values[s.name] ?? '';
      if (value.trim() === '' && !empty.includes(s.name)) empty.push(s.name);
      out += value;
    }
  }
  return { text: out, empty };
}

/** Text-to-speech voices read about 150 words a minute. */
const WORDS_PER_SECOND = 2.5;

export function spokenLength(text: string): { words: number; seconds: number } {
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, seconds: Math.ceil(words / WORDS_PER_SECOND) };
}

export interface Completion {
  /** Where the `@@` being typed starts; a chosen name replaces text from here to the cursor. */
  from: number;
  query: string;
  options: string[];
}

/**
 * The names to offer while the user types after an `@@`: those starting with what was typed (ignoring case),
 * then those containing it. Null when the cursor is not in a reference being typed.
 */
export function completionAt(text: string, cursor: number, names: readonly string[]): Completion | null {
  const from = text.lastIndexOf(MARK, cursor - MARK.length);
  if (from === -1) return null;
  const query = text.slice(from + MARK.length, cursor);
  if (query.includes('\n') || query.length > 60) return null;
  // A complete reference followed by more text is not being typed any more.
  if (byLengthDesc(names).some((n) => query.startsWith(n) && query.length > n.length)) return null;
  const q = query.toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(q));
  const contains = names.filter((n) => !starts.includes(n) && n.toLowerCase().includes(q));
  const options = [...starts, ...contains];
  return options.length ? { from, query, options } : null;
}
