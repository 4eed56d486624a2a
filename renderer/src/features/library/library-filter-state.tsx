import { createContext, useContext, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { NO_FILTER, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';

type FilterState = [LibraryFilter, Dispatch<SetStateAction<LibraryFilter>>];

const LibraryFilterContext = createContext<FilterState | null>(null);

// Held above the routes so that going back from an exercise finds the
// library filtered exactly as the facilitator left it.
export function LibraryFilterProvider({ children }: { children: ReactNode }) {
  const state = useState<LibraryFilter>(NO_FILTER);
  return <LibraryFilterContext.Provider value={state}>{children}</LibraryFilterContext.Provider>;
}

export function useLibraryFilter(): FilterState {
  const state = useContext(LibraryFilterContext);
  if (!state) throw new Error('useLibraryFilter must be used inside <LibraryFilterProvider>.');
  return state;
}
