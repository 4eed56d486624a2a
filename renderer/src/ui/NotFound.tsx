import { useTranslation } from 'react-i18next';
import { BackLink } from './BackLink.tsx';

/**
 * What was not found, named as the screens have always named it. Each has
 * its own whole sentences in the catalog: in Spanish the words around the
 * noun change with it ("la sesión", "el ejercicio").
 */
export type NotFoundKind = 'Session' | 'Exercise' | 'Template' | 'Check-in';

const KEYS = { Session: 'session', Exercise: 'exercise', Template: 'template', 'Check-in': 'checkIn' } as const satisfies Record<
  NotFoundKind,
  string
>;

interface NotFoundProps {
  what: NotFoundKind;
  id: string;
  backHref: string;
  /** What the way back says; by default, the way back to that kind's list ("Back to sessions") in the app's language. */
  backLabel?: string;
}

export function NotFound({ what, id, backHref, backLabel }: NotFoundProps) {
  const { t } = useTranslation('ui');
  const key = KEYS[what];
  return (
    <div className="detail">
      <BackLink href={backHref}>{backLabel ?? t(`notFound.${key}.back`)}</BackLink>
      <h1 tabIndex={-1}>{t(`notFound.${key}.title`)}</h1>
      <p>{t(`notFound.${key}.text`, { id })}</p>
    </div>
  );
}
