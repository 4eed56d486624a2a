import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import { CHECK_IN_TRACKS, type CheckInTrack } from '../../domain/content/vocabulary.ts';
import { PARTICIPANT_LANGUAGES } from '../../domain/sessions/session-vocabulary.ts';
import type { PhoneRoundAddress, PhoneRoundCounts, StartPhoneRoundRequest, StartPhoneRoundResult } from '../ipc/contract.ts';
import {
  loadPhonePage,
  localAddresses as machineAddresses,
  startRoundServer,
  type LocalAddress,
  type RunningRound,
} from './round-server.ts';

// One round on phones at a time, for whichever host runs it: the desktop
// app's main process, or the web mode's server script in development and
// tests. What the renderer asks is checked here, field by field, before any
// socket opens: the renderer is not trusted to have done so.

const TRACKS = Object.keys(CHECK_IN_TRACKS) as [CheckInTrack, ...CheckInTrack[]];
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const words = (max: number) => z.string().min(1).max(max);

const instrumentSchema = z.strictObject({
  id,
  title: words(200),
  track: z.enum(TRACKS),
  intro: z.string().max(4000),
  scale: z
    .strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(11), minLabel: words(60), maxLabel: words(60) })
    .refine((scale) => scale.min < scale.max),
  items: z
    .array(z.strictObject({ id, text: words(400) }))
    .min(1)
    .max(20),
}) satisfies z.ZodType<PhoneInstrument>;

const startSchema = z.strictObject({
  instruments: z
    .array(instrumentSchema)
    .min(1)
    .max(10)
    .refine((list) => new Set(list.map((instrument) => instrument.id)).size === list.length, 'instrument ids repeat')
    .refine(
      (list) => list.every((instrument) => new Set(instrument.items.map((item) => item.id)).size === instrument.items.length),
      'item ids repeat',
    ),
  language: z.enum(PARTICIPANT_LANGUAGES),
  address: z.string().max(64),
}) satisfies z.ZodType<StartPhoneRoundRequest>;

export interface PhoneRoundControlOptions {
  /** Where the built phone page is (out/phone). */
  pageDirectory: string;
  /** The addresses a round may listen on; the machine's local-network addresses unless a test says otherwise. */
  addresses?: () => LocalAddress[];
  /** The name phones are given instead of the address (tests map a name to loopback). */
  hostName?: string;
}

const KEY = /^[A-Za-z0-9_-]{22}$/;

export function createPhoneRoundControl(options: PhoneRoundControlOptions) {
  const addresses = options.addresses ?? machineAddresses;
  /** The one round served, the key its opener holds, and who opened it (so it can be stopped when they go). */
  let running: { round: RunningRound; key: string; owner: unknown } | undefined;
  // One operation at a time: two starts, or a stop during a start, can never leave a server nobody tracks.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };
  const matches = (key: unknown) => running !== undefined && typeof key === 'string' && KEY.test(key) && key === running.key;

  return {
    addresses(): PhoneRoundAddress[] {
      return addresses().map(({ name, address }) => ({ name, address }));
    },

    /** Serves a round, unless one is already served: that one must be closed (or voided) first. */
    start(raw: unknown, owner: unknown = null): Promise<StartPhoneRoundResult> {
      return serial(async () => {
        const parsed = startSchema.safeParse(raw);
        if (!parsed.success) return { ok: false, reason: 'invalid' };
        const { language, instruments, address } = parsed.data;
        if (!addresses().some((candidate) => candidate.address === address)) return { ok: false, reason: 'no-network' };
        if (running) return { ok: false, reason: 'busy' };
        try {
          const page = await loadPhonePage(options.pageDirectory);
          const round = await startRoundServer({
            language,
            instruments,
            page,
            bindAddress: address,
            ...(options.hostName ? { hostName: options.hostName } : {}),
          });
          running = { round, key: randomBytes(16).toString('base64url'), owner };
          return { ok: true, url: round.url, key: running.key };
        } catch (error) {
          return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL' ? 'no-network' : 'failed' };
        }
      });
    },

    /** How many phones answered the round this key opened; null for any other key. */
    answered(key: unknown): number | null {
      return matches(key) ? running!.round.answered() : null;
    },

    /** Stops the round this key opened and hands over its counts, once; null for any other key. */
    stop(key: unknown): Promise<PhoneRoundCounts | null> {
      return serial(async () => {
        if (!matches(key)) return null;
        const { round } = running!;
        running = undefined;
        return round.close();
      });
    },

    /** Stops whatever round is served (the app quits, a wipe), dropping its counts. */
    stopAll(): Promise<void> {
      return serial(async () => {
        const current = running;
        running = undefined;
        await current?.round.close();
      });
    },

    /** Stops the round if this opener started it: its window reloaded, navigated or closed, so nobody can collect its counts. */
    stopOwnedBy(owner: unknown): Promise<void> {
      return serial(async () => {
        if (!running || running.owner !== owner) return;
        const { round } = running;
        running = undefined;
        await round.close();
      });
    },
  };
}

export type PhoneRoundControl = ReturnType<typeof createPhoneRoundControl>;
