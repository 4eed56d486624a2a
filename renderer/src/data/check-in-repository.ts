import { closeInstrument } from '../../../domain/check-ins/disclosure.ts';
import {
  addAnswerSet,
  addCountTable,
  emptyTally,
  mergeTally,
  type Answers,
  type CountTable,
  type Tally,
} from '../../../domain/check-ins/tally.ts';
import type { PhoneRoundCounts } from '../../../electron/ipc/contract.ts';
import type { HotspotJoin } from '../../../domain/check-ins/phone-round.ts';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import {
  checkInResultId,
  type CheckInMethod,
  type CheckInResult,
  type CheckInRound,
  type RoundPurpose,
} from '../../../domain/sessions/session-model.ts';
import type { CommonGroundDatabase } from './database.ts';
import { MixedMethodsError, RoundClosedError } from './errors.ts';
import type { Clock } from './session-repository.ts';

export { MixedMethodsError, RoundClosedError };

export interface NewRound {
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: string[];
  purpose: RoundPurpose;
  method: CheckInMethod;
  /** For a round answered on phones (method "phones"), as the host serves it. */
  phones?: PhoneLink;
}

/** A round served to phones by the host. */
export interface PhoneLink {
  /** The address phones open. */
  url: string;
  /** The network address it listens on, to serve it again. */
  address: string;
  /** The key the host gave its opener, to read its count and stop it. */
  key: string;
  /** The facilitator's own hotspot, if the room's screen shows a code to join it. */
  hotspot: HotspotJoin | null;
}

/** What one person submitted on the device: answers per instrument. An empty list is a pass. */
export type Turn = { instrument: CheckInInstrument; answers: Answers }[];

/** Sent with a turn: whether this person asked for a change ("slow down, something needs to change"), with no track attached. */
export interface TurnSignal {
  wantsChange: boolean;
}

/**
 * A round being answered, as the screens may see it: who set it up and how
 * many have taken a turn, never what anyone answered.
 */
export interface OpenRound {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: readonly string[];
  purpose: RoundPurpose;
  method: CheckInMethod;
  sequence: number;
  openedAt: number;
  /** How many have taken their turn on the device, passes included. */
  turns: number;
  /** Counts from cards or slips have been added (so it cannot also be answered on the device). */
  hasCounts: boolean;
  /** How phones answer this round; null unless it is answered on phones. */
  phones: PhoneLink | null;
}

/** The host's side of a round on phones, as the data layer needs it: hand over the counts and stop. */
export interface PhoneRoundPort {
  stop(key: string): Promise<PhoneRoundCounts | null>;
}

/** The round's answers, only ever as counts, and only in this object: nothing of them is written before the round closes. */
interface Answered {
  view: OpenRound;
  tallies: Map<string, Tally>;
  changeRequests: number;
  /** Set while its counts are being collected and written, so it is not closed or voided twice. */
  closing?: boolean;
}

export type FindInstrument = (id: string) => CheckInInstrument | undefined;

/**
 * Check-in rounds. An open round lives in memory only, in this window: each
 * turn is added to counts held here, and nothing about it reaches the disk
 * (no intermediate tally a file could keep), local storage or the run
 * channel. When the round closes, what may be shown of it (see
 * domain/check-ins/disclosure.ts) is written once, in one transaction, and
 * the counts are dropped. Closing or reloading the app before then discards
 * the round: it is short, and running it again is the honest recovery.
 */
export function createCheckInRepository(db: CommonGroundDatabase, clock: Clock, findInstrument: FindInstrument) {
  const open = new Map<string, Answered>(); // by session: one open round at a time
  let phones: PhoneRoundPort | null = null;
  const listeners = new Set<() => void>();
  const changed = (answered: Answered, view: Partial<OpenRound>) => {
    answered.view = { ...answered.view, ...view };
    for (const listener of listeners) listener();
  };

  function answering(roundId: string): Answered {
    const answered = [...open.values()].find((candidate) => candidate.view.id === roundId);
    if (!answered) throw new RoundClosedError();
    return answered;
  }

  function add(answered: Answered, instrument: CheckInInstrument, change: (tally: Tally) => Tally): void {
    if (!answered.view.instrumentIds.includes(instrument.id)) return;
    answered.tallies.set(instrument.id, change(answered.tallies.get(instrument.id) ?? emptyTally()));
  }

  /** A round on phones: its counts come over from the host once, when it stops serving, and join the ones held here. */
  async function collectPhones(answered: Answered): Promise<void> {
    if (answered.view.phones === null || !phones) return;
    const counts = await phones.stop(answered.view.phones.key);
    if (!counts) return;
    for (const instrumentId of answered.view.instrumentIds) {
      const instrument = findInstrument(instrumentId);
      const tally = counts.tallies[instrumentId];
      if (instrument && tally) add(answered, instrument, (held) => mergeTally(held, instrument, tally));
    }
    answered.changeRequests += Number.isInteger(counts.changeRequests) ? Math.max(0, counts.changeRequests) : 0;
    answered.view = {
      ...answered.view,
      turns: answered.view.turns + (Number.isInteger(counts.answered) ? Math.max(0, counts.answered) : 0),
    };
  }

  async function close(answered: Answered): Promise<void> {
    if (answered.closing) return;
    answered.closing = true;
    try {
      await collectPhones(answered);
      // Voided meanwhile (or already closed elsewhere): nothing of it is kept.
      if (open.get(answered.view.sessionId) !== answered) return;
      await write(answered);
    } finally {
      answered.closing = false;
    }
  }

  async function write(answered: Answered): Promise<void> {
    const { view } = answered;
    const closedAt = clock.now();
    await db.transaction('rw', [db.sessions, db.agendaItems, db.checkInRounds, db.checkInResults], async () => {
      // A session deleted while its round was open takes the round with it: nothing is written.
      if (!(await db.sessions.get(view.sessionId))) return;
      // An item removed meanwhile (in another window): the round's results stand, belonging to no item.
      const agendaItemId = view.agendaItemId !== null && (await db.agendaItems.get(view.agendaItemId)) ? view.agendaItemId : null;
      const earlier = await db.checkInResults.where('sessionId').equals(view.sessionId).toArray();
      const kept: CheckInResult[] = view.instrumentIds.map((instrumentId) => {
        const ids = { id: checkInResultId(view.id, instrumentId), sessionId: view.sessionId, roundId: view.id };
        const instrument = findInstrument(instrumentId);
        const tally = answered.tallies.get(instrumentId) ?? emptyTally();
        return instrument ? closeInstrument(instrument, tally, earlier, ids) : { ...ids, instrumentId, belowFloor: true };
      });
      const round: CheckInRound = {
        id: view.id,
        sessionId: view.sessionId,
        agendaItemId,
        instrumentIds: [...view.instrumentIds],
        purpose: view.purpose,
        method: view.method,
        turns: view.turns,
        changeRequests: answered.changeRequests,
        sequence: view.sequence,
        openedAt: view.openedAt,
        closedAt,
      };
      await db.checkInRounds.add(round);
      await db.checkInResults.bulkAdd(kept);
    });
    // Only once it is written: a failed write leaves the round open, its answers still here.
    open.delete(view.sessionId);
    for (const listener of listeners) listener();
  }

  return {
    // ---- The open round, in memory ----

    /** Lets the data layer stop a round served to phones when it closes, however it closes. Set once by the app shell. */
    attachPhoneRounds(port: PhoneRoundPort): void {
      phones = port;
    },

    /** The round being answered in a session, if any. */
    openRound: (sessionId: string): OpenRound | undefined => open.get(sessionId)?.view,

    /** A round being answered, by its id; undefined once it has closed (or the app was reloaded). */
    answeringRound: (roundId: string): OpenRound | undefined => [...open.values()].find((a) => a.view.id === roundId)?.view,

    /** Called whenever a round opens, takes a turn or closes, in this window. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async open(round: NewRound): Promise<string> {
      const already = open.get(round.sessionId);
      if (already) return already.view.id;
      const stored = await db.checkInRounds.where('sessionId').equals(round.sessionId).toArray();
      const raced = open.get(round.sessionId);
      if (raced) return raced.view.id;
      const id = clock.newId();
      const sequence = Math.max(0, ...stored.map((candidate) => candidate.sequence)) + 1;
      const answered: Answered = {
        view: {
          sessionId: round.sessionId,
          agendaItemId: round.agendaItemId,
          instrumentIds: round.instrumentIds,
          purpose: round.purpose,
          method: round.method,
          id,
          sequence,
          openedAt: clock.now(),
          turns: 0,
          hasCounts: false,
          phones: round.phones ?? null,
        },
        tallies: new Map(),
        changeRequests: 0,
      };
      open.set(round.sessionId, answered);
      for (const listener of listeners) listener();
      return id;
    },

    async setMethod(roundId: string, method: CheckInMethod): Promise<void> {
      const answered = answering(roundId);
      // A round on phones stays on phones: the device and slips would mix with counts that cannot be told apart.
      if (answered.view.phones !== null) throw new MixedMethodsError('phones');
      changed(answered, { method });
    },

    /**
     * Drops an open round without keeping anything of it, on phones too: for
     * a round that cannot be trusted (more answers than people in the room).
     */
    async discard(roundId: string): Promise<void> {
      const answered = answering(roundId);
      if (answered.closing) throw new RoundClosedError();
      open.delete(answered.view.sessionId);
      if (answered.view.phones !== null && phones) await phones.stop(answered.view.phones.key);
      for (const listener of listeners) listener();
    },

    /** One person's turn on the device: their answers, if any, are added to the counts held in memory. */
    async submitTurn(roundId: string, turn: Turn, signal: TurnSignal = { wantsChange: false }): Promise<void> {
      const answered = answering(roundId);
      if (answered.view.hasCounts) throw new MixedMethodsError('counts');
      if (answered.view.phones !== null) throw new MixedMethodsError('phones');
      for (const { instrument, answers } of turn) add(answered, instrument, (tally) => addAnswerSet(tally, instrument, answers));
      if (signal.wantsChange) answered.changeRequests++;
      changed(answered, { turns: answered.view.turns + 1 });
    },

    /** Counts from a show of cards or paper slips. */
    async addCounts(roundId: string, instrument: CheckInInstrument, table: CountTable): Promise<void> {
      const answered = answering(roundId);
      if (answered.view.turns > 0) throw new MixedMethodsError('device');
      if (answered.view.phones !== null) throw new MixedMethodsError('phones');
      const before = answered.tallies.get(instrument.id);
      add(answered, instrument, (tally) => addCountTable(tally, instrument, table));
      if (answered.tallies.get(instrument.id) !== before) changed(answered, { hasCounts: true });
    },

    /** Slips asking for a change, counted with the cards or slips. */
    async addChangeRequests(roundId: string, count: number): Promise<void> {
      const answered = answering(roundId);
      if (!Number.isInteger(count) || count <= 0) return;
      // Slips, like counts: a round is answered on paper or on the device, never both.
      if (answered.view.turns > 0) throw new MixedMethodsError('device');
      answered.changeRequests += count;
      changed(answered, { hasCounts: true });
    },

    /** Writes what may be kept of the round, once, and lets go of its counts. */
    async close(roundId: string): Promise<void> {
      await close(answering(roundId));
    },

    /** Closes the round opened for an agenda item, if it is still open: the group has moved on. */
    async closeRoundOf(sessionId: string, agendaItemId: string): Promise<void> {
      const answered = open.get(sessionId);
      if (answered && answered.view.agendaItemId === agendaItemId) await close(answered);
    },

    // ---- Closed rounds, as stored ----

    round: (roundId: string): Promise<CheckInRound | undefined> => db.checkInRounds.get(roundId),

    async roundsOf(sessionId: string): Promise<{ rounds: CheckInRound[]; results: CheckInResult[] }> {
      return {
        rounds: await db.checkInRounds.where('sessionId').equals(sessionId).toArray(),
        results: await db.checkInResults.where('sessionId').equals(sessionId).toArray(),
      };
    },
  };
}

export type CheckInRepository = ReturnType<typeof createCheckInRepository>;
