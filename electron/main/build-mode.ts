/**
 * What only a development run may do. A packaged app (`app.isPackaged`) never loads its page from a
 * dev server named in the environment, so nobody can point an installed copy at other code by
 * setting ELECTRON_RENDERER_URL, and never opens DevTools, where the page's data could be read or
 * changed by hand.
 */
export function rendererDevServerUrl(isPackaged: boolean, environment: NodeJS.ProcessEnv): string | null {
  return isPackaged ? null : (environment['ELECTRON_RENDERER_URL'] ?? null);
}

export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}
