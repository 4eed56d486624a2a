import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { materialsMentioned } from '../../../domain/content/materials.ts';

// The preparation pack gathers what to bring from the notes it prints: in
// Spanish from the translated notes, read with Spanish words. A translated
// exercise or template asks for the same things as its English source, so
// its list must have the same items.

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

/** A content file's front matter. */
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, string | undefined>;

describe('what to bring, in Spanish', () => {
  it('picks the items that ask for things, by their first words or a "traer" anywhere, and leaves the rest', () => {
    const notes = [
      '**Preparación**',
      '',
      '- Lleva papelitos idénticos y bolígrafos de un solo color,',
      '  y dos cajas.',
      '- Leer cuarenta papelitos en voz alta lleva unos cinco minutos.',
      '- **Quien controla el tiempo.** Lleva el temporizador de la app.',
      '- Imprime un juego de las seis tarjetas por grupo.',
      '- Papelitos idénticos, bolígrafos de un solo color, una caja.',
      '- **Materiales:** papelógrafos; notas adhesivas.',
      '- Ten información de apoyo impresa donde cualquiera pueda cogerla.',
      '- Si el grupo tiene peticiones de la comunidad, traerlas.',
      '',
      '**Qué vigilar**',
      '',
      '- *Lectura:* se leen en voz alta todos los papelitos y tarjetas.',
    ].join('\n');
    expect(materialsMentioned(notes, 'es')).toEqual([
      'Lleva papelitos idénticos y bolígrafos de un solo color, y dos cajas.',
      'Imprime un juego de las seis tarjetas por grupo.',
      'Papelitos idénticos, bolígrafos de un solo color, una caja.',
      '**Materiales:** papelógrafos; notas adhesivas.',
      'Ten información de apoyo impresa donde cualquiera pueda cogerla.',
      'Si el grupo tiene peticiones de la comunidad, traerlas.',
    ]);
    // Read with English words, Spanish notes ask for nothing: the language must be given.
    expect(materialsMentioned(notes)).toEqual([]);
  });

  it.each([
    ['exercises', 'facilitatorNotes'],
    ['templates', 'preparation'],
  ])('finds as many items in each translated %s as in its English source', (folder, field) => {
    const translated = readdirSync(path.join(CONTENT, 'es', folder)).filter((name) => name.endsWith('.md'));
    expect(translated.length).toBeGreaterThan(0);
    const counts = translated.map((name) => [
      name,
      materialsMentioned(frontMatter(path.join(CONTENT, folder, name))[field] ?? '').length,
      materialsMentioned(frontMatter(path.join(CONTENT, 'es', folder, name))[field] ?? '', 'es').length,
    ]);
    expect(counts.filter(([, english, spanish]) => english !== spanish)).toEqual([]);
    expect(counts.some(([, english]) => Number(english) > 0)).toBe(true);
  });
});
