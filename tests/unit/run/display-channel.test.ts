import { afterEach, describe, expect, it } from 'vitest';
import { serveDisplay, withdrawFromDisplays, type DisplayServer } from '../../../renderer/src/run-engine/display-channel.ts';
import type { DisplayView } from '../../../renderer/src/run-engine/display-view.ts';

// A participant display's side of the channel, as the display page would hear
// it (the page itself is checked end to end in tests/e2e/participant-display.spec.ts).

const STEP = {
  kind: 'step',
  language: null,
  itemTitle: 'Agreements',
  title: 'Open',
  readAloud: null,
  prompt: null,
  timer: null,
  soft: false,
  alliesListening: false,
  untranslated: false,
} satisfies DisplayView;

/** A display: what it hears, and a way to ask. */
function display() {
  const port = new BroadcastChannel('common-ground:display');
  const heard: unknown[] = [];
  port.onmessage = (event: MessageEvent) => heard.push(event.data);
  return { port, heard, ask: (sessionId: string) => port.postMessage({ kind: 'ask', sessionId }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('the display channel', () => {
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(thing: T): T => (open.push(thing), thing);
  afterEach(() => open.splice(0).forEach((thing) => thing.close()));

  it('a running screen answers a display that asks, for its own session only', async () => {
    const room = display();
    track(room.port);
    const server = track<DisplayServer>(serveDisplay('s'));
    server.show(STEP);
    await settle();
    room.heard.length = 0;
    room.ask('other');
    room.ask('s');
    await settle();
    expect(room.heard).toMatchObject([{ kind: 'view', sessionId: 's', view: STEP }]);
  });

  it('withdrawFromDisplays tells every display to go blank, and silences the running screens of this window until they are mounted again', async () => {
    const room = display();
    track(room.port);
    const server = track<DisplayServer>(serveDisplay('s'));
    server.show(STEP);
    await settle();
    room.heard.length = 0;

    withdrawFromDisplays();
    await settle();
    expect(room.heard).toEqual([{ kind: 'withdraw' }]);

    // A run view left mounted behind a lock screen puts nothing back on the projector.
    room.ask('s');
    server.show({ ...STEP, title: 'Agree' });
    await settle();
    expect(room.heard).toEqual([{ kind: 'withdraw' }]);

    // Mounted again (after unlocking), a run view serves as before.
    track<DisplayServer>(serveDisplay('s')).show(STEP);
    await settle();
    expect(room.heard).toMatchObject([{ kind: 'withdraw' }, { kind: 'view', sessionId: 's', view: STEP }]);
  });
});
