import type { BackupProblem, FieldIssue } from '../../../domain/backup/backup-format.ts';
import type { EncryptedBackupProblem } from '../../../domain/backup/encrypted-backup.ts';
import { englishMessage } from '../../../domain/content/plain-messages.ts';
import { quoted, type Words } from './errors.ts';

// Why a backup file is refused, as the domain says it (a kind and its
// values), turned into a sentence of the storage catalog: one sentence a
// kind, whole, so each language words it in its own order. Screens show it
// with sayStorage; the Sessions screen's restore says "Nothing was
// restored." before it.

/** What is wrong at one field, in the content check's words (the `contentCheck` catalog), as they read after a field's name. */
const issueDetail = (issue: FieldIssue): Words => ({ problems: [{ field: '', message: englishMessage(issue.plain), plain: issue.plain }] });

/** Where the file breaks the format and what is wrong there; the file as a whole when no field is to blame. */
export const fieldIssueWords = (key: string, issue: FieldIssue, values: Readonly<Record<string, string>> = {}): Words =>
  issue.at === null
    ? { key: `${key}-top-level`, values: { ...values, detail: issueDetail(issue) } }
    : { key, values: { ...values, path: issue.at, detail: issueDetail(issue) } };

export function backupProblemWords(problem: BackupProblem | EncryptedBackupProblem): Words {
  switch (problem.kind) {
    case 'too-large':
    case 'not-complete':
    case 'not-a-backup':
    case 'not-encrypted':
      return { key: `backup.${problem.kind}` };
    case 'hostile-key':
      return { key: 'backup.hostile-key', values: { key: problem.key } };
    case 'newer-version':
    case 'unreadable-version':
    case 'encrypted-newer-version':
    case 'encrypted-unreadable-version':
      return { key: `backup.${problem.kind}`, values: { version: problem.version } };
    case 'newer-fields':
      return { key: 'backup.newer-fields', values: { fields: problem.fields.map((field) => quoted(field)) } };
    case 'damaged':
    case 'encrypted-damaged':
      return fieldIssueWords(`backup.${problem.kind}`, problem);
    case 'inconsistent-strays':
    case 'inconsistent-misfiled':
    case 'inconsistent-prep-notes':
    case 'inconsistent-other-session':
    case 'inconsistent-missing-item':
      return { key: `backup.${problem.kind}`, values: { session: problem.session, title: problem.title } };
    case 'inconsistent-id-twice':
      return { key: 'backup.inconsistent-id-twice', values: { session: problem.session, title: problem.title, id: problem.id } };
    case 'inconsistent-own-twice':
      return { key: `backup.inconsistent-own-twice.${problem.record}` };
    case 'own-record-fails':
      return { key: `backup.own-record-fails.${problem.record}`, values: { id: problem.id, detail: { problems: problem.problems } } };
  }
}
