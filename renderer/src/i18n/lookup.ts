// A catalog lookup without the i18n library, for the two places that read
// the app's catalogs but are not the renderer: the main process (its menus
// and dialogs, electron/main/desktop-words.ts) and the phone page
// (renderer/phone, loaded on old phones over the room's Wi-Fi). Both need
// nested keys, {{placeholder}} interpolation and _one/_other… plurals by
// CLDR rules, nothing more: a second i18next (and its start-up, and its
// 40 kB) would buy them nothing. No imports, so either may take it.

export type Catalog = { readonly [key: string]: string | Catalog };

export type Values = Readonly<Record<string, string | number>>;

function find(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator over `catalogs` for `language` (a BCP 47 tag for the plural
 * rules): with a numeric `count`, "key_<category>" is tried before "key";
 * a key the language lacks falls back to English, then to the key itself.
 */
export function createTranslator(
  catalogs: { en: Catalog } & Record<string, Catalog>,
  language: string,
): (key: string, values?: Values) => string {
  const own = (Object.prototype.hasOwnProperty.call(catalogs, language) ? catalogs[language] : undefined) ?? catalogs.en;
  // Safari before 13 (iOS 12, which the phone page still serves) has no Intl.PluralRules: English's rule, then.
  const plural: { select(count: number): string } =
    typeof Intl.PluralRules === 'function' ? new Intl.PluralRules(language) : { select: (count) => (count === 1 ? 'one' : 'other') };
  const lookup = (catalog: Catalog, key: string, count: unknown) =>
    (typeof count === 'number' ? (find(catalog, `${key}_${plural.select(count)}`) ?? find(catalog, `${key}_other`)) : undefined) ??
    find(catalog, key);
  return (key, values = {}) => {
    const text = lookup(own, key, values['count']) ?? lookup(catalogs.en, key, values['count']) ?? key;
    return text.replace(/{{\s*([\w.]+)\s*}}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
    );
  };
}
