import { describe, expect, it } from 'vitest';
import { keywordTable } from '../../keywords/index.js';
import { emitterTable } from './index.js';

describe('the emitter table', () => {
  it('has an emitter for every keyword that has an evaluator, and none for keywords the table lacks', () => {
    const evaluated = Object.keys(keywordTable).sort();
    const emitted = Object.keys(emitterTable).sort();
    expect(evaluated.filter((k) => !emitted.includes(k))).toEqual([]);
    expect(emitted.filter((k) => !evaluated.includes(k))).toEqual([]);
  });
});
