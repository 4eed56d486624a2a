import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { writeFile } from 'node:fs/promises';
import { adaptExercise, ownExerciseToMarkdown, type OwnExercise } from '../../domain/content/own-exercise.ts';
import { expect, test } from '../support/fixtures.ts';
import { shippedExercises } from '../support/shipped-content.ts';

// Files from elsewhere are refused with a plain message and nothing written,
// or, when they pass every check, what they say is shown as text and never
// runs: markup typed into any field of an exercise stays inert.

/** How many own exercises and templates the app's database holds, read straight from IndexedDB. */
async function keptCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const total = (await count('ownExercises')) + (await count('ownTemplates'));
    db.close();
    return total;
  });
}

const INJECTION = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1"> [click](javascript:window.__pwned=1)';

/** Every text of an exercise, with markup that would run if it were ever treated as HTML. */
function injectEverywhere(exercise: OwnExercise): OwnExercise {
  const inject = (text: string) => `${text} ${INJECTION}`;
  return {
    ...exercise,
    title: `Injected ${exercise.title}`.slice(0, 60),
    summary: inject('A short summary.'),
    body: inject(exercise.body),
    contentWarning: inject('Hard topic.'),
    facilitatorNotes: inject(exercise.facilitatorNotes),
    safetyNotes: inject(exercise.safetyNotes),
    steps: exercise.steps.map((step) => ({
      ...step,
      title: `${step.title} <b onmouseover=alert(1)>`,
      script: inject(step.script),
      ...(step.prompt && { prompt: inject(step.prompt) }),
    })),
    recording: {
      ...exercise.recording,
      keep: inject(exercise.recording.keep),
      neverKeep: inject(exercise.recording.neverKeep),
      ...(exercise.recording.whoSees && { whoSees: inject(exercise.recording.whoSees) }),
    },
    sources: exercise.sources.map((source) => ({
      ...source,
      venue: inject(source.venue),
      ...(source.note && { note: inject(source.note) }),
    })),
  };
}

async function expectInert(page: Page) {
  await expect(page.getByText('<script>window.__pwned = 1</script>', { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('script:not([src]):has-text("__pwned"), img[onerror], a[href^="javascript:"], [onmouseover]')).toHaveCount(0);
}

test('hostile exercise files are refused with the database unchanged, and markup in every field stays inert', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const own = adaptExercise(shipped, new Set());
  const valid = ownExerciseToMarkdown(own);
  const manySteps = valid.replace(/^steps:\n/m, `steps:\n${'  - { title: A, minutes: 1, script: A }\n'.repeat(3000)}`);
  const refused: [string, string | Uint8Array, RegExp][] = [
    ['no-front-matter.md', 'Just a body, with no front matter at all.', /front matter/i],
    ['broken-yaml.md', '---\ntitle: [unclosed\nsummary: x\n---\n\nBody.\n', /YAML|front matter/i],
    [
      'huge-body.md',
      `${valid}\n${'A very long body. '.repeat(300_000)}`,
      /is 5,\d{3} kB; an exercise or template file may be at most 200 kB/,
    ],
    ['thousands-of-steps.md', manySteps, /Steps: has 30\d\d steps; an exercise may have at most 40/],
    ['no-safety-notes.md', valid.replace(/^safetyNotes:.*$/m, ''), /Safety notes: is missing/],
    ['shipped-id.md', valid.replace(/^id: .*$/m, `id: ${shipped.id}`), /Identifier: must start with "own-"/],
    [
      'script.zip',
      zipSync({ 'exercises/run.sh': new TextEncoder().encode('rm -rf ~') }),
      /“exercises\/run.sh” in this archive is not a Markdown/,
    ],
  ];

  await page.goto('/#/library/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import shared exercises and templates' })).toBeVisible();
  for (const [name, content, message] of refused) {
    const file = testInfo.outputPath(name);
    await writeFile(file, content);
    await page.getByLabel(/^Choose (other )?files…$/).setInputFiles(file);
    await expect(page.getByRole('heading', { name: `“${name}” cannot be imported` })).toBeVisible();
    await expect(page.locator('.own-editor__summary li').first()).toHaveText(message);
    await expect(page.getByRole('button', { name: /^Add/ })).toHaveCount(0);
    expect(await keptCount(page), name).toBe(0);
  }

  // Two files chosen together, one of them bad: refused together, nothing written.
  const good = testInfo.outputPath('good.md');
  await writeFile(good, valid);
  await page.getByLabel('Choose other files…').setInputFiles([good, testInfo.outputPath('no-safety-notes.md')]);
  await expect(page.getByRole('heading', { name: 'These 2 files cannot be imported' })).toBeVisible();
  await expect(page.locator('.own-editor__summary li')).toHaveText(['no-safety-notes.md: Safety notes: is missing']);
  expect(await keptCount(page)).toBe(0);

  // Markup in every field passes the content check as text, and is shown as text: in the preview, the kept exercise and the library.
  const injected = testInfo.outputPath('injected.md');
  await writeFile(injected, ownExerciseToMarkdown(injectEverywhere(own)));
  await page.getByLabel('Choose other files…').setInputFiles(injected);
  await expect(page.getByText('“injected.md” passes every check.')).toBeVisible();
  await expectInert(page);
  await page.getByRole('button', { name: 'Add to my exercises' }).click();
  await expect(page.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();
  await expectInert(page);
  expect(await keptCount(page)).toBe(1);
  await page.goto('/#/library');
  await expect(page.getByRole('region', { name: 'My exercises' }).getByText(INJECTION, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('an imported exercise that needs an experienced facilitator says so before it is added, and on its card', async ({
  page,
}, testInfo) => {
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'coalition-agreements')!;
  const own = { ...adaptExercise(shipped, new Set()), title: 'Coalition agreements, shared' };
  const file = testInfo.outputPath('coalition-agreements-shared.md');
  await writeFile(file, ownExerciseToMarkdown(own));
  await page.goto('/#/library/import');
  await page.getByLabel('Choose files…').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText(`Needs an experienced facilitator: ${shipped.facilitation.why}`)).toBeVisible();
  await page.getByRole('button', { name: 'Add to my exercises' }).click();
  // Kept once its page opens; leaving before then could leave before the write.
  await expect(page.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();
  await page.goto('/#/library');
  await expect(
    page.getByRole('region', { name: 'My exercises' }).getByText('Needs an experienced facilitator', { exact: false }),
  ).toBeVisible();
});
