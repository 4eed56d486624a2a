import type { Page } from '@playwright/test';
import { adaptExercise, ownExerciseToMarkdown } from '../../domain/content/own-exercise.ts';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shippedExercises } from '../support/shipped-content.ts';

// A session planned from a facilitator's own exercise keeps its own copy:
// the run shows the exercise's safety notes as planned, and still does once
// the exercise has been deleted from the library.

const SAFETY = 'Canary safety note 4471: check in with anyone who goes quiet.';

/** Keeps an own exercise in the app's database as the app stores one: its Markdown file. */
async function keepOwnExercise(page: Page, record: { id: string; markdown: string }) {
  await page.evaluate(async (row) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('ownExercises', 'readwrite');
      if (row === null) tx.objectStore('ownExercises').clear();
      else tx.objectStore('ownExercises').put({ ...row, createdAt: 1, updatedAt: 1 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, record);
}

test('a session planned from an own exercise shows its safety notes in the run, and keeps them after the exercise is deleted', async ({
  page,
}) => {
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const own = { ...adaptExercise(shipped, new Set()), title: 'Our floor agreements', safetyNotes: SAFETY };
  await page.goto('/#/sessions');
  await expect(page.getByText('No sessions yet. Create one above.')).toBeVisible();
  await keepOwnExercise(page, { id: own.id, markdown: ownExerciseToMarkdown(own) });

  await planSession(page, { title: 'With our own exercise' });
  const picker = page.getByLabel('Exercise from the library');
  await expect(picker.locator('optgroup[label="My exercises"] option')).toHaveText([/^Our floor agreements \(\d+ minutes, yours\)$/]);
  await picker.selectOption({ label: (await picker.locator('optgroup[label="My exercises"] option').textContent())! });
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.locator('.agenda-entry')).toHaveCount(1);

  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(SAFETY)).toBeVisible();

  // Deleted from the library: the plan's copy still carries what the run needs.
  await keepOwnExercise(page, null as unknown as { id: string; markdown: string });
  await page.reload();
  await expect(page.getByText(SAFETY)).toBeVisible();
  await expect(page.getByText('This exercise is no longer in the library')).toHaveCount(0);
});
