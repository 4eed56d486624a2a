import type { Session } from '../../../../domain/sessions/session-model.ts';
import { durationLabel } from '../../content/labels.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function scheduledLabel(session: Pick<Session, 'scheduledFor'>): string {
  if (!session.scheduledFor) return 'No date set';
  const date = new Date(session.scheduledFor);
  return Number.isNaN(date.getTime()) ? 'No date set' : dateFormat.format(date);
}

export function availableLabel(session: Pick<Session, 'availableMinutes'>): string {
  return session.availableMinutes === null ? 'Time not set' : `${durationLabel(session.availableMinutes)} available`;
}

export const STATUS_LABELS: Record<Session['status'], string> = { planned: 'Planned', running: 'In progress', ended: 'Ended' };
