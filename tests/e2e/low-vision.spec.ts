import type { Locator, Page } from '@playwright/test';
import { openParticipantDisplay, planSession, showMoreRunControls } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// For the projector and for people who see less well: the participant
// display keeps one layout at any resolution, in the text size and theme the
// facilitator chose; the app follows forced colours and reflows at 320 CSS px.

/** 20 pt in CSS px: the least any text on the display may be at 1280×720. */
const TWENTY_POINTS = (20 * 96) / 72;

/** Plans a session of the agreements exercise and starts it. */
async function startRun(page: Page) {
  await planSession(page, { title: 'Projector', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  return box!;
}

/** Where the element sits on the stage, as fractions of the stage's width and height. */
async function placeOnStage(display: Page, locator: Locator) {
  const stage = await boxOf(display.getByRole('main', { name: 'Participant display' }));
  const box = await boxOf(locator);
  return {
    x: (box.x - stage.x) / stage.width,
    y: (box.y - stage.y) / stage.height,
    width: box.width / stage.width,
    height: box.height / stage.height,
  };
}

/** The smallest text on the display, in CSS px as the window shows it (font size times the stage's scale). */
function smallestText(display: Page): Promise<{ size: number; text: string }> {
  return display.evaluate(() => {
    const main = document.querySelector('main')!;
    const scale = main.getBoundingClientRect().width / main.offsetWidth;
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize) * scale;
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}

test('the participant display keeps one layout, scaled to fit, on a projector of any resolution', async ({ page, context }) => {
  await startRun(page);
  const display = await openParticipantDisplay(page, context);
  const stage = display.getByRole('main', { name: 'Participant display' });
  const title = display.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Who this session is for');
  const places = [];
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
    { width: 800, height: 600 },
  ]) {
    await display.setViewportSize(size);
    await expect
      .poll(async () => {
        const box = await boxOf(stage);
        // 16:9, as large as the window allows, centred: letterboxed on a 4:3 projector, never cropped.
        return [
          Math.round((box.width / box.height) * 100) / 100,
          Math.round(Math.max(box.width / size.width, box.height / size.height) * 100) / 100,
          Math.round(box.x + box.width / 2 - size.width / 2),
          Math.round(box.y + box.height / 2 - size.height / 2),
        ];
      }, `the stage at ${size.width}×${size.height}`)
      .toEqual([1.78, 1, 0, 0]);
    places.push({ title: await placeOnStage(display, title), timer: await placeOnStage(display, display.getByTestId('display-timer')) });
  }
  // The heading and the timer sit in the same place on the stage, the same size, whatever the window.
  for (const place of places.slice(1)) {
    for (const part of ['title', 'timer'] as const)
      for (const edge of ['x', 'y', 'width', 'height'] as const) expect(place[part][edge]).toBeCloseTo(places[0]![part][edge], 2);
  }
});

test('the facilitator chooses the display’s text size and a high-contrast theme; the display follows at once and keeps them', async ({
  page,
  context,
}) => {
  await startRun(page);
  const display = await openParticipantDisplay(page, context);
  await display.setViewportSize({ width: 1280, height: 720 });
  const title = display.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Who this session is for');
  const fontSize = () => title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const normal = await fontSize();

  await showMoreRunControls(page);
  const textSize = page.getByLabel('Display text');
  await expect(textSize).toHaveValue('normal');
  await textSize.selectOption({ label: 'Largest' });
  // Larger at once, as large as the stage allows: text that would run off the projector is fitted back onto it.
  await expect.poll(fontSize, 'the display grows its text as soon as it is chosen').toBeGreaterThan(normal * 1.1);
  expect(
    await display.evaluate(() => document.querySelector('main')!.scrollHeight <= document.querySelector('main')!.clientHeight + 1),
  ).toBe(true);

  // Even at the smallest setting, every word on the display is at least about 20 pt on a 1280×720 projector.
  await textSize.selectOption({ label: 'Smaller' });
  await expect.poll(fontSize).toBeLessThan(normal);
  const smallest = await smallestText(display);
  expect(smallest.size, `“${smallest.text}”`).toBeGreaterThanOrEqual(TWENTY_POINTS - 0.5);

  const stage = display.getByRole('main', { name: 'Participant display' });
  const colours = () =>
    stage.evaluate((main) => [getComputedStyle(main).backgroundColor, getComputedStyle(main.querySelector('h1')!).color]);
  expect(await colours()).not.toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.getByRole('checkbox', { name: 'High-contrast display' }).check();
  await expect.poll(colours, 'white on black').toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

  // A choice for this device and its projector: a display opened again shows it, and so does the run view.
  await display.reload();
  await expect(title).toHaveText('Who this session is for');
  expect(await fontSize()).toBeLessThan(normal);
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.reload();
  await showMoreRunControls(page);
  await expect(page.getByLabel('Display text')).toHaveValue('smaller');
  await expect(page.getByRole('checkbox', { name: 'High-contrast display' })).toBeChecked();
});

test('in forced colours the focus ring stays visible and a pressed button still looks pressed', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await startRun(page);
  const affected = page.getByRole('button', { name: 'Affected participant speaking' });
  const ally = page.getByRole('button', { name: 'Ally speaking' });
  await affected.focus();
  await page.keyboard.press('Enter');
  await expect(affected).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(ally).toBeFocused();
  const outline = await ally.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  // Pressed stands out from the page and from its neighbour, in the system's colours: not a colour the system replaced with the page's own.
  const look = (button: Locator) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      const opaque = (colour: string) =>
        /rgba\(.*, 0\)$/.test(colour) ? getComputedStyle(document.documentElement).backgroundColor : colour;
      return opaque(style.backgroundColor);
    });
  const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await look(ally)).toBe(canvas);
  expect(await look(affected)).not.toBe(canvas);
});

const NARROW = { width: 320, height: 640 };

/** Asserts that nothing on the page needs scrolling sideways and no control is cut off at 320 CSS px. */
async function expectReflow(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary, [tabindex="0"]')]
      .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden, .skip-link'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map((element) => element.textContent?.trim() || element.getAttribute('aria-label') || element.id || element.tagName);
    return { scrollWidth: document.documentElement.scrollWidth, cut };
  });
  expect(overflow, screen).toEqual({ scrollWidth: NARROW.width, cut: [] });
}

test('at 320 CSS px wide (a laptop at 400% zoom) every main screen reflows into one column, with nothing to scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize(NARROW);
  await page.goto('/');
  await expectReflow(page, 'sessions, empty');
  await planSession(page, { title: 'Narrow', template: 'First session for a mixed group' });
  await expectReflow(page, 'planner');
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expectReflow(page, 'run');
  await showMoreRunControls(page);
  await expectReflow(page, 'run, more controls');
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('article', { name: 'Summary: Narrow' })).toBeVisible();
  await expectReflow(page, 'summary');
  await page.goto('/#/library');
  await expectReflow(page, 'library');
  await page.goto('/#/library/shared-roots-distinct-histories');
  await expectReflow(page, 'exercise');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3, name: 'Narrow' })).toBeVisible();
  await expectReflow(page, 'sessions, with one');
});
