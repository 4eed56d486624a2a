import { unzipSync, zipSync, type Zippable } from 'fflate';
import { OWN_EXERCISE_LIMITS, OWN_TEMPLATE_LIMITS } from './own-exercise-limits.ts';
import { englishMessage, type PlainMessage } from './plain-messages.ts';

// Exercises and templates facilitators share with each other: Markdown files
// in the format of content/, one at a time or several in a ZIP archive laid
// out like content/ (exercises/*.md, templates/*.md), which a text editor or
// any unzip tool opens. fflate reads and writes the archive.
//
// An archive from elsewhere is read with limits decided before anything is
// inflated: its own size, how many entries, and each entry's declared size.
// fflate inflates each entry into a buffer of exactly its declared size and
// stops there, so an entry that claims little and holds much (a "zip bomb")
// is cut at its claim and then fails the content check, never filling memory.

export interface SharedFile {
  name: string;
  text: string;
}

/** Files another facilitator shared: exercises and templates, each its Markdown text. */
export interface SharedFiles {
  exercises: SharedFile[];
  templates: SharedFile[];
}

export const SHARED_LIMITS = {
  /** An archive, as chosen: a few hundred exercises. */
  archiveBytes: 20 * 1024 * 1024,
  /** Files in one archive. */
  entries: 300,
} as const;

/** Shared files as read, or why they were refused: in English, and as a kind for the app to say in the facilitator's language. */
export type SharedRead = { ok: true; files: SharedFiles } | { ok: false; message: string; plain: PlainMessage };

const refuse = (plain: PlainMessage): SharedRead => ({ ok: false, message: englishMessage(plain), plain });

/** Whether a Markdown file is a template (its front matter has an agenda) rather than an exercise. */
export function isTemplateText(text: string): boolean {
  const end = text.indexOf('\n---', 4);
  const frontMatter = text.startsWith('---') ? text.slice(0, end > 0 ? end : undefined) : '';
  return /^agenda:/m.test(frontMatter);
}

/** Sorts chosen Markdown files into exercises and templates, by what each holds. */
export function sortSharedMarkdown(files: readonly SharedFile[]): SharedFiles {
  return {
    exercises: files.filter((file) => !isTemplateText(file.text)),
    templates: files.filter((file) => isTemplateText(file.text)),
  };
}

/** Several shared files as one archive, laid out like content/: exercises/<name>.md and templates/<name>.md. */
export function packShared(files: SharedFiles): Uint8Array {
  const archive: Zippable = {};
  const encoder = new TextEncoder();
  for (const [folder, list] of [
    ['exercises', files.exercises],
    ['templates', files.templates],
  ] as const) {
    const used = new Set<string>();
    for (const file of list) {
      const stem = file.name.replace(/\.md$/i, '');
      let name = `${stem}.md`;
      for (let n = 2; used.has(name); n++) name = `${stem}-${n}.md`;
      used.add(name);
      archive[`${folder}/${name}`] = encoder.encode(file.text);
    }
  }
  return zipSync(archive, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

const ignored = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name);

/** Reads an archive of shared files, refusing one too large, too full, or holding anything but UTF-8 Markdown. */
export function unpackShared(bytes: Uint8Array): SharedRead {
  if (bytes.byteLength > SHARED_LIMITS.archiveBytes)
    return refuse({ kind: 'archiveTooLarge', megabytes: Math.ceil(bytes.byteLength / 1_000_000), maxMegabytes: SHARED_LIMITS.archiveBytes / 1024 / 1024 });
  const perFile = Math.max(OWN_EXERCISE_LIMITS.fileBytes, OWN_TEMPLATE_LIMITS.fileBytes);
  let entries = 0;
  let refusal: PlainMessage | null = null;
  let entriesRead: Record<string, Uint8Array>;
  try {
    entriesRead = unzipSync(bytes, {
      filter: (file) => {
        if (refusal || ignored(file.name)) return false;
        entries++;
        if (entries > SHARED_LIMITS.entries) refusal = { kind: 'tooManyFiles', max: SHARED_LIMITS.entries };
        else if (!/\.md$/i.test(file.name)) refusal = { kind: 'notMarkdownFile', name: file.name };
        else if (file.originalSize > perFile) refusal = { kind: 'fileTooLargeInArchive', name: file.name };
        return refusal === null;
      },
    });
  } catch {
    return refuse({ kind: 'notZip' });
  }
  if (refusal) return refuse(refusal);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: SharedFile[] = [];
  for (const [path, content] of Object.entries(entriesRead)) {
    let text: string;
    try {
      text = decoder.decode(content);
    } catch {
      return refuse({ kind: 'notUtf8', name: path });
    }
    files.push({ name: path, text });
  }
  if (files.length === 0) return refuse({ kind: 'noMarkdownFiles' });
  files.sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true, files: sortSharedMarkdown(files) };
}
