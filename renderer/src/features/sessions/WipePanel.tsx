import { useState } from 'react';
import { wipeEverything } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { withdrawFromDisplays } from '../../run-engine/display-channel.ts';

const CONFIRMATION = 'wipe';

/**
 * Deletes everything the app keeps on this device, after one deliberate
 * confirmation, and says plainly what that does and does not guarantee.
 */
export function WipePanel() {
  const host = useHost();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<'idle' | 'wiping' | 'failed'>('idle');

  const wipe = async () => {
    setState('wiping');
    try {
      // A projector showing a session that is about to be wiped goes blank first.
      withdrawFromDisplays();
      await wipeEverything();
      const outcome = await host.wipeProfile();
      // The desktop app relaunches by itself; a browser tab starts again, empty.
      if (outcome === 'done') {
        window.location.hash = '#/sessions';
        window.location.reload();
      }
    } catch {
      setState('failed'); // the data layer has said what went wrong
    }
  };

  return (
    <section className="wipe-panel" aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">Wipe this device</h2>
      <p>
        Deletes every session on this device, with its plans, notes, reflections, actions and check-in results, and anything being typed.
        There is no undo. Export a backup first if anyone needs a copy, and keep it somewhere safe.
      </p>
      {!open ? (
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          Wipe everything on this device…
        </button>
      ) : (
        <form
          className="wipe-panel__confirm"
          aria-label="Confirm the wipe"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim().toLowerCase() === CONFIRMATION) void wipe();
          }}
        >
          <p>
            <strong>What this does:</strong> the app deletes its database and everything it keeps in this browser profile. In the desktop
            app it then restarts and removes the profile’s storage folders before any window opens, so the files that kept old versions of
            your notes are gone too.
          </p>
          <p>
            <strong>What it cannot promise:</strong> on a solid-state drive, deleted files can sometimes be recovered with special tools
            until the drive reuses the space; backups you exported, copies in other apps and the operating system’s own backups are not
            touched. In a browser, the browser’s own files may keep traces until it tidies them. With the vault on, those traces are
            encrypted, and the wipe destroys the keys with the database.
          </p>
          <label>
            Type “{CONFIRMATION}” to confirm{' '}
            <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <div className="wipe-panel__actions">
            <button
              type="submit"
              className="button button--danger"
              disabled={typed.trim().toLowerCase() !== CONFIRMATION || state === 'wiping'}
            >
              {state === 'wiping' ? 'Wiping…' : 'Wipe everything now'}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setOpen(false);
                setTyped('');
              }}
            >
              Keep everything
            </button>
          </div>
          {state === 'failed' && (
            <p role="alert">The wipe did not finish: the message at the top of the screen says what went wrong. Try again.</p>
          )}
        </form>
      )}
    </section>
  );
}
