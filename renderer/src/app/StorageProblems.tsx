import { useEffect, useState } from 'react';
import { dismissStorageProblem, subscribeToStorageProblems, type StorageProblem } from '../data/storage-errors.ts';

/** Every storage failure, in plain words, until the user dismisses it. */
export function StorageProblems() {
  const [problems, setProblems] = useState<readonly StorageProblem[]>([]);
  useEffect(() => subscribeToStorageProblems(setProblems), []);
  if (problems.length === 0) return null;
  return (
    <div className="storage-problems" role="alert">
      {problems.map((problem) => (
        <p key={problem.id} className="storage-problem">
          {problem.message}{' '}
          <button type="button" className="button button--quiet" onClick={() => dismissStorageProblem(problem.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
