// What other features may use of the library: its list of sources, and the
// card and detail view that a facilitator's own exercises share with it.
export { SourceList } from './SourceList.tsx';
export { ExerciseCard } from './ExerciseCard.tsx';
export { ExerciseDetail } from './ExerciseDetail.tsx';
