import type { TFunction } from 'i18next';
import type { Session } from '../../../../domain/sessions/session-model.ts';
import { durationLabel } from '../../content/labels.ts';

/** When a session is planned for, in the app's language (Intl), or that no date is set. */
export function scheduledLabel(session: Pick<Session, 'scheduledFor'>, t: TFunction<'sessions'>, locale: string): string {
  if (!session.scheduledFor) return t('noDate');
  const date = new Date(session.scheduledFor);
  return Number.isNaN(date.getTime())
    ? t('noDate')
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function availableLabel(session: Pick<Session, 'availableMinutes'>, t: TFunction<'sessions'>): string {
  return session.availableMinutes === null ? t('timeNotSet') : t('available', { duration: durationLabel(session.availableMinutes) });
}
