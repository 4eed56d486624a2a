import type { Page } from '@playwright/test';

/** Every IndexedDB write of a new record fails, the way a full disk fails it, until `restoreNewRecords` is called. */
export async function failNewRecords(page: Page): Promise<void> {
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.add;
    (window as unknown as { restoreAdd: () => void }).restoreAdd = () => {
      IDBObjectStore.prototype.add = original;
    };
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** New records can be written again. */
export const restoreNewRecords = (page: Page) => page.evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());
