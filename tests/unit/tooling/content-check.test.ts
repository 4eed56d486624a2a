import { describe, expect, it } from 'vitest';
import { runCommand } from '../../support/run-command.ts';

const INVALID = 'tests/fixtures/content-invalid';

describe('npm run content:check', () => {
  it('passes on the real library', () => {
    const result = runCommand('npx', ['tsx', 'scripts/content-check.ts']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Content check passed: \d+ exercises, \d+ check-in instruments, \d+ templates/);
    expect(result.status).toBe(0);
  });

  it('fails on malformed files, naming each file and field', () => {
    const result = runCommand('npx', ['tsx', 'scripts/content-check.ts', '--dir', INVALID]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${INVALID}/exercises/missing-sources.md: field "sources" is missing (expected array)`);
    expect(result.stderr).toContain(`${INVALID}/exercises/wrong-type.md: field "steps[0].minutes" expected number, received string`);
    expect(result.stderr).toContain(
      `${INVALID}/exercises/durations-do-not-add-up.md: field "durationMinutes" is 30 but the steps add up to 10 minutes`,
    );
    expect(result.stderr).toContain(`${INVALID}/exercises/duplicate-id.md: field "id" "duplicate-id" is already used by`);
    expect(result.stderr).toContain(`${INVALID}/exercises/no-safety-notes.md: field "safetyNotes" is missing (expected string)`);
    expect(result.stderr).toContain(
      `${INVALID}/exercises/records-caucus-membership.md: field "recording.captures[1]" must never include "caucus-membership"`,
    );
    expect(result.stderr).toContain(`${INVALID}/checkins/no-minimum-group-size.md: field "minimumGroupSize" is missing (expected number)`);
    expect(result.stderr).toContain(`${INVALID}/templates/missing-exercise.md: field "agenda[0].exercise" names "never-written"`);
  });

  it('fails on each guardrail of the second edition, naming file and field', () => {
    const result = runCommand('npx', ['tsx', 'scripts/content-check.ts', '--dir', INVALID]);
    expect(result.status).toBe(1);
    const lines = [
      `exercises/no-who-sees.md: field "recording.whoSees" is missing`,
      `exercises/caucus-without-self-identification.md: field "selfIdentification" is missing`,
      `exercises/names-unchecked-author.md: field "steps[0].script" names Author (2020), a source not yet checked against its full text`,
      `exercises/source-without-venue.md: field "sources[0].venue" is missing`,
      `exercises/source-told-twice.md: field "sources[0].checkedAgainstFullText" differs from the same source in`,
      `templates/long-stretch.md: field "agenda" runs 80 minutes without a break (items 1 to 3)`,
    ];
    for (const line of lines) expect(result.stderr).toContain(`${INVALID}/${line}`);
  });
});

describe('the build', () => {
  it('fails on malformed content with the same messages', () => {
    const result = runCommand('npx', ['electron-vite', 'build'], {
      env: { ...process.env, COMMON_GROUND_CONTENT_DIR: INVALID },
    });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('Invalid content:');
    expect(output).toContain(`${INVALID}/exercises/wrong-type.md: field "steps[0].minutes"`);
  });
});
