// What other features may use of the library: its list of sources.
export { SourceList } from './SourceList.tsx';
