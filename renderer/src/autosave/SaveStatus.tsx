import type { SaveState } from './useAutosavedText.ts';

const LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Not yet saved',
  saving: 'Saving…',
  failed: 'Not saved: see the message above',
};

/** A quiet, always-visible save state next to an autosaved field. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  return (
    <span id={id} className={`save-status save-status--${state}`} aria-live="polite">
      {LABELS[state]}
    </span>
  );
}
