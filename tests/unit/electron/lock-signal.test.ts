import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc/names.ts';
import { forwardLockSignals } from '../../../electron/main/lock-signal.ts';

function contents(destroyed = false) {
  return { isDestroyed: vi.fn(() => destroyed), send: vi.fn() };
}

describe('lock signal', () => {
  it.each([
    ['lock-screen', 'os-lock'],
    ['suspend', 'sleep'],
  ])('tells every listed window to lock on %s, with the reason %s', (event, reason) => {
    const power = new EventEmitter();
    const windows = [contents(), contents()];
    forwardLockSignals(power, () => windows);

    power.emit(event);

    for (const window of windows) expect(window.send.mock.calls).toEqual([[IPC_CHANNELS.onLockRequested, reason]]);
  });

  it('asks for the windows at the moment of the event, so a window opened later is told too', () => {
    const power = new EventEmitter();
    const windows: ReturnType<typeof contents>[] = [];
    forwardLockSignals(power, () => windows);
    const later = contents();
    windows.push(later);

    power.emit('lock-screen');

    expect(later.send).toHaveBeenCalledWith(IPC_CHANNELS.onLockRequested, 'os-lock');
  });

  it('skips a destroyed window without throwing, and still tells the others', () => {
    const power = new EventEmitter();
    const gone = contents(true);
    gone.send.mockImplementation(() => {
      throw new TypeError('Object has been destroyed');
    });
    const open = contents();
    forwardLockSignals(power, () => [gone, open]);

    expect(() => power.emit('suspend')).not.toThrow();

    expect(gone.send).not.toHaveBeenCalled();
    expect(open.send).toHaveBeenCalledWith(IPC_CHANNELS.onLockRequested, 'sleep');
  });

  it('still tells the others when sending to one window fails', () => {
    const power = new EventEmitter();
    const failing = contents();
    failing.send.mockImplementation(() => {
      throw new Error('Render frame was disposed');
    });
    const open = contents();
    forwardLockSignals(power, () => [failing, open]);

    expect(() => power.emit('lock-screen')).not.toThrow();

    expect(open.send).toHaveBeenCalledWith(IPC_CHANNELS.onLockRequested, 'os-lock');
  });

  it('ignores other power events', () => {
    const power = new EventEmitter();
    const window = contents();
    forwardLockSignals(power, () => [window]);

    for (const event of ['resume', 'unlock-screen', 'on-battery', 'shutdown']) power.emit(event);

    expect(window.send).not.toHaveBeenCalled();
  });

  it('stops listening when asked', () => {
    const power = new EventEmitter();
    const window = contents();
    const stop = forwardLockSignals(power, () => [window]);

    stop();
    power.emit('lock-screen');
    power.emit('suspend');

    expect(window.send).not.toHaveBeenCalled();
    expect(power.listenerCount('lock-screen') + power.listenerCount('suspend')).toBe(0);
  });
});
