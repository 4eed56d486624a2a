import { lazy, Suspense } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CheckInListScreen } from '../features/check-ins/CheckInListScreen.tsx';
import { LibraryFilterProvider } from '../features/library/library-filter-state.tsx';
import { LibraryScreen } from '../features/library/LibraryScreen.tsx';
import { SessionsScreen } from '../features/sessions/SessionsScreen.tsx';
import { TemplateListScreen } from '../features/templates/TemplateListScreen.tsx';
import { ScreenErrorBoundary } from '../ui/ScreenErrorBoundary.tsx';
import { AppShell } from './AppShell.tsx';
import { routes } from './routes.ts';

// Detail screens render Markdown; loading them (and markdown-it) on demand
// keeps the first screen small.
const ExerciseDetailScreen = lazy(() => import('../features/library/ExerciseDetailScreen.tsx'));
const TemplateDetailScreen = lazy(() => import('../features/templates/TemplateDetailScreen.tsx'));
const CheckInDetailScreen = lazy(() => import('../features/check-ins/CheckInDetailScreen.tsx'));
const PlannerScreen = lazy(() => import('../features/planner/PlannerScreen.tsx'));

function Screens() {
  const [location] = useLocation();
  return (
    // Keyed by location, so an error on one screen does not follow the user to the next.
    <ScreenErrorBoundary key={location}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path={routes.sessions}>
            <SessionsScreen />
          </Route>
          <Route path={routes.sessionPattern}>{(params) => <PlannerScreen sessionId={params.id} />}</Route>
          <Route path={routes.library}>
            <LibraryScreen />
          </Route>
          <Route path={routes.exercisePattern}>{(params) => <ExerciseDetailScreen exerciseId={params.id} />}</Route>
          <Route path={routes.templates}>
            <TemplateListScreen />
          </Route>
          <Route path={routes.templatePattern}>{(params) => <TemplateDetailScreen templateId={params.id} />}</Route>
          <Route path={routes.checkIns}>
            <CheckInListScreen />
          </Route>
          <Route path={routes.checkInPattern}>{(params) => <CheckInDetailScreen instrumentId={params.id} />}</Route>
          <Route>
            <Redirect to={routes.sessions} replace />
          </Route>
        </Switch>
      </Suspense>
    </ScreenErrorBoundary>
  );
}

// Hash routing: the same URLs work on app://, on the web server and from a
// bookmark, with no server-side fallback to configure.
export function App() {
  return (
    <Router hook={useHashLocation}>
      <LibraryFilterProvider>
        <AppShell>
          <Screens />
        </AppShell>
      </LibraryFilterProvider>
    </Router>
  );
}
