import type { Block, Run } from './markdown.ts';

// A few lines of DOM building. Text goes in through textContent only: the
// page never turns a string into markup (and its CSP allows no inline
// style), so nothing in the round's data can become HTML.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; [attribute: string]: string | undefined } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name === 'className') element.className = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

function runs(parent: HTMLElement, list: Run[]): HTMLElement {
  for (const run of list) parent.append(run.bold ? el('strong', {}, [run.text]) : document.createTextNode(run.text));
  return parent;
}

/** An introduction's paragraphs and lists as DOM nodes. */
export function markdownNodes(blocks: Block[]): HTMLElement[] {
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? runs(el('p'), block.runs)
      : el(
          'ul',
          {},
          block.items.map((item) => runs(el('li'), item)),
        ),
  );
}

/** A screen's heading, ready to take focus when the screen appears. */
export function heading(text: string, level: 'h1' | 'h2' = 'h1'): HTMLHeadingElement {
  return el(level, { tabindex: '-1' }, [text]);
}
