import { describe, expect, it } from 'vitest';
import {
  structureReach,
  structuresMapSchema,
  withoutGroup,
  withoutLeaf,
  type StructuresMap,
} from '../../../domain/reflections/structures-map.ts';

const map: StructuresMap = {
  theme: 'Housing',
  groups: [
    { id: 'a', label: 'Group A' },
    { id: 'b', label: 'Tenants of colour' },
  ],
  leaves: [
    { id: 'a1', groupId: 'a', text: 'Evicted with two weeks’ notice' },
    { id: 'b1', groupId: 'b', text: 'Refused viewings' },
    { id: 'b2', groupId: 'b', text: 'Overcrowding' },
  ],
  structures: [
    {
      id: 'law',
      layer: 'root',
      text: 'Weak tenancy law',
      leafIds: ['a1', 'b2'],
      differences: [{ groupId: 'b', text: 'Also means deportation risk' }],
      chosen: true,
    },
    { id: 'agency', layer: 'institution', text: 'Letting agencies', leafIds: ['b1'], differences: [], chosen: false },
  ],
};

describe('structures map', () => {
  it('shows which groups a structure reaches, each with its own leaves and its own note', () => {
    const reach = structureReach(map, map.structures[0]!);
    expect(reach.shared).toBe(true);
    expect(reach.reaches.map(({ group, leaves, difference }) => [group.label, leaves.map((l) => l.text), difference])).toEqual([
      ['Group A', ['Evicted with two weeks’ notice'], null],
      ['Tenants of colour', ['Overcrowding'], 'Also means deportation risk'],
    ]);
    expect(structureReach(map, map.structures[1]!).shared).toBe(false);
  });

  it('removes everything of a group that withdraws, and every link to a removed leaf', () => {
    const withdrawn = withoutGroup(map, 'b');
    expect(withdrawn.groups.map((g) => g.id)).toEqual(['a']);
    expect(withdrawn.leaves.map((l) => l.id)).toEqual(['a1']);
    expect(withdrawn.structures.map((s) => [s.leafIds, s.differences])).toEqual([
      [['a1'], []],
      [[], []],
    ]);
    expect(structuresMapSchema.safeParse(withdrawn).success).toBe(true);
    expect(withoutLeaf(map, 'a1').structures[0]!.leafIds).toEqual(['b2']);
  });

  it('refuses stored data whose links point nowhere', () => {
    const broken = { ...map, leaves: [{ id: 'x', groupId: 'nobody', text: '' }] };
    const result = structuresMapSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'leaves.0.groupId',
      'structures.0.leafIds',
      'structures.1.leafIds',
    ]);
  });
});
