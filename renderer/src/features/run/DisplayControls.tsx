import { TEXT_SIZES, useDisplaySettings, type DisplayTextSize } from '../../run-engine/display-settings.ts';
import { useTranslation } from 'react-i18next';

/**
 * The participant display's button and how it looks on this device: its text
 * size and a high-contrast theme, for a dim projector, a bright room or
 * people who see less well. The display follows a change at once.
 */
export function DisplayControls({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation('run');
  const [settings, change] = useDisplaySettings();
  return (
    <fieldset className="run-controls__display">
      <legend className="visually-hidden">{t('display.legend')}</legend>
      <button type="button" className="button button--quiet" onClick={onOpen}>
        {t('display.open')}
      </button>
      <label htmlFor="display-text-size">{t('display.text')}</label>
      <select
        id="display-text-size"
        value={settings.textSize}
        onChange={(event) => change({ textSize: event.currentTarget.value as DisplayTextSize })}
      >
        {TEXT_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`display.size.${size}`)}
          </option>
        ))}
      </select>
      <label className="run-controls__mute">
        <input
          type="checkbox"
          checked={settings.highContrast}
          onChange={(event) => change({ highContrast: event.currentTarget.checked })}
        />{' '}
        {t('display.highContrast')}
      </label>
    </fieldset>
  );
}
