import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLibraryPlugin } from '../../../scripts/content-plugin.ts';

// The build's Spanish module: translated documents merged with their English
// sources, and the ids still to translate, which the app shows in English
// with a label. The English modules are not touched by it.

const projectRoot = path.resolve(import.meta.dirname, '../../..');

async function loadModule(id: string): Promise<string> {
  const plugin = contentLibraryPlugin({ contentDir: path.join(projectRoot, 'content'), projectRoot });
  const resolved = (plugin.resolveId as (id: string) => string | null)(id);
  expect(resolved).toBe(`\0${id}`);
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string>;
  return load.call({ addWatchFile: () => undefined }, resolved!);
}

/** Evaluates a generated module's JSON exports (the loaders aside). */
function exportsOf(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, name, json] of code.matchAll(/^export const (\w+) = JSON\.parse\((".*")\);$/gm)) out[name!] = JSON.parse(JSON.parse(json!) as string);
  for (const [, name, json] of code.matchAll(/^export const (\w+) = ("[^"]*");$/gm)) out[name!] = JSON.parse(json!);
  return out;
}

describe('virtual:content-translations/es', () => {
  it('carries the translated template and instruments with the English timings and rules, and lists what is untranslated', async () => {
    const spanish = exportsOf(await loadModule('virtual:content-translations/es'));
    const english = await loadModule('virtual:content-details');
    const englishTemplates = JSON.parse(english.match(/export const templates = (.*);$/m)![1]!) as { id: string; agenda: unknown[] }[];

    expect(spanish.language).toBe('es');
    const templates = spanish.templates as { id: string; title: string; agenda: { minutes?: number; instruments?: string[] }[] }[];
    const first = templates.find((template) => template.id === 'first-session-mixed-group')!;
    expect(first.title).toBe('Primera sesión para un grupo mixto');
    const source = englishTemplates.find((template) => template.id === first.id)!;
    expect(first.agenda.map((item) => [item.minutes, item.instruments])).toEqual(
      (source.agenda as typeof first.agenda).map((item) => [item.minutes, item.instruments]),
    );

    const checkIns = spanish.checkIns as { id: string; minimumGroupSize: number; patterns: { when: unknown[] }[] }[];
    expect(checkIns.map((instrument) => instrument.id).sort()).toEqual(['ally-acceptance', 'ally-centring', 'coalition-solidarity', 'respect-and-empowerment']);
    expect(checkIns.every((instrument) => instrument.minimumGroupSize >= 5)).toBe(true);

    const untranslated = spanish.untranslated as Record<string, string[]>;
    expect(untranslated.checkIns).toEqual([]);
    expect(untranslated.templates).not.toContain('first-session-mixed-group');
    expect(untranslated.exercises!.length + (spanish.exerciseSummaries as unknown[]).length).toBe(26);
  });

  it('leaves the English modules as they were', async () => {
    const library = await loadModule('virtual:content-library');
    expect(library).not.toContain('Primera sesión');
    expect(library).toContain('First session for a mixed group');
  });
});
