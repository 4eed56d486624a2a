import { z } from 'zod';
import type { PhoneInstrument, PhoneSubmission } from '../../domain/check-ins/phone-round.ts';
import { CHECK_IN_TRACKS, type CheckInTrack } from '../../domain/content/vocabulary.ts';

// A phone's answers, checked against the round before anything is counted:
// the shape, the track, and every item and value. Anything that does not fit
// is refused whole, and the phone's ballot is left unspent.

const TRACKS = Object.keys(CHECK_IN_TRACKS) as [CheckInTrack, ...CheckInTrack[]];

const submissionSchema = z.strictObject({
  track: z.enum(TRACKS).nullable(),
  answers: z.record(z.string().max(80), z.record(z.string().max(80), z.number().int())),
  wantsChange: z.boolean().nullable(),
});

/** The submission if it fits the round exactly; undefined for anything else. */
export function parseSubmission(body: Buffer, instruments: readonly PhoneInstrument[]): PhoneSubmission | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = submissionSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const submission = parsed.data;
  for (const [instrumentId, answers] of Object.entries(submission.answers)) {
    const instrument = instruments.find((candidate) => candidate.id === instrumentId);
    // Only the chosen track's instruments may be answered; "prefer not to say" answers none.
    if (!instrument || instrument.track !== submission.track) return undefined;
    for (const [itemId, value] of Object.entries(answers)) {
      if (!instrument.items.some((item) => item.id === itemId)) return undefined;
      if (value < instrument.scale.min || value > instrument.scale.max) return undefined;
    }
  }
  return submission;
}
