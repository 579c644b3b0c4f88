import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  childPointer,
  escapePointerToken,
  formatPointer,
  getPointer,
  hasPointer,
  isPointerWithin,
  parentPointer,
  parsePointer,
  pointerTokens,
  removePointer,
  resolvePointer,
  setPointer,
  unescapePointerToken,
} from './index.js';

describe('JSON Pointer syntax (RFC 6901)', () => {
  it('escapes ~ before / and unescapes in the reverse order', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(escapePointerToken(3)).toBe('3');
    expect(unescapePointerToken('~01')).toBe('~1');
    expect(unescapePointerToken('a~1b~0c')).toBe('a/b~c');
  });

  it('parses the examples of RFC 6901 section 5', () => {
    const doc = {
      foo: ['bar', 'baz'],
      '': 0,
      'a/b': 1,
      'c%d': 2,
      'e^f': 3,
      'g|h': 4,
      'i\\j': 5,
      'k"l': 6,
      ' ': 7,
      'm~n': 8,
    };
    const cases: [string, unknown][] = [
      ['', doc],
      ['/foo', ['bar', 'baz']],
      ['/foo/0', 'bar'],
      ['/', 0],
      ['/a~1b', 1],
      ['/c%d', 2],
      ['/e^f', 3],
      ['/g|h', 4],
      ['/i\\j', 5],
      ['/k"l', 6],
      ['/ ', 7],
      ['/m~0n', 8],
    ];
    for (const [pointer, value] of cases) expect(getPointer(doc, pointer), pointer).toEqual(value);
  });

  it('refuses what is not a pointer', () => {
    expect(parsePointer('a/b')).toBeUndefined();
    expect(() => pointerTokens('#/a')).toThrow(TypeError);
    expect(resolvePointer({ a: 1 }, 'a')).toEqual({ found: false, value: undefined });
  });

  it('formats, extends and shortens pointers', () => {
    expect(formatPointer(['a/b', 0, '~'])).toBe('/a~1b/0/~0');
    expect(childPointer('/x', 'y/z', 2)).toBe('/x/y~1z/2');
    expect(childPointer('')).toBe('');
    expect(parentPointer('/a/b~1c')).toBe('/a');
    expect(parentPointer('/a')).toBe('');
    expect(parentPointer('')).toBe('');
    expect(isPointerWithin('/a/b', '/a')).toBe(true);
    expect(isPointerWithin('/ab', '/a')).toBe(false);
    expect(isPointerWithin('/a', '')).toBe(true);
  });

  it('round-trips any tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (tokens) => {
        expect(parsePointer(formatPointer(tokens))).toEqual(tokens);
      }),
    );
  });
});

describe('reading and writing by pointer', () => {
  it('reads own members and in-range array indexes only', () => {
    const doc = { list: [1, 2], o: { x: undefined } };
    expect(hasPointer(doc, '/list/1')).toBe(true);
    expect(hasPointer(doc, '/list/2')).toBe(false);
    expect(hasPointer(doc, '/list/01')).toBe(false);
    expect(hasPointer(doc, '/list/-')).toBe(false);
    expect(hasPointer(doc, '/list/length')).toBe(false);
    expect(hasPointer(doc, '/o/x')).toBe(true);
    expect(hasPointer(doc, '/toString')).toBe(false);
    expect(hasPointer(doc, '/__proto__')).toBe(false);
    expect(hasPointer(doc, '/constructor/prototype')).toBe(false);
    expect(resolvePointer(doc, ['list', '0'])).toEqual({ found: true, value: 1 });
  });

  it('writes, creating objects on the way, and appends with -', () => {
    const doc: Record<string, unknown> = { list: [1], gone: 1, n: null };
    setPointer(doc, '/a/b~1c', 'x');
    setPointer(doc, '/list/-', 2);
    setPointer(doc, ['list', '0'], 0);
    setPointer(doc, '/n/deep', true);
    setPointer(doc, '/gone', undefined);
    expect(doc).toEqual({ a: { 'b/c': 'x' }, list: [0, 2], n: { deep: true } });
    expect(() => {
      setPointer(doc, '', 1);
    }).toThrow(TypeError);
    expect(() => {
      setPointer(doc, '/list/x', 1);
    }).toThrow(TypeError);
  });

  it('never writes through __proto__ or constructor', () => {
    const doc: Record<string, unknown> = {};
    setPointer(doc, '/__proto__/polluted', 'yes');
    setPointer(doc, '/constructor/prototype/polluted', 'yes');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.hasOwn(doc, '__proto__')).toBe(true);
    expect(getPointer(doc, '/__proto__/polluted')).toBe('yes');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(
      JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
    );
  });

  it('removes members and array items', () => {
    const doc = { a: { b: 1 }, list: [1, 2, 3] };
    expect(removePointer(doc, '/list/1')).toBe(true);
    expect(removePointer(doc, '/a/b')).toBe(true);
    expect(removePointer(doc, '/a/b')).toBe(false);
    expect(removePointer(doc, '')).toBe(false);
    expect(doc).toEqual({ a: {}, list: [1, 3] });
  });
});
