// What other features may use of the group's reflections: the capture panel a
// run shows for an exercise, and the map and timelines as the record and the
// summary draw them.
export { ExerciseCapture } from './ExerciseCapture.tsx';
export { StructuresMapDiagram } from './StructuresMapDiagram.tsx';
export { TimelinesView } from './TimelinesView.tsx';
