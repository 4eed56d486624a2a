import { z } from 'zod';
import { plainIssue } from '../content/plain-messages.ts';
import { recordIdSchema } from '../sessions/record-id.ts';

// The shared-structures map from "Shared roots, distinct histories": a theme,
// the effects ("leaves") each group names, the institutions and root causes
// beneath them, and which structures reach more than one group. Where one
// structure lands differently on different groups, each group's note is
// kept apart, so that a shared root never erases a distinct experience.
// A group appears here only once it has agreed to be kept, under a label it
// chose; the map never says who was in which group.

const entryId = recordIdSchema;
const shortText = z.string().max(2_000);

const groupSchema = z.strictObject({ id: entryId, label: z.string().min(1).max(80) });
const leafSchema = z.strictObject({ id: entryId, groupId: entryId, text: shortText });
const differenceSchema = z.strictObject({ groupId: entryId, text: shortText });
const structureSchema = z.strictObject({
  id: entryId,
  layer: z.enum(['institution', 'root']),
  text: shortText,
  /** The leaves this structure was traced from. */
  leafIds: z.array(entryId).max(500),
  /** How the structure lands differently on a group (the exercise's "stars"). */
  differences: z.array(differenceSchema).max(100),
  /** A root the group chose to push on together. */
  chosen: z.boolean(),
});

export const structuresMapSchema = z
  .strictObject({
    theme: z.string().max(200),
    groups: z.array(groupSchema).max(30),
    leaves: z.array(leafSchema).max(500),
    structures: z.array(structureSchema).max(200),
  })
  .superRefine((map, ctx) => {
    const groupIds = new Set(map.groups.map((group) => group.id));
    const leafIds = new Set(map.leaves.map((leaf) => leaf.id));
    map.leaves.forEach((leaf, index) => {
      if (!groupIds.has(leaf.groupId))
        ctx.addIssue({ code: 'custom', path: ['leaves', index, 'groupId'], ...plainIssue({ kind: 'namesNoGroup' }) });
    });
    map.structures.forEach((structure, index) => {
      if (structure.leafIds.some((id) => !leafIds.has(id)))
        ctx.addIssue({ code: 'custom', path: ['structures', index, 'leafIds'], ...plainIssue({ kind: 'namesNoLeaf' }) });
      if (structure.differences.some((difference) => !groupIds.has(difference.groupId)))
        ctx.addIssue({ code: 'custom', path: ['structures', index, 'differences'], ...plainIssue({ kind: 'namesNoGroup' }) });
    });
  });

export type StructuresMap = z.infer<typeof structuresMapSchema>;
export type MapGroup = StructuresMap['groups'][number];
export type Leaf = StructuresMap['leaves'][number];
export type Structure = StructuresMap['structures'][number];

export function emptyStructuresMap(): StructuresMap {
  return { theme: '', groups: [], leaves: [], structures: [] };
}

/** How one structure reaches one group: the group's own leaves, and its own note where it lands differently. */
export interface GroupReach {
  group: MapGroup;
  leaves: Leaf[];
  difference: string | null;
}

export interface StructureReach {
  structure: Structure;
  reaches: GroupReach[];
  /** Reaches more than one group: a root the coalition shares. */
  shared: boolean;
}

export function structureReach(map: StructuresMap, structure: Structure): StructureReach {
  const linked = map.leaves.filter((leaf) => structure.leafIds.includes(leaf.id));
  const reaches = map.groups.flatMap((group): GroupReach[] => {
    const leaves = linked.filter((leaf) => leaf.groupId === group.id);
    const difference = structure.differences.find((candidate) => candidate.groupId === group.id)?.text.trim() || null;
    return leaves.length > 0 || difference ? [{ group, leaves, difference }] : [];
  });
  return { structure, reaches, shared: reaches.length > 1 };
}

/** A group withdrawn from the map takes its leaves, its links and its notes with it. */
export function withoutGroup(map: StructuresMap, groupId: string): StructuresMap {
  const removed = new Set(map.leaves.filter((leaf) => leaf.groupId === groupId).map((leaf) => leaf.id));
  return {
    ...map,
    groups: map.groups.filter((group) => group.id !== groupId),
    leaves: map.leaves.filter((leaf) => leaf.groupId !== groupId),
    structures: map.structures.map((structure) => ({
      ...structure,
      leafIds: structure.leafIds.filter((id) => !removed.has(id)),
      differences: structure.differences.filter((difference) => difference.groupId !== groupId),
    })),
  };
}

export function withoutLeaf(map: StructuresMap, leafId: string): StructuresMap {
  return {
    ...map,
    leaves: map.leaves.filter((leaf) => leaf.id !== leafId),
    structures: map.structures.map((structure) => ({ ...structure, leafIds: structure.leafIds.filter((id) => id !== leafId) })),
  };
}
