/**
 * How `<dvc-form>` lays out its steps: the procedure's name, the progress ("Bước 2/4" and the step
 * names), one heading per step, its sections, and the buttons (Continue and Back, or Submit).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import '../components/form/form-section.js';
import { isOneGroup, type StepNode } from './form-model.js';
import type { ReviewDocument } from './form-documents.js';
import type { FormSteps } from './form-steps.js';
import { stepsText } from './form-steps-text.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';

/** What the layout needs of the form. */
export interface StepsView {
  steps: FormSteps;
  store: FormStore;
  adminUnits: AdminUnitsProvider | undefined;
  disabled: boolean;
  readonly: boolean;
  busy: boolean;
  /** The submit button's text. */
  submitText: string;
  /** The stored files per document component, for the review. */
  documents: readonly ReviewDocument[];
}

/** The procedure's name: the heading of a one-page form, a caption above a stepped form's step heading. */
export function titleTemplate(title: string, stepped: boolean): TemplateResult | typeof nothing {
  if (title === '') return nothing;
  return stepped
    ? html`<p part="title" class="title caption">${title}</p>`
    : html`<h2 part="title" class="title">${title}</h2>`;
}

/**
 * The progress: "Bước 2/4", then the steps as an ordered list, one item each: its number and name
 * (shown, the number hidden from screen readers, which say the list position themselves), and its
 * state in words, "(đã xong)" or "(bước hiện tại)", read out (the current one is bold).
 */
function progressTemplate(steps: FormSteps, store: FormStore): TemplateResult {
  const text = stepsText(store.locale);
  const current = steps.index;
  const item = (title: string, i: number): TemplateResult => {
    const done = i < current;
    const state = done ? text.done : i === current ? text.current : '';
    return html`<li class=${i === current ? 'current' : ''} aria-current=${i === current ? 'step' : nothing}>
      <span aria-hidden="true">${i + 1}.</span> ${title}${
        state === '' ? nothing : html`<span class="visually-hidden"> ${state}</span>`
      }
    </li>`;
  };
  return html`<div part="progress" class="progress">
    <p class="progress-count">${text.progress(current + 1, steps.count)}</p>
    <ol class="progress-steps" aria-label=${text.steps}>
      ${steps.titles().map(item)}
    </ol>
  </div>`;
}

/** A step made of one group only: the group's legend repeats the step heading, so it is only read out. */
function lone(step: StepNode): boolean {
  return step.sections.length === 1 && isOneGroup(step.sections[0]?.fields);
}

function stepTemplate(view: StepsView, step: StepNode, index: number): TemplateResult {
  const { store, steps } = view;
  const stepped = steps.stepped;
  const title = stepped ? (steps.titles()[index] ?? '') : pickText(step.title, store.locale);
  const description = pickText(step.description, store.locale);
  return html`<div part="step" class="step ${stepped && lone(step) ? 'lone' : ''}">
    ${
      title === ''
        ? nothing
        : html`<h2
            part="step-title"
            class="step-title"
            tabindex=${stepped ? '-1' : nothing}
            ?data-step-heading=${stepped}
          >
            ${title}
          </h2>`
    }
    ${description === '' ? nothing : html`<p class="description">${description}</p>`}
    ${step.sections.map(
      (section) =>
        html`<dvc-form-section
          .section=${section}
          .store=${store}
          .adminUnits=${view.adminUnits}
        ></dvc-form-section>`,
    )}
  </div>`;
}

/** The steps shown now: every step on one page, or the progress and the current step, or the review. */
export function stepsTemplate(view: StepsView): TemplateResult {
  const { steps, store } = view;
  if (steps.reviewing) {
    // The review is a chunk of its own: `steps` loads it before showing the review.
    const review = steps.review;
    if (review === undefined) return html``;
    return review.render({
      store,
      steps: store.model.steps,
      titles: steps.titles(),
      units: review.units,
      adminUnits: view.adminUnits,
      documents: view.documents,
      onChange: (pointer) => void steps.focusField(pointer, true),
    });
  }
  if (!steps.stepped) return html`${store.model.steps.map((step, i) => stepTemplate(view, step, i))}`;
  const step = store.model.steps[steps.index];
  return html`${progressTemplate(steps, store)}${step === undefined ? nothing : stepTemplate(view, step, steps.index)}`;
}

/** The buttons: Submit on one page and on the review; Continue and Back between steps. */
export function buttonsTemplate(view: StepsView): TemplateResult | typeof nothing {
  const { steps, busy, disabled } = view;
  if (view.readonly) return nothing;
  const text = stepsText(view.store.locale);
  const main = steps.atEnd
    ? html`<button
        type="submit"
        part="submit-button"
        class="button"
        ?disabled=${disabled || busy}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${view.submitText}
      </button>`
    : html`<button type="submit" part="continue-button" class="button" ?disabled=${disabled}>
        ${text.next}
      </button>`;
  if (!steps.stepped || steps.index === 0) return main;
  return html`<div class="buttons">
    ${main}
    <button
      type="button"
      part="back-button"
      class="button secondary"
      ?disabled=${disabled || busy}
      @click=${() => void steps.back()}
    >
      ${text.back}
    </button>
  </div>`;
}
