import { z } from 'zod';
import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import { CHECK_IN_TRACKS, type CheckInTrack } from '../../domain/content/vocabulary.ts';
import type { PhoneRoundAddress, PhoneRoundCounts, StartPhoneRoundResult } from '../ipc/contract.ts';
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

const startSchema = z.strictObject({ instruments: z.array(instrumentSchema).min(1).max(10), address: z.string().max(64) });

export interface PhoneRoundControlOptions {
  /** Where the built phone page is (out/phone). */
  pageDirectory: string;
  /** The addresses a round may listen on; the machine's local-network addresses unless a test says otherwise. */
  addresses?: () => LocalAddress[];
  /** The name phones are given instead of the address (tests map a name to loopback). */
  hostName?: string;
}

export function createPhoneRoundControl(options: PhoneRoundControlOptions) {
  const addresses = options.addresses ?? machineAddresses;
  let running: RunningRound | undefined;

  return {
    addresses(): PhoneRoundAddress[] {
      return addresses().map(({ name, address }) => ({ name, address }));
    },

    async start(raw: unknown): Promise<StartPhoneRoundResult> {
      const parsed = startSchema.safeParse(raw);
      if (!parsed.success)
        return { ok: false, reason: 'invalid', message: 'The round could not be set up: its questions were not in the expected form.' };
      const { instruments, address } = parsed.data;
      if (!addresses().some((candidate) => candidate.address === address))
        return {
          ok: false,
          reason: 'no-network',
          message: 'That network address is no longer available. Check the Wi-Fi and choose again.',
        };
      if (running) await running.close();
      running = undefined;
      try {
        const page = await loadPhonePage(options.pageDirectory);
        running = await startRoundServer({
          instruments,
          page,
          bindAddress: address,
          ...(options.hostName ? { hostName: options.hostName } : {}),
        });
        return { ok: true, url: running.url };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return {
          ok: false,
          reason: 'failed',
          message:
            code === 'EADDRNOTAVAIL'
              ? 'That network address is no longer available. Check the Wi-Fi and choose again.'
              : 'The answer page could not be started on this computer. Use the hand-around or slips for this round.',
        };
      }
    },

    answered(): number | null {
      return running ? running.answered() : null;
    },

    async stop(): Promise<PhoneRoundCounts | null> {
      const round = running;
      running = undefined;
      return round ? round.close() : null;
    },
  };
}

export type PhoneRoundControl = ReturnType<typeof createPhoneRoundControl>;
