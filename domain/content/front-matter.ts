import { parse as parseYaml } from 'yaml';

export interface SplitDocument {
  data: unknown;
  body: string;
}

export class FrontMatterError extends Error {}

// A content file starts with a YAML block between two `---` lines; the rest
// is Markdown. Splitting is done here rather than with a front-matter package
// because the rule is three lines long; the YAML itself goes to a real parser.
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontMatter(source: string): SplitDocument {
  const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new FrontMatterError('has no front matter: it must start with a line "---", the YAML header, and another "---"');
  }
  const [, yamlText = '', body = ''] = match;
  let data: unknown;
  try {
    data = parseYaml(yamlText, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new FrontMatterError(`has a front matter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data, body: body.trim() };
}
