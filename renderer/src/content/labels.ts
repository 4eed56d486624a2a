import type { GroupSize } from '../../../domain/content/schema-primitives.ts';
import {
  AUDIENCES,
  CHECK_IN_TRACKS,
  FRAMEWORKS,
  TEMPLATE_MODES,
  type AudienceId,
  type CheckInTrack,
  type FrameworkId,
  type TemplateMode,
} from '../../../domain/content/vocabulary.ts';

export function audienceLabel(id: AudienceId): string {
  return AUDIENCES[id];
}

export function frameworkLabel(id: FrameworkId): string {
  return FRAMEWORKS[id];
}

export function modeLabel(mode: TemplateMode): string {
  return TEMPLATE_MODES[mode];
}

export function trackLabel(track: CheckInTrack): string {
  return CHECK_IN_TRACKS[track];
}

export function minutesLabel(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "3 h 45 min" for agendas, where minutes alone are hard to take in. */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return minutesLabel(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function groupSizeLabel(size: GroupSize): string {
  return size.min === size.max ? `${size.min} people` : `${size.min}–${size.max} people`;
}

/** "0:05" style offset from the start. */
export function clockOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours}:${String(rest).padStart(2, '0')}`;
}
