import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A one-line status for buttons that print, save or copy: `run` clears it,
 * runs the action and shows what the action says, or that it failed and why.
 */
export function useActionStatus(): [string | null, (action: () => Promise<string | null>) => Promise<void>] {
  const { t } = useTranslation('ui');
  const [status, setStatus] = useState<string | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(t('actionFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return [status, run];
}
