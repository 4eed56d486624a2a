import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageAvailable } from '../data/storage-available.ts';

interface Health {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** A size in MB or GB, in the language's own number format (Intl). */
function size(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const [value, unit] = mb >= 1024 ? [mb / 1024, 'gigabyte'] : [mb, 'megabyte'];
  const digits = (unit === 'gigabyte' ? value >= 10 : value >= 10) ? 0 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Asks the browser to keep the app's data out of automatic clean-ups
 * (persistent storage) and shows how much space it uses, so a full disk is
 * seen before it bites.
 */
export function StorageHealth() {
  const [health, setHealth] = useState<Health | null>(null);
  const { t, i18n } = useTranslation('shell');
  const locale = i18n.language;
  useEffect(() => {
    let current = true;
    const storage = navigator.storage;
    // With no IndexedDB nothing is kept, whatever the quota says: no figures to show.
    if (!storage?.estimate || !storageAvailable()) return;
    // Once the screen is up and the page is idle: the first number formatted
    // in a page loads the language's number data (tens of milliseconds here),
    // which should not hold up the first screen or the first key press.
    const start = () =>
      void (async () => {
        const persisted = storage.persist ? (await storage.persisted()) || (await storage.persist()) : null;
        const { usage, quota } = await storage.estimate();
        if (current) setHealth({ persisted, usageBytes: usage ?? null, quotaBytes: quota ?? null });
      })().catch(() => undefined);
    const idle = requestIdleCallback(start, { timeout: 2000 });
    return () => {
      current = false;
      cancelIdleCallback(idle);
    };
  }, []);
  if (!health) return null;
  return (
    <span className="storage-health" data-testid="storage-health">
      {health.usageBytes === null ? t('storage.usageUnknown') : t('storage.used', { used: size(health.usageBytes, locale) })}
      {health.quotaBytes !== null && t('storage.ofAvailable', { quota: size(health.quotaBytes, locale) })}
      {health.persisted === false && t('storage.notPersisted')}
      {health.persisted === true && t('storage.persisted')}
      {t('storage.end')}
    </span>
  );
}
