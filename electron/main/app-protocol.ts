import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME } from './app-origin.ts';
import { resolveAppAsset } from './app-protocol-path.ts';
import { SECURITY_HEADERS } from './content-security-policy.ts';

/** Must run before the app is ready: privileges can only be granted then. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure: a real origin, so IndexedDB, fetch and the CSP
      // behave as they do on https. No bypassCSP, no CORS for others.
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

export function serveRendererFromAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppAsset(request.method, request.url, rendererRoot);
    if (!resolution.ok) return new Response(null, { status: resolution.status });
    const response = await net.fetch(pathToFileURL(resolution.filePath).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
