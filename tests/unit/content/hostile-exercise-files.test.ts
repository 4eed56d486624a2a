import { describe, expect, it } from 'vitest';
import { formatFieldProblem } from '../../../domain/content/content-problems.ts';
import { ownExerciseFromMarkdown, type OwnExercise } from '../../../domain/content/own-exercise.ts';
import { renderMarkdown } from '../../../domain/markdown/render-markdown.ts';
import { contentFileText, validFrontMatter } from '../../support/exercise-source.ts';

// Exercise files from elsewhere, written to break the app: each is refused
// with a message, or read as plain text that renders inert.

const own = (overrides: Record<string, unknown> = {}) => validFrontMatter({ id: 'own-sample', origin: { kind: 'written' }, ...overrides });
const VALID_YAML = contentFileText(own()).split('\n---\n')[0]!.slice('---\n'.length);

function problemsOf(text: string): string[] {
  const result = ownExerciseFromMarkdown(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(formatFieldProblem);
}

describe('a hostile exercise file is refused with a message', () => {
  it('without front matter', () => {
    expect(problemsOf('# Just a heading\n\n<script>alert(1)</script>\n')).toEqual([expect.stringMatching(/^has no front matter/)]);
    expect(problemsOf('')).toEqual([expect.stringMatching(/^has no front matter/)]);
  });

  it('with YAML that does not parse', () => {
    expect(problemsOf('---\ntitle: [unclosed\n---\nBody\n')).toEqual([expect.stringMatching(/^has a front matter that is not valid YAML/)]);
  });

  it('with front matter that is not a mapping', () => {
    expect(problemsOf('---\n- a\n- b\n---\nBody\n')).toEqual([expect.stringMatching(/expected object, received array/)]);
    expect(problemsOf('---\njust text\n---\nBody\n')).toEqual([expect.stringMatching(/expected object, received string/)]);
  });

  it('of 5 MB, before reading it', () => {
    const started = performance.now();
    expect(problemsOf(contentFileText(own(), 'a'.repeat(5_000_000)))).toEqual(['is 5.0 MB; an exercise file may be at most 200 kB']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('with thousands of steps, in one message', () => {
    const steps = Array.from({ length: 4000 }, () => ({ title: 'S', minutes: 'x', script: 1 }));
    expect(problemsOf(contentFileText(own({ steps })))).toEqual(['field "steps" has 4000 steps; an exercise may have at most 40']);
  });

  it('with an alias bomb', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'];
    expect(problemsOf(`---\n${bomb.join('\n')}\n---\nBody\n`)).toEqual([expect.stringMatching(/^has a front matter that is not valid YAML: Alias/)]);
    // A single alias, even a harmless one, is refused too: content files never need them.
    expect(problemsOf(`---\n${VALID_YAML.replace('safetyNotes: Anyone may pass.', 'safetyNotes: &s Anyone may pass.\ncontentWarning: *s')}\n---\nBody\n`)).toEqual([
      expect.stringMatching(/^has a front matter that is not valid YAML: Alias/),
    ]);
  });

  it.each(['!!js/function "function () { return 1 }"', '!!python/object/apply:os.system ["rm -rf /"]', '!custom value', '!!binary aGVsbG8='])('with the YAML tag %s', (tagged) => {
    expect(problemsOf(`---\n${VALID_YAML.replace('title: Sample exercise', `title: ${tagged}`)}\n---\nBody\n`)).toEqual([
      expect.stringMatching(/^has a front matter with a YAML tag content files do not use: Unresolved tag/),
    ]);
  });

  it('with a duplicate key', () => {
    expect(problemsOf(`---\n${VALID_YAML}\ntitle: Another title\n---\nBody\n`)).toEqual([expect.stringMatching(/^has a front matter that is not valid YAML: Map keys must be unique/)]);
  });

  it('with __proto__ or merge keys, leaving every prototype alone', () => {
    expect(problemsOf(`---\n${VALID_YAML}\n__proto__:\n  polluted: true\n---\nBody\n`)).toEqual(['has unknown key(s): __proto__']);
    expect(problemsOf(`---\n${VALID_YAML}\n<<:\n  polluted: true\n---\nBody\n`)).toEqual(['has unknown key(s): <<']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('with a source address that is not https', () => {
    const sources = [{ authors: 'A', year: 2020, title: 'T', venue: 'V', url: 'javascript:alert(1)', checkedAgainstFullText: true }];
    expect(problemsOf(contentFileText(own({ sources })))).toEqual(['field "sources[0].url" must be an https:// address']);
  });
});

const PAYLOAD = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[y](JaVaScRiPt:alert(1))',
  '![z](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[d](data:text/html,<script>alert(1)</script>)',
].join(' ');

/** Every free-text field of an exercise, filled with the payload. */
function injectedEverywhere(): Record<string, unknown> {
  const step = { title: PAYLOAD.slice(0, 120), minutes: 15, script: PAYLOAD, prompt: PAYLOAD };
  return own({
    title: PAYLOAD.slice(0, 120),
    summary: PAYLOAD,
    contentWarning: PAYLOAD,
    audience: ['coalition'],
    steps: [step],
    facilitatorNotes: PAYLOAD,
    safetyNotes: PAYLOAD,
    recording: { captures: ['notes'], keep: PAYLOAD, neverKeep: PAYLOAD, summary: 'shared', whoSees: PAYLOAD },
    facilitation: { needsExperiencedFacilitator: true, why: PAYLOAD },
    selfIdentification: { why: PAYLOAD, alternative: PAYLOAD },
    sources: [{ authors: PAYLOAD, year: 2020, title: PAYLOAD, venue: PAYLOAD, note: PAYLOAD.slice(0, 200), checkedAgainstFullText: true }],
    origin: { kind: 'adapted', exercise: 'zero-sum-check', version: 2, title: PAYLOAD.slice(0, 120) },
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('script in every text field', () => {
  it('is read as plain text, and renders with no markup and no javascript: link', () => {
    const result = ownExerciseFromMarkdown(contentFileText(injectedEverywhere(), PAYLOAD));
    if (!result.ok) throw new Error(result.problems.map(formatFieldProblem).join('\n'));
    const exercise: OwnExercise = result.exercise;
    const texts = strings(exercise).filter((text) => text.includes('<script>'));
    // Every free-text field carried the payload, body included.
    expect(texts.length).toBeGreaterThanOrEqual(20);
    for (const text of texts) {
      const html = renderMarkdown(text);
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toMatch(/<(script|img|iframe)/i);
      expect(html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
      expect(html).not.toMatch(/(href|src)="\s*(javascript|data):/i);
    }
  });
});
