import { chromium, devices, type Browser, type Locator, type Page } from '@playwright/test';
import { openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { expect, test } from '../support/fixtures.ts';
import { expectNoEnglish } from '../support/no-english.ts';
import { PHONE_HOST } from '../support/phone-host.ts';

// Participants answer on their own phones. The web mode's server stands in
// for the desktop app's main process and runs the round server on loopback;
// each phone is its own browser context, with a phone's screen and its own
// cookies, in a browser that maps the round's host name to 127.0.0.1, so the
// page is not a secure context, as on a real phone.

// The web server runs one round on phones at a time, for every test: these tests take turns.
test.describe.configure({ mode: 'serial' });

type Track = 'affected' | 'ally' | null;
const TRACK_BUTTONS = { affected: 'Someone from a community most affected by this work', ally: 'An ally', none: 'I prefer not to say' };

/** Goes through a phone's screens: a value per question screen (null to pass), then the change question, then Submit. */
async function answerOnPhone(phone: Page, track: Track, values: (number | null)[], change: 'Yes' | 'No' | null) {
  await phone.getByRole('button', { name: TRACK_BUTTONS[track ?? 'none'], exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Screen 1 of 5' })).toBeFocused();
  for (let screen = 0; screen < 4; screen++) {
    const value = values[screen];
    if (value !== undefined && value !== null) await phone.getByRole('radio', { name: new RegExp(`^${value}\\b`) }).check();
    await phone.getByRole('button', { name: 'Next →' }).click();
  }
  await expect(phone.getByRole('heading', { level: 1, name: 'Screen 5 of 5' })).toBeVisible();
  if (change) await phone.getByRole('radio', { name: change, exact: true }).check();
}

const submit = (phone: Page) => phone.getByRole('button', { name: 'Submit my answers' }).click();

/** Opens a round of "Respect and empowerment" on phones from the run view's panel; `more` fills in more of the form first. */
async function openRoundOnPhones(page: Page, more?: (form: Locator) => Promise<void>) {
  await page.getByText('Open a check-in round').click();
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  await form.getByRole('checkbox', { name: /^Respect and empowerment/ }).check();
  await form.getByRole('radio', { name: 'On participants’ own phones, over this room’s network' }).check();
  await expect(form.getByLabel('Network the phones will use')).toHaveValue('127.0.0.1');
  await more?.(form);
  await form.getByRole('button', { name: 'Open check-in round' }).click();
}

test('eight phones answer a round over the room’s network: once each, passes and all, through a dropped connection; results only after close', async ({
  page,
  context,
}) => {
  test.slow();
  await planSession(page, { title: 'On phones', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const display = await openParticipantDisplay(page, context);
  const room = display.getByRole('main', { name: 'Participant display' });

  await openRoundOnPhones(page, async (form) => {
    await expect(form).toContainText('Answers cross the network without encryption');
    // The facilitator's own hotspot: the room's screen shows a code to join it first.
    await form.getByLabel('Network name').fill('Room 4');
    await form.getByLabel('Password').fill('tea;and cake');
  });
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await expect(panel.getByRole('status').filter({ hasText: 'Check-in round open' })).toContainText('Answered on phones.');
  await expect(panel.getByRole('link', { name: 'Hand the device round' })).toHaveCount(0);

  // The room's screen shows the code and the address to type; the facilitator's only a count.
  await expect(room.getByRole('img', { name: 'QR code for the answer page' })).toBeVisible();
  await expect(room.getByRole('img', { name: 'QR code to join the Wi-Fi Room 4' })).toBeVisible();
  await expect(room).toContainText('1. Join the Wi-Fi Room 4 (password tea;and cake)');
  const address = (await room.locator('.display__address').textContent())!;
  expect(address).toMatch(new RegExp(`^http://${PHONE_HOST.replace('.', '\\.')}:\\d+/r/[a-z2-9]{10}/$`));
  await expect(panel).toContainText('0 have answered');

  let phones: Browser | undefined;
  try {
    phones = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`],
    });
    const open = async () => {
      const phone = await (await phones!.newContext({ ...devices['Pixel 7'] })).newPage();
      await phone.goto(address);
      await expect(phone.getByRole('heading', { level: 1, name: 'Private check-in' })).toBeVisible();
      return phone;
    };
    const all = await Promise.all(Array.from({ length: 9 }, open));
    const [first, , , , , dropped, passer, undisclosed, late] = all as [Page, Page, Page, Page, Page, Page, Page, Page, Page];
    expect(await first.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(first).toHaveTitle(/check-in/i);

    // Five answer 4 to every question, one answers 5; one passes on everything; one prefers not to say and asks for a change.
    for (const phone of all.slice(0, 5)) {
      await answerOnPhone(phone, 'affected', [4, 4, 4, 4], 'No');
      await submit(phone);
      await expect(phone.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
    }
    await answerOnPhone(passer, 'affected', [null, null, null, null], null);
    await submit(passer);
    await answerOnPhone(undisclosed, null, [], 'Yes');
    await submit(undisclosed);

    // A phone whose connection drops keeps its answers and sends them when it is back.
    await answerOnPhone(dropped, 'affected', [5, 5, 5, 5], null);
    await dropped.context().setOffline(true);
    await submit(dropped);
    await expect(dropped.getByText(/^Connection lost: your answers are still here/)).toBeVisible();
    await dropped.context().setOffline(false);
    await expect(dropped.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible({ timeout: 15_000 });
    await expect(passer.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
    await expect(undisclosed.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();

    await expect(panel).toContainText('8 have answered');
    // A second try from the same phone: the page says so, and the server refuses the answers.
    await first.reload();
    await expect(first.getByText('This phone has already answered this round.')).toBeVisible();
    // (From the page itself: the phones' browser, not this test's Node, knows where the round's host name points.)
    const again = await first.evaluate(async () => {
      const body = { track: 'affected', answers: { 'respect-and-empowerment': { 'knowledge-as-expertise': 1 } }, wantsChange: null };
      const response = await fetch('answer', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    });
    expect(again).toBe(409);
    await expect(panel).toContainText('8 have answered');

    // Nothing of the results before the round closes, on either screen.
    await expect(page.getByText(/Average/)).toHaveCount(0);
    await panel.getByRole('button', { name: 'Close round and show results' }).click();
    const round = panel.getByRole('article', { name: 'Check-in round 1' });
    // Six people answered: five gave 4 and one gave 5 on every question, (5 × 4 + 5) / 6 = 4.17.
    await expect(round.getByTestId('mean-respect-and-empowerment')).toContainText('Average 4.2 out of 5, from fewer than 10 people');
    await expect(round.getByRole('note')).toHaveText('One person asked for a change: slow down, or something needs to change.');
    await expect(room).not.toContainText('Average');
    // A phone still on the page hears that the round closed; the address no longer answers.
    await expect(late.getByText('This check-in round is closed.')).toBeVisible({ timeout: 15_000 });
    expect(
      await first.evaluate(() =>
        fetch('state', { signal: AbortSignal.timeout(3000) }).then(
          (response) => response.status,
          () => 'unreachable',
        ),
      ),
    ).toBe('unreachable');
  } finally {
    await phones?.close();
  }
});

test('a group on its own shows the code on its screen and reads the results under the same floor', async ({ page }) => {
  await planSession(page, { title: 'Allies, Tuesday', template: "Allies' evening, without a facilitator" });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  const title = page.locator('#guided-card-title');
  for (let presses = 0; presses < 40 && (await title.textContent()) !== 'Check-in: my place in this work'; presses++) {
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  const checkIn = page.getByRole('region', { name: 'Private check-in' });
  await checkIn.getByRole('button', { name: 'Answer on our own phones instead' }).click();
  await expect(checkIn.getByLabel('Network the phones will use')).toHaveValue('127.0.0.1');
  await checkIn.getByRole('button', { name: 'Show the code for our phones' }).click();
  await expect(checkIn.getByRole('img', { name: 'QR code for the answer page' })).toBeVisible();
  const address = (await checkIn.locator('.guided-check-in__address').textContent())!;
  expect(address).toMatch(new RegExp(`^http://${PHONE_HOST.replace('.', '\\.')}:\\d+/r/`));

  let phones: Browser | undefined;
  try {
    phones = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`],
    });
    for (let person = 0; person < 3; person++) {
      const phone = await (await phones.newContext({ ...devices['Pixel 7'] })).newPage();
      await phone.goto(address);
      await phone.getByRole('button', { name: 'An ally', exact: true }).click();
      // Every question answered 2, however many screens the round has.
      for (let screen = 0; screen < 12 && (await phone.getByRole('button', { name: 'Next →' }).count()) > 0; screen++) {
        const radio = phone.getByRole('radio', { name: /^2\b/ });
        if ((await radio.count()) > 0) await radio.check();
        await phone.getByRole('button', { name: 'Next →' }).click();
      }
      await phone.getByRole('button', { name: 'Submit my answers' }).click();
      await expect(phone.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
    }
    await expect(checkIn).toContainText('3 have answered');
    await checkIn.getByRole('button', { name: 'Everyone has answered: show the results' }).click();
    // Three people: below the floor of five, so nothing is shown, not even an average.
    await expect(page.getByRole('region', { name: 'Private check-in' })).toContainText('Fewer than 5 people answered');
    await expect(page.getByRole('region', { name: 'Private check-in' })).not.toContainText('Average');
  } finally {
    await phones?.close();
  }
});

test('a room shown in Spanish answers on phones in Spanish, while the facilitator’s screens stay English', async ({ page, context }) => {
  await planSession(page, { title: 'Bilingual on phones', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const display = await openParticipantDisplay(page, context);
  await openRoundOnPhones(page);
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await expect(panel).toContainText('0 have answered');
  const address = (await display.locator('.display__address').textContent())!;

  let phones: Browser | undefined;
  try {
    phones = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`],
    });
    // A phone set to English: the page speaks the room's language all the same.
    const phone = await (await phones.newContext({ ...devices['Pixel 7'], locale: 'en-GB' })).newPage();
    await phone.goto(address);
    await expect(phone.getByRole('heading', { level: 1, name: 'Ronda de chequeo privada' })).toBeVisible();
    await expect(phone.locator('html')).toHaveAttribute('lang', 'es');
    await expect(phone).toHaveTitle('Ronda de chequeo privada');
    await expect(phone.getByText(/^Tus respuestas son privadas\. Nadie las ve/)).toBeVisible();
    await expect(phone.getByText(/^Tus respuestas viajan desde este móvil/)).toBeVisible();
    await expect(phone.getByText(/^Elijas lo que elijas, pasas por las mismas 5 pantallas/)).toBeVisible();
    await expectNoEnglish(phone, 'the phone’s first screen');

    await phone.getByRole('button', { name: 'Alguien de una comunidad de las más afectadas por este trabajo', exact: true }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Pantalla 1 de 5' })).toBeFocused();
    // The instrument in its Spanish translation: its introduction, its question, its scale's words.
    await expect(phone.getByText('Cuatro preguntas rápidas sobre cómo te ha tratado esta sesión hasta ahora.')).toBeVisible();
    const question = phone.getByRole('group', { name: 'Aquí se trató lo que sabe mi comunidad como un saber experto de verdad.' });
    await expect(question.getByRole('radio', { name: '1 Nada' })).toBeVisible();
    await expect(question.getByRole('radio', { name: 'Paso' })).toBeChecked();
    await expectNoEnglish(phone, 'a question on the phone');
    await question.getByRole('radio', { name: '5 Totalmente' }).check();
    for (let screen = 2; screen <= 5; screen++) {
      await phone.getByRole('button', { name: 'Siguiente →' }).click();
      await expect(phone.getByRole('heading', { level: 1, name: `Pantalla ${screen} de 5` })).toBeVisible();
    }
    const change = phone.getByRole('group', { name: '¿Hace falta cambiar algo? (Ir más despacio, o que cambie algo.)' });
    await change.getByRole('radio', { name: 'Sí', exact: true }).check();
    await expectNoEnglish(phone, 'the change question on the phone');
    await phone.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Gracias' })).toBeVisible();
    await expect(phone.getByText(/^Tus respuestas han llegado\./)).toBeVisible();
    await phone.reload();
    await expect(phone.getByText('Este móvil ya ha respondido en esta ronda. Gracias.')).toBeVisible();

    // The facilitator's side stays in the app's language.
    await expect(panel).toContainText('1 has answered');
    await panel.getByRole('button', { name: 'Close round and show results' }).click();
    await expect(panel.getByRole('article', { name: 'Check-in round 1' })).toContainText('Fewer than 5 people answered');
  } finally {
    await phones?.close();
  }
});
