import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, LANGUAGES, PSEUDO_LANGUAGE } from '../../../renderer/src/i18n/languages.ts';
import { pseudoLocalize } from '../../../renderer/src/i18n/pseudo.ts';

// The app's catalogs: every language has every namespace and every key the
// English one has, with the same placeholders, and plurals with exactly the
// CLDR categories of its language (Spanish: one, many, other).

const LOCALES = path.resolve(import.meta.dirname, '../../../renderer/src/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Catalog = Record<string, unknown>;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value as Catalog, name)) out.set(k, v);
    else throw new Error(`${name} is neither text nor a group`);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((match) => match[1]).sort();

async function catalogs(language: string): Promise<Map<string, Map<string, string>>> {
  const files = (await readdir(path.join(LOCALES, language))).filter((file) => file.endsWith('.json'));
  const out = new Map<string, Map<string, string>>();
  for (const file of files)
    out.set(file.replace(/\.json$/, ''), flatten(JSON.parse(await readFile(path.join(LOCALES, language, file), 'utf8')) as Catalog));
  return out;
}

/** Keys with their plural suffixes taken off, each with the categories it has. */
function byBase(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const plural = PLURAL.exec(key);
    const base = plural ? key.slice(0, -plural[0].length) : key;
    const categories = out.get(base) ?? new Set<string>();
    if (plural) categories.add(plural[1]!);
    out.set(base, categories);
  }
  return out;
}

export function catalogProblems(
  english: Map<string, Map<string, string>>,
  other: Map<string, Map<string, string>>,
  language: string,
): string[] {
  const problems: string[] = [];
  const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const canonical = (list: Iterable<string>) => [...list].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const categories = canonical(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  for (const [namespace, source] of english) {
    const target = other.get(namespace);
    if (!target) {
      problems.push(`${language}/${namespace}.json is missing`);
      continue;
    }
    const sourceBases = byBase(source.keys());
    const targetBases = byBase(target.keys());
    for (const [base, sourceCategories] of sourceBases) {
      const targetCategories = targetBases.get(base);
      if (!targetCategories) {
        problems.push(`${language}/${namespace}: “${base}” is not translated`);
        continue;
      }
      if (sourceCategories.size > 0 && categories.join() !== canonical(targetCategories).join())
        problems.push(
          `${language}/${namespace}: “${base}” has plural forms ${canonical(targetCategories).join(', ')}; ${language} needs ${categories.join(', ')}`,
        );
      const sourceText = source.get(base) ?? source.get(`${base}_other`) ?? '';
      for (const [key, text] of target)
        if (key === base || key.startsWith(`${base}_`))
          if (
            placeholders(text).join() !==
            placeholders(sourceText)
              .filter((name) => name !== 'count' || placeholders(text).includes('count'))
              .join()
          )
            problems.push(
              `${language}/${namespace}: “${key}” has placeholders ${placeholders(text).join(', ') || 'none'}; English has ${placeholders(sourceText).join(', ') || 'none'}`,
            );
    }
    for (const base of targetBases.keys())
      if (!sourceBases.has(base)) problems.push(`${language}/${namespace}: “${base}” is not in English`);
  }
  return problems;
}

describe('the app’s catalogs', () => {
  it('every language has every English key, with the same placeholders and its own plural categories', async () => {
    const english = await catalogs('en');
    expect(english.size).toBeGreaterThan(0);
    for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en'))
      expect(catalogProblems(english, await catalogs(language), language), language).toEqual([]);
  });

  it('finds a missing key, a changed placeholder and a missing plural category', () => {
    const english = new Map([
      [
        'x',
        new Map([
          ['a', 'A {{name}}'],
          ['n_one', '{{count}} thing'],
          ['n_other', '{{count}} things'],
        ]),
      ],
    ]);
    const broken = new Map([
      [
        'x',
        new Map([
          ['a', 'A {{nombre}}'],
          ['n_one', '{{count}} cosa'],
          ['n_other', '{{count}} cosas'],
        ]),
      ],
    ]);
    expect(catalogProblems(english, broken, 'es')).toEqual([
      'es/x: “a” has placeholders nombre; English has name',
      'es/x: “n” has plural forms one, other; es needs one, many, other',
    ]);
    expect(catalogProblems(english, new Map([['x', new Map()]]), 'es')).toEqual([
      'es/x: “a” is not translated',
      'es/x: “n” is not translated',
    ]);
  });
});

/** Words that guess at a plural ("call(s)", "llamada(s)") where a count could choose the form. */
function pluralGuesses(catalog: Map<string, Map<string, string>>, language: string): string[] {
  const problems: string[] = [];
  for (const [namespace, entries] of catalog)
    for (const [key, text] of entries)
      if (/\p{L}\((?:s|es)\)/u.test(text)) problems.push(`${language}/${namespace}: “${key}” guesses a plural: ${text}`);
  return problems;
}

describe('plurals chosen by count', () => {
  it('no catalog writes “(s)”: each count chooses its own word, by CLDR rules', async () => {
    for (const language of Object.keys(LANGUAGES)) expect(pluralGuesses(await catalogs(language), language), language).toEqual([]);
  });

  it('finds a guessed plural', () => {
    const guessed = new Map([['run', new Map([['log', '{{caucus}} llamada(s), {{shifts}} cambio(es)']])]]);
    expect(pluralGuesses(guessed, 'es')).toEqual(['es/run: “log” guesses a plural: {{caucus}} llamada(s), {{shifts}} cambio(es)']);
    expect(pluralGuesses(new Map([['run', new Map([['note', 'Pausa (si hace falta)']])]]), 'es')).toEqual([]);
  });
});

describe('choosing the app’s language', () => {
  it('takes the facilitator’s choice, else the browser’s first language the app speaks, else English', () => {
    expect(chooseLanguage(['es-MX', 'en'], null)).toBe('es');
    expect(chooseLanguage(['fr-FR', 'es'], null)).toBe('es');
    expect(chooseLanguage(['fr-FR'], null)).toBe('en');
    expect(chooseLanguage(['es'], 'en')).toBe('en');
    expect(chooseLanguage(['en'], PSEUDO_LANGUAGE)).toBe(PSEUDO_LANGUAGE);
    expect(chooseLanguage(['en'], 'klingon')).toBe('en');
  });

  it('makes the pseudo-language at least 30% longer, keeping placeholders and tags', () => {
    const text = 'Start the timer for {{minutes}} minutes <1>now</1>';
    const pseudo = pseudoLocalize(text);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.ceil(text.length * 1.3));
    expect(pseudo).toContain('{{minutes}}');
    expect(pseudo).toContain('<1>');
    expect(pseudo).toMatch(/^\[Štárt/);
  });
});

describe('the promise to participants', () => {
  it('reads on the display word for word as on the device and the phone page', async () => {
    const { PARTICIPANT_PROMISE } = await import('../../../domain/check-ins/participant-promise.ts');
    for (const namespace of ['display', 'handAround']) {
      const catalog = JSON.parse(await readFile(path.join(LOCALES, 'en', `${namespace}.json`), 'utf8')) as { promise: string };
      expect(catalog.promise, namespace).toBe(PARTICIPANT_PROMISE);
    }
  });
});
