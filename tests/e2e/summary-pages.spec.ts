import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// A printed summary takes the pages its content needs: a short session's
// fits on one, and a long structures map breaks between its groups and
// cards without leaving a page mostly blank.

/** How far down each page its text reaches (the running footer left out), as a share of the page's height. */
function textReach(file: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const bottoms = [...page.matchAll(/<word [^>]*yMax="([\d.]+)"[^>]*>([^<]*)</g)]
        .filter(([, , word]) => word !== undefined)
        .map(([, yMax]) => Number(yMax))
        .filter((y) => y < height - 60); // the footer line sits in the bottom margin
      return Math.max(0, ...bottoms) / height;
    });
}

async function endAndOpenSummary(page: Page, title: string) {
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Summary: ${title}` })).toBeVisible();
}

async function printBoth(page: Page, outputPath: (name: string) => string, name: string): Promise<Record<'A4' | 'Letter', number[]>> {
  const a4 = outputPath(`${name}-a4.pdf`);
  await page.pdf({ path: a4, preferCSSPageSize: true });
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Your choices are saved for this session.' })).toBeVisible();
  const letter = outputPath(`${name}-letter.pdf`);
  await page.pdf({ path: letter, preferCSSPageSize: true });
  expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toContain('(letter)');
  return { A4: textReach(a4), Letter: textReach(letter) };
}

test('a short session’s summary prints on one page, on A4 and on Letter', async ({ page }, testInfo) => {
  await planSession(page, { title: 'One evening', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill('Agreed: anyone can pass, no reason needed.');
  await expect(page.locator('#step-note-status')).toHaveText('Saved');
  await page.getByRole('button', { name: /^Next/ }).first().click();
  await page.locator('#step-note').fill('We keep phones face down.');
  await expect(page.locator('#step-note-status')).toHaveText('Saved');
  await endAndOpenSummary(page, 'One evening');
  const pages = await printBoth(page, (name) => testInfo.outputPath(name), 'short');
  expect(pages.A4).toHaveLength(1);
  expect(pages.Letter).toHaveLength(1);
});

test('a structures map of several groups breaks between groups and cards, and leaves no page but the last mostly blank', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await planSession(page, { title: 'Map evening', exercises: ['Shared roots, distinct histories (72 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const map = page.getByRole('region', { name: 'Shared structures map' });
  await map.getByLabel('Theme').fill('Housing and land');
  const groups = ['Tenants of colour', 'Disabled tenants', 'Young renters', 'Homeowner allies', 'Faith groups', 'Students'];
  for (const label of groups) {
    await map.getByLabel('Group label, as the group chose it').fill(label);
    await map.getByLabel('This group agreed to keep its leaves on this map, under this label').check();
    await map.getByRole('button', { name: 'Add group' }).click();
    for (const leaf of ['Evicted at two weeks’ notice', 'Rent takes over half of income', 'Repairs never come']) {
      const field = map.getByLabel(`A leaf for ${label}: what the issue does to this group`);
      await field.fill(`${leaf} (${label})`);
      await field.press('Enter');
    }
  }
  const roots = [
    'Weak tenancy law',
    'Land banking',
    'Council housing sold off',
    'Racist lending history',
    'Planning rules',
    'Benefit caps',
  ];
  for (const [index, text] of roots.entries()) {
    await map.getByLabel('A structure').fill(text);
    await map.getByRole('button', { name: 'Add', exact: true }).last().click();
    const root = map.locator('.structure-editor').nth(index);
    for (const label of groups.slice(0, 2 + (index % 4)))
      await root.getByRole('checkbox', { name: `${label}: Evicted at two weeks’ notice (${label})` }).check();
  }
  await expect(map.locator('#structures-map-status')).toHaveText('Saved');
  await endAndOpenSummary(page, 'Map evening');

  const pages = await printBoth(page, (name) => testInfo.outputPath(name), 'map');
  for (const paper of ['A4', 'Letter'] as const) {
    expect(pages[paper].length, `${paper}: the map runs over a page`).toBeGreaterThan(1);
    // Every page before the last carries text at least two thirds of the way down: none is left mostly blank by a pushed block.
    for (const reach of pages[paper].slice(0, -1)) expect(reach, paper).toBeGreaterThan(0.66);
  }
});
