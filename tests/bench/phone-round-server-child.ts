// The round server in a process of its own, as in the app (the main process),
// so the bench's 40 phones do not share its event loop. Started by
// phone-round-bench.ts; talks over the fork channel.
import path from 'node:path';
import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import { loadPhonePage, startRoundServer, type RunningRound } from '../../electron/round-server/round-server.ts';

const [pageDirectory, instrumentsJson] = process.argv.slice(2) as [string, string];
const instruments = JSON.parse(instrumentsJson) as PhoneInstrument[];
const page = await loadPhonePage(path.resolve(pageDirectory));
let round: RunningRound | undefined;

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { kind: 'start' | 'measure' | 'close' | 'exit' }) => {
  void (async () => {
    switch (message.kind) {
      case 'start': {
        gc?.();
        const before = process.memoryUsage().heapUsed;
        round = await startRoundServer({ language: 'en', instruments, page, bindAddress: '127.0.0.1' });
        process.send!({ kind: 'started', url: round.url, before });
        break;
      }
      case 'measure':
        gc?.();
        process.send!({ kind: 'measured', heapUsed: process.memoryUsage().heapUsed, answered: round?.answered() ?? 0 });
        break;
      case 'close':
        await round?.close();
        round = undefined;
        process.send!({ kind: 'closed' });
        break;
      case 'exit':
        process.exit(0);
    }
  })();
});
process.send!({ kind: 'ready' });
