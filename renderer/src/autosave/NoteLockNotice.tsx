import type { LockNotice } from './note-editor.ts';

const MESSAGES: Record<Exclude<LockNotice, null>, string> = {
  elsewhere: 'Being edited in another window. It shows their text as they type; you can edit it here once they leave it.',
  'elsewhere-kept':
    'Being edited in another window. What you typed here is kept, and will be added to their text as soon as they leave it.',
  'free-again': 'The other window is done with this: you can edit it here again.',
  merged: 'This was changed in another window at the same moment: your words were added after theirs.',
  'not-merged':
    'This was changed in another window at the same moment, and your last change here could not be combined with theirs. Check it, and make your change again.',
};

/**
 * Says when another window is editing the field, and when it is free again.
 * It is always in the page, empty when there is nothing to say, so screen
 * readers announce each change (politely: typing elsewhere is not an alarm).
 * Give its id to the field's aria-describedby.
 */
export function NoteLockNotice({ notice, id }: { notice: LockNotice; id: string }) {
  return (
    <p id={id} role="status" className={notice ? `note-lock-notice note-lock-notice--${notice}` : 'note-lock-notice'}>
      {notice ? MESSAGES[notice] : null}
    </p>
  );
}
