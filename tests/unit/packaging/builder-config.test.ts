import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { LOCAL_NETWORK_USAGE, MAIN_PROCESS_PACKAGES, RELEASE_DIRECTORY } from '../../../electron-builder.config.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// What can be checked of packaging without the Electron binary: the configuration itself.
// packaged-app.test.ts packs the real build with it; the release workflow makes the installers.

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('packs the app into an asar archive and offers no update host', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    for (const platform of [config.mac, config.win, config.linux]) expect(platform).not.toHaveProperty('publish');
  });

  it('flips the fuses that keep the binary from being turned into something else', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the built app and the main process’s one external package, and leaves sources, tests and content out', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'out/phone/**']));
    expect(files).toEqual(expect.arrayContaining(['!node_modules/**', '!**/*.{ts,cts,mts,tsx,map}', `!${RELEASE_DIRECTORY}/**`]));
    expect(MAIN_PROCESS_PACKAGES).toEqual(['zod']);
    // Only excluded things, the build output and package.json are named: no folder of sources is let in.
    for (const pattern of files.filter((entry) => !entry.startsWith('!'))) {
      expect(pattern).toMatch(/^(package\.json|out\/(main|preload|renderer|phone)\/\*\*|node_modules\/zod\/\*\*)$/);
    }
  });

  it('makes an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS for Apple silicon and Intel', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.appId).toBe('org.commonground.desktop');
    expect(config.productName).toBe('Common Ground');
  });

  it('declares macOS’s local-network reason and hardened-runtime entitlements', () => {
    expect(config.mac?.extendInfo).toEqual({ NSLocalNetworkUsageDescription: LOCAL_NETWORK_USAGE });
    expect(LOCAL_NETWORK_USAGE).toMatch(/phone round/);
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(path.join(PROJECT_ROOT, config.mac!.entitlements!), 'utf8');
    expect(entitlements).toContain('<key>com.apple.security.cs.allow-jit</key>');
    // Nothing that loosens the hardened runtime beyond what V8 needs.
    expect(entitlements.match(/<key>/g)).toHaveLength(1);
  });

  it('has an icon large enough for every platform, rendered from the SVG in the repository', () => {
    for (const platform of [config.mac, config.win, config.linux]) expect(platform?.icon).toBe('build/icon.png');
    expect(pngSize(path.join(PROJECT_ROOT, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(readFileSync(path.join(PROJECT_ROOT, 'build/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  });
});
