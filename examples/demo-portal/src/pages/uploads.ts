/** One file input per document component; each file is checked by the sdk and uploaded at once. */
import { PortalError, type Attachment, type Procedure } from '@dvc-kit/sdk';
import { html, type TemplateResult } from 'lit';
import { client } from '../portal.js';
import { byId } from '../dom.js';

/** Uploaded attachments by document-component code. */
export type Uploads = Map<string, Attachment>;

export function documentUploads(procedure: Procedure, uploads: Uploads): TemplateResult {
  const onChange = async (event: Event, documentCode: string): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const status = byId(`status-${documentCode}`);
    const file = input.files?.[0];
    uploads.delete(documentCode);
    if (file === undefined) return;
    status.textContent = 'Đang tải lên…';
    try {
      const attachment = await client.attachments.upload({
        file,
        procedureCode: procedure.code,
        documentCode,
      });
      uploads.set(documentCode, attachment);
      status.textContent = `Đã tải lên ${attachment.fileName} (${Math.ceil(attachment.size / 1024)} kB).`;
    } catch (error) {
      status.textContent = error instanceof PortalError ? error.message : 'Không tải lên được tệp.';
      input.value = '';
    }
  };
  return html`<ul class="documents">
    ${procedure.documents.map(
      (d) =>
        html`<li>
          <label for="doc-${d.code}"
            >${d.name.vi}${d.requirement === 'required' ? html` <abbr title="bắt buộc">*</abbr>` : ''}</label
          >
          <span class="muted">${d.acceptedTypes.join(', ')} · tối đa ${d.maxSizeMB} MB</span>
          <input
            id="doc-${d.code}"
            type="file"
            accept=${d.acceptedTypes.join(',')}
            @change=${(e: Event) => void onChange(e, d.code)}
          />
          <output id="status-${d.code}" for="doc-${d.code}" aria-live="polite"></output>
        </li>`,
    )}
  </ul>`;
}
