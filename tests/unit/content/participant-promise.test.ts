import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_PROMISE } from '../../../domain/check-ins/disclosure.ts';
import { loadContent } from '../../../domain/content/load-content.ts';
import { readContentFiles } from '../../../scripts/content-files.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// Participants are told one thing about what happens to their answers, and
// it must be what the app does. The app says it (PARTICIPANT_PROMISE); the
// content must not make promises of its own that could drift from it.

describe('what participants are promised', () => {
  it('is quoted word for word in the authoring guide', async () => {
    const guide = await readFile(path.join(PROJECT_ROOT, 'content/README.md'), 'utf8');
    expect(guide.replace(/\s+/g, ' ')).toContain(`"${PARTICIPANT_PROMISE}"`);
  });

  it('is not restated by any check-in instrument in its own words', async () => {
    const result = loadContent(await readContentFiles({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT }));
    if (!result.ok) throw new Error('the shipped content loads');
    for (const instrument of result.library.checkIns) {
      expect(instrument.participantIntro, instrument.id).not.toMatch(/anonymous|average|facilitator sees|only once|five or more/i);
    }
  });
});
