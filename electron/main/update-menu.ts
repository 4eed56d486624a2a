import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { NO_UPDATE_HOST, UPDATE_CHECK_CONSENT, nextUpdateCheckStep, readUpdateSettings, writeUpdateSettings } from './update-check.ts';

/** What the Help menu's two update items do; built once with the machine's parts, so it can be tested with stand-ins. */
export interface UpdateMenuActions {
  checksAllowed(): boolean;
  /** The "Allow Update Checks" item: turning it on asks first, with the same explanation as a check. */
  toggleChecks(): Promise<void>;
  /** "Check for Updates…": asks for consent if it was not given, then answers. */
  checkNow(): Promise<void>;
}

export interface UpdateMenuParts {
  userData: string;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  /** Rebuilds the menu, so the checkbox shows the stored choice. */
  refreshMenu(): void;
}

async function askConsent(parts: UpdateMenuParts, confirmLabel: string): Promise<boolean> {
  const answer = await parts.showMessageBox({
    type: 'question',
    title: 'Update checks',
    message: 'Allow Common Ground to check for updates when you ask?',
    detail: UPDATE_CHECK_CONSENT,
    buttons: [confirmLabel, 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (answer.response !== 0) return false;
  writeUpdateSettings(parts.userData, { checksAllowed: true });
  parts.refreshMenu();
  return true;
}

export function createUpdateMenuActions(parts: UpdateMenuParts): UpdateMenuActions {
  const checksAllowed = () => readUpdateSettings(parts.userData).checksAllowed;
  return {
    checksAllowed,
    async toggleChecks() {
      if (checksAllowed()) {
        writeUpdateSettings(parts.userData, { checksAllowed: false });
        parts.refreshMenu();
        return;
      }
      // A checkbox clicked on shows itself ticked before the answer: refresh to the stored choice either way.
      if (!(await askConsent(parts, 'Allow Update Checks'))) parts.refreshMenu();
    },
    async checkNow() {
      if (nextUpdateCheckStep(readUpdateSettings(parts.userData)) === 'ask-consent') {
        if (!(await askConsent(parts, 'Allow and Check'))) return;
      }
      await parts.showMessageBox({
        type: 'info',
        title: 'Check for updates',
        message: 'No update host is set.',
        detail: NO_UPDATE_HOST,
        buttons: ['OK'],
      });
    },
  };
}
