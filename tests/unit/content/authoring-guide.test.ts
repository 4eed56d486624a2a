import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../domain/content/content-problems.ts';
import { loadContent } from '../../../domain/content/load-content.ts';
import { readContentFiles } from '../../../scripts/content-files.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

describe('content/README.md', () => {
  it('has a worked example that passes the content check alongside the shipped library', async () => {
    const guide = await readFile(path.join(PROJECT_ROOT, 'content/README.md'), 'utf8');
    const example = guide.split('### Worked example')[1]?.match(/```markdown\n([\s\S]*?)\n```/)?.[1];
    expect(example, 'the guide has a fenced markdown example under "Worked example"').toBeDefined();
    const id = example!.match(/^id: (.+)$/m)?.[1];

    const shipped = await readContentFiles({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
    const result = loadContent({ ...shipped, exercises: [...shipped.exercises, { path: `content/exercises/${id}.md`, text: example! }] });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
