import { useEffect, useRef, useState } from 'react';
import { useHost } from '../../host/host-context.tsx';
import { loadVault, pendingRecoveryKey, type PendingRecoveryKey } from './vault-actions.ts';

/**
 * The recovery key, shown once: to print or write down and keep apart from
 * the laptop. It is never stored; once this sheet is closed it cannot be
 * shown again (turning the vault off and on again makes a new one).
 */
export function RecoveryKeySheet({ pending }: { pending: PendingRecoveryKey }) {
  const host = useHost();
  const [kept, setKept] = useState(false);
  const [restarting, setRestarting] = useState<'no' | 'yes' | 'failed'>('no');
  const recoveryKey = pending.key;

  const carryOn = async () => {
    if (!pending.rehome) return pendingRecoveryKey.set(null);
    setRestarting('yes');
    try {
      const vault = await loadVault();
      const outcome = await host.rehomeVault(await vault.sealedDump());
      if (outcome === 'unavailable') pendingRecoveryKey.set(null);
    } catch {
      setRestarting('failed');
    }
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="vault-screen recovery-sheet">
      <h1 ref={heading} tabIndex={-1}>
        Your recovery key
      </h1>
      <p className="lede">
        The vault is on. If you ever forget your passphrase, this key opens the vault and lets you choose a new one. It is shown only now.
      </p>
      <p className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <ul className="vault-list">
        <li>Print it or write it down, and keep it somewhere other than this laptop (not in a photo or a file on it).</li>
        <li>Anyone with this key and this laptop can read what is kept here: keep it as you would keep a house key.</li>
        <li>Without the passphrase and without this key, nothing here can be opened again.</li>
      </ul>
      <div className="vault-actions no-print">
        <button type="button" className="button button--quiet" onClick={() => void host.printPage()}>
          Print the recovery key
        </button>
      </div>
      <label className="vault-check no-print">
        <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} /> I have printed or written down the
        recovery key.
      </label>
      {pending.rehome && (
        <p className="no-print">
          Next, the app restarts once, to remove the files that held readable copies of what you kept before. Type your passphrase when it
          opens again.
        </p>
      )}
      <button type="button" className="button no-print" disabled={!kept || restarting === 'yes'} onClick={() => void carryOn()}>
        {restarting === 'yes' ? 'Restarting…' : pending.rehome ? 'Continue and restart' : 'Continue'}
      </button>
      {restarting === 'failed' && (
        <p role="alert" className="no-print">
          The restart did not happen. Your sessions are encrypted and safe; the old copies stay until you wipe this device. Close and reopen
          the app to try again from Privacy, or continue.
        </p>
      )}
    </div>
  );
}
