import { useEffect, useState } from 'react';
import { lockEverywhere } from '../../data/vault-signal.ts';
import type { VaultStatus } from '../../data/vault.ts';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { TurnOnVaultForm } from './TurnOnVaultForm.tsx';
import { idleLockMinutes, loadVault, problemText, useVaultGate } from './vault-actions.ts';

const IDLE_CHOICES = [5, 10, 15, 30, 60, 120] as const;

function TurnOffForm({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<{ step: 'idle' } | { step: 'working' } | { step: 'failed'; message: string }>({ step: 'idle' });
  return (
    <form
      className="vault-form"
      aria-label="Turn the vault off"
      onSubmit={(event) => {
        event.preventDefault();
        setState({ step: 'working' });
        void loadVault()
          .then((vault) => vault.turnOff(passphrase))
          .then(onDone, (error: unknown) => setState({ step: 'failed', message: problemText(error) }));
      }}
    >
      <p>Everything kept here will be re-written readable by anyone who can open this computer’s files, and the keys will be destroyed.</p>
      <div className="field">
        <label htmlFor="turn-off-passphrase">Your passphrase, to confirm</label>
        <input
          id="turn-off-passphrase"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--danger" disabled={passphrase === '' || state.step === 'working'}>
        {state.step === 'working' ? 'Turning the vault off…' : 'Turn the vault off'}
      </button>
      {state.step === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}

/** The vault's settings, and what it does and does not protect, in plain words. */
export default function PrivacyScreen() {
  const gate = useVaultGate();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let current = true;
    void loadVault()
      .then((vault) => vault.status())
      .then((value) => {
        if (current) setStatus(value);
      })
      .catch(() => undefined); // the data layer reports storage errors
    return () => {
      current = false;
    };
  }, [gate]);

  const setIdle = async (value: string) => {
    const minutes = value === 'never' ? null : Number(value);
    try {
      await (await loadVault()).setIdleLockMinutes(minutes);
      idleLockMinutes.set(minutes);
      setStatus((previous) => previous && { ...previous, idleLockMinutes: minutes });
      setSaved(minutes === null ? 'The app will lock only when you lock it.' : `The app will lock after ${minutes} minutes without use.`);
    } catch (error) {
      setSaved(problemText(error));
    }
  };

  const on = status?.kind === 'open';

  return (
    <div className="detail privacy-screen">
      <FocusedHeading>Privacy</FocusedHeading>
      <p className="lede">Everything Common Ground keeps stays on this device. The vault keeps it unreadable without your passphrase.</p>

      <section className="vault-panel" aria-labelledby="vault-heading">
        <h2 id="vault-heading">The vault</h2>
        {status === null ? (
          <p>Reading the vault’s settings…</p>
        ) : on ? (
          <>
            <p className="vault-status" data-testid="vault-status">
              <strong>On.</strong> Sessions, plans, notes, reflections, actions and check-in results are encrypted on this device, each
              session with its own key.
            </p>
            <div className="vault-actions">
              <button type="button" className="button" onClick={lockEverywhere}>
                Lock now
              </button>
              <span className="field__hint">or press Ctrl+Shift+L anywhere in the app</span>
            </div>
            <div className="field field--inline">
              <label htmlFor="idle-lock">Lock after</label>
              <select
                id="idle-lock"
                value={status.idleLockMinutes === null ? 'never' : String(status.idleLockMinutes)}
                onChange={(event) => void setIdle(event.target.value)}
              >
                {IDLE_CHOICES.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes} minutes without use
                  </option>
                ))}
                <option value="never">Never (lock by hand)</option>
              </select>
            </div>
            <p className="field__hint" role="status">
              {saved}
            </p>
            <p className="field__hint">
              A participant display keeps showing what the room already sees while the app is locked; the desktop app also locks when the
              computer locks or sleeps.
            </p>
            {turningOff ? (
              <TurnOffForm
                onDone={() => {
                  setTurningOff(false);
                  setStatus({ ...status, kind: 'off' });
                }}
              />
            ) : (
              <button type="button" className="button button--quiet" onClick={() => setTurningOff(true)}>
                Turn the vault off…
              </button>
            )}
          </>
        ) : (
          <>
            <p className="vault-status" data-testid="vault-status">
              <strong>Off.</strong> What you keep is stored readable by anyone who can open this computer’s files.
            </p>
            <TurnOnVaultForm />
          </>
        )}
      </section>

      <section className="vault-panel" aria-labelledby="vault-limits-heading">
        <h2 id="vault-limits-heading">What the vault does and does not protect</h2>
        <ul className="vault-list">
          <li>
            <strong>Protects:</strong> what is kept on this device, when the app is locked or closed. Someone who takes the laptop or copies
            its files cannot read your sessions without the passphrase or the recovery key.
          </li>
          <li>
            <strong>Deleted sessions:</strong> a session’s own key is destroyed first, so its records cannot be opened even with the
            recovery key, unless someone also recovers the old key from the browser’s files before they are tidied, which needs your
            passphrase or recovery key too.
          </li>
          <li>
            <strong>Does not protect:</strong> anything while the app is unlocked and someone else is at the keyboard; backups you export
            (protect them with a passphrase of their own when you export them); printed summaries and PDFs.
          </li>
          <li>
            <strong>Before the vault:</strong> what was stored before you turned it on is re-written encrypted. The desktop app then
            restarts once and removes the files that held the readable copies, carrying the encrypted records across. A browser cannot
            remove its own files, which may keep readable traces until they are overwritten; for a clean start there, export a protected
            backup, wipe this device, turn the vault on and restore the backup.
          </li>
        </ul>
      </section>
    </div>
  );
}
