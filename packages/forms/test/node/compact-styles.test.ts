import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without types.
import { compactStyles } from '../../scripts/build-cdn.mjs';

const compact = compactStyles as (styles: string) => string;

/**
 * The single file's styles lose what the browser skips (scripts/build-cdn.mjs): comments and
 * whitespace, none of what a rule means.
 */
describe('the single-file build compacts its css templates', () => {
  it('drops comments and whitespace around braces, semicolons and after colons', () => {
    expect(
      compact(`css\`
  /* a comment */
  :host {
    display: block;
  }
  .a .b:not(.c) :is(input),
  .d > .e::part(x) {
    margin: calc(1rem + 2px) 0;
    color: var(--dvc-color, #fff);
  }
\``),
    ).toBe(
      'css` :host{display:block;}.a .b:not(.c) :is(input), .d > .e::part(x){margin:calc(1rem + 2px) 0;color:var(--dvc-color, #fff);}`',
    );
  });

  it("keeps a string's text and the space of a descendant pseudo-class", () => {
    expect(compact("css`.x::before { content: '✓ '; } .y :hover { content: ':'; }`")).toBe(
      "css`.x::before{content:'✓ ';}.y :hover{content:':';}`",
    );
  });
});
