import { describe, expect, it } from 'vitest';
import { devToolsAllowed, rendererDevServerUrl } from '../../../electron/main/build-mode.ts';

describe('what only a development run may do', () => {
  it('loads the page from ELECTRON_RENDERER_URL in development only: an installed copy ignores it', () => {
    const environment = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererDevServerUrl(false, environment)).toBe('http://localhost:5173/');
    expect(rendererDevServerUrl(true, environment)).toBeNull();
    expect(rendererDevServerUrl(false, {})).toBeNull();
  });

  it('allows DevTools in development only', () => {
    expect(devToolsAllowed(false)).toBe(true);
    expect(devToolsAllowed(true)).toBe(false);
  });
});
