import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { DesktopKey, Translate } from './desktop-words.ts';
import { nextUpdateCheckStep, readUpdateSettings, writeUpdateSettings } from './update-check.ts';

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
  /** The words in the facilitator's language at the moment a dialog opens. */
  words(): Translate;
}

async function askConsent(parts: UpdateMenuParts, confirmLabel: DesktopKey): Promise<boolean> {
  const t = parts.words();
  const answer = await parts.showMessageBox({
    type: 'question',
    title: t('updates.consentTitle'),
    message: t('updates.consentMessage'),
    detail: t('updates.consentDetail'),
    buttons: [t(confirmLabel), t('buttons.cancel')],
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
      if (!(await askConsent(parts, 'updates.allowChecks'))) parts.refreshMenu();
    },
    async checkNow() {
      if (nextUpdateCheckStep(readUpdateSettings(parts.userData)) === 'ask-consent') {
        if (!(await askConsent(parts, 'updates.allowAndCheck'))) return;
      }
      const t = parts.words();
      await parts.showMessageBox({
        type: 'info',
        title: t('updates.checkTitle'),
        message: t('updates.noHostMessage'),
        detail: t('updates.noHostDetail'),
        buttons: [t('buttons.ok')],
      });
    },
  };
}
