/**
 * The persona picker: a plain server-rendered form, Vietnamese first, with no script and no inline
 * style, so it works under a strict Content-Security-Policy.
 */
import { officials } from '../officials.js';
import { personas } from '../personas.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { escapeHtml } from '../../internal/html.js';

/** The Content-Security-Policy of the page (no script at all; the form posts to this origin). */
export const PICKER_CSP = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function hidden(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

/** The page for `request`, with `selected` (a persona id from `login_hint`) checked. */
export function pickerPage(request: AuthorizeRequest, selected: string | undefined): string {
  // Officials log in the same way (an agency role and department); they follow the personas.
  const people = [
    ...personas,
    ...officials.map((o) => ({
      id: o.id,
      displayName: `${o.fullName} (cán bộ)`,
      description: { vi: `${o.department}. ${o.description.vi}`, en: o.description.en },
    })),
  ];
  const initial = people.some((p) => p.id === selected) ? selected : people[0]?.id;
  const options = people
    .map((p) => {
      const id = `persona-${escapeHtml(p.id)}`;
      const checked = p.id === initial ? ' checked' : '';
      return `<li><input type="radio" name="persona" id="${id}" value="${escapeHtml(p.id)}" aria-describedby="${id}-desc"${checked}>
<label for="${id}">${escapeHtml(p.displayName)}</label>
<span id="${id}-desc"> — ${escapeHtml(p.description.vi)} <span lang="en">(${escapeHtml(p.description.en)})</span></span></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Đăng nhập hộp cát (sandbox) — Cổng Dịch vụ công</title>
</head>
<body>
<main>
<h1>Đăng nhập bằng tài khoản giả lập</h1>
<p>Đây là hộp cát (sandbox) ngoại tuyến thay cho VNeID: chọn một người dùng giả lập để đăng nhập vào <strong>${escapeHtml(request.clientId)}</strong>.
<span lang="en">This is an offline sandbox standing in for VNeID: pick a fake persona to log in as.</span></p>
<form method="post" action="/v1/auth/authorize">
<fieldset>
<legend>Người dùng giả lập <span lang="en">(persona)</span></legend>
<ul>
${options}
</ul>
</fieldset>
${hidden('client_id', request.clientId)}
${hidden('redirect_uri', request.redirectUri)}
${hidden('response_type', 'code')}
${hidden('scope', request.scope)}
${hidden('state', request.state)}
${hidden('nonce', request.nonce)}
${hidden('code_challenge', request.codeChallenge)}
${hidden('code_challenge_method', 'S256')}
<button type="submit">Đăng nhập <span lang="en">(Log in)</span></button>
</form>
</main>
</body>
</html>
`;
}
