import { useCallback, useMemo } from 'react';
import type { ZodType } from 'zod';
import type { Reflection, ReflectionKind } from '../../../../domain/sessions/session-model.ts';
import { reflectionId } from '../../../../domain/sessions/session-model.ts';
import { records } from '../../data/app-database.ts';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';

interface Options<Data> {
  item: { id: string; sessionId: string };
  kind: ReflectionKind;
  /** The schema of this kind's data. */
  schema: ZodType<Data>;
  stored: Data | undefined;
  empty: () => Data;
}

/** A structure is not text: words typed in two windows at once can be added together, a map cannot. */
const cannotMerge = () => null;

/**
 * A structured reflection that saves itself as it changes, with the same
 * journal, coalesced writes and one-window-at-a-time editing as typed notes:
 * it is kept as JSON text underneath, and read back through its schema, so a
 * damaged draft falls back to what is stored instead of breaking the screen.
 * Give `focusProps` to the element around the editor's controls, and disable
 * them while `readOnly` (another window is editing it).
 */
export function useAutosavedReflection<Data>({ item, kind, schema, stored, empty }: Options<Data>) {
  const storedText = useMemo(() => JSON.stringify(stored ?? empty()), [stored, empty]);
  const id = reflectionId(item.id, kind);
  const { text, setText, state, flush, readOnly, notice, focusProps } = useAutosavedText({
    draftKey: `reflection:${id}`,
    storedText,
    save: (json) => records.saveReflection(item, { kind, data: schema.parse(JSON.parse(json)) } as Pick<Reflection, 'kind' | 'data'>),
    load: async () => {
      const { map, timelines } = await records.reflectionsOf(item.id);
      const reflection = kind === 'structures-map' ? map : timelines;
      return JSON.stringify(reflection?.kind === kind ? reflection.data : empty());
    },
    normalize: (json) => {
      try {
        return JSON.stringify(schema.parse(JSON.parse(json)));
      } catch {
        return json;
      }
    },
    merge: cannotMerge,
  });
  const value = useMemo((): Data => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: fall through to what is stored.
    }
    return JSON.parse(storedText) as Data;
  }, [schema, storedText, text]);
  const setValue = useCallback((next: Data) => setText(JSON.stringify(next)), [setText]);
  return { value, setValue, state, flush, readOnly, notice, focusProps };
}
