// Writes the SHA-256 checksums of the installers in a folder, one line each in the format
// `sha256sum -c` and `shasum -a 256 -c` read: the hash, two spaces, the file name.
// Usage: tsx scripts/write-checksums.ts <folder> <output file>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a user downloads: the Linux AppImage and deb, the Windows installer, the macOS disk image. */
export const INSTALLER_EXTENSIONS = ['.AppImage', '.deb', '.exe', '.dmg'];

export function checksumLines(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && INSTALLER_EXTENSIONS.includes(path.extname(entry.name)))
    .map((entry) => entry.name)
    .sort()
    .map(
      (name) =>
        `${createHash('sha256')
          .update(readFileSync(path.join(folder, name)))
          .digest('hex')}  ${name}`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, output] = process.argv.slice(2);
  if (!folder || !output) {
    console.error('Usage: tsx scripts/write-checksums.ts <folder> <output file>');
    process.exit(1);
  }
  const lines = checksumLines(folder);
  if (lines.length === 0) {
    console.error(`No installers in ${folder}: nothing to checksum.`);
    process.exit(1);
  }
  writeFileSync(output, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}
