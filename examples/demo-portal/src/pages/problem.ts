/** A failure shown in place of a page: the portal's localized message, never a stack or a token. */
import { PortalError } from '@dvc-kit/sdk';
import { html, type TemplateResult } from 'lit';

export function problem(error: unknown): TemplateResult {
  const message = error instanceof PortalError ? error.message : 'Đã có lỗi. Vui lòng thử lại sau ít phút.';
  const requestId = error instanceof PortalError ? error.requestId : undefined;
  return html`<div class="notice error" role="alert">
    <p>${message}</p>
    ${requestId ? html`<p class="muted">Mã yêu cầu: <code>${requestId}</code></p>` : ''}
  </div>`;
}
