import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One line of the summary: the message, and the field it is about. */
export interface ErrorSummaryItem {
  /** JSON Pointer of the field (`''` when the issue is about the whole form). */
  pointer: string;
  message: string;
  /** `false`: the field is not shown (e.g. its condition does not hold), so the line is not a link. */
  link?: boolean;
}

/**
 * The error summary of the GOV.UK design system: a titled list of every problem, each a link that
 * moves focus to its field. `<dvc-form>` shows it on a failed submit and moves focus to it.
 *
 * @summary A list of the problems of a form, each linked to its field.
 * @event dvc-error-summary-select - Internal: a link was chosen; `detail.pointer` is its field.
 * @csspart summary - The box (`role="alert"`).
 * @csspart title - Its heading.
 * @csspart list - The list of problems.
 * @csspart link - A link to a field.
 * @cssproperty --dvc-color-error - The border and link colour.
 */
export class DvcErrorSummary extends LitElement {
  static override styles = errorSummaryStyles;

  /** The title ("Có lỗi trong biểu mẫu" / "There is a problem"). */
  @property() heading = '';
  /** The problems. */
  @property({ attribute: false }) items: readonly ErrorSummaryItem[] = [];
  /** The id prefix of the fields the links point at (`#<prefix><encoded pointer>`). */
  @property({ attribute: false }) hrefFor: (pointer: string) => string = (p) => `#${encodeURIComponent(p)}`;

  /** Moves focus to the summary (its heading is announced with the list). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<div part="summary" class="summary" role="alert" tabindex="-1" aria-labelledby="title">
      <h2 id="title" part="title" class="title">${this.heading}</h2>
      <ul part="list" class="list">
        ${this.items.map(
          (item) =>
            html`<li>
              ${
                item.pointer === '' || item.link === false
                  ? item.message
                  : html`<a
                      part="link"
                      href=${this.hrefFor(item.pointer)}
                      @click=${(e: Event) => {
                        this.select(e, item);
                      }}
                      >${item.message}</a
                    >`
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private select(event: Event, item: ErrorSummaryItem): void {
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent('dvc-error-summary-select', { detail: { pointer: item.pointer }, bubbles: true }),
    );
  }
}

if (!customElements.get('dvc-error-summary')) customElements.define('dvc-error-summary', DvcErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-error-summary': DvcErrorSummary;
  }
}
