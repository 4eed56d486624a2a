export interface ChunkingContext {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/**
 * One chunk for everything the page's entry imports statically: the code the
 * first screen needs before it can render.
 *
 * Left to itself the bundler splits that code wherever a lazy screen shares a
 * module with the entry (the content labels, the fact list, the data layer's
 * error words…): the library's first load fetched 19 scripts, and a browser
 * talking HTTP/1.1 to the web server opens six connections at a time, so they
 * came in three waves. Put together they are one request. Lazy screens then
 * import what they share from this chunk, which is always loaded already.
 */
export function bootChunkGroup() {
  // Which modules the entry reaches by static imports, worked out once per chunking pass.
  const reached = new WeakMap<ChunkingContext, Map<string, boolean>>();
  return {
    debugName: 'boot',
    name(id: string, context: ChunkingContext): string | null {
      let known = reached.get(context);
      if (!known) reached.set(context, (known = new Map()));
      const reach = (module: string): boolean => {
        const answer = known.get(module);
        if (answer !== undefined) return answer;
        known.set(module, false); // an import cycle is not a path from the entry
        const info = context.getModuleInfo(module);
        const result = info !== null && (info.isEntry || info.importers.some(reach));
        known.set(module, result);
        return result;
      };
      return reach(id) ? 'boot' : null;
    },
  };
}
