import type { TFunction } from 'i18next';
import type { PlainMessage } from '../../../domain/content/plain-messages.ts';

// What the content check says about a facilitator's own exercise, template
// or shared files, in the app's language: the domain gives a kind and its
// values (domain/content/plain-messages.ts), the words are in the
// "contentCheck" catalog. Each message reads after the name of its field
// ("Title: must not be empty"), or on its own for a whole file.

/** A file's size as the check says it: "201 kB", or "1.5 MB" from a million bytes up. */
function fileSize(bytes: number, locale: string): string {
  if (bytes >= 1_000_000)
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  return `${new Intl.NumberFormat(locale).format(Math.ceil(bytes / 1000))} kB`;
}

/** A message of the content check in the language of `t` (bound to the "contentCheck" namespace). */
export function plainWords(t: TFunction<'contentCheck'>, plain: PlainMessage, locale: string): string {
  switch (plain.kind) {
    case 'stepsAddUp':
    case 'agendaAddsUp':
      return t(`message.${plain.kind}`, { duration: plain.duration, count: plain.total });
    case 'tooManyAnswers':
      return t('message.tooManyAnswers', { answers: plain.answers, count: plain.respondents });
    case 'moreThanLimit':
      return t(`message.moreThanLimit.${plain.list}`, { max: plain.max });
    case 'overLimit':
      return t(`message.overLimit.${plain.document}.${plain.list}`, { found: plain.found, max: plain.max });
    case 'ownId':
      return t(`message.ownId.${plain.document}`, { prefix: plain.prefix });
    case 'forbiddenCapture':
      return t('message.forbiddenCapture', { value: plain.value, reason: t(`forbidden.${plain.value}`, { defaultValue: plain.reason }) });
    case 'fileTooLarge':
      return plain.document === 'exercise'
        ? t('message.fileTooLarge.exercise', { size: fileSize(plain.bytes, locale), max: fileSize(plain.maxBytes, locale) })
        : t('message.fileTooLarge.template', { size: Math.ceil(plain.bytes / 1000), max: plain.maxBytes / 1000 });
    default: {
      const { kind, ...values } = plain;
      return t(`message.${kind}`, values);
    }
  }
}

/** A problem's message in the app's language, or its English where a check gave no kind (only the content check's own, never an own document's). */
export function problemWords(t: TFunction<'contentCheck'>, problem: { message: string; plain?: PlainMessage | undefined }, locale: string): string {
  return problem.plain ? plainWords(t, problem.plain, locale) : problem.message;
}
