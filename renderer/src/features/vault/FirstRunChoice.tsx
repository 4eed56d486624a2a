import { useEffect, useRef, useState } from 'react';
import { vaultGate } from '../../data/vault-signal.ts';
import { TurnOnVaultForm } from './TurnOnVaultForm.tsx';
import { loadVault, problemText } from './vault-actions.ts';

/**
 * Offered once, before anything is kept: protect this device's records with
 * a passphrase, or not (it can be turned on later, under Privacy).
 */
export default function FirstRunChoice() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const notNow = async () => {
    try {
      await (await loadVault()).declineAtFirstRun();
      vaultGate.set('off');
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <main className="vault-screen first-run" aria-labelledby="first-run-heading">
      <p className="brand">Common Ground</p>
      <h1 id="first-run-heading" ref={heading} tabIndex={-1}>
        Protect what you keep here?
      </h1>
      <p className="lede">
        Common Ground keeps your sessions, notes, reflections and check-in results on this device only. If the laptop is shared, lost or
        seized, a passphrase keeps them unreadable.
      </p>
      <div className="first-run__choices">
        <section className="vault-panel" aria-labelledby="choice-vault">
          <h2 id="choice-vault">Use a passphrase</h2>
          <p>
            Everything is encrypted on this device. You type the passphrase when the app starts and after it locks (when you press
            Ctrl+Shift+L, after a time without use, and when the computer locks or sleeps).
          </p>
          <TurnOnVaultForm />
        </section>
        <section className="vault-panel" aria-labelledby="choice-plain">
          <h2 id="choice-plain">Not now</h2>
          <p>
            What you keep is stored readable by anyone who can open this computer’s files. You can turn the vault on later under Privacy.
          </p>
          <button type="button" className="button button--quiet" onClick={() => void notNow()}>
            Continue without a passphrase
          </button>
          {problem && <p role="alert">{problem}</p>}
        </section>
      </div>
    </main>
  );
}
