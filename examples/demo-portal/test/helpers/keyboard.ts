/**
 * Filling the portal's `<dvc-form>` with the keyboard, as a citizen without a mouse does: Tab to each
 * field of the shown step, type (dates as dd/mm/yyyy), Space and arrow keys for radios and
 * checkboxes, words without diacritics for the comboboxes, Enter on "Thêm" and "Tiếp tục".
 */
import type { Page } from 'playwright';
import { expect } from 'vitest';

/**
 * What a citizen types into a combobox to find an answer (no diacritics, lower case), by
 * `widget:code`: `province:01`, `commune:00070`, `country:VN`, `ethnic-group:01`.
 */
export type Searches = Record<string, string>;

/** The focused field of the form, read through the page (its pointer, widget, options, value). */
interface Focused {
  part: string | null;
  step: string;
  /** On a repeatable group's "Thêm" button: the group's pointer and how many items it holds. */
  group?: { pointer: string; count: number };
  field?: {
    pointer: string;
    widget: string;
    locked: boolean;
    options: { key: string; value: unknown }[];
    value: unknown;
  };
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    interface Field {
      widget?: Element & { value?: unknown };
      node: { pointer: string; widget: string; locked?: boolean; options: { key: string; value: unknown }[] };
    }
    const form = document.querySelector('dvc-form') as
      (HTMLElement & { step: string; shownFields(): Field[] }) | null;
    const active = form?.shadowRoot?.activeElement ?? null;
    // A field is a widget alone or a group's <dvc-form-field>: the form lists both.
    const fields = form?.shownFields() ?? [];
    // The form's widgets render in its root (no shadow root of their own): focus is on their control.
    const field = fields.find(
      (f) => f.widget !== undefined && active !== null && (f.widget === active || f.widget.contains(active)),
    );
    const part = active?.getAttribute('part') ?? null;
    const owner = part?.split(' ').includes('add-button')
      ? (active?.closest<HTMLElement & Field>('dvc-form-field') ?? null)
      : null;
    const items = owner?.querySelectorAll(':scope > fieldset > ol > li').length ?? 0;
    return {
      part,
      step: form?.step ?? '',
      ...(owner === null ? {} : { group: { pointer: owner.node.pointer, count: items } }),
      ...(field === undefined
        ? {}
        : {
            field: {
              pointer: field.node.pointer,
              widget: field.node.widget,
              locked: field.node.locked === true,
              options: field.node.options.map((o) => ({ key: o.key, value: o.value })),
              value: field.widget?.value,
            },
          }),
    };
  });
}

function at(data: unknown, pointer: string): unknown {
  let value = data;
  for (const key of pointer.split('/').slice(1)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Waits until the focused widget's lists are in (units, countries, ethnic groups load lazily). */
async function whenLoaded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const form = document.querySelector('dvc-form');
    // The focused control, or the widget around it (in the form's root) that loads lists.
    let widget: (Element & { whenLoaded?: () => Promise<unknown> }) | null =
      form?.shadowRoot?.activeElement ?? null;
    while (widget !== null && widget.whenLoaded === undefined) widget = widget.parentElement;
    await widget?.whenLoaded?.();
  });
}

/** Types a combobox's search words, then Enter takes the first match. */
async function search(page: Page, words: string): Promise<void> {
  await whenLoaded(page);
  await typeOver(page, words);
  await page.keyboard.press('Enter');
}

/** An address: the province and the commune found by words without diacritics, then the detail. */
async function fillAddress(page: Page, value: Record<string, string>, searches: Searches): Promise<void> {
  await search(page, searches[`province:${value['province']}`] ?? '');
  await page.keyboard.press('Tab');
  await search(page, searches[`commune:${value['commune']}`] ?? '');
  await page.keyboard.press('Tab');
  await typeOver(page, value['detail'] ?? '');
}

async function fill(
  page: Page,
  field: NonNullable<Focused['field']>,
  value: unknown,
  searches: Searches,
): Promise<void> {
  const { widget, options } = field;
  if (widget === 'checkbox') {
    if (value === true) await page.keyboard.press('Space');
  } else if (widget === 'address') {
    await fillAddress(page, value as Record<string, string>, searches);
  } else if (widget === 'country' || widget === 'ethnic-group') {
    await search(page, searches[`${widget}:${String(value)}`] ?? String(value));
  } else if (widget === 'radio') {
    // Space takes the first choice; each arrow moves to (and takes) the next one.
    const index = options.findIndex((o) => o.value === value);
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  } else if (widget === 'select') {
    const key = options.find((o) => o.value === value)?.key ?? '';
    for (let i = 0; i < options.length && (await focused(page)).field?.value !== key; i++) {
      await page.keyboard.press('ArrowDown');
    }
  } else if (widget === 'date' && typeof value === 'string') {
    await typeOver(page, value.split('-').reverse().join('/'));
  } else {
    await typeOver(page, String(value));
  }
}

/**
 * Tabs through the shown step from its heading, filling each field from `data` (a field already
 * holding its value, such as a prefilled one, is left alone), until "Tiếp tục" (or "Nộp hồ sơ"):
 * returns there without pressing it. On a repeatable group's "Thêm", Enter adds an item while
 * `data` has more, then its fields are typed like the others. `onOther` sees every other focused
 * element (the documents).
 */
export async function fillStep(
  page: Page,
  data: unknown,
  searches: Searches,
  onOther?: (part: string | null) => Promise<void>,
): Promise<string[]> {
  const done: string[] = [];
  let tab = true;
  for (let moves = 0; moves < 400; moves++) {
    if (tab) await page.keyboard.press('Tab');
    tab = true;
    const now = await focused(page);
    if (now.part === 'continue-button' || now.part === 'submit-button') return done;
    if (now.group !== undefined) {
      // "Thêm" of a repeatable group: Enter while the data has more items; focus goes to the new one.
      const wanted = at(data, now.group.pointer);
      const { pointer, count } = now.group;
      if (Array.isArray(wanted) && wanted.length > count) {
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => (await focused(page)).field?.pointer ?? '', { timeout: 15_000 })
          .toMatch(new RegExp(`^${pointer}/${count}/`));
        tab = false;
      }
      continue;
    }
    const field = now.field;
    if (field === undefined) {
      await onOther?.(now.part);
      continue;
    }
    if (done.includes(field.pointer)) continue;
    done.push(field.pointer);
    const value = at(data, field.pointer);
    if (value === undefined || field.locked) continue;
    if (JSON.stringify(field.value) === JSON.stringify(value)) continue;
    await fill(page, field, value, searches);
    if (typeof value !== 'object') continue;
    // An address: every part chosen as meant (a missed match would show on Continue, less clearly).
    expect((await focused(page)).field?.value, field.pointer).toEqual(value);
  }
  throw new Error('"Tiếp tục" was never reached');
}

/** Presses Enter on the focused Continue button and waits for the next step. */
export async function continueFrom(page: Page, step: string): Promise<string> {
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).step, { timeout: 15_000 }).not.toBe(step);
  return (await focused(page)).step;
}

/** The step the form shows. */
export async function shownStep(page: Page): Promise<string> {
  return (await focused(page)).step;
}
