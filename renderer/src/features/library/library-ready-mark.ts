/** Marks the moment the library can be used; `npm run bench` reads it. */
export const LIBRARY_READY_MARK = 'common-ground:library-ready';
