import { app, BrowserWindow, dialog, powerMonitor, session } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL, type AppOrigin } from './app-origin.ts';
import { registerAppSchemeAsPrivileged, serveRendererFromAppScheme } from './app-protocol.ts';
import { rendererDevServerUrl } from './build-mode.ts';
import { createPhoneRoundControl } from '../round-server/phone-round-control.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { forwardLockSignals } from './lock-signal.ts';
import { createMainWindow } from './main-window.ts';
import { installApplicationMenu } from './menu.ts';
import { disableSpellcheckDownloads } from './no-phone-home.ts';
import { wipeProfileIfMarked } from './profile-wipe.ts';
import { confineToApp, restrictPermissions } from './navigation-guard.ts';
import { createUpdateMenuActions } from './update-menu.ts';
import { currentWords, initialUiLanguage, onUiLanguageChange, setUiLanguage } from './ui-language.ts';

const devServerUrl = rendererDevServerUrl(app.isPackaged, process.env);
const origin: AppOrigin = { devServerOrigin: devServerUrl };
const rendererRoot = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
// The answer page phones load while a round is open on them (built to out/phone).
const phoneRounds = createPhoneRoundControl({ pageDirectory: path.join(import.meta.dirname, '../phone') });

registerAppSchemeAsPrivileged();

// A separate data folder keeps tests (and a portable copy) away from the
// user's own sessions. Must be set before the single-instance lock, which
// is held per data folder.
const userDataOverride = process.env['COMMON_GROUND_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

// A wipe asked for in the last run finishes here, before anything opens the profile's storage.
wipeProfileIfMarked(app.getPath('userData'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = () => {
    mainWindow = createMainWindow(preloadPath, devServerUrl ?? APP_ENTRY_URL);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => confineToApp(contents, origin));

  // A round still served when the app quits stops with it; its counts are dropped, as a reload drops an open round.
  app.on('will-quit', () => void phoneRounds.stopAll());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    serveRendererFromAppScheme(rendererRoot);
    restrictPermissions(session.defaultSession, origin);
    registerIpcHandlers(origin, { preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL }, phoneRounds);
    // Before any window: nothing may start a dictionary download.
    disableSpellcheckDownloads(session.defaultSession, process.platform);
    // The system's language until the renderer says the facilitator's (setUiLanguage), then that one.
    setUiLanguage(initialUiLanguage(app.getPreferredSystemLanguages()));
    // No update check, crash report or telemetry leaves the app unless the facilitator asks (README, "No phone-home").
    const installMenu = () =>
      installApplicationMenu({ isDevelopment: devServerUrl !== null, appName: app.name, updates, t: currentWords() });
    const updates = createUpdateMenuActions({
      userData: app.getPath('userData'),
      showMessageBox: (options) => dialog.showMessageBox(options),
      refreshMenu: installMenu,
      words: currentWords,
    });
    installMenu();
    onUiLanguageChange(installMenu);
    // powerMonitor works only once the app is ready. Only the facilitator's
    // window is told to lock: the participant display (participant-display.ts)
    // is never listed, so it never shows the lock screen's state.
    forwardLockSignals(powerMonitor, () => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents] : []));
    openMainWindow();
  });
}
