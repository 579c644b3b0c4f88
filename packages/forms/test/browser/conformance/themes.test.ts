/**
 * The theme files define every token the widgets read, and each theme keeps text, borders and the
 * focus outline readable (WCAG 2.2: 4.5:1 for text, 3:1 for borders and focus), selected by an
 * attribute or a class on an ancestor.
 */
import type { LitElement } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DVC_TOKENS } from '../../../src/index.js';
import { contrast } from './contrast.js';

const THEMES = ['default', 'dark', 'high-contrast'] as const;

beforeAll(async () => {
  await Promise.all(
    THEMES.map(
      (theme) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = new URL(`../../../themes/${theme}.css`, import.meta.url).href;
          link.dataset['theme'] = theme;
          link.onload = () => {
            resolve();
          };
          link.onerror = () => {
            reject(new Error(`${theme}.css did not load`));
          };
          document.head.append(link);
        }),
    ),
  );
});

afterAll(() => {
  for (const link of document.head.querySelectorAll('link[data-theme]')) link.remove();
});

function color(element: Element, property: string): string {
  return getComputedStyle(element).getPropertyValue(property);
}

describe('themes', () => {
  it('define every token the widgets read, and nothing the widgets do not know', () => {
    const used = new Set<string>();
    for (const tag of [
      'dvc-text-field',
      'dvc-date-field',
      'dvc-select-field',
      'dvc-money-field',
      'dvc-personal-id-field',
    ]) {
      const element = customElements.get(tag) as unknown as typeof LitElement;
      for (const style of element.elementStyles) {
        const text = 'cssText' in style ? style.cssText : '';
        for (const match of text.matchAll(/var\((--dvc-[a-z0-9-]+)/g)) used.add(match[1]!);
      }
    }
    const tokens = Object.keys(DVC_TOKENS);
    expect([...used].filter((name) => !tokens.includes(name))).toEqual([]);
    const root = getComputedStyle(document.documentElement);
    expect(tokens.filter((name) => root.getPropertyValue(name).trim() === '')).toEqual([]);
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const how of ['attribute', 'class'] as const) {
      it(`${theme} (by ${how}) keeps text, borders and focus readable`, async () => {
        const scope = document.createElement('div');
        if (how === 'attribute') scope.dataset['dvcTheme'] = theme;
        else scope.className = `dvc-theme-${theme}`;
        scope.innerHTML =
          '<button>Trước</button><dvc-text-field label="Họ và tên" hint="Gợi ý" error="Sai."></dvc-text-field>';
        document.body.append(scope);
        const field = scope.querySelector('dvc-text-field')!;
        await field.updateComplete;
        const input = field.shadowRoot!.querySelector('input')!;
        const hint = field.shadowRoot!.querySelector('[part~="hint"]')!;
        const error = field.shadowRoot!.querySelector('[part~="error"]')!;
        const surface = color(input, 'background-color');
        // The theme applied: a dark surface in dark, a thick outline in high contrast.
        expect(contrast(surface, 'rgb(0, 0, 0)') < 2).toBe(theme === 'dark');
        expect(contrast(color(input, 'color'), surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(color(hint, 'color'), surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(color(error, 'color'), surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(color(input, 'border-top-color'), surface)).toBeGreaterThanOrEqual(3);
        scope.querySelector('button')!.focus();
        await userEvent.tab();
        expect(field.shadowRoot!.activeElement).toBe(input);
        expect(parseFloat(color(input, 'outline-width'))).toBeGreaterThanOrEqual(
          theme === 'high-contrast' ? 4 : 3,
        );
        expect(contrast(color(input, 'outline-color'), surface)).toBeGreaterThanOrEqual(3);
        scope.remove();
      });
    }
  }
});
