import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without types.
import { compactMarkupTemplates, sharedDecoratorHelper, stylesFromText } from '../../scripts/build-cdn.mjs';

const compactMarkup = compactMarkupTemplates as (code: string, fileName?: string) => string;
const shareHelper = sharedDecoratorHelper as (code: string) => string;
const fromText = stylesFromText as (code: string) => string;

/**
 * The single file's modules, before the minifier (scripts/build-cdn.mjs): the `html` templates lose
 * their indentation, nested ones too, the modules share one decorator helper, and styles are made
 * from their text.
 */
describe('the single-file build compacts its html templates', () => {
  it('drops the indentation after line breaks in the text, nested templates too, and nothing else', () => {
    const code = [
      'const view = html`<div',
      '    class="a"',
      '  >',
      '    ${shown ? html`<p>',
      '        ${text}',
      '      </p>` : `keep',
      '    this`}',
      '  </div>`;',
      'const other = css`:host {\n  display: block; }`;',
    ].join('\n');
    expect(compactMarkup(code)).toBe(
      [
        'const view = html`<div',
        'class="a"',
        '>',
        '${shown ? html`<p>',
        '${text}',
        '</p>` : `keep',
        '    this`}',
        '</div>`;',
        'const other = css`:host {\n  display: block; }`;',
      ].join('\n'),
    );
  });

  it('leaves a module whose templates open a pre or a textarea as it is (their whitespace is content)', () => {
    for (const tag of ['pre', 'textarea', 'PRE'])
      for (const code of [
        `const a = html\`<${tag}>\n    kept</${tag}>\`;`,
        `const a = html\`<div>\n  \${html\`<${tag} class="x">\`}\n    kept</${tag}></div>\`;`,
      ])
        expect(compactMarkup(code)).toBe(code);
    // A name that only starts the same is not such an element.
    expect(compactMarkup('const a = html`<prefix-el>\n    x</prefix-el>`;')).toBe(
      'const a = html`<prefix-el>\nx</prefix-el>`;',
    );
  });

  it('leaves a module without html templates as it is', () => {
    const code = 'const a = `x\n    y`;';
    expect(compactMarkup(code)).toBe(code);
  });
});

describe('the single-file build shares one decorator helper', () => {
  const decorated = async (source: string): Promise<string> =>
    (
      await transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      })
    ).code;

  it("imports esbuild's helper instead of its copy, keeping the module's lines", async () => {
    const code = await decorated('declare const p: () => PropertyDecorator;\nclass A { @p() x = 1; }\n');
    expect(code).toContain('var __decorateClass = (decorators, target, key, kind) => {');
    const shared = shareHelper(code);
    expect(shared).not.toContain('var __decorateClass');
    expect(shared).not.toContain('__defProp');
    expect(shared.startsWith('import { __decorateClass } from "\\u0000dvc-decorate-class";\n')).toBe(true);
    expect(shared.split('\n')).toHaveLength(code.split('\n').length);
    expect(shared).toContain('__decorateClass([\n  p()\n], A.prototype, "x", 2);');
  });

  it('keeps the copy of a module that uses the helper names otherwise', async () => {
    const code = `${await decorated('declare const p: () => PropertyDecorator;\nclass A { @p() x = 1; }\n')}__defProp({}, "y", {});\n`;
    expect(shareHelper(code)).toBe(code);
  });
});

describe('the single-file build makes its styles from their text', () => {
  it("turns a module's css templates into unsafeCSS of the same text", () => {
    const code =
      'import { LitElement, css } from "lit";\nconst a = css`:host{display:block}`;\nconst b = [css`.x{color:red}`];\n';
    expect(fromText(code)).toBe(
      'import { LitElement, unsafeCSS as css} from "lit";\nconst a = css(`:host{display:block}`);\nconst b = [css(`.x{color:red}`)];\n',
    );
  });

  it('leaves a module with an expression in a css template, or another use of css, as it is', () => {
    for (const code of [
      'import { css } from "lit";\nconst a = css`:host{${b}}`;\n',
      'import { css } from "lit";\nconst a = css`:host{}`;\nexport { css };\n',
      'import { html } from "lit";\nconst a = html`<p></p>`;\n',
    ])
      expect(fromText(code)).toBe(code);
  });
});
