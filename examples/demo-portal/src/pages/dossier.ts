/** `#/dossiers/<id>`: one dossier, its progress, and paying its fees when the agency asks. */
import { html, type TemplateResult } from 'lit';
import { client } from '../portal.js';
import { statusName } from './status.js';

const time = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

async function pay(dossierId: string): Promise<void> {
  const payment = await client.payments.create({ dossierId, returnUrl: location.href });
  location.assign(payment.checkoutUrl);
}

export async function dossierPage(id: string): Promise<TemplateResult> {
  const [dossier, history] = await Promise.all([client.dossiers.retrieve(id), client.dossiers.history(id)]);
  return html`<h1>Hồ sơ ${dossier.code ?? '(chưa nộp)'}</h1>
    <dl class="facts">
      <dt>Thủ tục</dt>
      <dd>${dossier.procedureCode}</dd>
      <dt>Trạng thái</dt>
      <dd><strong>${statusName(dossier.status)}</strong></dd>
      <dt>Ngày hẹn trả</dt>
      <dd>${dossier.appointmentDate ? time.format(new Date(dossier.appointmentDate)) : '—'}</dd>
      <dt>Phí, lệ phí</dt>
      <dd>${vnd.format(dossier.feeTotal)}</dd>
    </dl>
    ${
      dossier.status === 6
        ? html`<div class="notice">
            <p>Cơ quan yêu cầu thực hiện nghĩa vụ tài chính: ${vnd.format(dossier.feeTotal)}.</p>
            <button class="button" @click=${() => void pay(dossier.id)}>Thanh toán trực tuyến</button>
          </div>`
        : ''
    }
    <h2>Quá trình xử lý</h2>
    <ol class="history">
      ${history.map(
        (entry) =>
          html`<li>
            <strong>${entry.title.vi}</strong> · ${statusName(entry.status)}
            <span class="muted">${entry.handler}</span>
          </li>`,
      )}
    </ol>
    <p><a href="#/dossiers">Tất cả hồ sơ của tôi</a></p>`;
}
