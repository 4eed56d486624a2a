import type { z } from 'zod';

// What the content check says about one document, as a kind and its values.
// Two readers: `npm run content:check` prints each problem's English message
// (for people editing content/, in the schema's own terms), and a facilitator
// in the app reads the same problem in their language, from the kind and its
// values, through the "contentCheck" catalog (renderer/src/locales). The
// domain holds no words in any language but the check's own English.

/** Which list a limit is about: an exercise's steps or sources, a template's agenda items. */
export type LimitedList = 'steps' | 'sources' | 'items';

/** What kind of facilitator's own document a message is about. */
export type OwnDocument = 'exercise' | 'template';

/** A problem the content check found, as a kind and the values its words need. */
export type PlainMessage =
  // What the schema library finds, by the shape of the value
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'needsOne' }
  | { kind: 'needsAtLeast'; min: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'moreThan'; min: number }
  | { kind: 'atMost'; max: number }
  | { kind: 'wholeNumber' }
  | { kind: 'number' }
  | { kind: 'wrongShape' }
  | { kind: 'notAChoice' }
  | { kind: 'unknownKeys'; keys: string }
  // The schema's own rules
  | { kind: 'noFramework' }
  | { kind: 'noAudience' }
  | { kind: 'noStep' }
  | { kind: 'noSource' }
  | { kind: 'noInstrument' }
  | { kind: 'twoItems' }
  | { kind: 'wholeMinutes' }
  | { kind: 'oneMinute' }
  | { kind: 'idWords' }
  | { kind: 'bareDoi' }
  | { kind: 'httpsAddress' }
  | { kind: 'minAboveMax'; min: number; max: number }
  | { kind: 'forbiddenCapture'; value: string; reason: string }
  | { kind: 'unknownCapture'; value: string; choices: string }
  | { kind: 'whoSeesMissing' }
  | { kind: 'selfIdentificationMissing'; audiences: string }
  | { kind: 'facilitatorWhyMissing' }
  | { kind: 'stepsAddUp'; duration: number; total: number }
  | { kind: 'moreThanLimit'; list: LimitedList; max: number }
  | { kind: 'overLimit'; list: LimitedList; document: OwnDocument; found: number; max: number }
  | { kind: 'ownId'; document: OwnDocument; prefix: string }
  // One document's file
  | { kind: 'noFrontMatter' }
  | { kind: 'notYaml'; detail: string }
  | { kind: 'yamlTag'; detail: string }
  | { kind: 'emptyBody' }
  | { kind: 'namesUncheckedSource'; name: string; year: number }
  | { kind: 'fileTooLarge'; document: OwnDocument; bytes: number; maxBytes: number }
  // Against the library
  | { kind: 'shippedId'; id: string }
  | { kind: 'leavesOutSource'; authors: string; year: number; title: string }
  | { kind: 'missingExercise'; id: string; folder?: string }
  | { kind: 'missingCheckIn'; id: string; folder?: string }
  | { kind: 'needsFacilitator'; id: string; why: string }
  | { kind: 'longStretch'; minutes: number; from: number; to: number; max: number }
  | { kind: 'agendaAddsUp'; duration: number; total: number }
  // Shared files, checked together
  | { kind: 'sameIdTwice'; id: string }
  // An archive of shared files, refused before its files are read
  | { kind: 'notZip' }
  | { kind: 'archiveTooLarge'; megabytes: number; maxMegabytes: number }
  | { kind: 'tooManyFiles'; max: number }
  | { kind: 'notMarkdownFile'; name: string }
  | { kind: 'fileTooLargeInArchive'; name: string }
  | { kind: 'notUtf8'; name: string }
  | { kind: 'noMarkdownFiles' }
  // A session's records or a backup file, read back
  | { kind: 'notDate' }
  | { kind: 'notDateTime' }
  | { kind: 'notScaleValue' }
  | { kind: 'answersWithoutRespondents' }
  | { kind: 'tooManyAnswers'; answers: number; respondents: number }
  | { kind: 'namesNoGroup' }
  | { kind: 'namesNoLeaf' }
  | { kind: 'notBase64' }
  | { kind: 'tooFewBytes'; min: number }
  | { kind: 'notBytes'; bytes: number }
  | { kind: 'mustBe'; value: string }
  | { kind: 'namedOtherwise'; named: string; recorded: string }
  // Anything else the schema library says, in its own words (not expected: a test keeps every own document's problems to the kinds above)
  | { kind: 'other'; text: string };

export type PlainKind = PlainMessage['kind'];

const LIST_NOUNS: Record<LimitedList, string> = { steps: 'steps', sources: 'sources', items: 'items' };
const DOCUMENTS: Record<OwnDocument, string> = { exercise: 'an exercise', template: 'a template' };

/** "201 kB" or "1.5 MB": how an own exercise's size is said. */
const kilobytes = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`);

/** A problem in the content check's own English, as `npm run content:check` prints it after the field's name. */
export function englishMessage(plain: PlainMessage): string {
  switch (plain.kind) {
    case 'missing':
      return 'is missing';
    case 'empty':
      return 'must not be empty';
    case 'tooLong':
      return `is longer than ${plain.max.toLocaleString('en')} characters`;
    case 'tooMany':
      return `has more than ${plain.max}`;
    case 'needsOne':
      return 'needs at least one';
    case 'needsAtLeast':
      return `needs at least ${plain.min}`;
    case 'atLeast':
      return `must be at least ${plain.min}`;
    case 'moreThan':
      return `must be more than ${plain.min}`;
    case 'atMost':
      return `must be at most ${plain.max}`;
    case 'wholeNumber':
      return 'must be a whole number';
    case 'number':
      return 'must be a number';
    case 'wrongShape':
      return 'is not written the way it should be';
    case 'notAChoice':
      return 'is not one of the choices';
    case 'unknownKeys':
      return `has unknown key(s): ${plain.keys}`;
    case 'noFramework':
      return 'must name at least one framework';
    case 'noAudience':
      return 'must name at least one audience';
    case 'noStep':
      return 'must have at least one step';
    case 'noSource':
      return 'must cite at least one source';
    case 'noInstrument':
      return 'must name at least one check-in instrument';
    case 'twoItems':
      return 'must have at least two items';
    case 'wholeMinutes':
      return 'must be a whole number of minutes';
    case 'oneMinute':
      return 'must be at least 1 minute';
    case 'idWords':
      return 'must be lower-case words joined by hyphens';
    case 'bareDoi':
      return 'must be a bare DOI such as 10.1002/ejsp.2720';
    case 'httpsAddress':
      return 'must be an https:// address';
    case 'minAboveMax':
      return `(${plain.min}) is larger than max (${plain.max})`;
    case 'forbiddenCapture':
      return `must never include "${plain.value}": ${plain.reason}`;
    case 'unknownCapture':
      return `"${plain.value}" is not a kind of record; use one of: ${plain.choices}`;
    case 'whoSeesMissing':
      return 'is missing: an exercise that records anything must say who sees what it keeps';
    case 'selfIdentificationMissing':
      return `is missing: an exercise for ${plain.audiences} has people meet as identity-defined groups, so it must say why and offer a way to take part without self-identifying`;
    case 'facilitatorWhyMissing':
      return 'is missing: say why this exercise needs an experienced facilitator';
    case 'stepsAddUp':
      return `is ${plain.duration} but the steps add up to ${plain.total} minutes`;
    case 'moreThanLimit':
      return plain.list === 'sources' ? `cites more than ${plain.max} sources` : `has more than ${plain.max} ${LIST_NOUNS[plain.list]}`;
    case 'overLimit':
      return `has ${plain.found} ${LIST_NOUNS[plain.list]}; ${DOCUMENTS[plain.document]} may have at most ${plain.max}`;
    case 'ownId':
      return `must start with "${plain.prefix}", so it cannot be taken for a shipped ${plain.document}`;
    case 'noFrontMatter':
      return 'has no front matter: it must start with a line "---", the YAML header, and another "---"';
    case 'notYaml':
      return `has a front matter that is not valid YAML: ${plain.detail}`;
    case 'yamlTag':
      return `has a front matter with a YAML tag content files do not use: ${plain.detail}`;
    case 'emptyBody':
      return 'is empty: write the purpose and background below the front matter';
    case 'namesUncheckedSource':
      return `names ${plain.name} (${plain.year}), a source not yet checked against its full text: keep it out of what is read aloud, or check it and mark it so`;
    case 'fileTooLarge':
      return plain.document === 'exercise'
        ? `is ${kilobytes(plain.bytes)}; an exercise file may be at most ${kilobytes(plain.maxBytes)}`
        : `is ${Math.ceil(plain.bytes / 1000)} kB; a template file may be at most ${plain.maxBytes / 1000} kB`;
    case 'shippedId':
      return `"${plain.id}" is a shipped exercise's id`;
    case 'leavesOutSource':
      return `leaves out ${plain.authors} (${plain.year}), a source of "${plain.title}", which this exercise was adapted from: keep it`;
    case 'missingExercise':
      return `names "${plain.id}", which is not in ${plain.folder ?? 'the library or among your exercises'}`;
    case 'missingCheckIn':
      return `names "${plain.id}", which is not ${plain.folder ? `in ${plain.folder}` : 'among the check-in instruments'}`;
    case 'needsFacilitator':
      return `names "${plain.id}", which needs an experienced facilitator, so a self-guided template cannot include it: ${plain.why}`;
    case 'longStretch':
      return `runs ${plain.minutes} minutes without a break (items ${plain.from} to ${plain.to}); add a break within ${plain.max} minutes, or say why not in "longStretchReason"`;
    case 'agendaAddsUp':
      return `is ${plain.duration} but the agenda adds up to ${plain.total} minutes (each exercise counts for its own duration)`;
    case 'sameIdTwice':
      return `Two of the files are both “${plain.id}”.`;
    case 'notZip':
      return 'This file is not a ZIP archive this app can read: it may be damaged or made in a way it does not know.';
    case 'archiveTooLarge':
      return `This archive is ${plain.megabytes} MB; one of shared files may be at most ${plain.maxMegabytes} MB.`;
    case 'tooManyFiles':
      return `This archive holds more than ${plain.max} files.`;
    case 'notMarkdownFile':
      return `“${plain.name}” in this archive is not a Markdown (.md) file.`;
    case 'fileTooLargeInArchive':
      return `“${plain.name}” in this archive is larger than any exercise or template may be.`;
    case 'notUtf8':
      return `“${plain.name}” in this archive is not text (UTF-8).`;
    case 'noMarkdownFiles':
      return 'This archive holds no Markdown files.';
    case 'notDate':
      return 'is not a date';
    case 'notDateTime':
      return 'is not a date and time';
    case 'notScaleValue':
      return 'is not a scale value';
    case 'answersWithoutRespondents':
      return 'holds answers although nobody answered';
    case 'tooManyAnswers':
      return `holds ${plain.answers} answers from ${plain.respondents} ${plain.respondents === 1 ? 'person' : 'people'}`;
    case 'namesNoGroup':
      return 'names no group on the map';
    case 'namesNoLeaf':
      return 'names a leaf that is not on the map';
    case 'notBase64':
      return 'is not base64';
    case 'tooFewBytes':
      return `is shorter than ${plain.min} bytes`;
    case 'notBytes':
      return `is not ${plain.bytes} bytes`;
    case 'mustBe':
      return `must be ${plain.value}`;
    case 'namedOtherwise':
      return `its file names it “${plain.named}”, not “${plain.recorded}”`;
    case 'other':
      return plain.text;
  }
}

// A rule's message given to the schema library as text (`.min(1, message)`)
// comes back on the issue as that text: each is noted here with its kind
// when the schema is built, so the issue can be told apart from the schema
// library's own message for the same check.
const RULE_MESSAGES = new Map<string, PlainMessage>();

/** A schema rule's message: the check's English, known again as `plain` when an issue carries it. */
export function ruleMessage(plain: PlainMessage): string {
  const message = englishMessage(plain);
  RULE_MESSAGES.set(message, plain);
  return message;
}

/** An issue a refinement adds itself, with its English message and its kind (carried in the issue's params). */
export function plainIssue(plain: PlainMessage): { message: string; params: { plain: PlainMessage } } {
  return { message: englishMessage(plain), params: { plain } };
}

/** What a facilitator is told for one issue of the schema library, as a kind and values. */
export function plainOfIssue(issue: z.core.$ZodIssue): PlainMessage {
  if (issue.code === 'custom' && issue.params?.['plain']) return issue.params['plain'] as PlainMessage;
  const rule = RULE_MESSAGES.get(issue.message);
  if (rule) return rule;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.endsWith('received undefined')) return { kind: 'missing' };
      if (issue.expected === 'int') return { kind: 'wholeNumber' };
      if (issue.expected === 'number') return { kind: 'number' };
      return { kind: 'wrongShape' };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'tooLong', max: Number(issue.maximum) };
      if (issue.origin === 'array') return { kind: 'tooMany', max: Number(issue.maximum) };
      return { kind: 'atMost', max: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'empty' };
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? { kind: 'needsOne' } : { kind: 'needsAtLeast', min: Number(issue.minimum) };
      return issue.inclusive === false ? { kind: 'moreThan', min: Number(issue.minimum) } : { kind: 'atLeast', min: Number(issue.minimum) };
    case 'invalid_value':
      return { kind: 'notAChoice' };
    case 'invalid_union':
      return issue.discriminator ? { kind: 'notAChoice' } : { kind: 'wrongShape' };
    case 'unrecognized_keys':
      return { kind: 'unknownKeys', keys: issue.keys.join(', ') };
    case 'invalid_format':
    case 'invalid_key': // a record's key (a check-in item's id in a backup's counts)
    case 'invalid_element':
      return { kind: 'wrongShape' };
    default:
      return { kind: 'other', text: issue.message };
  }
}
