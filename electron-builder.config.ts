import type { Configuration } from 'electron-builder';

/**
 * How `npm run package` (scripts/package-desktop.ts) turns the build in out/ into installers.
 * tests/unit/packaging/builder-config.test.ts holds each promise below to what it says.
 */

/** What the app shows macOS (15 and later) when the phone round first listens on the room's network. */
export const LOCAL_NETWORK_USAGE =
  'Common Ground serves a check-in page to phones on this network, only while you run a phone round. Nothing is sent to the internet.';

/** Where the installers are written: inside out/, which git, ESLint and Prettier already ignore. */
export const RELEASE_DIRECTORY = 'out/release';

/**
 * The app as it runs is the bundles electron-vite writes to out/ (renderer libraries and content
 * included) and the one package the main bundle leaves external (zod, used by the domain code the
 * main process shares). Everything else (sources, tests, content Markdown, the renderer's
 * libraries a second time, source maps) stays out of the archive.
 */
export const MAIN_PROCESS_PACKAGES = ['zod'];

const config: Configuration = {
  appId: 'org.commonground.desktop',
  productName: 'Common Ground',
  copyright: 'Common Ground contributors',
  directories: { output: RELEASE_DIRECTORY, buildResources: 'build' },
  // One name pattern for every installer, without spaces, so the checksum file and the README's commands stay plain.
  artifactName: 'common-ground-${version}-${os}-${arch}.${ext}',
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'out/phone/**',
    `!${RELEASE_DIRECTORY}/**`,
    // Production dependencies are collected on their own; all but the main process's are bundled already.
    '!node_modules/**',
    ...MAIN_PROCESS_PACKAGES.map((name) => `node_modules/${name}/**`),
    // Of those packages, what runs: not their TypeScript sources and declarations, nor any source map.
    '!node_modules/*/src/**',
    '!**/*.{ts,cts,mts,tsx,map}',
  ],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers (and nothing to download for it).
  npmRebuild: false,
  // Flipped after packing and before signing, so a signature covers them.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Unsigned macOS builds (no certificate is configured) still need a valid ad-hoc signature to start on Apple silicon.
    resetAdHocDarwinSignature: true,
  },
  // No update host until updates are offered: no app-update.yml is written, and the app never looks for one.
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Run workshops on allyship and solidarity, on your own device.',
    maintainer: 'Common Ground contributors',
    // The deb also needs the project's homepage, which package.json does not name: electron-builder
    // takes it from the git remote (on GitHub Actions, the checkout's origin).
    icon: 'build/icon.png',
  },
  deb: { packageCategory: 'office' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    // Apple silicon and the Intel Macs many groups still use: one disk image each.
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    extendInfo: { NSLocalNetworkUsageDescription: LOCAL_NETWORK_USAGE },
  },
  dmg: { title: 'Common Ground' },
};

export default config;
