import type { GroupSize } from '../../../domain/content/schema-primitives.ts';
import type { AudienceId, CheckInTrack, FrameworkId, TemplateMode } from '../../../domain/content/vocabulary.ts';
import { translate } from '../i18n/current.ts';

// The content vocabulary and its units in the app's language: the domain
// names things by id; their words are in the "common" catalog.

export function audienceLabel(id: AudienceId): string {
  return translate(`common:audience.${id}`);
}

export function frameworkLabel(id: FrameworkId): string {
  return translate(`common:framework.${id}`);
}

export function modeLabel(mode: TemplateMode): string {
  return translate(`common:mode.${mode}`);
}

/** Who answers a check-in; `t` for words in another language than the app's (the participants'). */
export function trackLabel(track: CheckInTrack, t: (key: string) => string = translate): string {
  return t(`common:track.${track}`);
}

export function minutesLabel(minutes: number): string {
  return translate('common:minutes', { count: minutes });
}

/** "3 h 45 min" for agendas, where minutes alone are hard to take in. */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return minutesLabel(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? translate('common:hours', { hours }) : translate('common:hoursMinutes', { hours, minutes: rest });
}

export function groupSizeLabel(size: GroupSize): string {
  return size.min === size.max ? translate('common:people', { count: size.min }) : translate('common:peopleRange', { min: size.min, max: size.max });
}

/** "0:05" style offset from the start. */
export function clockOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours}:${String(rest).padStart(2, '0')}`;
}

/** A vocabulary (audiences, frameworks) as choices in the app's language, for a filter or a form. */
export function vocabularyChoices<Id extends string>(ids: readonly Id[], label: (id: Id) => string): Record<Id, string> {
  return Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<Id, string>;
}
