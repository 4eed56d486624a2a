// The words a summary is written in. The domain composes the summary and
// says which words go where, by key, with their values; the words themselves
// are in the app's catalogs (renderer/src/locales/<language>/summary.json),
// passed in as a function, so the summary can be printed in the language its
// participants are shown the session in and i18next stays out of the domain.

/** Every word the summary asks for. A catalog must hold each (tests/unit/i18n/catalogs.test.ts checks the English one does). */
export const SUMMARY_WORDS = [
  'minutes',
  'hours',
  'hoursMinutes',
  'timeAvailable',
  'timeUsed',
  'agendaHeading',
  'agendaItem',
  'agendaPlanned',
  'agendaActual',
  'notRun',
  'notesHeading',
  'stepNumber',
  'structuresMapHeading',
  'timelinesHeading',
  'checkInsHeading',
  'checkInsIntro',
  'checkOut',
  'checkInRound',
  'roundNumber',
  'firstRound',
  'noAverage',
  'average',
  'instrumentResult',
  'reverseScored',
  'questionColumn',
  'averageColumn',
  'band.under-10',
  'band.10-19',
  'band.20-plus',
  'withheld.too-few',
  'withheld.compared',
  'comparedNote',
  'belowFloor',
  'changeRequests',
  'actionsHeading',
  'checkInNotesHeading',
  'followUpPattern',
  'followUpAirtime',
  'followUpFloorTools',
  'caucusCalls',
  'floorShifts',
  'followUpNotRun',
  'followUpNote',
  'followUpsSelfGuided',
  'followUpsFacilitator',
  'trendTitle',
  'trendRound',
  'trendAverage',
  'trendNotShown',
  'mapTheme',
  'mapThemeUnnamed',
  'mapLeaves',
  'mapTrunk',
  'mapRoots',
  'mapChosen',
  'mapShared',
  'mapLandsDifferently',
  'timelinesNoEvents',
] as const;

export type SummaryWord = (typeof SUMMARY_WORDS)[number];

/** A word in the summary's language, with its values put in (a `count` chooses the plural form). */
export type SummaryWords = (key: SummaryWord, values?: Readonly<Record<string, string | number>>) => string;

/** "45 min", "1 h", "2 h 15 min", in the summary's words. */
export function durationText(minutes: number, words: SummaryWords): string {
  if (minutes < 60) return words('minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? words('hours', { count: hours }) : words('hoursMinutes', { hours, minutes: rest });
}
