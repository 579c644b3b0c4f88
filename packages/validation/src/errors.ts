/**
 * The typed error hierarchy of the compiler. Every error thrown by `compileSchema` is a
 * `SchemaError` naming the offending keyword and its JSON Pointer location in the schema.
 */

/** Why a schema was refused. Stable, for programmatic handling. */
export type SchemaErrorCode =
  | 'unsupported_keyword'
  | 'invalid_keyword_value'
  | 'invalid_regex'
  | 'unknown_format'
  | 'unresolved_ref'
  | 'ref_cycle'
  | 'limit_exceeded'
  | 'invalid_schema';

/** A schema the compiler cannot turn into a validator. */
export class SchemaError extends Error {
  override readonly name: string = 'SchemaError';
  /** A stable reason code. */
  readonly code: SchemaErrorCode;
  /** The keyword at fault, e.g. `pattern`. */
  readonly keyword: string;
  /** JSON Pointer (RFC 6901) of the keyword inside the schema, e.g. `/properties/phone/pattern`. */
  readonly pointer: string;

  constructor(code: SchemaErrorCode, keyword: string, pointer: string, detail: string) {
    super(`${detail} (keyword "${keyword}" at "${pointer || '/'}")`);
    this.code = code;
    this.keyword = keyword;
    this.pointer = pointer;
  }
}

/** A keyword the compiler does not know (and that is neither an annotation nor an `x-` extension). */
export class UnsupportedKeywordError extends SchemaError {
  override readonly name: string = 'UnsupportedKeywordError';
  /** `hint`: what to write instead, when there is something. */
  constructor(keyword: string, pointer: string, hint?: string) {
    super(
      'unsupported_keyword',
      keyword,
      pointer,
      `Unsupported JSON Schema keyword "${keyword}"${hint === undefined ? '' : `: ${hint}`}`,
    );
  }
}

/** A `pattern` or `patternProperties` key that is not a valid ECMAScript regular expression. */
export class InvalidRegexError extends SchemaError {
  override readonly name: string = 'InvalidRegexError';
  /** The source of the refused expression. */
  readonly source: string;
  constructor(keyword: string, pointer: string, source: string) {
    super('invalid_regex', keyword, pointer, `Invalid regular expression /${source}/`);
    this.source = source;
  }
}

/** A `$ref` or `$dynamicRef` that points nowhere, or that loops without consuming any data. */
export class SchemaRefError extends SchemaError {
  override readonly name: string = 'SchemaRefError';
  /** The reference, resolved to an absolute URI. */
  readonly ref: string;
  constructor(code: 'unresolved_ref' | 'ref_cycle', keyword: string, pointer: string, ref: string) {
    super(
      code,
      keyword,
      pointer,
      code === 'ref_cycle' ? `Reference cycle with no progress through "${ref}"` : `Cannot resolve "${ref}"`,
    );
    this.ref = ref;
  }
}

/** A schema deeper or larger than the configured limits. */
export class SchemaLimitError extends SchemaError {
  override readonly name: string = 'SchemaLimitError';
  /** The limit that was exceeded, e.g. `maxSchemaDepth`. */
  readonly limit: string;
  constructor(limit: string, keyword: string, pointer: string, value: number) {
    super('limit_exceeded', keyword, pointer, `Schema exceeds ${limit} (${value})`);
    this.limit = limit;
  }
}
