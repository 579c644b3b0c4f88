import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, locatePointer, parseJsonWithPointers } from './json-source-map.js';

const at = (line: number, column: number): { line: number; column: number } => ({ line, column });

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJsonWithPointers(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('parseJsonWithPointers', () => {
  const text = [
    '{',
    '  "name": "Nguyễn Văn An",',
    '  "a/b": { "~x": [1, -2.5e3, true, null] },',
    '  "list": [',
    '    { "k": "v" }',
    '  ]',
    '}',
  ].join('\n');

  it('answers the value JSON.parse gives', () => {
    expect(parseJsonWithPointers(text).data).toEqual(JSON.parse(text));
  });

  it('records where each value and key starts', () => {
    const { pointers } = parseJsonWithPointers(text);
    expect(pointers.get('')?.value).toMatchObject(at(1, 1));
    expect(pointers.get('/name')?.value).toMatchObject(at(2, 11));
    expect(pointers.get('/name')?.key).toMatchObject(at(2, 3));
    expect(pointers.get('/a~1b/~0x')?.value).toMatchObject(at(3, 18));
    expect(pointers.get('/a~1b/~0x/1')?.value).toMatchObject(at(3, 22));
    expect(pointers.get('/a~1b/~0x/3')?.value).toMatchObject(at(3, 36));
    expect(pointers.get('/list/0/k')?.value).toMatchObject(at(5, 12));
    expect(pointers.get('/list/0')?.key).toBeUndefined();
  });

  it('counts CRLF and CR as one line break and drops a byte-order mark', () => {
    const { pointers } = parseJsonWithPointers('\uFEFF{\r\n"a":\r1,\r\n  "b": 2}');
    expect(pointers.get('/a')?.value).toMatchObject(at(3, 1));
    expect(pointers.get('/b')?.value).toMatchObject(at(4, 8));
  });

  it('decodes escapes in keys, and keeps the last of duplicate keys like JSON.parse', () => {
    const { data, pointers } = parseJsonWithPointers('{"a\\u002fb": 1, "x": 1, "x": 2}');
    expect(pointers.has('/a~1b')).toBe(true);
    expect(data).toEqual({ 'a/b': 1, x: 2 });
    expect(pointers.get('/x')?.value).toMatchObject(at(1, 30));
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a property name'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['[1 2]', 1, 4, "expected ',' or ']'"],
    ['{\n  "a": tru\n}', 2, 8, 'expected a JSON value'],
    ['{"a": "x', 1, 7, 'Unterminated string'],
    ['"\\q"', 1, 2, 'Invalid escape'],
    ['01', 1, 1, 'Invalid number'],
    ['{} x', 1, 4, 'after the JSON value'],
    ['', 1, 1, 'end of input'],
    ['"a\nb"', 1, 3, 'control character'],
  ])('reports %j at %i:%i', (input, line, column, words) => {
    const error = syntaxError(input);
    expect(error.position).toMatchObject(at(line, column));
    expect(error.message).toContain(words);
    expect(() => JSON.parse(input) as unknown).toThrow();
  });

  it('never quotes the text in a message', () => {
    const error = syntaxError('{"citizenId": 001099012345 }');
    expect(error.message).not.toContain('001099012345');
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(syntaxError('['.repeat(10_000)).message).toContain('Nesting deeper');
  });
});

describe('locatePointer', () => {
  const map = parseJsonWithPointers('{\n  "a": {\n    "b": 1\n  }\n}');

  it('finds a pointer, or falls back to its nearest ancestor', () => {
    expect(locatePointer(map, '/a/b')).toMatchObject(at(3, 10));
    expect(locatePointer(map, '/a/missing/deeper')).toMatchObject(at(2, 8));
    expect(locatePointer(map, '/nope')).toMatchObject(at(1, 1));
    expect(locatePointer(map, '')).toMatchObject(at(1, 1));
  });
});
