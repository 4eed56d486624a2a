import { describe, expect, it, vi } from 'vitest';

// The app:// handler, driven the way Electron drives it: the handler it
// registers is called with a request, and reads files through net.fetch.
const electron = vi.hoisted(() => ({
  handler: null as null | ((request: Request) => Promise<Response>),
  fetched: [] as string[],
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
      electron.handler = handler;
    },
  },
  net: {
    fetch: async (url: string) => {
      electron.fetched.push(url);
      return new Response('<!doctype html><title>Common Ground</title>', { headers: { 'Content-Type': 'text/html' } });
    },
  },
}));

const { serveRendererFromAppScheme } = await import('../../../electron/main/app-protocol.ts');

async function get(url: string, method = 'GET'): Promise<Response> {
  serveRendererFromAppScheme('/srv/app/renderer');
  return electron.handler!(new Request(url, { method }));
}

describe('the app:// handler', () => {
  it('serves the app with a policy that forbids every other page from framing it', async () => {
    const response = await get('app://common-ground/index.html');
    expect(response.status).toBe(200);
    expect(electron.fetched.at(-1)).toBe('file:///srv/app/renderer/index.html');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy.split('; ')).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "script-src 'self'", "default-src 'self'"]));
    // For browsers that predate frame-ancestors.
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html');
  });

  it('sends the same headers with every file, not only the page', async () => {
    const response = await get('app://common-ground/assets/index-abc.js');
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('refuses what it does not serve, reading no file', async () => {
    const before = electron.fetched.length;
    expect((await get('app://common-ground/index.html', 'POST')).status).toBe(405);
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
    expect(electron.fetched.length).toBe(before);
  });
});
