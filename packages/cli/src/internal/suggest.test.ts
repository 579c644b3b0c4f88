import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('out', 'out')).toBe(0);
    expect(editDistance('otu', 'out')).toBe(2);
    expect(editDistance('locale', 'locle')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearest', () => {
  const options = ['--out', '--locale', '--json', '--help'];
  it('suggests the closest known word', () => {
    expect(nearest('--ot', options)).toBe('--out');
    expect(nearest('--lcoale', options)).toBe('--locale');
    expect(nearest('--jsno', options)).toBe('--json');
    expect(nearest('--loc', options)).toBe('--locale');
    expect(nearest('--output', options)).toBe('--out');
  });
  it('suggests nothing for a word far from every known one', () => {
    expect(nearest('--frobnicate', options)).toBeUndefined();
  });
});
