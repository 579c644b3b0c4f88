/** `#/?q=...`: search the catalogue (diacritics optional: "dang ky khai sinh" finds "Đăng ký khai sinh"). */
import { html, type TemplateResult } from 'lit';
import { client } from '../portal.js';

export async function searchPage(q: string): Promise<TemplateResult> {
  const page = await client.procedures.list(q ? { q, limit: 20 } : { limit: 20 });
  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('q');
    location.hash = `#/?q=${encodeURIComponent(typeof value === 'string' ? value : '')}`;
  };
  return html`<h1>Tìm thủ tục hành chính</h1>
    <form role="search" class="search" @submit=${onSubmit}>
      <label for="q">Tên thủ tục</label>
      <input id="q" name="q" type="search" .value=${q} placeholder="ví dụ: dang ky khai sinh" />
      <button class="button" type="submit">Tìm</button>
    </form>
    <p class="muted" role="status">${page.data.length} thủ tục${q ? html` cho “${q}”` : ''}</p>
    <ul class="cards">
      ${page.data.map(
        (p) =>
          html`<li>
            <a href="#/procedures/${encodeURIComponent(p.code)}">${p.name.vi}</a>
            <span class="muted">${p.code} · ${p.field.vi} · mức độ ${p.onlineLevel}</span>
          </li>`,
      )}
    </ul>`;
}
