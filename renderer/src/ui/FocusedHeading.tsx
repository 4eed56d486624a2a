import { useEffect, useRef, type ReactNode } from 'react';

interface FocusedHeadingProps {
  level?: 1 | 2;
  id?: string;
  children: ReactNode;
}

/**
 * A heading that takes focus when it appears, for screens that replace one
 * another in place (a turn on the device, a pause, the end): keyboard and
 * screen-reader users start reading at the top of the new one.
 */
export function FocusedHeading({ level = 1, id, children }: FocusedHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Heading ref={ref} id={id} tabIndex={-1}>
      {children}
    </Heading>
  );
}
