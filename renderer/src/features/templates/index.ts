// What other features may use of the templates: the detail view, which an import's preview shares.
export { TemplateDetail, type AgendaExercise } from './TemplateDetail.tsx';
export { agendaExercises, agendaExercisesIn } from './agenda-exercises.ts';
export { templateFieldLabel } from './template-field-labels.ts';
