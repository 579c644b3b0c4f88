/**
 * ASCII texts for a precompiled module (`internal/runtime/marked-text.ts` decodes them): the
 * frozen constants with Vietnamese strings (labels, params) and the packed message book are
 * written with one ASCII marker per diacritic, chosen among the characters their JSON text does
 * not use. A module whose texts would not decode exactly keeps them as they are.
 */
import { MARKED, unmarkText } from '../../internal/runtime/marked-text.js';
import { toSource } from './source.js';

/** The markers tried, in order: ASCII punctuation a JSON string literal writes as itself. */
const CANDIDATES = "`~^|#@$%&*_=<>[];:!?+'()-,./{}";

/** Whether a text has a character a marker could stand for. */
const markable = (s: string): boolean => Array.from(s.normalize('NFD')).some((c) => MARKED.includes(c));

/** `text` (NFD) with each character of `MARKED` written as the marker at its index. */
const mark = (text: string, markers: string): string =>
  Array.from(text.normalize('NFD'), (c) => {
    const i = MARKED.indexOf(c);
    return i < 0 ? c : (markers[i] as string);
  }).join('');

/** What `markTexts` gives: the body and the book's source with their Vietnamese strings marked. */
export interface Marked {
  body: string;
  /** The source of the book, marked, to be read through `FV`. */
  book: string;
  /** The markers, in the order of `MARKED`. */
  markers: string;
}

/**
 * The JSON text of `value` when it reads back as the same value (`toSource` of both equal) and is
 * also a JavaScript literal of it (no `"__proto__"` key, which a literal would take as the prototype).
 */
function json(value: unknown): string | undefined {
  const text = JSON.stringify(value);
  return !text.includes('"__proto__":') && toSource(JSON.parse(text)) === toSource(value) ? text : undefined;
}

/**
 * Marks the frozen constants of `body` (`const cN = FZ(<JSON>);`) that have a Vietnamese letter,
 * and `book`: such constants become `FV(<marked>)`, and the book is to be read through `FV` too
 * (`unmark`: decoded from their JSON text). Undefined when `book` has no Vietnamese letter or is
 * not plain JSON, when fewer than ten characters are free to serve as markers, or when a text
 * would not decode to itself.
 */
export function markTexts(body: string, book: unknown): Marked | undefined {
  const bookJson = json(book);
  if (bookJson === undefined || !markable(bookJson)) return undefined;
  const lines = body.split('\n');
  const found: { index: number; name: string; text: string }[] = [];
  for (const [index, line] of lines.entries()) {
    const m = /^const (c\d+) = FZ\((.*)\);$/.exec(line);
    if (m === null) continue;
    let text: string | undefined;
    try {
      text = json(JSON.parse(m[2] as string));
    } catch {
      continue;
    }
    if (text !== undefined && markable(text)) found.push({ index, name: m[1] as string, text });
  }
  const texts = [bookJson, ...found.map((f) => f.text)];
  const used = new Set(texts.join(''));
  const markers = Array.from(CANDIDATES)
    .filter((c) => !used.has(c))
    .slice(0, MARKED.length)
    .join('');
  if (markers.length < MARKED.length) return undefined;
  if (!texts.every((t) => unmarkText(markers, mark(t, markers)) === t)) return undefined;
  for (const f of found) lines[f.index] = `const ${f.name} = FV(${mark(f.text, markers)});`;
  return { body: lines.join('\n'), book: mark(bookJson, markers), markers };
}
