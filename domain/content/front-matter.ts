import { parseDocument } from 'yaml';
import { englishMessage, type PlainMessage } from './plain-messages.ts';

export interface SplitDocument {
  data: unknown;
  body: string;
}

/** A file whose front matter cannot be read; `plain` says why, as a kind for the app. */
export class FrontMatterError extends Error {
  constructor(readonly plain: PlainMessage) {
    super(englishMessage(plain));
  }
}

// A content file starts with a YAML block between two `---` lines; the rest
// is Markdown. Splitting is done here rather than with a front-matter package
// because the rule is three lines long; the YAML itself goes to a real parser.
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontMatter(source: string): SplitDocument {
  const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new FrontMatterError({ kind: 'noFrontMatter' });
  }
  const [, yamlText = '', body = ''] = match;
  // Aliases are refused outright (no "billion laughs"), and so are duplicate
  // keys. A tag the parser does not know (`!!js/function`, `!foo`) would
  // quietly become a string, and YAML 1.1's `!!binary` or `!!set` something
  // other than text or a list; content files never use tags, and a file shared
  // by someone else that does is refused rather than read as something else.
  const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true, resolveKnownTags: false });
  const [error] = document.errors;
  if (error) throw new FrontMatterError({ kind: 'notYaml', detail: error.message.split('\n')[0]! });
  const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new FrontMatterError({ kind: 'yamlTag', detail: tag.message.split('\n')[0]! });
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (failure) {
    throw new FrontMatterError({ kind: 'notYaml', detail: (failure as Error).message.split('\n')[0]! });
  }
  return { data, body: body.trim() };
}
