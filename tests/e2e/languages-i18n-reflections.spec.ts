import type { Locator, Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { failNewRecords, restoreNewRecords } from '../support/storage-faults.ts';

// The group's reflections (structures map, timelines, agreed actions), the
// session's record, and the shared pieces of the screens (not found, the error
// screen, the checked-as-typed summary, a failed action's status, "Participants
// see") in Spanish and in the pseudo-language. The pseudo-language wraps every
// catalog string in brackets: a word outside them was written into the code.

const EXERCISE = 'Shared roots, distinct histories (72 minutes)';

/** Plans a session with the structures-map exercise (in English: the planner's words are not under test) and starts its run. */
async function planAndRun(page: Page): Promise<void> {
  await planSession(page, { title: 'Coalition map', exercises: [EXERCISE] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.exercise-capture')).toBeVisible();
}

/** Switches the app's language with the shell's own picker, as a facilitator would. */
async function chooseSpanish(page: Page): Promise<void> {
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

/** Serves the check-in detail screen's code as a module whose screen fails as it renders, to reach the error screen. */
async function breakCheckInDetailScreen(page: Page): Promise<void> {
  await page.route(/\/assets\/CheckInDetailScreen-[\w-]+\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "export default function Broken() { throw new Error('Roto a propósito'); }",
    }),
  );
}

test.describe('in Spanish', () => {
  test('the structures map, the timelines, the agreed actions and the session’s record speak Spanish', async ({ page }) => {
    await planAndRun(page);
    await chooseSpanish(page);

    const capture = page.getByRole('region', { name: 'Lo que el grupo conserva de este ejercicio' });
    await expect(capture.getByRole('heading', { level: 2 })).toHaveText('Lo que el grupo conserva');

    const map = capture.getByRole('region', { name: 'Mapa de estructuras compartidas' });
    await expect(map).toContainText('Conserva solo lo que cada grupo aceptó conservar, bajo el nombre que eligió.');
    await map.getByLabel('Tema', { exact: true }).fill('Vivienda');
    const groupLabel = map.getByLabel('Nombre del grupo, tal como el grupo lo eligió');
    await expect(groupLabel).toHaveAttribute('placeholder', 'p. ej., Grupo B');
    const addGroup = map.getByRole('button', { name: 'Añadir grupo' });
    for (const label of ['Grupo A', 'Inquilinas']) {
      await groupLabel.fill(label);
      await expect(addGroup).toBeDisabled();
      await map.getByLabel('Este grupo aceptó conservar sus hojas en este mapa, bajo este nombre').check();
      await addGroup.click();
    }
    await expect(map.getByLabel('Nombre del grupo', { exact: true })).toHaveCount(2);
    for (const [group, leaf] of [
      ['Grupo A', 'Desahucios con dos semanas de aviso'],
      ['Inquilinas', 'Pisos abarrotados'],
    ] as const) {
      const field = map.getByLabel(`Una hoja para ${group}: cómo afecta la cuestión a este grupo`);
      await field.fill(leaf);
      await field.press('Enter');
    }
    await expect(map.getByRole('button', { name: /^Quitar hoja ?: Pisos abarrotados$/ })).toBeVisible();
    await expect(map.getByRole('button', { name: 'Quitar Inquilinas y todo lo que añadió' })).toBeVisible();

    await expect(map.getByLabel('Dónde va').locator('option')).toHaveText([
      'Raíz (ley, presupuesto, creencia, historia)',
      'Tronco (institución)',
    ]);
    await map.getByLabel('Una estructura').fill('Ley de alquiler débil');
    await map.getByRole('button', { name: 'Añadir', exact: true }).last().click();
    const root = map.locator('.structure-editor').first();
    await expect(root.getByLabel('Raíz', { exact: true })).toHaveValue('Ley de alquiler débil');
    await expect(root.getByRole('group', { name: 'Hojas a partir de las que se trazó' })).toBeVisible();
    await root.getByRole('checkbox', { name: 'Grupo A: Desahucios con dos semanas de aviso' }).check();
    await root.getByRole('checkbox', { name: 'Inquilinas: Pisos abarrotados' }).check();
    await root.getByLabel('Cómo afecta de otra manera a Inquilinas (opcional)').fill('También riesgo de deportación');
    await root.getByRole('checkbox', { name: 'El grupo eligió esta raíz para presionar en conjunto' }).check();
    await expect(root.getByRole('button', { name: 'Quitar raíz' })).toBeVisible();

    for (const heading of ['Los grupos y sus hojas', 'Tronco y raíces', 'El mapa'])
      await expect(map.getByRole('heading', { level: 4, name: heading, exact: true })).toBeVisible();
    const diagram = map.getByRole('figure', { name: 'Mapa de estructuras compartidas: Vivienda' });
    await expect(diagram).toContainText('Tema: Vivienda');
    await expect(diagram.getByRole('region', { name: 'Hojas: cómo afecta la cuestión a cada grupo' })).toContainText(
      'Hojas: cómo afecta a cada grupo',
    );
    await expect(diagram.getByRole('region', { name: 'Tronco: instituciones que lo llevan a cabo' })).toContainText('Nada registrado.');
    const card = diagram.locator('.structure-card--shared');
    await expect(card).toContainText('★ Raíz elegida: Ley de alquiler débil');
    // The language's own way of listing the groups: "A y B" (here "A e Inquilinas", as Spanish writes it before an i), not "A, B".
    await expect(card).toContainText('Compartida: llega a 2 grupos (Grupo A e Inquilinas)');
    await expect(card).toContainText('Inquilinas: Pisos abarrotados ✦ Afecta de otra manera: También riesgo de deportación');
    await expect(map.locator('#structures-map-status')).toHaveText('Guardado');

    const timelines = capture.getByRole('region', { name: 'Líneas de tiempo', exact: true });
    await expect(timelines.getByText('Ningún grupo ha aceptado conservar su línea de tiempo.')).toBeVisible();
    await timelines.getByLabel('Nombre del grupo, tal como el grupo lo eligió').fill('Grupo A');
    await timelines.getByLabel('Este grupo aceptó conservar su línea de tiempo en la aplicación, bajo este nombre').check();
    await timelines.getByRole('button', { name: 'Añadir grupo' }).click();
    await timelines.getByLabel('Cuándo').fill('1970');
    await timelines.getByLabel('Hecho en la línea de tiempo de Grupo A').fill('Venta de la vivienda pública');
    await timelines.getByRole('button', { name: 'Añadir', exact: true }).click();
    await expect(timelines.locator('.reflection-editor__entries')).toContainText('1970: Venta de la vivienda pública');
    await expect(timelines.getByRole('button', { name: /^Quitar hecho ?: Venta de la vivienda pública$/ })).toBeVisible();
    await expect(timelines.getByRole('button', { name: 'Grupo A se retira: quitar su línea de tiempo' })).toBeVisible();
    await expect(timelines.getByRole('heading', { name: 'Una junto a otra' })).toBeVisible();
    await expect(
      timelines.getByRole('group', { name: 'Líneas de tiempo paralelas' }).getByRole('region', { name: 'Línea de tiempo: Grupo A' }),
    ).toContainText('1970 Venta de la vivienda pública');

    const actions = capture.getByRole('region', { name: 'Acciones acordadas' });
    const newAction = actions.getByLabel('Una nueva acción que el grupo acordó');
    await newAction.fill('Escribir a la comisión de vivienda');
    await actions.getByRole('button', { name: 'Añadir acción' }).click();
    await expect(actions.getByLabel('Acción 1', { exact: true })).toHaveValue('Escribir a la comisión de vivienda');
    await expect(actions.getByRole('button', { name: 'Quitar la acción 1' })).toBeVisible();
    await expect(actions).toContainText('Quién se encarga de cada acción lo decide el grupo: puede anotarlo o no.');
    // A line that cannot be saved waits beside the field, in Spanish too.
    await failNewRecords(page);
    await newAction.fill('Mapear el presupuesto');
    await newAction.press('Enter');
    const unsaved = actions.getByRole('list', { name: 'Aún sin añadir' });
    await expect(unsaved.getByRole('listitem')).toContainText('Aún sin añadir: Mapear el presupuesto');
    await expect(unsaved.getByRole('button', { name: 'Descartar «Mapear el presupuesto»' })).toBeVisible();
    await restoreNewRecords(page);
    await unsaved.getByRole('button', { name: 'Reintentar añadir «Mapear el presupuesto»' }).click();
    await expect(actions.getByLabel('Acción 2', { exact: true })).toHaveValue('Mapear el presupuesto');

    // What the session kept, on its plan.
    await page.getByRole('link', { name: 'Volver al plan' }).click();
    const record = page.getByRole('region', { name: 'Registrado en esta sesión' });
    await expect(record.getByRole('heading', { level: 2 })).toHaveText('Registrado en esta sesión');
    await expect(record.getByRole('region', { name: /^Mapa de estructuras: Raíces compartidas/ })).toContainText(
      'Compartida: llega a 2 grupos (Grupo A e Inquilinas)',
    );
    await expect(record.getByRole('heading', { level: 3 })).toHaveText([
      /^Mapa de estructuras · Raíces compartidas/,
      /^Líneas de tiempo · Raíces compartidas/,
      'Acciones acordadas',
    ]);
    await expect(record.getByRole('region', { name: /^Líneas de tiempo: Raíces compartidas/ })).toContainText(
      'Venta de la vivienda pública',
    );
  });

  test.describe('with the browser set to Spanish', () => {
    test.use({ locale: 'es-ES' });

    test('an unknown exercise, the error screen, the editor’s check, "Participants see" and a failed print speak Spanish', async ({
      page,
    }) => {
      await page.goto('/#/library/no-such-exercise');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No se encontró el ejercicio');
      await expect(page.getByText('No hay ningún ejercicio llamado «no-such-exercise» en esta versión de la biblioteca.')).toBeVisible();

      await page.goto('/#/library/respect-and-empowerment-check-in');
      await expect(page.locator('.step__prompt .step__label').first()).toHaveText('Lo que ve el grupo');

      await page.goto('/#/library/write');
      await expect(page.locator('#own-problems-heading')).toHaveText(/^\d+ cosas que corregir antes de guardar$/);

      await breakCheckInDetailScreen(page);
      await page.goto('/#/check-ins');
      await page.locator('.card a').first().click();
      const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 1 }) });
      await expect(alert.getByRole('heading', { level: 1 })).toHaveText('No se pudo mostrar esta pantalla');
      await expect(alert).toContainText('Algo falló al abrirla: Roto a propósito');
      await expect(alert).toContainText(
        'No se ha perdido nada de lo que escribiste. Vuelve a cargar la aplicación para intentarlo de nuevo.',
      );
      await expect(alert.getByRole('button', { name: 'Volver a cargar' })).toBeVisible();

      // A print that fails says so in Spanish, with the reason.
      await page.goto('/');
      await page.getByLabel('Título', { exact: true }).fill('Asamblea');
      await page.getByRole('button', { name: 'Crear sesión' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea');
      await page.goto(`${page.url()}/summary`);
      await page.evaluate(() => {
        window.print = () => {
          throw new Error('no hay impresora');
        };
      });
      await page.locator('.summary-controls__actions button').first().click();
      await expect(page.locator('.summary-controls__status')).toHaveText('No funcionó: no hay impresora');
    });
  });
});

/**
 * What, in `root`, is in the code rather than a catalog: words of text outside
 * every bracketed catalog string, and labels (aria-label, placeholder, title,
 * alt) not bracketed. `typed` is what the user wrote, shown as it is. Text is
 * read in order, so a sentence that Trans splits around a tag still counts as
 * one bracketed string.
 */
async function hardCoded(root: Locator, typed: readonly string[]): Promise<string[]> {
  return root.evaluateAll(
    (elements, typed) => {
      const own = new Set(typed);
      const out: string[] = [];
      for (const element of elements) {
        let text = '';
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const piece = node.textContent ?? '';
          if (!own.has(piece.trim())) text += piece;
        }
        const outside = text.replace(/\[[^[\]]*\]/g, ' ');
        out.push(...outside.split(/\s+/).filter((word) => /\p{L}/u.test(word)));
        for (const labelled of [element, ...element.querySelectorAll('*')]) {
          for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
            const value = labelled.getAttribute(name);
            if (value !== null && !own.has(value) && !/^\[[\s\S]*\]$/.test(value)) out.push(`${name}="${value}"`);
          }
        }
      }
      return out;
    },
    [...typed],
  );
}

test.describe('in the pseudo-language', () => {
  const TYPED = [
    'Housing',
    'Group A',
    'Tenants of colour',
    'Evicted at two weeks’ notice',
    'Overcrowded flats',
    'Weak tenancy law',
    'Also means deportation risk',
    '1970s',
    'Council estates sold off',
    'Write to the housing committee',
    'Map the council’s budget',
  ];

  test('every word of the reflections and of the session’s record comes from a catalog', async ({ page }) => {
    await planAndRun(page);
    const map = page.getByRole('region', { name: 'Shared structures map' });
    await map.getByLabel('Theme').fill('Housing');
    for (const label of ['Group A', 'Tenants of colour']) {
      await map.getByLabel('Group label, as the group chose it').fill(label);
      await map.getByLabel('This group agreed to keep its leaves on this map, under this label').check();
      await map.getByRole('button', { name: 'Add group' }).click();
    }
    for (const [group, leaf] of [
      ['Group A', 'Evicted at two weeks’ notice'],
      ['Tenants of colour', 'Overcrowded flats'],
    ] as const) {
      await map.getByLabel(`A leaf for ${group}: what the issue does to this group`).fill(leaf);
      await map.getByLabel(`A leaf for ${group}: what the issue does to this group`).press('Enter');
    }
    await map.getByLabel('A structure').fill('Weak tenancy law');
    await map.getByRole('button', { name: 'Add', exact: true }).last().click();
    const root = map.locator('.structure-editor').first();
    await root.getByRole('checkbox', { name: 'Group A: Evicted at two weeks’ notice' }).check();
    await root.getByRole('checkbox', { name: 'Tenants of colour: Overcrowded flats' }).check();
    await root.getByLabel('How it lands differently for Tenants of colour (optional)').fill('Also means deportation risk');
    await root.getByRole('checkbox', { name: 'The group chose this root to push on together' }).check();
    const timelines = page.getByRole('region', { name: 'Timelines' });
    await timelines.getByLabel('Group label, as the group chose it').fill('Group A');
    await timelines.getByLabel('This group agreed to keep its timeline in the app, under this label').check();
    await timelines.getByRole('button', { name: 'Add group' }).click();
    await timelines.getByLabel('When').fill('1970s');
    await timelines.getByLabel('Event in Group A’s timeline').fill('Council estates sold off');
    await timelines.getByRole('button', { name: 'Add', exact: true }).click();
    const actions = page.getByRole('region', { name: 'Agreed actions' });
    await actions.getByLabel('A new action the group agreed').fill('Write to the housing committee');
    await actions.getByRole('button', { name: 'Add action' }).click();
    await expect(actions.getByLabel('Action 1', { exact: true })).toHaveValue('Write to the housing committee');
    await expect(map.locator('#structures-map-status')).toHaveText('Saved');
    await expect(timelines.locator('#timelines-status')).toHaveText('Saved');

    await page.evaluate(() => localStorage.setItem('common-ground:language', 'en-XA'));
    await page.reload();
    const capture = page.locator('.exercise-capture');
    await expect(capture.getByRole('heading', { level: 2 })).toHaveText(/^\[Wháť|^\[Whát/);
    await expect(capture.locator('.structure-card--shared')).toBeVisible();
    // A line that could not be saved, with its buttons, as well.
    await failNewRecords(page);
    const newAction = capture.locator('.agreed-actions + .add-line input');
    await newAction.fill('Map the council’s budget');
    await newAction.press('Enter');
    await expect(capture.locator('.add-line__unsaved li')).toHaveCount(1);
    expect(await hardCoded(capture, TYPED)).toEqual([]);
    await restoreNewRecords(page);

    await page.locator('.back-link a').click();
    const record = page.locator('.session-record');
    await expect(record.locator('.structure-card--shared')).toBeVisible();
    await expect(record.locator('.timelines__group')).toBeVisible();
    expect(await hardCoded(record, TYPED)).toEqual([]);
  });

  test('every word of not found, the error screen, the editor’s check, "Participants see" and a failed print comes from a catalog', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('common-ground:language', 'en-XA'));
    await page.goto('/#/library/no-such-exercise');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Éxéŕçíšé|^\[Éxérçíšé/);
    // The way back is the library's to say (features/library passes its own label).
    expect(await hardCoded(page.locator('.detail > h1, .detail > p:not(.back-link)'), [])).toEqual([]);

    await page.goto('/#/library/respect-and-empowerment-check-in');
    await expect(page.locator('.step__prompt .step__label').first()).toBeVisible();
    expect(await hardCoded(page.locator('.step__prompt .step__label'), [])).toEqual([]);

    await page.goto('/#/library/write');
    await expect(page.locator('#own-problems-heading')).toHaveText(/^\[\d+ /);
    expect(await hardCoded(page.locator('#own-problems-heading'), [])).toEqual([]);

    await breakCheckInDetailScreen(page);
    await page.goto('/#/check-ins');
    await page.locator('.card a').first().click();
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 1 }) });
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(/^\[Ťhíš|^\[Thíš/);
    await expect(alert.getByRole('button')).toHaveText(/^\[/);
    expect(await hardCoded(alert, [])).toEqual([]);

    await page.goto('/');
    // A title with no letter the pseudo-language accents, to find it again in the heading.
    await page.getByLabel(/Títlé/).fill('XP');
    await page.getByRole('button', { name: /Çréáté šéššíóñ/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('XP');
    await page.goto(`${page.url()}/summary`);
    await page.evaluate(() => {
      window.print = () => {
        throw new Error('no printer');
      };
    });
    await page.locator('.summary-controls__actions button').first().click();
    await expect(page.locator('.summary-controls__status')).toHaveText(/^\[.+\]$/);
    expect(await hardCoded(page.locator('.summary-controls__status'), [])).toEqual([]);
  });
});
