import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../../domain/content/content-problems.ts';
import type { AgendaEditRefusal } from '../../../domain/sessions/agenda-editing.ts';
import { problemWords } from '../content/check-messages.ts';

// What the data layer refuses on purpose, as opposed to a storage failure:
// each carries what to tell the facilitator. Screens may import these to
// tell a refusal from a failure.
//
// The data layer holds no words in any language: it says which sentence of
// the `storage` catalog applies (renderer/src/locales/<language>/storage.json)
// and with which values, and the screen that shows it says it in its own
// language, through sayStorage below.

/** A value in a sentence: text or a number as it is, another sentence of the catalog, or a list of them (joined with commas). */
export type WordValue = string | number | Words | readonly Words[];

/**
 * What to say: a key in the `storage` catalog and its values; the content
 * check's problems with a document, each after the name of its field, said
 * with the `contentCheck` catalog as the editor says them; or, for a
 * sentence not yet in any catalog, that text as it is.
 */
export type Words =
  | { readonly key: string; readonly values?: Readonly<Record<string, WordValue>> }
  | { readonly problems: readonly FieldProblem[] }
  | { readonly text: string };

/** Any i18next `t` whose namespaces include `storage` (react-i18next's useTranslation(['…', 'storage']) or useTranslation('storage')). */
export type Translate = (key: string, options: Record<string, unknown>) => string;

/** `words` in the language `t` speaks (`locale`: how that language writes numbers, for the content check's sizes). */
export function sayStorage(t: Translate, words: Words, locale = 'en'): string {
  if ('text' in words) return words.text;
  if ('problems' in words) return words.problems.map((problem) => sayProblem(t, problem, locale)).join('; ');
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(words.values ?? {}))
    values[name] = isList(value)
      ? value.map((item) => sayStorage(t, item, locale)).join(', ')
      : typeof value === 'object'
        ? sayStorage(t, value, locale)
        : value;
  return t(words.key, { ...values, ns: 'storage' });
}

/** One problem of the content check, after its field's name as the file writes it ("safetyNotes: is missing"). */
function sayProblem(t: Translate, problem: FieldProblem, locale: string): string {
  const check = ((key: string, options?: Record<string, unknown>) =>
    t(key, { ...options, ns: 'contentCheck' })) as TFunction<'contentCheck'>;
  const message = problemWords(check, problem, locale);
  return problem.field ? t('refusal.own.fieldProblem', { field: problem.field, message, ns: 'storage' }) : message;
}

const isList = (value: WordValue): value is readonly Words[] => Array.isArray(value);

/** The i18n instance a screen speaks through, as much of it as saying a refusal needs. */
interface Speaker {
  language: string;
  t: (key: string, options: Record<string, unknown>) => string;
  loadNamespaces: (namespaces: readonly string[]) => Promise<unknown>;
}

/**
 * What a failed write tells the person, in `i18n`'s language: a refusal from
 * the storage catalog (fetched only when one is to be shown), anything else
 * as `otherwise` says it.
 */
export async function sayFailure(error: unknown, i18n: Speaker, otherwise: (error: unknown) => string): Promise<string> {
  if (!(error instanceof Refusal)) return otherwise(error);
  // The content check's words too: a refusal may say what is wrong with a field in them.
  await i18n.loadNamespaces(['storage', 'contentCheck']);
  return sayStorage((key, options) => i18n.t(key, options), error.words, i18n.language);
}

/** A title (or other name) between the language's quotation marks, as an item of a list. */
export const quoted = (title: string | Words): Words => ({ key: 'quoted', values: { title } });

/** How a refusal reads as plain text before the app has said (the catalog key: in unit tests, in logs). */
let plainText = (words: Words): string =>
  'text' in words ? words.text : 'key' in words ? `storage:${words.key}` : words.problems.map((problem) => problem.message).join('; ');

/**
 * How a refusal reads as plain text, as `error.message`, for the screens
 * that show any error's message as it is: set once by the app, in its own
 * language. Screens that know a refusal say its `words` themselves.
 */
export function sayRefusalsWith(say: (words: Words) => string): void {
  plainText = say;
}

/** A change the app's rules do not allow; its words say why, in plain words. */
export class Refusal extends Error {
  readonly words: Words;
  /** `words` from the storage catalog; a string is a sentence from elsewhere, shown as it is. */
  constructor(words: Words | string) {
    super(); // no message of its own: it is read through the prototype's, below
    this.name = new.target.name;
    this.words = typeof words === 'string' ? { text: words } : words;
  }
}

// The message is said when it is read, in the language the app speaks then.
Object.defineProperty(Refusal.prototype, 'message', {
  get(this: Refusal) {
    return plainText(this.words);
  },
});

/** An edit the session's run does not allow (see domain/sessions/agenda-editing.ts), by the rule it would break. */
export class AgendaLockedError extends Refusal {
  constructor(refusal: AgendaEditRefusal) {
    super(
      refusal.kind === 'reached'
        ? { key: 'refusal.agenda.reached', values: { title: quoted(refusal.title) } }
        : { key: `refusal.agenda.${refusal.kind}` },
    );
  }
}

/**
 * A round is answered either privately on the device or by counts from
 * cards and slips, never both: typed numbers beside private answers could
 * be subtracted to read one person's answers.
 */
export class MixedMethodsError extends Refusal {
  constructor(method: 'device' | 'counts' | 'phones') {
    super({ key: `refusal.mixedMethods.${method}` });
  }
}

export class RoundClosedError extends Refusal {
  constructor() {
    super({ key: 'refusal.roundClosed' });
  }
}

/** A write for an agenda item or a session that was removed meanwhile, in another window. */
export class ItemGoneError extends Refusal {
  constructor(what: 'item' | 'session') {
    super({ key: `refusal.gone.${what}` });
  }
}

/** An agreed action removed (in this window or another) while its text was being edited. */
export class ActionGoneError extends Refusal {
  constructor() {
    super({ key: 'refusal.gone.action' });
  }
}

/** Sessions that cannot be written as a backup the app could read back; nothing was saved. */
export class ExportRefusedError extends Refusal {}

/** A backup that cannot be restored as chosen; nothing was written. */
export class RestoreRefusedError extends Refusal {}

/**
 * The vault is locked (or was turned on in another window): nothing of the
 * sessions can be read or written until it is unlocked. `key-gone`: the
 * record's session was deleted, and its key with it.
 */
export class VaultLockedError extends Refusal {
  constructor(why: 'locked' | 'key-gone' = 'locked') {
    super({ key: why === 'locked' ? 'refusal.vaultLocked' : 'refusal.keyGone' });
  }
}
