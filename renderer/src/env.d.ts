/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'virtual:exercise-library' {
  import type { Exercise } from '../../domain/content/exercise-schema.ts';
  const exercises: Exercise[];
  export default exercises;
}
