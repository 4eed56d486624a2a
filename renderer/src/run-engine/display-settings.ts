import { useCallback, useSyncExternalStore } from 'react';

// How the participant display looks on this device: its text size and
// whether it uses the high-contrast theme. It is a choice about the room and
// the projector, not about a session, so it lives in this device's
// localStorage (shared by every window of the app) and never in a session
// record, a backup or the display view. It holds nothing private, so it is
// kept with the vault on too. The display window follows a change at once:
// other windows hear it through the `storage` event, this window through its
// own event.

const STORAGE_KEY = 'common-ground:display-settings';
const CHANGED = 'common-ground:display-settings-changed';

export const TEXT_SIZES = ['smaller', 'normal', 'larger', 'largest'] as const;
export type DisplayTextSize = (typeof TEXT_SIZES)[number];

export interface DisplaySettings {
  textSize: DisplayTextSize;
  highContrast: boolean;
}

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { textSize: 'normal', highContrast: false };

/** The stored text, as read: the snapshot React compares (a string, so unchanged settings never re-render). */
function readRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Settings from their stored text; anything unreadable or unknown falls back to the defaults, field by field. */
export function parseDisplaySettings(raw: string | null): DisplaySettings {
  if (raw === null) return DEFAULT_DISPLAY_SETTINGS;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return DEFAULT_DISPLAY_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_DISPLAY_SETTINGS;
  const { textSize, highContrast } = stored as Record<string, unknown>;
  return {
    textSize: TEXT_SIZES.includes(textSize as DisplayTextSize) ? (textSize as DisplayTextSize) : DEFAULT_DISPLAY_SETTINGS.textSize,
    highContrast: typeof highContrast === 'boolean' ? highContrast : DEFAULT_DISPLAY_SETTINGS.highContrast,
  };
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The display settings on this device, kept current across windows, and a way to change them. */
export function useDisplaySettings(): [DisplaySettings, (change: Partial<DisplaySettings>) => void] {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const settings = parseDisplaySettings(raw);
  const change = useCallback((update: Partial<DisplaySettings>) => {
    const next = { ...parseDisplaySettings(readRaw()), ...update };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the choice cannot be kept, and the display stays as it was.
      return;
    }
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [settings, change];
}
