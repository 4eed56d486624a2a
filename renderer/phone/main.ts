import './phone.css';
import { PHONE_PAGE_DATA_ID } from '../../domain/check-ins/phone-round.ts';
import { browserClock, browserStateSource, postAnswer } from './browser-link.ts';
import { el } from './dom.ts';
import { parsePageData } from './page-data.ts';
import { AnswerSender, StateWatcher, type SendResult } from './round-link.ts';
import { chooseTrackScreen, messageScreen, pathScreen, type PathControls } from './screens.ts';
import { fallbackLanguage, phoneWords, type PhoneWords } from './words.ts';
import {
  answer,
  back,
  chooseTrack,
  chosenValue,
  currentScreen,
  endTurn,
  isLastScreen,
  next,
  screenCount,
  setChange,
  startTurn,
  submissionOf,
  type TurnState,
} from './turn.ts';

// The answer page a participant opens on their own phone, from the room's
// QR code: one turn, the same screens as the hand-around on the device, then
// one submission. The round's state (open, closed, already answered here)
// comes from the round server and can end the turn at any point.

const root = document.getElementById('app') ?? document.body;

// One status line for the whole page, so screen readers announce what it says: above the
// screen, or on the path just above its buttons (pathScreen puts it there).
const notice = el('p', { className: 'notice', role: 'status' });
notice.hidden = true;
const stage = el('div', { className: 'stage' });
root.textContent = '';
root.append(notice, stage);

function setNotice(text: string | null): void {
  notice.textContent = text ?? '';
  notice.hidden = text === null;
}

function show(screen: HTMLElement): void {
  if (!screen.contains(notice)) root.insertBefore(notice, stage);
  stage.textContent = '';
  stage.append(screen);
  window.scrollTo(0, 0);
  screen.querySelector<HTMLElement>('h1')?.focus();
}

// The page speaks the language the session is shown to its participants in, named in its data; without data, the phone's own.
const data = parsePageData(document.getElementById(PHONE_PAGE_DATA_ID)?.textContent);
const language = data?.language ?? fallbackLanguage(navigator.languages ?? [navigator.language]);
const t = phoneWords(language);
document.documentElement.lang = language;
document.title = t('handAround.label');
if (data) run(t, data.instruments);
// The page's data block was missing or not readable (a broken or hand-edited address).
else show(messageScreen(t('phone.notLoaded')));

function run(t: PhoneWords, instruments: NonNullable<ReturnType<typeof parsePageData>>['instruments']): void {
  const total = screenCount(instruments);
  let turn: TurnState = startTurn();
  let shown = 'loading';
  let controls: PathControls | null = null;
  let waiting = false;

  const finished = () => turn.stage.name === 'thanks' || turn.stage.name === 'answered' || turn.stage.name === 'closed';

  const sender = new AnswerSender(postAnswer, browserClock, {
    onWaiting(now) {
      waiting = now;
      setNotice(now ? t('phone.waiting') : null);
      syncControls();
    },
    onDone(result: SendResult) {
      if (result === 'refused' || result === 'no-ballot') {
        // Refused: the server would not take the answers as sent (not a connection problem), so sending them again would not help.
        setNotice(result === 'refused' ? t('phone.refused') : t('phone.noBallot'));
        syncControls();
      } else end(result === 'saved' ? 'thanks' : result);
    },
  });

  const watcher = new StateWatcher(browserStateSource, browserClock, (message) => {
    if (finished()) return;
    // A spent ballot while this page is sending was spent by this page: its reply was lost or is still on its way.
    if (message.answered) end(sender.active ? 'thanks' : 'answered');
    else if (message.state === 'closed') end('closed');
  });

  function end(name: 'thanks' | 'answered' | 'closed'): void {
    turn = endTurn(turn, { name });
    sender.stop();
    watcher.stop();
    setNotice(null);
    render();
  }

  function go(next: TurnState): void {
    turn = next;
    render();
  }

  /** While answers are on their way nothing on the path changes; while they wait for the network, Submit tries again. */
  function syncControls(): void {
    if (!controls) return;
    const sending = sender.active;
    const disable = (button: HTMLButtonElement, disabled: boolean) =>
      disabled ? button.setAttribute('aria-disabled', 'true') : button.removeAttribute('aria-disabled');
    disable(controls.back, sending);
    disable(controls.forward, sending && !waiting);
    if (controls.fieldset) controls.fieldset.disabled = sending;
  }

  function forward(): void {
    if (!isLastScreen(turn, instruments)) return go(next(turn, instruments));
    if (sender.active) return sender.nudge();
    const submission = submissionOf(turn, instruments);
    if (!submission) return;
    setNotice(null);
    sender.send(JSON.stringify(submission));
    syncControls();
  }

  function render(): void {
    const key = turn.stage.name === 'path' ? `path:${turn.stage.position}` : turn.stage.name;
    if (key === shown) return;
    shown = key;
    controls = null;
    switch (turn.stage.name) {
      case 'choose':
        return show(chooseTrackScreen(t, total, (track) => go(chooseTrack(turn, track))));
      case 'thanks':
        return show(messageScreen(t('handAround.thanks'), t('phone.thanksText')));
      case 'answered':
        return show(messageScreen(t('phone.alreadyAnswered')));
      case 'closed':
        return show(messageScreen(t('phone.closed')));
      case 'path': {
        const screen = currentScreen(turn, instruments);
        if (!screen) return;
        controls = pathScreen({
          t,
          screen,
          position: turn.stage.position + 1,
          total,
          value: screen.kind === 'question' ? chosenValue(turn, screen.instrument.id, screen.item.id) : null,
          change: turn.change,
          onAnswer: (value) => {
            if (screen.kind === 'question') turn = answer(turn, screen.instrument.id, screen.item.id, value);
          },
          onChange: (value) => {
            turn = setChange(turn, value);
          },
          onBack: () => {
            setNotice(null);
            go(back(turn));
          },
          onForward: forward,
          notice,
        });
        show(controls.form);
        syncControls();
      }
    }
  }

  // Mobile browsers drop connections in the background and freeze timers: coming back, look again.
  const comeBack = () => {
    watcher.refresh();
    sender.nudge();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') comeBack();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) comeBack();
  });
  window.addEventListener('online', comeBack);

  show(messageScreen(t('handAround.label')));
  void watcher.start().then(() => {
    if (!finished()) render();
  });
}
