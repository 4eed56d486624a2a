import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isTemplateText, packShared, SHARED_LIMITS, sortSharedMarkdown, unpackShared } from '../../../domain/content/shared-files.ts';

// Shared files: several exercises and templates in one ZIP archive laid out
// like content/, read back as they were; an archive from elsewhere is refused
// before it can fill memory, and anything but UTF-8 Markdown is refused.

const exercise = { name: 'listening-in-threes.md', text: '---\nid: own-aaaaaaaaaaaa\ntitle: Listening\n---\n\nWhy.\n' };
const template = { name: 'our-evening.md', text: '---\nid: own-bbbbbbbbbbbb\nagenda:\n  - kind: break\n---\n\nAbout.\n' };

/** Sets an archive's declared uncompressed size of its first entry, in both its headers, as a crafted file would. */
function declareSize(archive: Uint8Array, size: number): Uint8Array {
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer);
  view.setUint32(22, size, true); // local file header
  for (let offset = bytes.length - 22; offset >= 0; offset--)
    if (view.getUint32(offset, true) === 0x02014b50) {
      view.setUint32(offset + 24, size, true); // central directory
      break;
    }
  return bytes;
}

describe('shared files', () => {
  it('an archive of exercises and templates reads back as the same files, each in its folder', () => {
    const archive = packShared({ exercises: [exercise, { ...exercise, text: `${exercise.text}More.\n` }], templates: [template] });
    const read = unpackShared(archive);
    expect(read).toEqual({
      ok: true,
      files: {
        exercises: [
          { name: 'exercises/listening-in-threes-2.md', text: `${exercise.text}More.\n` },
          { name: 'exercises/listening-in-threes.md', text: exercise.text },
        ],
        templates: [{ name: 'templates/our-evening.md', text: template.text }],
      },
    });
    // The same files make the same bytes: nothing of when or where they were packed.
    expect(packShared({ exercises: [exercise], templates: [template] })).toEqual(packShared({ exercises: [exercise], templates: [template] }));
  });

  it('tells a template from an exercise by its agenda', () => {
    expect(isTemplateText(template.text)).toBe(true);
    expect(isTemplateText(exercise.text)).toBe(false);
    expect(isTemplateText('---\ntitle: x\n---\n\nagenda:\n')).toBe(false);
    expect(sortSharedMarkdown([template, exercise])).toEqual({ exercises: [exercise], templates: [template] });
  });

  it('cuts an entry that holds more than it declares at its declaration, so a small file cannot fill memory', () => {
    const bomb = declareSize(zipSync({ 'exercises/bomb.md': new Uint8Array(30 * 1024 * 1024).fill(97) }, { level: 9 }), 1000);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const read = unpackShared(bomb);
    expect(read.ok && read.files.exercises[0]!.text.length).toBe(1000);
  });

  it.each([
    ['garbage', new TextEncoder().encode('not a zip at all'), /not a ZIP archive/],
    ['an entry that declares more than a file may be', declareSize(zipSync({ 'a.md': new Uint8Array(10) }), 50_000_000), /larger than any exercise/],
    ['a file that is not Markdown', zipSync({ 'run.sh': new TextEncoder().encode('rm -rf /') }), /“run.sh” in this archive is not a Markdown/],
    ['text that is not UTF-8', zipSync({ 'a.md': new Uint8Array([0xff, 0xfe, 0x00]) }), /“a.md” in this archive is not text/],
    [
      'too many files',
      zipSync(Object.fromEntries(Array.from({ length: SHARED_LIMITS.entries + 1 }, (_, n) => [`e${n}.md`, new Uint8Array([97])]))),
      /more than 300 files/,
    ],
    ['no Markdown at all', zipSync({ '__MACOSX/._a.md': new Uint8Array([1]) }), /holds no Markdown/],
    ['too many bytes', new Uint8Array(SHARED_LIMITS.archiveBytes + 1), /may be at most 20 MB/],
  ])('refuses %s with a plain message', (_label, bytes, message) => {
    const read = unpackShared(bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(message);
  });
});
