/**
 * The design tokens: a swatch in the current theme (switch it in the toolbar) and the default value. The list comes
 * from DVC_TOKENS, the same list the theme test checks, so this page cannot drift from the themes.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { DVC_TOKENS } from './tokens.js';

function swatch(name: string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'swatch';
  box.setAttribute('aria-hidden', 'true');
  box.style.setProperty('background', `var(${name})`);
  box.style.setProperty('display', 'inline-block');
  box.style.setProperty('inline-size', '1.5rem');
  box.style.setProperty('block-size', '1.5rem');
  box.style.setProperty('border', '1px solid var(--dvc-color-border)');
  return box;
}

function tokenTable(): TemplateResult {
  return html`<table>
    <caption>
      Design tokens (CSS custom properties)
    </caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Swatch in this theme, default value</th>
        <th scope="col">What it styles</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(DVC_TOKENS).map(
        ([name, description]) =>
          html`<tr>
            <th scope="row"><code>${name}</code></th>
            <td>
              ${name.startsWith('--dvc-color-') ? swatch(name) : ''}
              <code>${getComputedStyle(document.documentElement).getPropertyValue(name).trim()}</code>
            </td>
            <td>${description}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const meta: Meta = {
  title: 'Foundations/Design tokens',
  render: () => tokenTable(),
  tags: ['!autodocs'],
};
export default meta;

export const Tokens: StoryObj = {};
