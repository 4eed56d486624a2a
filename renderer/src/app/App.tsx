import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ExerciseDetailScreen } from '../features/library/ExerciseDetailScreen.tsx';
import { LibraryFilterProvider } from '../features/library/library-filter-state.tsx';
import { LibraryScreen } from '../features/library/LibraryScreen.tsx';
import { AppShell } from './AppShell.tsx';
import { routes } from './routes.ts';

// Hash routing: the same URLs work on app://, on the web server and from a
// bookmark, with no server-side fallback to configure.
export function App() {
  return (
    <Router hook={useHashLocation}>
      <LibraryFilterProvider>
        <AppShell>
          <Switch>
            <Route path={routes.library}>
              <LibraryScreen />
            </Route>
            <Route path={routes.exercisePattern}>{(params) => <ExerciseDetailScreen exerciseId={params.id} />}</Route>
            <Route>
              <Redirect to={routes.library} replace />
            </Route>
          </Switch>
        </AppShell>
      </LibraryFilterProvider>
    </Router>
  );
}
