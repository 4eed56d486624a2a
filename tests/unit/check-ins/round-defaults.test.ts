import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';
import { defaultRoundInstruments } from '../../../renderer/src/features/check-ins/round-defaults.ts';
import { shippedCheckIns } from '../../support/shipped-content.ts';

let instruments: CheckInInstrument[];
beforeAll(async () => {
  instruments = await shippedCheckIns();
});

const exerciseFor = (audience: string[]) => ({ kind: 'exercise', id: 'item', exercise: { audience } }) as unknown as AgendaItem;

describe('the instruments a new round starts with', () => {
  it("in a mixed room: the three mixed-room instruments, never the coalition's", () => {
    const ids = ['ally-acceptance', 'ally-centring', 'respect-and-empowerment'];
    expect(defaultRoundInstruments(instruments, exerciseFor(['mixed'])).sort()).toEqual(ids);
    // With no exercise to go by (a break, or before the first item), a mixed room's.
    expect(defaultRoundInstruments(instruments, undefined).sort()).toEqual(ids);
  });

  it("in a coalition exercise: the coalition's questions only", () => {
    expect(defaultRoundInstruments(instruments, exerciseFor(['coalition']))).toEqual(['coalition-solidarity']);
  });

  it("among allies: the allies' instruments only", () => {
    expect(defaultRoundInstruments(instruments, exerciseFor(['allies'])).sort()).toEqual(['ally-acceptance', 'ally-centring']);
  });

  it('a check-in item brings its own instruments', () => {
    const item = {
      kind: 'check-in',
      id: 'c',
      title: 'Check-in',
      instrumentIds: ['coalition-solidarity', 'ally-centring'],
    } as unknown as AgendaItem;
    expect(defaultRoundInstruments(instruments, item)).toEqual(['coalition-solidarity', 'ally-centring']);
  });
});
