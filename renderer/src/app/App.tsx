import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { CheckInListScreen } from '../features/check-ins/CheckInListScreen.tsx';
import { useHeldHashLocation } from '../features/check-ins/hand-around-hold.ts';
import { LibraryFilterProvider } from '../features/library/library-filter-state.tsx';
import { LibraryScreen } from '../features/library/LibraryScreen.tsx';
import { VaultGate } from '../features/vault/VaultGate.tsx';
import { TemplateListScreen } from '../features/templates/TemplateListScreen.tsx';
import { ScreenErrorBoundary } from '../ui/ScreenErrorBoundary.tsx';
import { AppShell } from './AppShell.tsx';
import { lazyScreen } from './lazy-screen.ts';
import { routes } from '../navigation/routes.ts';
import { afterMarkPainted, LIBRARY_READY_MARK } from '../navigation/performance-marks.ts';
import { storageAvailable } from '../data/storage-available.ts';
import { PAGE_MARKS, pageFooterRules, useAdoptedStyles } from '../ui/page-rules.ts';

// Screens load on demand: detail screens bring markdown-it, session screens
// bring Dexie, and neither should hold up the others.
const ExerciseDetailScreen = lazyScreen(() => import('../features/library/ExerciseDetailScreen.tsx'));
const TemplateDetailScreen = lazyScreen(() => import('../features/templates/TemplateDetailScreen.tsx'));
const OwnTemplateDetailScreen = lazyScreen(() => import('../features/templates/OwnTemplateDetailScreen.tsx'));
const SaveAsTemplateScreen = lazyScreen(() => import('../features/templates/SaveAsTemplateScreen.tsx'));
const ShareOwnScreen = lazyScreen(() => import('../features/own-exercises/ShareOwnScreen.tsx'));
const CheckInDetailScreen = lazyScreen(() => import('../features/check-ins/CheckInDetailScreen.tsx'));
const PlannerScreen = lazyScreen(() => import('../features/planner/PlannerScreen.tsx'));
const RunScreen = lazyScreen(() => import('../features/run/RunScreen.tsx'));
const SummaryScreen = lazyScreen(() => import('../features/summary/SummaryScreen.tsx'));
const PrepPackScreen = lazyScreen(() => import('../features/prep-pack/PrepPackScreen.tsx'));
const ParticipantDisplay = lazyScreen(() => import('../features/display/ParticipantDisplay.tsx'));
const HandAroundScreen = lazyScreen(() => import('../features/check-ins/HandAroundScreen.tsx'));
// Sessions use the database; the library does not need to wait for it.
const SessionsScreen = lazyScreen(() => import('../features/sessions/SessionsScreen.tsx'));
const PrivacyScreen = lazyScreen(() => import('../features/vault/PrivacyScreen.tsx'));
// A facilitator's own exercises are kept in the database: loaded after the library's list, never before it.
// …and fetched only once the library's list has painted, so its code (the database's, and Markdown) never competes with it.
const OwnExerciseShelf = lazyScreen(async () => {
  await afterMarkPainted(LIBRARY_READY_MARK);
  return import('../features/own-exercises/OwnExerciseShelf.tsx');
});
const OwnTemplateShelf = lazyScreen(() => import('../features/templates/OwnTemplateShelf.tsx'));
const OwnExerciseEditorScreen = lazyScreen(() => import('../features/own-exercises/OwnExerciseEditorScreen.tsx'));
const OwnExerciseImportScreen = lazyScreen(() => import('../features/own-exercises/OwnExerciseImportScreen.tsx'));
const OwnExerciseDetailScreen = lazyScreen(() => import('../features/own-exercises/OwnExerciseDetailScreen.tsx'));

/** The catalogs (i18n namespaces) the screen a URL opens on needs besides the shell's, so its first render needs no loading state. */
export function namespacesFor(path: string): string[] {
  if (path === routes.sessions) return ['sessions'];
  if (path === routes.library) return ['library'];
  if (/^\/sessions\/[^/]+$/.test(path)) return ['planner'];
  if (/^\/sessions\/[^/]+\/run$/.test(path)) return ['run'];
  if (path.startsWith(routes.templates)) return ['templates'];
  if (path.startsWith('/display/')) return ['display'];
  if (path === routes.checkIns) return ['checkIns'];
  if (path.includes('/check-in/')) return ['handAround'];
  return [];
}

/** Loads the code of the screen a URL opens on, so the first render needs no loading state. */
export function preloadScreenFor(path: string): Promise<void> {
  if (path === routes.sessions) return SessionsScreen.preload();
  if (path.startsWith('/display/')) return ParticipantDisplay.preload();
  if (path.includes('/check-in/')) return HandAroundScreen.preload();
  if (path.startsWith(`${routes.sessions}/`)) {
    if (path.endsWith('/run')) return RunScreen.preload();
    if (path.endsWith('/pack')) return PrepPackScreen.preload();
    return (path.endsWith('/summary') ? SummaryScreen : PlannerScreen).preload();
  }
  return Promise.resolve();
}

/** Where a screen would read stored sessions in a browser that can store nothing: say so, rather than load for ever. */
function NoStorage() {
  const { t } = useTranslation('shell');
  return (
    <div className="detail">
      <h1 tabIndex={-1}>{t('noStorage.title')}</h1>
      <p>{t('noStorage.text')}</p>
    </div>
  );
}

/**
 * Every printed page's footer and page numbers, in the app's language: the
 * recovery key sheet, or any screen printed from the browser's menu. They go
 * first among the adopted sheets, so a screen that prints its own (the
 * summary, in the participants' language; the preparation pack) wins.
 */
function usePrintedFooter() {
  const { t } = useTranslation('shell');
  useAdoptedStyles(`@page { ${pageFooterRules({ footer: t('print.footer'), pageOf: t('print.pageOf', PAGE_MARKS) })} }`, 'first');
}

const canStore = storageAvailable();

function Screens() {
  const [location] = useLocation();
  const { t } = useTranslation('shell');
  return (
    // Keyed by location, so an error on one screen does not follow the user to the next.
    <ScreenErrorBoundary key={location}>
      <Suspense fallback={<p className="loading">{t('loading')}</p>}>
        <Switch>
          <Route path={routes.sessions}>
            <SessionsScreen />
          </Route>
          <Route path={routes.runPattern}>{(params) => (canStore ? <RunScreen sessionId={params.id} /> : <NoStorage />)}</Route>
          <Route path={routes.summaryPattern}>{(params) => (canStore ? <SummaryScreen sessionId={params.id} /> : <NoStorage />)}</Route>
          <Route path={routes.saveAsTemplatePattern}>
            {(params) => (canStore ? <SaveAsTemplateScreen sessionId={params.id} /> : <NoStorage />)}
          </Route>
          <Route path={routes.packPattern}>{(params) => (canStore ? <PrepPackScreen sessionId={params.id} /> : <NoStorage />)}</Route>
          <Route path={routes.sessionPattern}>{(params) => (canStore ? <PlannerScreen sessionId={params.id} /> : <NoStorage />)}</Route>
          <Route path={routes.library}>
            <LibraryScreen ownShelf={canStore ? OwnExerciseShelf : undefined} />
          </Route>
          <Route path={routes.writeExercise}>{canStore ? <OwnExerciseEditorScreen /> : <NoStorage />}</Route>
          <Route path={routes.importExercise}>{canStore ? <OwnExerciseImportScreen /> : <NoStorage />}</Route>
          <Route path={routes.shareOwn}>{canStore ? <ShareOwnScreen /> : <NoStorage />}</Route>
          <Route path={routes.adaptExercisePattern}>
            {(params) => (canStore ? <OwnExerciseEditorScreen adaptFrom={params.id} /> : <NoStorage />)}
          </Route>
          <Route path={routes.editExercisePattern}>
            {(params) => (canStore ? <OwnExerciseEditorScreen editId={params.id} /> : <NoStorage />)}
          </Route>
          <Route path={routes.ownExercisePattern}>
            {(params) => (canStore ? <OwnExerciseDetailScreen exerciseId={params.id} /> : <NoStorage />)}
          </Route>
          <Route path={routes.exercisePattern}>{(params) => <ExerciseDetailScreen exerciseId={params.id} />}</Route>
          <Route path={routes.templates}>
            <TemplateListScreen ownShelf={canStore ? OwnTemplateShelf : undefined} />
          </Route>
          <Route path={routes.ownTemplatePattern}>
            {(params) => (canStore ? <OwnTemplateDetailScreen templateId={params.id} /> : <NoStorage />)}
          </Route>
          <Route path={routes.templatePattern}>{(params) => <TemplateDetailScreen templateId={params.id} />}</Route>
          <Route path={routes.checkIns}>
            <CheckInListScreen />
          </Route>
          <Route path={routes.checkInPattern}>{(params) => <CheckInDetailScreen instrumentId={params.id} />}</Route>
          <Route path={routes.privacy}>
            <PrivacyScreen />
          </Route>
          <Route>
            <Redirect to={routes.sessions} replace />
          </Route>
        </Switch>
      </Suspense>
    </ScreenErrorBoundary>
  );
}

// Hash routing: the same URLs work on app://, on the web server and from a
// bookmark, with no server-side fallback to configure. While the device is
// handed round, the router answers every address with the hand-around.
export function App() {
  usePrintedFooter();
  return (
    <Router hook={useHeldHashLocation}>
      <Switch>
        {/* The projector window: no menus, no notes, nothing but what the room should see. */}
        <Route path={routes.displayPattern}>
          {(params) => (
            <Suspense fallback={null}>
              <ParticipantDisplay sessionId={params.id} />
            </Suspense>
          )}
        </Route>
        {/* The private hand-around: no menus either, so a participant holding the device can reach nothing else. */}
        <Route path={routes.handAroundPattern}>
          {(params) => (
            <VaultGate>
              <Suspense fallback={null}>
                <HandAroundScreen sessionId={params.id} roundId={params.roundId} />
              </Suspense>
            </VaultGate>
          )}
        </Route>
        <Route>
          <VaultGate>
            <LibraryFilterProvider>
              <AppShell>
                <Screens />
              </AppShell>
            </LibraryFilterProvider>
          </VaultGate>
        </Route>
      </Switch>
    </Router>
  );
}
