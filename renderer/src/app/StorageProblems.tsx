import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sayRefusalsWith, sayStorage } from '../data/errors.ts';
import { dismissStorageProblem, subscribeToStorageProblems, type StorageProblem } from '../data/storage-errors.ts';
import { currentLocale, translate } from '../i18n/current.ts';

// A refusal shown by a screen that prints any error's message as it is (an
// error screen, a failed action) reads in the app's language too: in English
// until the storage catalog of another language has arrived, which this
// banner, or a screen that says refusals itself, fetches.
sayRefusalsWith((words) => sayStorage(translate, words, currentLocale()));

/** Every storage failure, in plain words, until the user dismisses it. */
export function StorageProblems() {
  const [problems, setProblems] = useState<readonly StorageProblem[]>([]);
  useEffect(() => subscribeToStorageProblems(setProblems), []);
  if (problems.length === 0) return null;
  return (
    // The storage catalog is fetched when the first problem is shown, not with every start.
    <Suspense fallback={null}>
      <ProblemList problems={problems} />
    </Suspense>
  );
}

function ProblemList({ problems }: { problems: readonly StorageProblem[] }) {
  // A refusal of an own exercise or template names the content check's problems, in that catalog's words.
  const { t, i18n } = useTranslation(['storage', 'contentCheck']);
  return (
    <div className="storage-problems" role="alert">
      {problems.map((problem) => (
        <p key={problem.id} className="storage-problem">
          {sayStorage(t, problem.words, i18n.language)}{' '}
          <button type="button" className="button button--quiet" onClick={() => dismissStorageProblem(problem.id)}>
            {t('dismiss', { ns: 'storage' })}
          </button>
        </p>
      ))}
    </div>
  );
}
