import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../domain/markdown/render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**Pass** is always allowed.')).toBe('<p><strong>Pass</strong> is always allowed.</p>\n');
  });

  it('never turns raw HTML into markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps web and mail links', () => {
    expect(renderMarkdown('[doi](https://doi.org/10.1002/ejsp.2720)')).toContain('<a href="https://doi.org/10.1002/ejsp.2720">doi</a>');
    expect(renderMarkdown('[write](mailto:group@example.org)')).toContain('href="mailto:group@example.org"');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'app://common-ground/index.html',
    'https://user:secret@evil.example/',
  ])('drops a link to %s', (target) => {
    expect(renderMarkdown(`[click](${target})`)).not.toContain('<a');
  });
});
