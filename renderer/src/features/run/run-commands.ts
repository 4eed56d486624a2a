import {
  addMinutes,
  next,
  pauseRun,
  previous,
  recordEvent,
  setSpeaker,
  skipItem,
  togglePause,
  type RunState,
} from '../../../../domain/run/run-state.ts';
import type { Change } from '../../run-engine/useRun.ts';

// Every command of the run view, once: its keys, what the help list says,
// and the control that offers it on screen. The key handler, the list of
// shortcuts and the buttons are all made from this table, so none of them
// can say or do something the others do not.

/** What the commands act on; the run view supplies it. */
export interface RunActions {
  apply: (change: Change) => void;
  callCaucus: () => void;
  toggleMute: () => void;
  toggleShortcuts: () => void;
  /** Opens the check-in panel beside the script with focus in it, or closes it again. */
  toggleCheckIns: () => void;
  openHarmGuide: () => void;
}

/** What a control needs to show the state the run is in. */
export interface RunCommandView {
  run: RunState;
  /** There is a step after this one (otherwise "next" finishes the session). */
  hasNext: boolean;
  muted: boolean;
  /** The check-in panel is open beside the script. */
  checkInsOpen: boolean;
}

/**
 * Where a command's control is, by how often it is used: moving through the
 * steps ('step', always in sight); adjusting the time and the run's options
 * ('time', 'options', behind "More controls"); the floor tools; the airtime panel.
 */
export type CommandPlace = 'step' | 'time' | 'options' | 'floor' | 'airtime';

interface Control {
  place: CommandPlace;
  label: string | ((view: RunCommandView) => string);
  /** A checkbox rather than a button, ticked while this holds. */
  checked?: (view: RunCommandView) => boolean;
  /** A button that stays pressed while this holds. */
  pressed?: (view: RunCommandView) => boolean;
  /** A button that shows and hides the element of this id, expanded while the second holds. */
  controls?: { id: string; expanded: (view: RunCommandView) => boolean };
  disabled?: (view: RunCommandView) => boolean;
  /** The one or two main actions of a place; the others are quiet. */
  main?: boolean;
  /** The control opens a dialog. */
  opensDialog?: boolean;
}

export interface RunCommand {
  /** `KeyboardEvent.key` values; letters in lower case (Shift still works). */
  keys: readonly string[];
  /** What the list of shortcuts says it does. */
  help: string;
  control: Control;
  perform: (actions: RunActions) => void;
}

/** The element the check-in command shows and hides. */
export const CHECK_IN_PANEL_ID = 'run-check-ins';

const speaker =
  (who: 'affected' | 'ally' | null): Change =>
  (state, steps, at) =>
    setSpeaker(state, steps, who, at);

export const RUN_COMMANDS: readonly RunCommand[] = [
  {
    keys: [' '],
    help: 'Start, pause or resume',
    control: {
      place: 'step',
      main: true,
      label: ({ run }) => (run.startedAt === null ? 'Start' : run.timer.runningSince !== null ? 'Pause' : 'Resume'),
    },
    perform: ({ apply }) => apply(togglePause),
  },
  {
    keys: ['ArrowLeft', 'p'],
    help: 'Previous step',
    control: { place: 'step', label: 'Previous', disabled: ({ run }) => run.position === 0 },
    perform: ({ apply }) => apply(previous),
  },
  {
    keys: ['ArrowRight', 'n'],
    help: 'Next step',
    control: { place: 'step', label: ({ hasNext }) => (hasNext ? 'Next step' : 'Finish') },
    perform: ({ apply }) => apply(next),
  },
  {
    keys: ['1'],
    help: 'Add one minute',
    control: { place: 'time', label: '+1 min' },
    perform: ({ apply }) => apply((state) => addMinutes(state, 1)),
  },
  {
    keys: ['5'],
    help: 'Add five minutes',
    control: { place: 'time', label: '+5 min' },
    perform: ({ apply }) => apply((state) => addMinutes(state, 5)),
  },
  {
    keys: ['s'],
    help: 'Skip to the next item',
    control: { place: 'step', label: 'Skip item' },
    perform: ({ apply }) => apply(skipItem),
  },
  {
    keys: ['m'],
    help: 'Mute or unmute the chime',
    control: { place: 'options', label: 'Mute chime', checked: ({ muted }) => muted },
    perform: ({ toggleMute }) => toggleMute(),
  },
  {
    keys: ['a'],
    help: 'Airtime: an affected participant is speaking',
    control: {
      place: 'airtime',
      label: 'Affected participant speaking',
      pressed: ({ run }) => run.airtime.current?.speaker === 'affected',
    },
    perform: ({ apply }) => apply(speaker('affected')),
  },
  {
    keys: ['l'],
    help: 'Airtime: an ally is speaking',
    control: { place: 'airtime', label: 'Ally speaking', pressed: ({ run }) => run.airtime.current?.speaker === 'ally' },
    perform: ({ apply }) => apply(speaker('ally')),
  },
  {
    keys: ['0'],
    help: 'Airtime: stop timing',
    control: { place: 'airtime', label: 'Stop', disabled: ({ run }) => !run.airtime.current },
    perform: ({ apply }) => apply(speaker(null)),
  },
  {
    keys: ['c'],
    help: 'Caucus call: insert caucus time now',
    control: { place: 'floor', label: 'Caucus call', main: true },
    perform: ({ callCaucus }) => callCaucus(),
  },
  {
    keys: ['f'],
    help: 'Floor shift: note it in the timeline',
    control: { place: 'floor', label: 'Floor shift' },
    perform: ({ apply }) => apply((state, steps, at) => recordEvent(state, steps, 'floor-shift', at)),
  },
  {
    keys: ['h'],
    help: 'When harm happens here: pause the plan and open the guide',
    control: { place: 'floor', label: 'When harm happens here', opensDialog: true },
    perform: ({ apply, openHarmGuide }) => {
      apply(pauseRun);
      openHarmGuide();
    },
  },
  {
    keys: ['k'],
    help: 'Open the check-in panel, or close it from inside',
    control: {
      place: 'floor',
      label: 'Check-ins',
      controls: { id: CHECK_IN_PANEL_ID, expanded: ({ checkInsOpen }) => checkInsOpen },
    },
    perform: ({ toggleCheckIns }) => toggleCheckIns(),
  },
  {
    keys: ['?'],
    help: 'Show or hide these shortcuts',
    control: { place: 'options', label: 'Shortcuts', opensDialog: true },
    perform: ({ toggleShortcuts }) => toggleShortcuts(),
  },
];

const byKey = new Map(RUN_COMMANDS.flatMap((command) => command.keys.map((key) => [key, command] as const)));

/** The command a key press asks for, if any: letters in either case. */
export function commandForKey(key: string): RunCommand | undefined {
  return byKey.get(key.length === 1 ? key.toLowerCase() : key) ?? byKey.get(key);
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowLeft: '←', ArrowRight: '→' };

/** The keys as the list of shortcuts shows them, e.g. "→ or N". */
export function keysForPeople(command: RunCommand): string {
  return command.keys.map((key) => KEY_NAMES[key] ?? key.toUpperCase()).join(' or ');
}

/** The keys as `aria-keyshortcuts` names them, e.g. "ArrowRight N". */
export function keysForAssistiveTechnology(command: RunCommand): string {
  return command.keys.map((key) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key)).join(' ');
}

export function labelOf(command: RunCommand, view: RunCommandView): string {
  const { label } = command.control;
  return typeof label === 'string' ? label : label(view);
}
