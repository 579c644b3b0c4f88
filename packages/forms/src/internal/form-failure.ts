/** What `<dvc-form>` shows in place of a form it is loading, or cannot load or show. */
import { html, type TemplateResult } from 'lit';
import type { FormMessages } from './form-messages.js';

/** Why there is no form: a bad definition, a failed load, or a load under way (`undefined`: nothing given yet). */
export type FormFailure = 'definition' | 'load' | 'loading' | undefined;

/** The message in place of the form: an alert for a failure, a status while loading. */
export function failureTemplate(failure: FormFailure, messages: FormMessages): TemplateResult {
  const failed = failure === 'definition' || failure === 'load';
  const text =
    failure === 'definition'
      ? messages.badDefinition
      : failure === 'load'
        ? messages.loadFailed
        : messages.loading;
  return html`<div part="failure" class=${failed ? 'failure' : 'loading'} role=${failed ? 'alert' : 'status'}>
    ${text}
  </div>`;
}
