/**
 * The simulated payment page: a plain server-rendered form, Vietnamese first, with no script and
 * no inline style (it works under a strict Content-Security-Policy). Its two buttons post the
 * decision back to the same URL.
 */
import type { PaymentRecord } from '../store/records.js';
import { formatVnd } from './format.js';
import { escapeHtml } from '../internal/html.js';

/** The Content-Security-Policy of the page (no script; the form posts to this origin). */
export const CHECKOUT_CSP = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const STATUS = {
  pending: { vi: 'Chờ thanh toán', en: 'Pending' },
  succeeded: { vi: 'Đã thanh toán', en: 'Paid' },
  failed: { vi: 'Đã hủy', en: 'Declined' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
} as const;

/** The page of `payment` for the dossier `dossierCode`. */
export function checkoutPage(payment: PaymentRecord, dossierCode: string): string {
  const rows = payment.lines
    .map(
      (line) =>
        `<tr><th scope="row">${escapeHtml(line.name.vi)} <span lang="en">(${escapeHtml(line.name.en)})</span></th><td>${line.quantity}</td><td>${formatVnd(line.total)} ₫</td></tr>`,
    )
    .join('\n');
  const status = STATUS[payment.status];
  const buttons =
    payment.status === 'pending'
      ? `<form method="post" action="/v1/payments/${escapeHtml(payment.id)}/checkout">
<button type="submit" name="decision" value="approve">Thanh toán <span lang="en">(Pay)</span></button>
<button type="submit" name="decision" value="decline">Hủy <span lang="en">(Decline)</span></button>
</form>`
      : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Thanh toán trực tuyến (sandbox) — Cổng Dịch vụ công</title>
</head>
<body>
<main>
<h1>Thanh toán phí, lệ phí hồ sơ ${escapeHtml(dossierCode)}</h1>
<p>Đây là trang thanh toán giả lập (sandbox): không có tiền thật nào được chuyển.
<span lang="en">This is a simulated payment page (sandbox): no real money moves.</span></p>
<table>
<caption>Mã giao dịch <span lang="en">(reference)</span>: ${escapeHtml(payment.reference)}</caption>
<thead><tr><th scope="col">Khoản phí <span lang="en">(fee)</span></th><th scope="col">Số lượng <span lang="en">(quantity)</span></th><th scope="col">Thành tiền <span lang="en">(amount)</span></th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2">Tổng cộng <span lang="en">(total)</span></th><td>${formatVnd(payment.amount)} ₫</td></tr></tfoot>
</table>
<p role="status">Trạng thái: ${status.vi} <span lang="en">(${status.en})</span></p>
${buttons}
</main>
</body>
</html>
`;
}
