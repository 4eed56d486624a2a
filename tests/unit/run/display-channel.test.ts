import { afterEach, describe, expect, it } from 'vitest';
import { withdrawFromDisplays } from '../../../renderer/src/run-engine/display-channel.ts';

// The participant display hears this on the same channel (checked end to end in tests/e2e/participant-display.spec.ts).

describe('withdrawFromDisplays', () => {
  let display: BroadcastChannel | null = null;
  afterEach(() => display?.close());

  it('tells every display on the device to go blank, whatever session it shows', async () => {
    display = new BroadcastChannel('common-ground:display');
    const heard = new Promise<unknown>((resolve) => {
      display!.onmessage = (event: MessageEvent) => resolve(event.data);
    });
    withdrawFromDisplays();
    expect(await heard).toEqual({ kind: 'withdraw' });
  });
});
