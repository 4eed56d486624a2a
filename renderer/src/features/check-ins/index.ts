// What other features may use of the check-ins: the panel the run view shows,
// results and trends as the record and the summary draw them, and what the
// participant display says while a round is open. Nothing else is public.
export { CheckInInstructions } from './CheckInInstructions.tsx';
export { CheckInRoundsPanel } from './CheckInRoundsPanel.tsx';
export { RoundResultsView, type ResultsReader } from './RoundResultsView.tsx';
export { TrendChart } from './TrendChart.tsx';
export { TrendCharts } from './TrendCharts.tsx';
export { useSessionCheckIns, type SessionCheckIns } from './useSessionCheckIns.ts';
export { openOnPhones, PhoneRoundProgress, PhoneRoundSetup } from './PhoneRound.tsx';
