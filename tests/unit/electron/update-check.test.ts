import type { MessageBoxOptions } from 'electron';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import config from '../../../electron-builder.config.ts';
import {
  NO_UPDATE_HOST,
  UPDATE_CHECK_CONSENT,
  UPDATE_HOST,
  UPDATE_SETTINGS_FILE,
  readUpdateSettings,
} from '../../../electron/main/update-check.ts';
import { createUpdateMenuActions } from '../../../electron/main/update-menu.ts';
import { desktopWords } from '../../../electron/main/desktop-words.ts';

let userData: string;

beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'common-ground-updates-'));
});

afterEach(() => rmSync(userData, { recursive: true, force: true }));

/** A dialog stand-in that answers with the given buttons, in turn, and records what it showed. */
function answering(...responses: number[]) {
  const shown: MessageBoxOptions[] = [];
  const showMessageBox = vi.fn(async (options: MessageBoxOptions) => {
    shown.push(options);
    return { response: responses.shift() ?? 0, checkboxChecked: false };
  });
  const refreshMenu = vi.fn();
  return {
    shown,
    actions: createUpdateMenuActions({ userData, showMessageBox, refreshMenu, words: () => desktopWords('en') }),
    refreshMenu,
  };
}

describe('update checks', () => {
  it('have no host while nothing is published, as the packaging configuration says', () => {
    expect(UPDATE_HOST).toBeNull();
    expect(config.publish).toBeNull();
  });

  it('are off until allowed, and a damaged settings file is no consent', () => {
    expect(readUpdateSettings(userData)).toEqual({ checksAllowed: false });
    for (const stored of ['{"checksAllowed":"yes"}', 'not json', '[]', 'null']) {
      writeFileSync(path.join(userData, UPDATE_SETTINGS_FILE), stored);
      expect(readUpdateSettings(userData)).toEqual({ checksAllowed: false });
    }
  });

  it('ask first, saying the check reveals the IP address; a refusal stores nothing and checks nothing', async () => {
    const { shown, actions } = answering(1);
    await actions.checkNow();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.detail).toBe(UPDATE_CHECK_CONSENT);
    expect(UPDATE_CHECK_CONSENT).toMatch(/reveals this computer’s IP address/);
    expect(shown[0]!.buttons).toEqual(['Allow and Check', 'Cancel']);
    expect(shown[0]!.cancelId).toBe(1);
    expect(actions.checksAllowed()).toBe(false);
  });

  it('once allowed, say plainly that no update host is set and nothing was sent', async () => {
    const { shown, actions, refreshMenu } = answering(0, 0);
    await actions.checkNow();
    expect(actions.checksAllowed()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(userData, UPDATE_SETTINGS_FILE), 'utf8'))).toEqual({ checksAllowed: true });
    expect(refreshMenu).toHaveBeenCalled();
    expect(shown.map((options) => options.detail)).toEqual([UPDATE_CHECK_CONSENT, NO_UPDATE_HOST]);
    expect(NO_UPDATE_HOST).toMatch(/nothing was checked and nothing was sent/);

    // Allowed already: no second question.
    const again = answering(0);
    await again.actions.checkNow();
    expect(again.shown.map((options) => options.detail)).toEqual([NO_UPDATE_HOST]);
  });

  it('can be allowed and withdrawn from the menu’s opt-in, which asks before allowing', async () => {
    const refused = answering(1);
    await refused.actions.toggleChecks();
    expect(refused.actions.checksAllowed()).toBe(false);
    // The ticked checkbox goes back to the stored choice.
    expect(refused.refreshMenu).toHaveBeenCalled();

    const allowed = answering(0);
    await allowed.actions.toggleChecks();
    expect(allowed.shown[0]!.detail).toBe(UPDATE_CHECK_CONSENT);
    expect(allowed.actions.checksAllowed()).toBe(true);

    const withdrawn = answering();
    await withdrawn.actions.toggleChecks();
    expect(withdrawn.shown).toHaveLength(0);
    expect(withdrawn.actions.checksAllowed()).toBe(false);
  });
});
