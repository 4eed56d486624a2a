import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// What the content check cannot see in a Spanish file, read as a facilitator
// reads it: that another exercise is named so that it can be found in the
// library, that words the glossary rules out (for what they say to a room)
// stay out, and that no paragraph of the English body was dropped.

const CONTENT = path.join(PROJECT_ROOT, 'content');
const KINDS = ['exercises', 'checkins', 'templates'] as const;

interface Item {
  id: string;
  english: string[];
  /** How the Spanish library names it: its Spanish title where it is translated, its English title where it is not. */
  library: string[];
}

const titleOf = (text: string) => text.match(/^title: "(.*)"$/m)![1]!.replace(/\\"/g, '"');
const markdownFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.md'));
const read = (...parts: string[]) => readFileSync(path.join(CONTENT, ...parts), 'utf8');

// Short names the English content uses for a long title, and their Spanish counterparts.
const ENGLISH_SHORT: Record<string, string> = {
  'competition-for-resources': 'Competition for resources',
  'zero-sum-check': 'Zero-sum check',
  'ally-meta-beliefs': 'What do I think they think of me?',
  'ally-peer-norms': 'Bringing in a peer',
};
const SPANISH_SHORT: Record<string, string> = {
  'competition-for-resources': 'Competencia por los recursos',
};

function library(): Item[] {
  return KINDS.flatMap((kind) =>
    markdownFiles(path.join(CONTENT, kind)).map((file) => {
      const id = file.replace(/\.md$/, '');
      const english = [titleOf(read(kind, file)), ...(ENGLISH_SHORT[id] ? [ENGLISH_SHORT[id]] : [])];
      const translated = markdownFiles(path.join(CONTENT, 'es', kind)).includes(file);
      const library = translated ? [titleOf(read('es', kind, file)), ...(SPANISH_SHORT[id] ? [SPANISH_SHORT[id]] : [])] : english;
      return { id, english, library };
    }),
  );
}

/** The Spanish files with their English sources. */
function pairs(): { file: string; english: string; spanish: string }[] {
  return KINDS.flatMap((kind) =>
    markdownFiles(path.join(CONTENT, 'es', kind)).map((file) => ({
      file: `${kind}/${file}`,
      english: read(kind, file),
      spanish: read('es', kind, file),
    })),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * How often a text names `name` as a title, its own `title:` line aside: in quotes (escaped or not), as the
 * English does, or in Spanish also in guillemets or italics (not bold: a heading; where the English uses italics, it is for an idea, not a title).
 */
function mentions(text: string, name: string, { italics }: { italics: boolean }): number {
  const body = text.replace(/^title: .*$/m, '');
  const [open, close] = italics ? ['(\\\\?"|«|(?<!\\*)\\*)', '(\\\\?"|»|\\*(?!\\*))'] : ['\\\\?"', '\\\\?"'];
  return body.match(new RegExp(`${open}${escape(name)}${close}`, 'g'))?.length ?? 0;
}

describe('Spanish content', () => {
  it('names each exercise, check-in and template as the Spanish library shows it, wherever the English names it', () => {
    const items = library();
    const wrong: string[] = [];
    for (const { file, english, spanish } of pairs()) {
      for (const item of items) {
        const inEnglish = item.english.reduce((sum, name) => sum + mentions(english, name, { italics: false }), 0);
        const inSpanish = item.library.reduce((sum, name) => sum + mentions(spanish, name, { italics: true }), 0);
        if (inEnglish !== inSpanish) wrong.push(`${file}: "${item.english[0]}" is named ${inEnglish}× in English, "${item.library[0]}" ${inSpanish}× in Spanish`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Each with the reason a facilitator would give; content/README.md's glossary says what to write instead.
  const AVOID: [RegExp, string][] = [
    [/\b(coge|coges|cogen|coger|cogerla|cogerlo|cogerlas|cogerlos|coja|cojas|cojan|cógela|cógelo|cogió|cogido)\b/i, '"coger" is vulgar in much of Latin America: "tomar"'],
    [/\bpill(a|e|ar|ó)\b/i, '"pillar" is colloquial Spain: "tomar por sorpresa"'],
    [/\bblancos\b|\b(un|el|al|del) blanco\b/i, 'a "blanco" (target) reads as "white people" in a workshop on racism'],
    [/\barraigo\b/i, '"arraigo" is also a Spanish residence-permit route: "anclaje"'],
    [/\bofertas?\b/i, 'an ally\'s offer is an "ofrecimiento"'],
    [/\bBienvenid[ao]s?\.(\s|$)/, 'a lone "Bienvenida." greets one woman: "Damos la bienvenida a todo el mundo"'],
    [/\b(vosotr[oa]s|vuestr[oa]s?)\b/i, 'the app says tú, never vosotros'],
    [/tiempo en espacio propio/i, 'the app says "tiempo de espacio propio"'],
    [/\binstrumentos?\b/i, 'the app calls a check-in\'s questionnaires "cuestionarios"'],
    [/quien controla el tiempo/i, 'the app\'s role is "Quien lleva el tiempo"'],
    [/comunidad muy afectada/i, 'the English means one of the communities most affected: "una de las comunidades más afectadas"'],
  ];

  it('keeps out words the glossary rules out for what they say to a room', () => {
    const found = pairs().flatMap(({ file, spanish }) =>
      AVOID.flatMap(([pattern, why]) => {
        const match = spanish.match(pattern);
        return match ? [`${file}: "${match[0]}": ${why}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it('keeps every paragraph of the English body', () => {
    const paragraphs = (text: string) => text.split(/^---$/m).slice(2).join('---').split(/\n\s*\n/).filter((part) => part.trim()).length;
    const short = pairs()
      .filter(({ english, spanish }) => paragraphs(english) !== paragraphs(spanish))
      .map(({ file, english, spanish }) => `${file}: ${paragraphs(english)} paragraphs in English, ${paragraphs(spanish)} in Spanish`);
    expect(short).toEqual([]);
  });
});
