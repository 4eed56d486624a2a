import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../electron/main/content-security-policy.ts';
import { expect, test } from '../support/fixtures.ts';

test.describe('web mode security', () => {
  test('serves the strict Content-Security-Policy in the page and as a header', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  });

  test('blocks inline script and requests to other origins', async ({ page, offsiteRequests }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      let fetchFailed = false;
      try {
        await fetch('https://example.org/collect');
      } catch {
        fetchFailed = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { inlineRan: 'inlineRan' in window || '__inlineRan' in window, fetchFailed, violations };
    });
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.fetchFailed).toBe(true);
    expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), 'connect-src']));
    expect(offsiteRequests).toEqual([]);
  });
});
