/** String keywords: `minLength`, `maxLength`, `pattern`, `format`. */
import { unknownFormat } from '../unknown-formats.js';
import { codePointLength } from '../../internal/json.js';
import { formatParams } from '../../internal/format-params.js';
import { report } from '../../internal/report.js';
import type { FormatCheck } from '../../formats/format-check.js';
import type { KeywordDefinition } from '../types.js';
import { countValue, invalid } from './shared.js';

/** `minLength`, counted in Unicode code points. */
export const minLength: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const minimum = countValue(ctx);
    const meta = ctx.node.meta;
    return (v, st) => {
      if (typeof v !== 'string' || v.length >= minimum * 2 || codePointLength(v) >= minimum) return true;
      report(st, 'min_length', { minimum }, meta);
      return false;
    };
  },
};

/** `maxLength`, counted in Unicode code points. */
export const maxLength: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const maximum = countValue(ctx);
    const meta = ctx.node.meta;
    return (v, st) => {
      if (typeof v !== 'string' || v.length <= maximum || codePointLength(v) <= maximum) return true;
      report(st, 'max_length', { maximum }, meta);
      return false;
    };
  },
};

/** `pattern`: an ECMAScript regular expression, precompiled once (unanchored, as the spec says). */
export const pattern: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    if (typeof ctx.value !== 'string') invalid(ctx, 'a string');
    const source = ctx.value;
    const re = ctx.regex(source, 'pattern');
    const meta = ctx.node.meta;
    return (v, st) => {
      if (typeof v !== 'string') return true;
      re.lastIndex = 0;
      if (re.test(v)) return true;
      report(st, 'pattern', { pattern: source }, meta);
      return false;
    };
  },
};

/**
 * `format`: asserted through the format table (or ignored in `formatMode: 'annotate'`); an unknown
 * format is an annotation with a warning, or a compile error with `unknownFormats: 'error'`.
 */
export const format: KeywordDefinition = {
  vocabulary: 'format',
  compile(ctx) {
    if (typeof ctx.value !== 'string') invalid(ctx, 'a string');
    const name = ctx.value;
    if (ctx.options.formatMode === 'annotate') return null;
    const check = ctx.format(name);
    if (check === undefined) return unknownFormat(name, ctx.pointer, ctx.options.unknownFormats);
    const meta = ctx.node.meta;
    return (v, st) => {
      if (typeof v !== 'string') return true;
      let r: ReturnType<FormatCheck>;
      try {
        r = check(v, st.format);
      } catch {
        r = { ok: false, reason: 'error' };
      }
      if (r.ok) return true;
      report(st, 'format', formatParams(r, name), meta);
      return false;
    };
  },
};
