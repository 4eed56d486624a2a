import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file under a closed browser profile that holds `text`, as UTF-8 or
 * UTF-16 (little-endian, as Chromium keeps strings), byte for byte: what
 * anyone holding the device's files could find with a plain search.
 */
export async function filesHolding(profileDir: string, text: string): Promise<string[]> {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const bytes = await readFile(full).catch(() => Buffer.alloc(0));
        if (needles.some((needle) => bytes.includes(needle))) found.push(path.relative(profileDir, full));
      }
    }
  };
  await walk(profileDir);
  return found;
}
