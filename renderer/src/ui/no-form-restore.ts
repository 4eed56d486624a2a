// Chromium's session restore (the files a browser keeps to reopen its tabs)
// saves the values typed into a page's fields, so that Back or a restart can
// put them back: a note typed here would sit, readable, in the profile's
// "Sessions" files, whatever the app encrypts. Fields marked
// autocomplete="off" are never saved there (Blink saves and restores only
// controls that may autocomplete). Rather than trust every component to say
// so, every field the app ever shows is marked as it appears: a new field
// cannot forget. Password fields are left alone: their values are never saved,
// and password managers may fill them.

const FIELDS = 'input:not([type="password"]), textarea';

function mark(root: ParentNode & Node): void {
  if (root instanceof HTMLInputElement || root instanceof HTMLTextAreaElement) {
    if (root.matches(FIELDS)) root.setAttribute('autocomplete', 'off');
    return;
  }
  for (const field of root.querySelectorAll(FIELDS)) field.setAttribute('autocomplete', 'off');
}

/** Marks every field now in `root` and every field added to it from now on; returns a function that stops watching. */
export function keepFieldsOutOfSessionRestore(root: HTMLElement): () => void {
  mark(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) mark(node);
      if (mutation.type === 'attributes' && mutation.target instanceof Element && mutation.target.getAttribute('autocomplete') !== 'off') {
        mark(mutation.target);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['autocomplete', 'type'] });
  return () => observer.disconnect();
}
