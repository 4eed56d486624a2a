import { useEffect, useState } from 'react';
import { storageAvailable } from '../data/storage-available.ts';

interface Health {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(mb >= 10 * 1024 ? 0 : 1)} GB`;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

/**
 * Asks the browser to keep the app's data out of automatic clean-ups
 * (persistent storage) and shows how much space it uses, so a full disk is
 * seen before it bites.
 */
export function StorageHealth() {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let current = true;
    const storage = navigator.storage;
    // With no IndexedDB nothing is kept, whatever the quota says: no figures to show.
    if (!storage?.estimate || !storageAvailable()) return;
    void (async () => {
      const persisted = storage.persist ? (await storage.persisted()) || (await storage.persist()) : null;
      const { usage, quota } = await storage.estimate();
      if (current) setHealth({ persisted, usageBytes: usage ?? null, quotaBytes: quota ?? null });
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (!health) return null;
  return (
    <span className="storage-health" data-testid="storage-health">
      Storage: {health.usageBytes === null ? 'usage unknown' : `${size(health.usageBytes)} used`}
      {health.quotaBytes !== null && ` of ${size(health.quotaBytes)} available`}
      {health.persisted === false && ' · not protected from automatic clearing by the browser: export backups regularly'}
      {health.persisted === true && ' · protected from automatic clearing'}.
    </span>
  );
}
