/**
 * A JSON source-position mapper: a small validating tokenizer that records, for every JSON Pointer in
 * a document, where its value (and, for object members, its key) starts. The value itself comes from
 * `JSON.parse` once the scan has passed, so the two never disagree about what the text means.
 *
 * Lines and columns are 1-based, like every editor and ESLint; columns count UTF-16 code units.
 */
import { childPointer, parentPointer } from '@dvc-kit/validation';

/** A place in the source text. */
export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset into the text (after a leading byte-order mark, if any, was dropped). */
  offset: number;
}

/** Where the value at one pointer starts, and where its key starts when it is an object member. */
export interface PointerLocation {
  value: SourcePosition;
  key?: SourcePosition;
}

/** The text parsed, with the position of every pointer. */
export interface JsonSourceMap {
  data: unknown;
  pointers: ReadonlyMap<string, PointerLocation>;
}

/** Text that is not JSON. The message never quotes the text, which may hold a citizen's data. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  /** What is wrong, without the position. */
  readonly reason: string;
  readonly position: SourcePosition;
  constructor(reason: string, position: SourcePosition) {
    super(`${reason} at line ${position.line}, column ${position.column}`);
    this.reason = reason;
    this.position = position;
  }
}

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * Parses JSON text and maps every JSON Pointer to its position.
 * @throws JsonSyntaxError with the line and column of the first error.
 */
export function parseJsonWithPointers(source: string): JsonSourceMap {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const scanner = new Scanner(text);
  scanner.document();
  return { data: JSON.parse(text) as unknown, pointers: scanner.pointers };
}

/**
 * The location of `pointer`, or of its nearest ancestor that exists (a missing property is reported
 * on the object that lacks it). Answers line 1, column 1 when nothing matches.
 */
export function locatePointer(map: JsonSourceMap, pointer: string): SourcePosition {
  let p = pointer;
  for (;;) {
    const found = map.pointers.get(p);
    if (found !== undefined) return found.value;
    if (p === '') return { line: 1, column: 1, offset: 0 };
    p = parentPointer(p);
  }
}

class Scanner {
  readonly pointers = new Map<string, PointerLocation>();
  private i = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    this.value('', undefined, 0);
    this.space();
    if (this.i < this.text.length) this.fail(`Unexpected ${this.describe()} after the JSON value`);
  }

  private position(): SourcePosition {
    return { line: this.line, column: this.i - this.lineStart + 1, offset: this.i };
  }

  private fail(message: string, at: SourcePosition = this.position()): never {
    throw new JsonSyntaxError(message, at);
  }

  private describe(): string {
    const ch = this.text[this.i];
    if (ch === undefined) return 'end of input';
    const code = ch.charCodeAt(0);
    return code < 0x20 || code > 0x7e
      ? `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      : `character '${ch}'`;
  }

  private space(): void {
    for (;;) {
      const ch = this.text[this.i];
      if (ch === ' ' || ch === '\t') this.i++;
      else if (ch === '\n' || ch === '\r') {
        this.i += ch === '\r' && this.text[this.i + 1] === '\n' ? 2 : 1;
        this.line++;
        this.lineStart = this.i;
      } else return;
    }
  }

  private value(pointer: string, key: SourcePosition | undefined, depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels`);
    const start = this.position();
    this.pointers.set(pointer, key === undefined ? { value: start } : { value: start, key });
    const ch = this.text[this.i];
    if (ch === '{') this.object(pointer, depth);
    else if (ch === '[') this.array(pointer, depth);
    else if (ch === '"') this.string();
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) this.number();
    else if (!this.literal('true') && !this.literal('false') && !this.literal('null')) {
      this.fail(`Unexpected ${this.describe()}, expected a JSON value`);
    }
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.i)) return false;
    this.i += word.length;
    return true;
  }

  private object(pointer: string, depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      if (this.text[this.i] !== '"')
        this.fail(`Unexpected ${this.describe()}, expected a property name in double quotes`);
      const keyAt = this.position();
      const key = this.string();
      this.space();
      if (this.text[this.i] !== ':')
        this.fail(`Unexpected ${this.describe()}, expected ':' after a property name`);
      this.i++;
      this.space();
      this.value(childPointer(pointer, key), keyAt, depth + 1);
      this.space();
      const next = this.text[this.i];
      if (next === '}') {
        this.i++;
        return;
      }
      if (next !== ',') this.fail(`Unexpected ${this.describe()}, expected ',' or '}'`);
      this.i++;
      this.space();
    }
  }

  private array(pointer: string, depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(`${pointer}/${index}`, undefined, depth + 1);
      this.space();
      const next = this.text[this.i];
      if (next === ']') {
        this.i++;
        return;
      }
      if (next !== ',') this.fail(`Unexpected ${this.describe()}, expected ',' or ']'`);
      this.i++;
      this.space();
    }
  }

  /** Scans a string literal and answers its decoded value (keys need it for their pointer). */
  private string(): string {
    const open = this.position();
    this.i++;
    let out = '';
    let from = this.i;
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) this.fail('Unterminated string', open);
      if (ch === '"') break;
      if (ch.charCodeAt(0) < 0x20) this.fail(`Unescaped control ${this.describe()} in a string`);
      if (ch !== '\\') {
        this.i++;
        continue;
      }
      out += this.text.slice(from, this.i);
      out += this.escape();
      from = this.i;
    }
    out += this.text.slice(from, this.i);
    this.i++;
    return out;
  }

  private escape(): string {
    const at = this.position();
    const ch = this.text[this.i + 1];
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (ch !== undefined && Object.hasOwn(simple, ch)) {
      this.i += 2;
      return simple[ch] ?? '';
    }
    if (ch === 'u' && /^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
      this.i += 6;
      return String.fromCharCode(Number.parseInt(this.text.slice(this.i - 4, this.i), 16));
    }
    return this.fail('Invalid escape sequence in a string', at);
  }

  private number(): void {
    const start = this.position();
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail('Invalid number', start);
    this.i += match[0].length;
    const next = this.text[this.i];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail('Invalid number', start);
  }
}
