import { z } from 'zod';
import { RING_ID, SESSION_KEY_PREFIX, SETTINGS_ID } from './vault-ids.ts';

// The shape of a sealed database carried across the desktop app's profile
// wipe (renderer/src/data/vault-carry.ts): every row as IndexedDB stored it
// with the vault on, the sealed bytes in base64. Session rows must be sealed
// and carry nothing in the clear but ids, session ids and positions.

export const CARRY_FORMAT = 'common-ground-sealed-carry';

export const sealedRow = z
  .object({ id: z.string().min(1).max(200), $v: z.number().int().positive(), $sealed: z.string().min(1) })
  .catchall(z.union([z.string().max(200), z.number(), z.null()]));

export const vaultRow = z.union([
  z.object({ id: z.literal(RING_ID), ring: z.object({ version: z.literal(1) }).passthrough() }).strict(),
  z.object({ id: z.string().startsWith(SESSION_KEY_PREFIX).max(300), wrapped: z.string().min(1).max(200) }).strict(),
  z
    .object({ id: z.literal(SETTINGS_ID), firstRunChoiceMade: z.boolean(), idleLockMinutes: z.number().int().positive().nullable() })
    .strict(),
]);

const carrySchema = z.object({
  format: z.literal(CARRY_FORMAT),
  version: z.literal(1),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export type Carry = z.infer<typeof carrySchema>;

/** The carried database's outline, or null if the text is not one. */
export function parseCarry(text: string): Carry | null {
  try {
    const result = carrySchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
