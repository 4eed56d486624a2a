import { useLayoutEffect, type RefObject } from 'react';

/**
 * The participant display is laid out once, on a fixed logical stage of this
 * size, and scaled as a whole to fit whatever window it is in: a projector at
 * 1024×768, 1920×1080 or 4K shows the same lines in the same places, only
 * larger or smaller, and nothing reflows off the screen.
 */
export const STAGE = { width: 1280, height: 720 } as const;

/** How much the stage is scaled to fit a window of this size, keeping its proportions. */
export function stageScale(width: number, height: number): number {
  return Math.min(width / STAGE.width, height / STAGE.height);
}

/**
 * Keeps `--stage-scale` on the frame element current as the window resizes
 * (set through the CSS object model, which the Content-Security-Policy allows).
 */
export function useStageScale(frame: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => element.style.setProperty('--stage-scale', String(stageScale(element.clientWidth, element.clientHeight)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);
}

/** The least the display's text may shrink to fit: its smallest text then is still about 20 pt on a 1280×720 stage. */
const SMALLEST_FIT = 0.7;
const FIT_STEP = 0.05;

/**
 * Keeps what the room must read on the stage: when the stage's content is
 * taller than the stage (a round counted from slips, with its instructions
 * and every question, or a long prompt), its text is made smaller, step by
 * step, down to the 20 pt floor; if it still does not fit, the check-in's
 * instructions and questions flow into two columns. A projector cannot
 * scroll, so nothing may be left below its edge. The display calls this
 * when what it shows changes, not at every tick of the timer.
 */
export function fitToStage(main: HTMLElement): void {
  main.style.setProperty('--fit', '1');
  main.removeAttribute('data-fit');
  const overflowing = () => main.scrollHeight > main.clientHeight + 1 || main.scrollWidth > main.clientWidth + 1;
  for (let fit = 1 - FIT_STEP; overflowing() && fit >= SMALLEST_FIT - 1e-9; fit -= FIT_STEP)
    main.style.setProperty('--fit', fit.toFixed(2));
  if (overflowing()) main.setAttribute('data-fit', 'columns');
}
