/**
 * One row of `<dvc-documents>`: the component's name, required or not, originals and copies, the
 * accepted files, the notice when no upload is needed, its files with progress and their actions
 * (cancel, retry, remove), the file input and the electronic copies that may stand in.
 */
import { fileTypeName } from '@dvc-kit/validation/files';
import type { DocumentRequirement } from '@dvc-kit/procedures/format';
import { html, nothing, type TemplateResult } from 'lit';
import type { documentsMessages } from '../../components/documents/documents-messages.js';
import type { ElectronicCopy } from '../../components/documents/upload.js';
import { pickText, type FormLocale } from '../form-text.js';
import type { FileEntry } from './document-files.js';

/** What a row needs from its element. */
export interface RowContext {
  locale: FormLocale;
  messages: ReturnType<typeof documentsMessages>;
  files: FileEntry[];
  /** The message shown on the row (a refused file, or a missing document after a submit). */
  error: string;
  /**
   * Whether the message is announced as it appears (`role="alert"`): a refused file, which a screen
   * reader user would otherwise not hear about; not a missing document, which the summary announces.
   */
  announce: boolean;
  /** The copies that may stand in for this component, not yet used. */
  copies: ElectronicCopy[];
  disabled: boolean;
  canUpload: boolean;
  onChoose: (event: Event) => void;
  onReuse: (copy: ElectronicCopy) => void;
  onCancel: (entry: FileEntry) => void;
  onRetry: (entry: FileEntry) => void;
  onRemove: (entry: FileEntry) => void;
}

/** The id of a component's row (summary links and `focusDocument` use it). */
export function rowId(code: string): string {
  return `doc-${code.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

/** How many files the component still takes. */
export function roomLeft(requirement: DocumentRequirement, files: readonly FileEntry[]): number {
  const c = requirement.component;
  const max = c.multiple ? (c.maxFiles ?? Infinity) : 1;
  return (
    max - files.filter((f) => f.status !== 'cancelled' && f.status !== 'failed' && f.status !== 'lost').length
  );
}

function fileLine(entry: FileEntry, context: RowContext): TemplateResult {
  const m = context.messages;
  const percent = entry.total > 0 ? Math.round((entry.loaded / entry.total) * 100) : 0;
  const status =
    entry.status === 'uploading'
      ? m.uploading(entry.name, percent)
      : entry.status === 'uploaded'
        ? entry.reference?.electronicCopyId !== undefined
          ? m.reused(entry.name)
          : m.uploaded(entry.name)
        : entry.status === 'cancelled'
          ? m.cancelled(entry.name)
          : entry.status === 'lost'
            ? m.chooseAgain(entry.name)
            : m.failed(entry.name, entry.error || m.networkFailed);
  const action = (label: string, run: () => void, part: string): TemplateResult =>
    html`<button
      type="button"
      class="button"
      part=${part}
      aria-label=${m.actionOn(label, entry.name)}
      ?disabled=${context.disabled}
      @click=${run}
    >
      ${label}
    </button>`;
  return html`<li class="file" part="file" data-status=${entry.status}>
    <span class=${entry.status === 'failed' || entry.status === 'lost' ? 'file-name error' : 'file-name'}
      >${status}</span
    >
    ${
      entry.status === 'uploading'
        ? html`<progress
            max="100"
            .value=${percent}
            aria-label=${m.uploading(entry.name, percent)}
          ></progress>`
        : nothing
    }
    <span class="actions">
      ${
        entry.status === 'uploading'
          ? action(
              m.cancel,
              () => {
                context.onCancel(entry);
              },
              'cancel-button',
            )
          : nothing
      }
      ${
        (entry.status === 'failed' || entry.status === 'cancelled') && entry.file !== undefined
          ? action(
              m.retry,
              () => {
                context.onRetry(entry);
              },
              'retry-button',
            )
          : nothing
      }
      ${
        entry.status === 'uploading'
          ? nothing
          : action(
              m.remove,
              () => {
                context.onRemove(entry);
              },
              'remove-button',
            )
      }
    </span>
  </li>`;
}

/** The row of `requirement`. */
export function documentRow(requirement: DocumentRequirement, context: RowContext): TemplateResult {
  const { component, upload } = requirement;
  const m = context.messages;
  const id = rowId(component.code);
  const name = pickText(component.name, context.locale);
  const required = upload === 'required';
  const counts = m.originalsCopies(component.originals, component.copies);
  const types = [...new Set(component.acceptedTypes.map(fileTypeName))].join(', ');
  const size =
    context.locale === 'vi' ? String(component.maxSizeMB).replace('.', ',') : String(component.maxSizeMB);
  const notice = pickText(requirement.notice, context.locale);
  const condition = requirement.applies ? '' : pickText(component.condition, context.locale);
  const help = pickText(component.help, context.locale);
  const room = roomLeft(requirement, context.files);
  const described = [`${id}-meta`, context.error === '' ? '' : `${id}-error`].filter(Boolean).join(' ');
  return html`<li
    class=${context.error === '' ? 'row' : 'row invalid'}
    part="row"
    id=${id}
    tabindex="-1"
    aria-labelledby=${`${id}-name`}
    data-code=${component.code}
    data-upload=${upload}
    data-mode=${requirement.mode}
  >
    <h3 class="name" id=${`${id}-name`}>${name}</h3>
    <p class="meta" id=${`${id}-meta`}>
      <span class="tag">${required ? m.required : m.optional}</span>${counts === '' ? '' : ` · ${counts}`}${
        upload === 'none' ? '' : ` · ${m.accepts(types, size)}`
      }${upload !== 'none' && component.multiple ? ` ${m.severalFiles(component.maxFiles)}` : ''}
    </p>
    ${condition === '' ? nothing : html`<p class="hint">${condition}</p>`}
    ${help === '' ? nothing : html`<p class="hint">${help}</p>`}
    ${notice === '' ? nothing : html`<p class="notice" part="notice">${notice}</p>`}
    ${context.error === '' ? nothing : html`<p class="error" id=${`${id}-error`} part="error" role=${context.announce ? 'alert' : nothing}>${context.error}</p>`}
    ${
      context.files.length === 0
        ? nothing
        : html`<ul class="files" aria-live="polite">
            ${context.files.map((entry) => fileLine(entry, context))}
          </ul>`
    }
    ${
      upload === 'none' || room <= 0
        ? nothing
        : html`<div class="actions">
            ${
              context.canUpload
                ? html`<input
                    type="file"
                    part="file-input"
                    id=${`${id}-input`}
                    accept=${component.acceptedTypes.join(',')}
                    ?multiple=${component.multiple && room > 1}
                    aria-label=${m.chooseFor(name)}
                    aria-describedby=${described}
                    aria-invalid=${context.error === '' ? 'false' : 'true'}
                    ?disabled=${context.disabled}
                    @change=${context.onChoose}
                  />`
                : html`<span class="hint">${m.noUploader}</span>`
            }
            ${context.copies.map(
              (copy) =>
                html`<button
                  type="button"
                  class="button"
                  part="reuse-button"
                  ?disabled=${context.disabled}
                  @click=${() => {
                    context.onReuse(copy);
                  }}
                >
                  ${m.reuseOf(pickText(copy.name, context.locale))}
                </button>`,
            )}
          </div>`
    }
  </li>`;
}
