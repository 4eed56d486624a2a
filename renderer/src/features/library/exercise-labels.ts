import { AUDIENCES, FRAMEWORKS, type AudienceId, type FrameworkId } from '../../../../domain/content/vocabulary.ts';

export function audienceLabel(id: AudienceId): string {
  return AUDIENCES[id];
}

export function frameworkLabel(id: FrameworkId): string {
  return FRAMEWORKS[id];
}

export function minutesLabel(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function groupSizeLabel(size: { min: number; max: number }): string {
  return size.min === size.max ? `${size.min} people` : `${size.min}–${size.max} people`;
}

/** "0:05" style offset from the start of the exercise. */
export function clockOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours}:${String(rest).padStart(2, '0')}`;
}
