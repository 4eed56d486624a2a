import i18next, { type TFunction } from 'i18next';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFieldProblem, type FieldProblem } from '../../../domain/content/content-problems.ts';
import { plainWords } from '../../../renderer/src/content/check-messages.ts';
import { brokenDocumentProblems } from '../../support/broken-documents.ts';

// What the content check says about a facilitator's own exercises, templates
// and shared files: the domain gives each problem a kind and values, the app
// says it from the "contentCheck" catalog, and `npm run content:check` keeps
// printing its own English. The English the app shows is the one it showed
// when the words were still written in the domain, save four messages that
// were the schema library's terms and are now plain words.

const LOCALES = path.resolve(import.meta.dirname, '../../../renderer/src/locales');

/** Each case: what the app says in English ("field | words"), and what the content check prints. */
const EXPECTED: readonly [string, string[], string[]][] = [
  ["exercise: no front matter", ["has no front matter: it must start with a line \"---\", the YAML header, and another \"---\""], ["has no front matter: it must start with a line \"---\", the YAML header, and another \"---\""]],
  ["exercise: YAML that does not parse", ["has a front matter that is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 17:"], ["has a front matter that is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 17:"]],
  ["exercise: a YAML tag", ["has a front matter with a YAML tag content files do not use: Unresolved tag: tag:yaml.org,2002:js/function at line 1, column 8:"], ["has a front matter with a YAML tag content files do not use: Unresolved tag: tag:yaml.org,2002:js/function at line 1, column 8:"]],
  ["exercise: a YAML alias", ["has a front matter that is not valid YAML: Alias resolution is disabled"], ["has a front matter that is not valid YAML: Alias resolution is disabled"]],
  ["exercise: no safety notes", ["safetyNotes | is missing"], ["field \"safetyNotes\" is missing (expected string)"]],
  ["exercise: blank safety notes", ["safetyNotes | must not be empty"], ["field \"safetyNotes\" must not be empty"]],
  ["exercise: an empty title", ["title | must not be empty"], ["field \"title\" must not be empty"]],
  ["exercise: a long title", ["title | is longer than 120 characters"], ["field \"title\" too big: expected string to have <=120 characters"]],
  ["exercise: long facilitator notes", ["facilitatorNotes | is longer than 20,000 characters"], ["field \"facilitatorNotes\" is longer than 20,000 characters"]],
  ["exercise: no body", ["body | is empty: write the purpose and background below the front matter"], ["field \"body\" is empty: write the purpose and background below the front matter"]],
  ["exercise: a long body", ["body | is longer than 20,000 characters"], ["field \"body\" is longer than 20,000 characters"]],
  ["exercise: no frameworks", ["frameworks | must name at least one framework"], ["field \"frameworks\" must name at least one framework"]],
  ["exercise: an unknown framework", ["frameworks[0] | is not one of the choices"], ["field \"frameworks[0]\" invalid option: expected one of \"needs-based-model\"|\"critical-consciousness\"|\"intraminority-solidarity\"|\"ally-motivations\"|\"helping-relations\"|\"zero-sum-beliefs\"|\"meta-beliefs\"|\"peer-norms\"|\"bystander-affirmation\"|\"joint-action\"|\"forms-of-action\"|\"trauma-informed-practice\"|\"popular-education\""]],
  ["exercise: no audience", ["audience | must name at least one audience"], ["field \"audience\" must name at least one audience"]],
  ["exercise: no steps", ["durationMinutes | must be at least 1 minute","steps | must have at least one step"], ["field \"durationMinutes\" must be at least 1 minute","field \"steps\" must have at least one step"]],
  ["exercise: steps not a list", ["steps | is not written the way it should be"], ["field \"steps\" expected array, received string"]],
  ["exercise: no sources", ["sources | must cite at least one source"], ["field \"sources\" must cite at least one source"]],
  ["exercise: a duration in words", ["durationMinutes | must be a number"], ["field \"durationMinutes\" expected number, received string"]],
  ["exercise: a duration in fractions", ["durationMinutes | must be a whole number of minutes"], ["field \"durationMinutes\" must be a whole number of minutes"]],
  ["exercise: a zero step", ["steps[0].minutes | must be at least 1 minute"], ["field \"steps[0].minutes\" must be at least 1 minute"]],
  ["exercise: steps that do not add up", ["durationMinutes | is 30 but the steps add up to 15 minutes"], ["field \"durationMinutes\" is 30 but the steps add up to 15 minutes"]],
  ["exercise: a group smaller than one", ["groupSize.min | must be at least 1"], ["field \"groupSize.min\" too small: expected number to be >=1"]],
  ["exercise: a group of one and a half", ["groupSize.min | must be a whole number"], ["field \"groupSize.min\" expected int, received number"]],
  ["exercise: a smallest group above the largest", ["groupSize.min | (30) is larger than max (20)"], ["field \"groupSize.min\" (30) is larger than max (20)"]],
  ["exercise: a step with an unknown key", ["steps[0] | has fields this app does not know: extra"], ["field \"steps[0]\" has unknown key(s): extra"]],
  ["exercise: a step without a script", ["steps[0].script | is missing"], ["field \"steps[0].script\" is missing (expected string)"]],
  ["exercise: recording identities", ["recording.captures[0] | must never include \"identities\": the app never records anyone’s identity or group membership"], ["field \"recording.captures[0]\" must never include \"identities\": the app never records anyone’s identity or group membership"]],
  ["exercise: recording an unknown kind", ["recording.captures[0] | \"gossip\" is not a kind of record; use one of: notes, agreements, actions, task-list, structures-map, timelines, anonymous-aggregates"], ["field \"recording.captures[0]\" \"gossip\" is not a kind of record; use one of: notes, agreements, actions, task-list, structures-map, timelines, anonymous-aggregates"]],
  ["exercise: recording without saying who sees it", ["recording.whoSees | is missing: an exercise that records anything must say who sees what it keeps"], ["field \"recording.whoSees\" is missing: an exercise that records anything must say who sees what it keeps"]],
  ["exercise: an unknown summary choice", ["recording.summary | is not one of the choices"], ["field \"recording.summary\" invalid option: expected one of \"shared\"|\"private\""]],
  ["exercise: needing a facilitator without why", ["facilitation.why | is missing: say why this exercise needs an experienced facilitator"], ["field \"facilitation.why\" is missing: say why this exercise needs an experienced facilitator"]],
  ["exercise: a caucus without self-identification", ["selfIdentification | is missing: an exercise for affected-caucus, coalition has people meet as identity-defined groups, so it must say why and offer a way to take part without self-identifying"], ["field \"selfIdentification\" is missing: an exercise for affected-caucus, coalition has people meet as identity-defined groups, so it must say why and offer a way to take part without self-identifying"]],
  ["exercise: a source too old", ["sources[0].year | must be at least 1800"], ["field \"sources[0].year\" too small: expected number to be >=1800"]],
  ["exercise: a source from the future", ["sources[0].year | must be at most 2100"], ["field \"sources[0].year\" too big: expected number to be <=2100"]],
  ["exercise: a DOI with its address", ["sources[0].doi | must be a bare DOI such as 10.1002/ejsp.2720"], ["field \"sources[0].doi\" must be a bare DOI such as 10.1002/ejsp.2720"]],
  ["exercise: a plain http address", ["sources[0].url | must be an https:// address"], ["field \"sources[0].url\" must be an https:// address"]],
  ["exercise: a source without venue", ["sources[0].venue | is missing"], ["field \"sources[0].venue\" is missing (expected string)"]],
  ["exercise: a checked flag in words", ["sources[0].checkedAgainstFullText | is not written the way it should be"], ["field \"sources[0].checkedAgainstFullText\" expected boolean, received string"]],
  ["exercise: an unchecked author read aloud", ["steps[0].script | names Author (2020), a source not yet checked against its full text: keep it out of what is read aloud, or check it and mark it so"], ["field \"steps[0].script\" names Author (2020), a source not yet checked against its full text: keep it out of what is read aloud, or check it and mark it so"]],
  ["exercise: a shipped-style id", ["id | must start with \"own-\", so it cannot be taken for a shipped exercise"], ["field \"id\" must start with \"own-\", so it cannot be taken for a shipped exercise"]],
  ["exercise: an id with capitals", ["id | must be lower-case words joined by hyphens"], ["field \"id\" must be lower-case words joined by hyphens"]],
  ["exercise: a long id", ["id | is longer than 80 characters"], ["field \"id\" is longer than 80 characters"]],
  ["exercise: version zero", ["version | must be more than 0"], ["field \"version\" too small: expected number to be >0"]],
  ["exercise: no origin", ["origin | is missing"], ["field \"origin\" is missing (expected object)"]],
  ["exercise: an unknown origin", ["origin.kind | is not one of the choices"], ["field \"origin.kind\" invalid discriminator value. Expected 'written' | 'adapted'"]],
  ["exercise: an adaptation without its exercise", ["origin.exercise | is missing"], ["field \"origin.exercise\" is missing (expected string)"]],
  ["exercise: an unknown key", ["has fields this app does not know: colour"], ["has unknown key(s): colour"]],
  ["exercise: thousands of steps", ["steps | has 3000 steps; an exercise may have at most 40"], ["field \"steps\" has 3000 steps; an exercise may have at most 40"]],
  ["exercise: too many sources", ["sources | has 31 sources; an exercise may have at most 30"], ["field \"sources\" has 31 sources; an exercise may have at most 30"]],
  ["exercise: a file over the limit", ["is 251 kB; an exercise file may be at most 200 kB"], ["is 251 kB; an exercise file may be at most 200 kB"]],
  ["exercise: a file far over the limit", ["is 1.5 MB; an exercise file may be at most 200 kB"], ["is 1.5 MB; an exercise file may be at most 200 kB"]],
  ["library: shipped id", ["id | must start with \"own-\", so it cannot be taken for a shipped exercise"], ["field \"id\" must start with \"own-\", so it cannot be taken for a shipped exercise"]],
  ["library: source left out", ["sources | leaves out Shnabel, N., & Nadler, A. (2008), a source of \"Agreements and the floor protocol\", which this exercise was adapted from: keep it"], ["field \"sources\" leaves out Shnabel, N., & Nadler, A. (2008), a source of \"Agreements and the floor protocol\", which this exercise was adapted from: keep it"]],
  ["template: no front matter", ["has no front matter: it must start with a line \"---\", the YAML header, and another \"---\""], ["has no front matter: it must start with a line \"---\", the YAML header, and another \"---\""]],
  ["template: a missing exercise", ["agenda[0].exercise | names \"gone-exercise\", which is not in the library or among your exercises"], ["field \"agenda[0].exercise\" names \"gone-exercise\", which is not in the library or among your exercises"]],
  ["template: a missing check-in", ["agenda[1].instruments[0] | names \"gone-check-in\", which is not among the check-in instruments"], ["field \"agenda[1].instruments[0]\" names \"gone-check-in\", which is not among the check-in instruments"]],
  ["template: no instruments", ["agenda[1].instruments | must name at least one check-in instrument"], ["field \"agenda[1].instruments\" must name at least one check-in instrument"]],
  ["template: a long stretch", ["agenda | runs 95 minutes without a break (items 1 to 2); add a break within 75 minutes, or say why not in \"longStretchReason\""], ["field \"agenda\" runs 95 minutes without a break (items 1 to 2); add a break within 75 minutes, or say why not in \"longStretchReason\""]],
  ["template: minutes that do not add up", ["durationMinutes | is 50 but the agenda adds up to 35 minutes (each exercise counts for its own duration)"], ["field \"durationMinutes\" is 50 but the agenda adds up to 35 minutes (each exercise counts for its own duration)"]],
  ["template: a self-guided template with a hard exercise", ["agenda[0].exercise | names \"hard-exercise\", which needs an experienced facilitator, so a self-guided template cannot include it: It can reopen old harm."], ["field \"agenda[0].exercise\" names \"hard-exercise\", which needs an experienced facilitator, so a self-guided template cannot include it: It can reopen old harm."]],
  ["template: one item", ["agenda | must have at least two items"], ["field \"agenda\" must have at least two items"]],
  ["template: too many items", ["agenda | has 61 items; a template may have at most 60"], ["field \"agenda\" has 61 items; a template may have at most 60"]],
  ["template: an unknown mode", ["mode | is not one of the choices"], ["field \"mode\" invalid option: expected one of \"facilitated\"|\"self-guided\""]],
  ["template: an unknown kind of item", ["agenda[1].kind | is not one of the choices"], ["field \"agenda[1].kind\" invalid discriminator value. Expected 'exercise' | 'break' | 'check-in'"]],
  ["template: no audience", ["audience | must name at least one audience"], ["field \"audience\" must name at least one audience"]],
  ["template: a retention of zero days", ["suggestedRetentionDays | must be at least 1"], ["field \"suggestedRetentionDays\" too small: expected number to be >=1"]],
  ["template: a shipped-style id", ["id | must start with \"own-\", so it cannot be taken for a shipped template"], ["field \"id\" must start with \"own-\", so it cannot be taken for a shipped template"]],
  ["template: a file over the limit", ["is 151 kB; a template file may be at most 100 kB"], ["is 151 kB; a template file may be at most 100 kB"]],
  ["archive: not an archive", ["This file is not a ZIP archive this app can read: it may be damaged or made in a way it does not know."], ["This file is not a ZIP archive this app can read: it may be damaged or made in a way it does not know."]],
  ["archive: a script inside", ["“exercises/run.sh” in this archive is not a Markdown (.md) file."], ["“exercises/run.sh” in this archive is not a Markdown (.md) file."]],
  ["archive: too many files", ["This archive holds more than 300 files."], ["This archive holds more than 300 files."]],
  ["archive: a file too large", ["“exercises/big.md” in this archive is larger than any exercise or template may be."], ["“exercises/big.md” in this archive is larger than any exercise or template may be."]],
  ["archive: a file not UTF-8", ["“exercises/latin.md” in this archive is not text (UTF-8)."], ["“exercises/latin.md” in this archive is not text (UTF-8)."]],
  ["archive: no Markdown files", ["This archive holds no Markdown files."], ["This archive holds no Markdown files."]],
  ["archive: an archive over the limit", ["This archive is 23 MB; one of shared files may be at most 20 MB."], ["This archive is 23 MB; one of shared files may be at most 20 MB."]],
];

async function sayer(language: string): Promise<(problem: FieldProblem) => string> {
  const catalog = JSON.parse(await readFile(path.join(LOCALES, language, 'contentCheck.json'), 'utf8')) as Record<string, unknown>;
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { contentCheck: catalog } },
    interpolation: { escapeValue: false },
    parseMissingKeyHandler: (key) => `MISSING ${key}`,
  });
  const t = instance.getFixedT(language, 'contentCheck') as TFunction<'contentCheck'>;
  return (problem) => {
    const words = plainWords(t, problem.plain!, language);
    return problem.field ? `${problem.field} | ${words}` : words;
  };
}

let cases: [string, FieldProblem[]][];
beforeAll(async () => {
  cases = await brokenDocumentProblems();
});

describe('what the content check tells a facilitator', () => {
  it('names every problem of an own exercise, an own template or shared files by a kind the app can say', () => {
    expect(cases.map(([name]) => name)).toEqual(EXPECTED.map(([name]) => name));
    for (const [name, problems] of cases) {
      expect(problems.length, name).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.plain?.kind, name).toMatch(/^(?!other$)\w+$/);
    }
  });

  it('says each in the app’s English, as before its words moved into a catalog', async () => {
    const say = await sayer('en');
    expect(cases.map(([name, problems]) => [name, problems.map(say)])).toEqual(EXPECTED.map(([name, words]) => [name, words]));
  });

  it('says each in Spanish, every word from the catalog', async () => {
    const [english, spanish] = await Promise.all([sayer('en'), sayer('es')]);
    for (const [name, problems] of cases)
      for (const problem of problems) {
        const words = spanish(problem);
        expect(words, name).not.toMatch(/MISSING|message\.|{{/);
        expect(words, name).not.toBe(english(problem));
      }
  });

  it('leaves what `npm run content:check` prints as it was', () => {
    expect(cases.map(([name, problems]) => [name, problems.map(formatFieldProblem)])).toEqual(EXPECTED.map(([name, , check]) => [name, check]));
  });
});
