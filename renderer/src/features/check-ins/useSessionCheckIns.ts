import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { sessionResults, trends, type RoundResults, type Trend } from '../../../../domain/check-ins/session-results.ts';
import type { CheckInRound } from '../../../../domain/sessions/session-model.ts';
import type { OpenRound } from '../../data/check-in-repository.ts';
import { checkIns } from '../../data/app-database.ts';
import { findCheckInIn } from '../../content/content-details.ts';
import { useContentIn } from '../../content/translated-content.ts';
import { useTranslation } from 'react-i18next';

export interface SessionCheckIns {
  /** Closed rounds, as stored. */
  rounds: CheckInRound[];
  /** The round being answered now, held in memory in this window; its answers stay hidden and unwritten until it closes. */
  openRound: OpenRound | null;
  /** Closed rounds, oldest first, with only what may be shown. */
  results: RoundResults[];
  trends: Trend[];
}

/** The round being answered in a session, in this window, kept current as turns are taken. */
export function useOpenRound(sessionId: string): OpenRound | null {
  const read = useCallback(() => checkIns.openRound(sessionId) ?? null, [sessionId]);
  return useSyncExternalStore(checkIns.subscribe, read);
}

/** A round being answered, by its id; null once it has closed, or if the app was reloaded while it was open. */
export function useAnsweringRound(roundId: string): OpenRound | null {
  const read = useCallback(() => checkIns.answeringRound(roundId) ?? null, [roundId]);
  return useSyncExternalStore(checkIns.subscribe, read);
}

/**
 * A session's check-in rounds: the closed ones as stored (in this window or
 * another), and the one open in this window. Their questionnaires' words
 * (titles, questions, prompts) are in `language` where translated (same ids
 * and order as the English), else English: the app's language unless said
 * (a printed summary says its participants'). Undefined while either loads.
 */
export function useSessionCheckIns(sessionId: string, language?: string | null): SessionCheckIns | undefined {
  const { i18n } = useTranslation();
  const translated = useContentIn(language ?? i18n.language);
  const stored = useLiveQuery(() => checkIns.roundsOf(sessionId), [sessionId]);
  const openRound = useOpenRound(sessionId);
  return useMemo(() => {
    if (!stored || translated === undefined) return undefined;
    const results = sessionResults(stored.rounds, stored.results, (id) => findCheckInIn(translated, id));
    return { rounds: stored.rounds, openRound, results, trends: trends(results) };
  }, [stored, openRound, translated]);
}
