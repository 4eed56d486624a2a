import type { Page, TestInfo } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures.ts';
import { PASSPHRASE } from '../support/vault-steps.ts';

// The vault's screens (first-run choice, recovery key, Privacy, lock screen)
// and what the data layer tells the facilitator (storage failures, refused
// backups) speak the app's language: Spanish here, and the pseudo-language,
// in which a word left in the code shows up without brackets.

/**
 * Words on the page outside `skip` (what the user or the app made up: a
 * title, a recovery key) that are not inside brackets: written into the
 * code, not a catalog. A sentence with bold words or a link inside is split
 * into several text nodes: a node is inside brackets when its block's text
 * before it has opened one more than it has closed, or when it opens one.
 */
async function bareWords(page: Page, skip: string): Promise<{ checked: number; bare: string[] }> {
  return page.evaluate((skipped) => {
    const BLOCKS =
      'p, li, label, button, h1, h2, h3, h4, h5, h6, legend, td, th, dt, dd, summary, div, main, section, header, footer, nav, form';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const bare: string[] = [];
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest(`option, script, style, ${skipped}`) || !/\p{L}/u.test(text)) continue;
      checked += 1;
      const block = parent.closest(BLOCKS) ?? document.body;
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(node, 0);
      const prefix = before.toString();
      const open = (prefix.match(/\[/g)?.length ?? 0) - (prefix.match(/\]/g)?.length ?? 0);
      if (open <= 0 && !text.startsWith('[')) bare.push(text);
    }
    // What is read out rather than shown: names, descriptions and hints given as attributes, each a whole string.
    for (const element of document.body.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], [alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (!value || element.closest(skipped)) continue;
        checked += 1;
        if (!/^\[.*\]$/s.test(value) && /\p{L}/u.test(value)) bare.push(`${name}: ${value}`);
      }
    return { checked, bare };
  }, skip);
}

/** Controls whose words do not fit in them, and whether the page is wider than the window. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page: ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.querySelectorAll<HTMLElement>('button, label, h1, h2, .button, [role="alert"], [role="status"]')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || element.closest('.visually-hidden')) continue; // read out only
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        out.push(`${(element.textContent ?? '').trim().slice(0, 40)}: cut off`);
      if (box.right > window.innerWidth + 1) out.push(`${(element.textContent ?? '').trim().slice(0, 40)}: past the window`);
    }
    return out;
  });
}

/** Every word on the page from a catalog, and nothing spilling out of its box. */
async function expectAllFromCatalogs(page: Page, skip = '.never') {
  const { checked, bare } = await bareWords(page, skip);
  expect(checked).toBeGreaterThan(5);
  expect(bare).toEqual([]);
  expect(await clipped(page)).toEqual([]);
}

const pseudo = (page: Page) => page.addInitScript(() => localStorage.setItem('common-ground:language', 'en-XA'));

/** A backup file that is cut short, one from a newer version, and a protected one from a newer version. */
async function refusedBackups(testInfo: TestInfo) {
  const files = {
    damaged: testInfo.outputPath('damaged.json'),
    newer: testInfo.outputPath('newer.json'),
    newerProtected: testInfo.outputPath('newer.cgbackup'),
  };
  await writeFile(files.damaged, '{"format":"common-ground-backup","version":1,"exportedAt":1,"sessions":[{"session":');
  await writeFile(files.newer, JSON.stringify({ format: 'common-ground-backup', version: 7, exportedAt: 1, sessions: [] }));
  await writeFile(files.newerProtected, JSON.stringify({ format: 'common-ground-encrypted-backup', version: 2, sealed: '' }));
  return files;
}

/** From now on every IndexedDB write fails the way a full disk makes it fail. */
const fillTheDisk = (page: Page) =>
  page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });

test.describe('with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test.describe('on a first run', () => {
    test.use({ vaultChoice: null });

    test('the first-run choice, the recovery key, Privacy and the lock screen are in Spanish', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/#/sessions');
      await expect(page.getByRole('heading', { level: 1, name: '¿Proteger lo que guardas aquí?' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Usar una frase de contraseña', 'Ahora no']);
      await expect(page.getByRole('button', { name: 'Continuar sin frase de contraseña' })).toBeVisible();
      const form = page.getByRole('form', { name: 'Elegir una frase de contraseña' });
      await form.getByLabel('Frase de contraseña', { exact: true }).fill('corta');
      await expect(form.locator('.field__hint').first()).toHaveText(/^Al menos 10 caracteres\. .* Todavía es demasiado corta\.$/);
      await form.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
      await form.getByLabel('Escríbela otra vez').fill('otra cosa');
      await expect(form).toContainText('Las dos todavía no coinciden.');
      await form.getByLabel('Escríbela otra vez').fill(PASSPHRASE);
      await expect(form).toContainText('Si olvidas la frase de contraseña y pierdes la clave de recuperación');
      await form.getByLabel(/Lo entiendo: sin la frase de contraseña/).check();
      await form.getByRole('button', { name: 'Activar la caja fuerte' }).click();

      // The recovery key, shown once.
      await expect(page.getByRole('heading', { level: 1, name: 'Tu clave de recuperación' })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('recovery-key')).toHaveAttribute('aria-label', 'Clave de recuperación');
      await expect(page.getByRole('listitem').first()).toHaveText(/^Imprímela o anótala/);
      await expect(page.getByRole('button', { name: 'Imprimir la clave de recuperación' })).toBeVisible();
      await page.getByLabel('He impreso o anotado la clave de recuperación.').check();
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();

      // Privacy, with the vault on.
      await page.getByRole('link', { name: 'Privacidad' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible();
      await expect(page.getByTestId('vault-status')).toHaveText(/^Activada\. Las sesiones, los planes/);
      await expect(page.getByLabel('Bloquear tras').locator('option')).toHaveText([
        '5 minutos sin uso',
        '10 minutos sin uso',
        '15 minutos sin uso',
        '30 minutos sin uso',
        '60 minutos sin uso',
        '120 minutos sin uso',
        'Nunca (bloqueo a mano)',
      ]);
      await page.getByLabel('Bloquear tras').selectOption('5');
      await expect(page.getByRole('status').filter({ hasText: 'bloqueará' })).toHaveText(
        'La aplicación se bloqueará tras 5 minutos sin uso.',
      );
      await expect(page.getByRole('heading', { level: 2, name: 'Qué protege la caja fuerte y qué no' })).toBeVisible();
      await expect(page.locator('.vault-list strong')).toHaveText([
        'Protege:',
        'Sesiones borradas:',
        'No protege:',
        'Antes de la caja fuerte:',
      ]);

      // The lock screen: a wrong passphrase, the recovery key's form, and the right passphrase.
      await page.keyboard.press('Control+Shift+L');
      await expect(page.getByRole('heading', { level: 1, name: 'Bloqueada' })).toBeVisible();
      await page.getByLabel('Frase de contraseña', { exact: true }).fill('no es mi frase de contraseña');
      await page.getByRole('button', { name: 'Desbloquear' }).click();
      await expect(page.getByRole('alert')).toHaveText('Esa frase de contraseña no abre esta caja fuerte.', { timeout: 30_000 });
      await page.getByRole('button', { name: '¿Olvidaste tu frase de contraseña? Usa la clave de recuperación' }).click();
      const recovery = page.getByRole('form', { name: 'Desbloquear con la clave de recuperación' });
      await expect(recovery.getByLabel('Clave de recuperación', { exact: true })).toBeFocused();
      await expect(recovery.getByLabel('Nueva frase de contraseña')).toBeVisible();
      await expect(recovery.getByRole('button', { name: 'Desbloquear y poner la nueva frase de contraseña' })).toBeDisabled();
      await page.getByRole('button', { name: 'Usar la frase de contraseña' }).click();
      await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Desbloquear' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible({ timeout: 30_000 });

      // Turning it off asks for the passphrase again.
      await page.getByRole('button', { name: 'Desactivar la caja fuerte…' }).click();
      const off = page.getByRole('form', { name: 'Desactivar la caja fuerte' });
      await expect(off).toContainText('se destruirán las claves');
      await off.getByLabel('Tu frase de contraseña, para confirmar').fill(PASSPHRASE);
      await off.getByRole('button', { name: 'Desactivar la caja fuerte' }).click();
      await expect(page.getByTestId('vault-status')).toHaveText(/^Desactivada\. Lo que guardas queda legible/, { timeout: 30_000 });
    });
  });

  test('a full disk and refused backups are told in Spanish', async ({ page }, testInfo) => {
    const files = await refusedBackups(testInfo);
    await page.goto('/');
    await page.getByLabel('Título', { exact: true }).fill('Asamblea de barrio');
    await page.getByRole('button', { name: 'Crear sesión' }).click();
    await page.getByRole('link', { name: /Volver a las sesiones/ }).click();

    const restore = page.getByLabel('Restaurar desde una copia…');
    await restore.setInputFiles(files.damaged);
    await expect(page.getByRole('alert')).toHaveText(
      'No se restauró nada. Este archivo no es una copia de seguridad completa de Common Ground: puede que esté cortado o dañado.',
    );
    await restore.setInputFiles(files.newer);
    await expect(page.getByRole('alert')).toHaveText(
      'No se restauró nada. Esta copia de seguridad se hizo con una versión más reciente de Common Ground (versión de copia 7). Actualiza la aplicación y luego restáurala.',
    );
    await restore.setInputFiles(files.newerProtected);
    await expect(page.getByRole('alert')).toHaveText(
      'No se restauró nada. Esta copia de seguridad se hizo con una versión más reciente de Common Ground (versión de copia cifrada 2). Actualiza la aplicación y luego restáurala.',
    );

    await page.getByRole('link', { name: 'Asamblea de barrio' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea de barrio');
    await fillTheDisk(page);
    await page.getByRole('button', { name: 'Añadir una pausa' }).click();
    const problem = page.locator('.storage-problem');
    await expect(problem).toHaveText(
      'No se pudo añadir a la agenda: este dispositivo no tiene espacio de almacenamiento libre para Common Ground. Libera algo de espacio, o exporta una copia de seguridad y borra sesiones antiguas, y vuelve a intentarlo. Lo que escribiste sigue en la pantalla. Descartar',
    );
    await problem.getByRole('button', { name: 'Descartar' }).click();
    await expect(problem).toHaveCount(0);
  });

  test('a browser that cannot store anything is told so in Spanish', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(
      'Este navegador no puede guardar datos, así que Common Ground no puede conservar nada de lo que escribas aquí.',
    );
    await expect(page.getByRole('alert').getByRole('button')).toHaveText('Descartar');
  });
});

test.describe('with the pseudo-language', () => {
  test.describe('on a first run', () => {
    test.use({ vaultChoice: null });

    test('every word of the first-run choice, the recovery key, Privacy and the lock screen comes from a catalog, and fits', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await pseudo(page);
      await page.goto('/#/sessions');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Prótéçt whát/);
      const form = page.locator('form.vault-form');
      const [first, second] = [form.locator('input[type="password"]').nth(0), form.locator('input[type="password"]').nth(1)];
      await first.fill('short');
      await second.fill('other');
      await expect(form.locator('strong')).toHaveCount(3); // too short, do not match, and the warning
      await expectAllFromCatalogs(page);
      await first.fill(PASSPHRASE);
      await second.fill(PASSPHRASE);
      await form.getByRole('checkbox').check();
      await form.getByRole('button').click();

      await expect(page.getByTestId('recovery-key')).toHaveText(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/, { timeout: 30_000 });
      await expectAllFromCatalogs(page, '.recovery-key');
      await page.getByRole('checkbox').check();
      await page.locator('.recovery-sheet > button').click();

      await page.goto('/#/privacy');
      await expect(page.getByTestId('vault-status')).toHaveText(/^\[Óñ\./);
      await page.locator('#idle-lock').selectOption('5');
      await expect(page.getByRole('status').filter({ hasText: '5' })).toHaveText(/^\[.*5.*\]$/);
      await page.locator('.vault-panel button.button--quiet').click();
      await expect(page.locator('#turn-off-passphrase')).toBeVisible();
      await expectAllFromCatalogs(page);

      await page.keyboard.press('Control+Shift+L');
      const lock = page.locator('.lock-screen');
      await expect(lock).toBeVisible();
      await lock.locator('#unlock-passphrase').fill('not my passphrase at all');
      await lock.locator('button[type="submit"]').click();
      await expect(lock.getByRole('alert')).toHaveText(/^\[Thát páššphrášé/, { timeout: 30_000 });
      await expectAllFromCatalogs(page);
      await lock.locator('.link-button').click();
      await expect(lock.locator('#unlock-recovery')).toBeVisible();
      await lock.locator('input[type="password"]').first().fill('short');
      await expectAllFromCatalogs(page);
      await lock.locator('.link-button').click();
      await lock.locator('#unlock-passphrase').fill(PASSPHRASE);
      await lock.locator('button[type="submit"]').click();

      // Turned off: Privacy's other state, with the form to turn it on.
      await page.locator('.vault-panel button.button--quiet').click({ timeout: 30_000 });
      await page.locator('#turn-off-passphrase').fill(PASSPHRASE);
      await page.locator('form.vault-form button[type="submit"]').click();
      await expect(page.getByTestId('vault-status')).toHaveText(/^\[Óff\./, { timeout: 30_000 });
      await expectAllFromCatalogs(page);
    });
  });

  test('every word of a storage failure and of a refused backup comes from a catalog', async ({ page }, testInfo) => {
    const files = await refusedBackups(testInfo);
    await pseudo(page);
    await page.goto('/');
    await page.getByLabel(/Tíŧlé|Títlé/).fill('Pseudo');
    await page.getByRole('button', { name: /Çréáté šéššíóñ/ }).click();
    await page.getByRole('link', { name: /Báçk tó šéššíóñš/ }).click();

    // "Nothing was restored." and the reason, each from its catalog: brackets inside brackets.
    const restore = page.locator('input[type="file"]');
    const refusal = page.locator('.backup-panel__error');
    for (const file of [files.damaged, files.newer, files.newerProtected]) {
      await restore.setInputFiles(file);
      await expect(refusal).toHaveText(/^\[Ñóthíñg wáš réštóréd\. \[Thíš .*\][ ·]*\]$/);
    }
    await expectAllFromCatalogs(page, '.session-row__title');

    await page.getByRole('link', { name: 'Pseudo' }).click();
    await expect(page.locator('.agenda-entry')).toHaveCount(0);
    await fillTheDisk(page);
    await page.getByRole('button', { name: /Ádd á bréák/ }).click();
    // "Could not {{action}}: …", the action from the catalog too.
    await expect(page.locator('.storage-problem')).toHaveText(/^\[Çóúld ñót \[ádd tó thé ágéñdá[ ·]*\]: .*\]/);
    await expectAllFromCatalogs(page);
  });

  test('the message of a browser that cannot store anything comes from a catalog', async ({ page }) => {
    await pseudo(page);
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAllFromCatalogs(page);
  });
});
