// The self-guided run, which the run screen shows for a session the group leads itself.
export { GuidedRun } from './GuidedRun.tsx';
