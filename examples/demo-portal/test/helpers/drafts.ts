/** The form's value and the drafts it keeps in IndexedDB, read through the page. */
import type { Page } from 'playwright';

/** The data of the drafts the page's `<dvc-form>` saved in IndexedDB (database `dvc-forms`, store `drafts`). */
export function savedDrafts(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const none = (): void => {
          resolve([]);
        };
        const open = indexedDB.open('dvc-forms');
        open.onerror = none;
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            none();
            return;
          }
          const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { data?: unknown }[]).map((r) => r.data));
          };
          all.onerror = none;
        };
      }),
  );
}

/** The form's current data (its public `value`). */
export function formValue(page: Page): Promise<unknown> {
  return page.evaluate(() => (document.querySelector('dvc-form') as HTMLElement & { value: unknown }).value);
}
