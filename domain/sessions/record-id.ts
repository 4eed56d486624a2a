import { z } from 'zod';

/** Ids of stored records and of entries inside them: random UUIDs in practice, checked wherever data comes from outside. */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);
