import { useMemo, type MouseEvent } from 'react';
import { renderMarkdown } from '../../../domain/markdown/render-markdown.ts';
import { useHost } from '../host/host-context.tsx';

interface MarkdownProps {
  source: string;
  className?: string;
}

/**
 * Renders trusted-shape Markdown (raw HTML is off, links are vetted) and
 * sends link clicks through the host, which asks before leaving the app.
 */
export function Markdown({ source, className }: MarkdownProps) {
  const host = useHost();
  const html = useMemo(() => renderMarkdown(source), [source]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a[href]');
    if (!link) return;
    event.preventDefault();
    void host.openExternalLink(link.getAttribute('href') ?? '');
  };

  return (
    // Safe to inject: markdown-it runs with raw HTML disabled. The click
    // handler only intercepts links, which stay keyboard-operable.
    <div className={['markdown', className].filter(Boolean).join(' ')} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
