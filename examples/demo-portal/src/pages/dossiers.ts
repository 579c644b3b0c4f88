/** `#/dossiers`: the signed-in citizen's dossiers, newest first. */
import { html, type TemplateResult } from 'lit';
import { client, signIn, signedIn } from '../portal.js';
import { statusName } from './status.js';

export async function dossiersPage(): Promise<TemplateResult> {
  if (!(await signedIn())) {
    return html`<h1>Hồ sơ của tôi</h1>
      <button class="button" @click=${() => void signIn(location.hash)}>Đăng nhập bằng VNeID</button>`;
  }
  const dossiers = await client.dossiers.list({ limit: 50 }).toArray({ limit: 50 });
  return html`<h1>Hồ sơ của tôi</h1>
    ${dossiers.length === 0 ? html`<p>Chưa có hồ sơ nào. <a href="#/">Tìm thủ tục</a></p>` : ''}
    <ul class="cards">
      ${dossiers.map(
        (d) =>
          html`<li>
            <a href="#/dossiers/${encodeURIComponent(d.id)}">${d.code ?? 'Bản nháp'}</a>
            <span class="muted">${d.procedureCode} · ${statusName(d.status)}</span>
          </li>`,
      )}
    </ul>`;
}
