import { checkInResultId, reflectionId, stepNoteId } from './session-model.ts';
import type { RunState, Session, SessionBundle, SessionTableName, SummarySettings } from './stored-records.ts';

// How the records of a session point at each other, said once per field.
// Copying a session under new ids (a duplicate, or a backup restored beside
// its original), checking a backup's references, and removing an agenda item
// with everything that hangs on it are all derived from these tables. Each
// table below must name every field of its record: a field added to a stored
// shape does not compile until someone has said whether it points anywhere.

/** Gives the new id for an old one; the same old id always gets the same new id. */
export type Remap = (oldId: string) => string;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

type FieldRole<R> =
  /** Holds no id. */
  | 'value'
  /** The record's own id, or its session's: made anew when the session is copied. */
  | 'own-id'
  | 'session'
  /** The agenda item the record belongs to; `item-or-null` may belong to none. */
  | 'item'
  | 'item-or-null'
  /** The check-in round the record belongs to. */
  | 'round'
  /** A field derived from others (an id built from its item's id), or holding ids deeper down. */
  | { readonly derive: (record: R, remap: Remap) => unknown };

type Roles<R> = { readonly [K in KeysOfUnion<R>]-?: FieldRole<R> };

type Row<T extends SessionTableName> = SessionBundle[T][number];

/** What happens to a record when the agenda item it belongs to is removed. */
export type WhenItemRemoved = 'delete' | 'detach';

interface TableRelations<T extends SessionTableName> {
  readonly fields: Roles<Row<T>>;
  /** Only for tables with an `item` or `item-or-null` field. */
  readonly whenItemRemoved?: WhenItemRemoved;
}

/** An id derived from its item's id keeps that shape when the item gets a new id; any other id is simply remapped. */
function derivedId<R extends { id: string }>(build: (record: R, remap: Remap) => { old: string; next: string }): FieldRole<R> {
  return {
    derive: (record, remap) => {
      const { old, next } = build(record, remap);
      return record.id === old ? next : remap(record.id);
    },
  };
}

/** How one field of a run follows its items: to new ids when a session is copied, and out when an item is removed. */
interface RunField<V> {
  remap(value: V, remap: Remap): V;
  forget(value: V, itemId: string): V;
}

const noItems: RunField<unknown> = { remap: (value) => value, forget: (value) => value };

const itemList: RunField<string[]> = {
  remap: (ids, remap) => ids.map(remap),
  forget: (ids, itemId) => ids.filter((id) => id !== itemId),
};

/** Every field of a run, and which of them name agenda items. */
const runFields: { readonly [K in keyof RunState]-?: RunField<RunState[K]> } = {
  position: noItems as RunField<number>,
  timer: noItems as RunField<RunState['timer']>,
  startedAt: noItems as RunField<number | null>,
  endedAt: noItems as RunField<number | null>,
  records: {
    remap: (records, remap) => records.map((record) => ({ ...record, itemId: remap(record.itemId) })),
    forget: (records, itemId) => records.filter((record) => record.itemId !== itemId),
  },
  events: {
    remap: (events, remap) => events.map((event) => ({ ...event, itemId: remap(event.itemId) })),
    forget: (events, itemId) => events.filter((event) => event.itemId !== itemId),
  },
  airtime: {
    remap: ({ byItem, current }, remap) => ({
      byItem: Object.fromEntries(Object.entries(byItem).map(([id, sums]) => [remap(id), sums])),
      current: current && { ...current, itemId: remap(current.itemId) },
    }),
    forget: ({ byItem, current }, itemId) => ({
      byItem: Object.fromEntries(Object.entries(byItem).filter(([id]) => id !== itemId)),
      current: current?.itemId === itemId ? null : current,
    }),
  },
  // Positions in the run, not items. (Inserting an item before a soft step, after stepping back,
  // moves which step is soft; the cost is a chime, and the facilitator sees and can toggle it.)
  softSteps: noItems as RunField<number[]>,
  alliesListening: itemList,
};

function eachRunField(run: RunState, change: (field: RunField<unknown>, value: unknown) => unknown): RunState {
  return Object.fromEntries(
    Object.entries(run).map(([key, value]) => [key, change((runFields[key as keyof RunState] ?? noItems) as RunField<unknown>, value)]),
  ) as RunState;
}

function remapRun(run: RunState, remap: Remap): RunState {
  return eachRunField(run, (field, value) => field.remap(value, remap));
}

function remapSummary(summary: SummarySettings, remap: Remap): SummarySettings {
  return { ...summary, choices: { ...summary.choices, includedPrivateItems: itemList.remap(summary.choices.includedPrivateItems, remap) } };
}

/** Every agenda item a session's run and summary choices name. */
export function itemsNamedBy(session: Session): Set<string> {
  const named = new Set<string>();
  remapSession(session, (id) => {
    if (id !== session.id) named.add(id);
    return id;
  });
  return named;
}

/** The session with what its run and summary choices say of items not among `itemIds` taken out. */
export function withOnlyItems(session: Session, itemIds: ReadonlySet<string>): Session {
  return [...itemsNamedBy(session)].filter((id) => !itemIds.has(id)).reduce(forgetItem, session);
}

/** The session with every mention of an agenda item in its run and summary choices taken out, for when the item is removed. */
export function forgetItem(session: Session, itemId: string): Session {
  const { run, summary } = session;
  return {
    ...session,
    ...(run && { run: eachRunField(run, (field, value) => field.forget(value, itemId)) }),
    ...(summary && {
      summary: {
        ...summary,
        choices: { ...summary.choices, includedPrivateItems: itemList.forget(summary.choices.includedPrivateItems, itemId) },
      },
    }),
  };
}

const sessionFields: Roles<Session> = {
  id: 'own-id',
  title: 'value',
  scheduledFor: 'value',
  availableMinutes: 'value',
  mode: 'value',
  status: 'value',
  templateId: 'value',
  createdAt: 'value',
  updatedAt: 'value',
  run: { derive: (session, remap) => session.run && remapRun(session.run, remap) },
  summary: { derive: (session, remap) => session.summary && remapSummary(session.summary, remap) },
  deleteAfter: 'value',
  participantLanguage: 'value',
};

const itemFields = { id: 'own-id', sessionId: 'session', position: 'value', plannedMinutes: 'value', kind: 'value' } as const;

/** Every table a session owns, in the order they are written, and how their fields point at other records. */
export const SESSION_TABLES: { readonly [T in SessionTableName]: TableRelations<T> } = {
  agendaItems: { fields: { ...itemFields, exercise: 'value', title: 'value', instrumentIds: 'value' } },
  // A preparation note is filed under its item's own id.
  prepNotes: { fields: { id: 'item', sessionId: 'session', text: 'value', updatedAt: 'value' }, whenItemRemoved: 'delete' },
  stepNotes: {
    fields: {
      id: derivedId((note, remap) => ({
        old: stepNoteId(note.agendaItemId, note.stepIndex),
        next: stepNoteId(remap(note.agendaItemId), note.stepIndex),
      })),
      sessionId: 'session',
      agendaItemId: 'item',
      stepIndex: 'value',
      text: 'value',
      updatedAt: 'value',
    },
    whenItemRemoved: 'delete',
  },
  // A round's results stand on their own: if its item goes, the round stays, belonging to no item.
  checkInRounds: {
    fields: {
      id: 'own-id',
      sessionId: 'session',
      agendaItemId: 'item-or-null',
      instrumentIds: 'value',
      purpose: 'value',
      method: 'value',
      turns: 'value',
      changeRequests: 'value',
      sequence: 'value',
      openedAt: 'value',
      closedAt: 'value',
    },
    whenItemRemoved: 'detach',
  },
  checkInResults: {
    fields: {
      id: { derive: (result, remap) => checkInResultId(remap(result.roundId), result.instrumentId) },
      sessionId: 'session',
      roundId: 'round',
      instrumentId: 'value',
      belowFloor: 'value',
      respondents: 'value',
      meanTenths: 'value',
      items: 'value',
    },
  },
  reflections: {
    fields: {
      id: derivedId((reflection, remap) => ({
        old: reflectionId(reflection.agendaItemId, reflection.kind),
        next: reflectionId(remap(reflection.agendaItemId), reflection.kind),
      })),
      sessionId: 'session',
      agendaItemId: 'item',
      updatedAt: 'value',
      kind: 'value',
      data: 'value',
    },
    whenItemRemoved: 'delete',
  },
  agreedActions: {
    fields: { id: 'own-id', sessionId: 'session', agendaItemId: 'item-or-null', text: 'value', createdAt: 'value' },
    whenItemRemoved: 'delete',
  },
};

export const SESSION_TABLE_NAMES = Object.keys(SESSION_TABLES) as SessionTableName[];

function remapFields<R extends object>(record: R, fields: Roles<R>, remap: Remap): R {
  const entries = Object.entries(record).map(([key, value]) => {
    const role = fields[key as KeysOfUnion<R>] as FieldRole<R> | undefined;
    if (role === undefined || role === 'value') return [key, value];
    if (typeof role === 'object') return [key, role.derive(record, remap)];
    if (role === 'item-or-null') return [key, value === null ? null : remap(value as string)];
    return [key, remap(value as string)];
  });
  return Object.fromEntries(entries) as R;
}

/** The session's own fields with its ids, and the item ids inside its run and summary choices, remapped. */
export function remapSession(session: Session, remap: Remap): Session {
  return remapFields(session, sessionFields, remap);
}

/** A whole session under new ids, every link between its records kept. */
export function remapBundle(bundle: SessionBundle, remap: Remap): SessionBundle {
  const copy = { session: remapSession(bundle.session, remap) } as SessionBundle;
  for (const table of SESSION_TABLE_NAMES) {
    const fields = SESSION_TABLES[table].fields as Roles<Row<typeof table>>;
    (copy[table] as Row<typeof table>[]) = (bundle[table] as Row<typeof table>[]).map((row) => remapFields(row, fields, remap));
  }
  return copy;
}

/** A remap that makes each new id once, with `newId`, and then keeps to it. */
export function freshIds(newId: () => string): Remap {
  const map = new Map<string, string>();
  return (old) => {
    let next = map.get(old);
    if (next === undefined) map.set(old, (next = newId()));
    return next;
  };
}

export interface ItemReference {
  table: SessionTableName;
  field: string;
  /** The item id named, or null where the field may name none. */
  itemId: string | null;
  optional: boolean;
}

/** Every field in a record that names an agenda item or a round, by kind. */
export function referencesOf<T extends SessionTableName>(
  table: T,
  record: Row<T>,
): { items: ItemReference[]; rounds: string[]; sessions: string[] } {
  const fields = SESSION_TABLES[table].fields as Roles<Row<T>>;
  const found = { items: [] as ItemReference[], rounds: [] as string[], sessions: [] as string[] };
  for (const [field, value] of Object.entries(record)) {
    const role = fields[field as KeysOfUnion<Row<T>>];
    if (role === 'item' || role === 'item-or-null')
      found.items.push({ table, field, itemId: value as string | null, optional: role === 'item-or-null' });
    else if (role === 'round') found.rounds.push(value as string);
    else if (role === 'session') found.sessions.push(value as string);
  }
  return found;
}

/** The field of a table's records that names their agenda item, if they have one, and what removing the item does to them. */
export function itemLink(table: SessionTableName): { field: string; whenItemRemoved: WhenItemRemoved } | null {
  const { fields, whenItemRemoved } = SESSION_TABLES[table] as TableRelations<SessionTableName>;
  const field = Object.entries(fields).find(([, role]) => role === 'item' || role === 'item-or-null')?.[0];
  return field === undefined || whenItemRemoved === undefined ? null : { field, whenItemRemoved };
}
