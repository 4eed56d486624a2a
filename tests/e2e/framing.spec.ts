import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../support/fixtures.ts';

// Another site on this machine, at an origin of its own (127.0.0.2 is
// loopback too), that tries to show the app inside a frame: clickjacking,
// or a page dressed up around the real app to read what people type.
let otherSite: Server;
let otherOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(
      `<!doctype html><title>Another site</title><h1>Another site</h1>` +
        `<iframe id="app" src="${baseURL}" width="800" height="600" onload="document.title = 'frame loaded'"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.2', resolve));
  otherOrigin = `http://127.0.0.2:${(otherSite.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => otherSite.close(resolve));
});

test('another site cannot show the app inside a frame', async ({ page, baseURL }) => {
  // The fixture blocks every origin but the app's; this one test visits the other site on purpose.
  await page.route(`${otherOrigin}/**`, (route) => route.continue());
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame/i.test(message.text())) refusals.push(message.text());
  });

  await page.goto(`${otherOrigin}/`);
  await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  await expect(page).toHaveTitle('frame loaded');

  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(frame).toBeDefined();
  // Blocked: the frame holds the browser's error page, not the app.
  expect(frame!.url().startsWith(baseURL!)).toBe(false);
  await expect(page.frameLocator('#app').getByRole('link', { name: 'Common Ground' })).toHaveCount(0);
  // Chromium says why: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors 'none'"".
  await expect.poll(() => refusals.join('\n')).toContain("frame-ancestors 'none'");
});

test('the app itself still loads on its own', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['x-frame-options']).toBe('DENY');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('link', { name: 'Common Ground' })).toBeVisible();
});
