// Everything a session kept, as the planner shows it (loaded on demand).
export { default } from './SessionRecord.tsx';
