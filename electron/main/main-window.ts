import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './secure-web-preferences.ts';
import { currentWords } from './ui-language.ts';

export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 560,
    title: currentWords()('windows.main'),
    backgroundColor: '#fbf8f3',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
