import {
  RUN_COMMANDS,
  keysForAssistiveTechnology,
  labelOf,
  type CommandPlace,
  type RunActions,
  type RunCommandView,
} from './run-commands.ts';

interface CommandControlsProps {
  place: CommandPlace;
  view: RunCommandView;
  actions: RunActions;
}

/** The controls for the run commands shown in one place, in the table's order, each naming its keys. */
export function CommandControls({ place, view, actions }: CommandControlsProps) {
  return RUN_COMMANDS.filter((command) => command.control.place === place).map((command) => {
    const { checked, pressed, controls, disabled, main, opensDialog } = command.control;
    const label = labelOf(command, view);
    const keys = keysForAssistiveTechnology(command);
    if (checked) {
      return (
        <label key={keys} className="run-controls__mute">
          <input type="checkbox" checked={checked(view)} onChange={() => command.perform(actions)} aria-keyshortcuts={keys} /> {label}
        </label>
      );
    }
    return (
      <button
        key={keys}
        type="button"
        className={main ? 'button' : 'button button--quiet'}
        onClick={() => command.perform(actions)}
        disabled={disabled?.(view)}
        aria-pressed={pressed?.(view)}
        aria-expanded={controls?.expanded(view)}
        aria-controls={controls?.id}
        aria-haspopup={opensDialog ? 'dialog' : undefined}
        aria-keyshortcuts={keys}
      >
        {label}
      </button>
    );
  });
}
