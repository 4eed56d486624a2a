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
import { translate } from '../../i18n/current.ts';

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
  /** A key of the run catalog's "command" group, or one chosen by the run's state (labelOf gives the words). */
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
  /** What the list of shortcuts says it does: a key of the run catalog's "command" group (helpOf gives the words). */
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
    help: 'help.togglePause',
    control: {
      place: 'step',
      main: true,
      label: ({ run }) => (run.startedAt === null ? 'label.start' : run.timer.runningSince !== null ? 'label.pause' : 'label.resume'),
    },
    perform: ({ apply }) => apply(togglePause),
  },
  {
    keys: ['ArrowLeft', 'p'],
    help: 'help.previous',
    control: { place: 'step', label: 'label.previous', disabled: ({ run }) => run.position === 0 },
    perform: ({ apply }) => apply(previous),
  },
  {
    keys: ['ArrowRight', 'n'],
    help: 'help.next',
    control: { place: 'step', label: ({ hasNext }) => (hasNext ? 'label.next' : 'label.finish') },
    perform: ({ apply }) => apply(next),
  },
  {
    keys: ['1'],
    help: 'help.plus1',
    control: { place: 'time', label: 'label.plus1' },
    perform: ({ apply }) => apply((state) => addMinutes(state, 1)),
  },
  {
    keys: ['5'],
    help: 'help.plus5',
    control: { place: 'time', label: 'label.plus5' },
    perform: ({ apply }) => apply((state) => addMinutes(state, 5)),
  },
  {
    keys: ['s'],
    help: 'help.skip',
    control: { place: 'step', label: 'label.skip' },
    perform: ({ apply }) => apply(skipItem),
  },
  {
    keys: ['m'],
    help: 'help.mute',
    control: { place: 'options', label: 'label.mute', checked: ({ muted }) => muted },
    perform: ({ toggleMute }) => toggleMute(),
  },
  {
    keys: ['a'],
    help: 'help.affected',
    control: {
      place: 'airtime',
      label: 'label.affected',
      pressed: ({ run }) => run.airtime.current?.speaker === 'affected',
    },
    perform: ({ apply }) => apply(speaker('affected')),
  },
  {
    keys: ['l'],
    help: 'help.ally',
    control: { place: 'airtime', label: 'label.ally', pressed: ({ run }) => run.airtime.current?.speaker === 'ally' },
    perform: ({ apply }) => apply(speaker('ally')),
  },
  {
    keys: ['0'],
    help: 'help.stop',
    control: { place: 'airtime', label: 'label.stop', disabled: ({ run }) => !run.airtime.current },
    perform: ({ apply }) => apply(speaker(null)),
  },
  {
    keys: ['c'],
    help: 'help.caucus',
    control: { place: 'floor', label: 'label.caucus', main: true },
    perform: ({ callCaucus }) => callCaucus(),
  },
  {
    keys: ['f'],
    help: 'help.floorShift',
    control: { place: 'floor', label: 'label.floorShift' },
    perform: ({ apply }) => apply((state, steps, at) => recordEvent(state, steps, 'floor-shift', at)),
  },
  {
    keys: ['h'],
    help: 'help.harm',
    control: { place: 'floor', label: 'label.harm', opensDialog: true },
    perform: ({ apply, openHarmGuide }) => {
      apply(pauseRun);
      openHarmGuide();
    },
  },
  {
    keys: ['k'],
    help: 'help.checkIns',
    control: {
      place: 'floor',
      label: 'label.checkIns',
      controls: { id: CHECK_IN_PANEL_ID, expanded: ({ checkInsOpen }) => checkInsOpen },
    },
    perform: ({ toggleCheckIns }) => toggleCheckIns(),
  },
  {
    keys: ['?'],
    help: 'help.shortcuts',
    control: { place: 'options', label: 'label.shortcuts', opensDialog: true },
    perform: ({ toggleShortcuts }) => toggleShortcuts(),
  },
];

const byKey = new Map(RUN_COMMANDS.flatMap((command) => command.keys.map((key) => [key, command] as const)));

/** The command a key press asks for, if any: letters in either case. */
export function commandForKey(key: string): RunCommand | undefined {
  return byKey.get(key.length === 1 ? key.toLowerCase() : key) ?? byKey.get(key);
}

const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→' };

/** The keys as the list of shortcuts shows them, in the app's language, e.g. "→ or N". */
export function keysForPeople(command: RunCommand): string {
  return command.keys
    .map((key) => (key === ' ' ? translate('run:shortcuts.space') : (KEY_NAMES[key] ?? key.toUpperCase())))
    .join(translate('run:shortcuts.or'));
}

/** The keys as `aria-keyshortcuts` names them, e.g. "ArrowRight N". */
export function keysForAssistiveTechnology(command: RunCommand): string {
  return command.keys.map((key) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key)).join(' ');
}

/** A control's words in the app's language. */
export function labelOf(command: RunCommand, view: RunCommandView): string {
  const { label } = command.control;
  return translate(`run:command.${typeof label === 'string' ? label : label(view)}`);
}

/** What the list of shortcuts says a command does, in the app's language. */
export const helpOf = (command: RunCommand): string => translate(`run:command.${command.help}`);
