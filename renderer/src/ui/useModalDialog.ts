import { useEffect, useRef } from 'react';

/**
 * A native modal <dialog> that follows `open`: shown with showModal (in view,
 * focus inside, the rest inert), closed when `open` turns false. Esc and
 * close() fire the dialog's own close event, where the caller resets `open`;
 * the browser puts focus back where it was.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
