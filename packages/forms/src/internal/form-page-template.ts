/** The page `<dvc-form>` renders once it has a store: title, notices, error summary, steps, documents, buttons. */
import { html, type nothing, type TemplateResult } from 'lit';
import type { ErrorSummaryItem } from '../components/error-summary/error-summary.js';
import { fieldId } from './form-field-id.js';
import type { FormMessages } from './form-messages.js';
import { buttonsTemplate, stepsTemplate, titleTemplate, type StepsView } from './form-steps-template.js';

/** What the page shows. */
export interface FormPage {
  view: StepsView;
  messages: FormMessages;
  /** The procedure's name. */
  title: string;
  /** The draft notice and the filing problem, when there are. */
  notice: TemplateResult | typeof nothing;
  problem: TemplateResult | typeof nothing;
  summary: readonly ErrorSummaryItem[];
  /** The documents section (on the last step). */
  documents: TemplateResult | typeof nothing;
  onSubmit: (event: Event) => void;
  onSelect: (event: CustomEvent<{ pointer: string }>) => void;
}

/** The form element, its parts in order. */
export function formPageTemplate(page: FormPage): TemplateResult {
  const { view, messages, summary } = page;
  return html`<form novalidate @submit=${page.onSubmit} @dvc-error-summary-select=${page.onSelect}>
    ${titleTemplate(page.title, view.steps.stepped)} ${page.notice} ${page.problem}
    <dvc-error-summary
      part="error-summary"
      .heading=${messages.summaryTitle}
      .items=${summary}
      .hrefFor=${(p: string) => `#${fieldId(p)}`}
      ?hidden=${summary.length === 0}
    ></dvc-error-summary>
    ${stepsTemplate(view)} ${page.documents} ${buttonsTemplate(view)}
  </form>`;
}
