import MarkdownIt from 'markdown-it';
import { toSafeExternalUrl } from '../links/external-url.ts';

// One configuration for every piece of Markdown the app shows: exercise
// content, notes and summaries. Raw HTML is off, so text typed by a user or
// written in a content file can never become markup, and links are kept only
// when they point somewhere safe to open outside the app.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

markdown.validateLink = (url: string) => toSafeExternalUrl(url) !== null;

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
