import { BrowserWindow, screen } from 'electron';
import { participantDisplayRoute } from '../ipc/names.ts';
import { secureWebPreferences } from './secure-web-preferences.ts';
import { currentWords } from './ui-language.ts';

let displayWindow: BrowserWindow | null = null;

/**
 * Opens (or refocuses) the participant display: full screen on a second
 * display when one is connected, otherwise a normal window. Esc closes it.
 * It is the same app at its display route, with the same secure settings.
 */
export function openParticipantDisplay(preloadPath: string, appEntryUrl: string, sessionId: string): void {
  const url = `${appEntryUrl}#${participantDisplayRoute(sessionId)}`;
  if (displayWindow && !displayWindow.isDestroyed()) {
    void displayWindow.loadURL(url);
    displayWindow.focus();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const bounds = (external ?? primary).workArea;
  displayWindow = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: external ? bounds.width : 1280,
    height: external ? bounds.height : 720,
    fullscreen: external !== undefined,
    title: currentWords()('windows.participantDisplay'),
    backgroundColor: '#111418',
    webPreferences: secureWebPreferences(preloadPath),
  });
  displayWindow.webContents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && input.key === 'Escape') {
      event.preventDefault();
      displayWindow?.close();
    }
  });
  displayWindow.on('closed', () => {
    displayWindow = null;
  });
  void displayWindow.loadURL(url);
}
