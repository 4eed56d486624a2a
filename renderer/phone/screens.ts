import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import type { CheckInTrack } from '../../domain/content/vocabulary.ts';
import { el, heading, markdownNodes } from './dom.ts';
import { parseMarkdown } from './markdown.ts';
import type { ChangeAnswer, TurnScreen } from './turn.ts';
import type { PhoneWords } from './words.ts';

// The phone's screens, built from plain data: the same words and flow as the
// hand-around on the device (renderer/src/features/check-ins/HandAroundScreen.tsx).
// Each function returns a screen whose first heading takes focus when shown,
// in the words it is given (the participants' language: ./words.ts).

/** The track buttons, in the device's order. */
const TRACK_CHOICES = [
  { track: 'affected', label: 'handAround.track.affected' },
  { track: 'ally', label: 'handAround.track.ally' },
  { track: null, label: 'handAround.track.none' },
] as const satisfies readonly { track: CheckInTrack | null; label: string }[];

export function chooseTrackScreen(t: PhoneWords, screens: number, onChoose: (track: CheckInTrack | null) => void): HTMLElement {
  const question = el('h2', { id: 'track-question' }, [t('handAround.how')]);
  return el('section', { className: 'screen' }, [
    heading(t('handAround.label')),
    el('p', { className: 'promise' }, [t('handAround.promise')]),
    el('p', { className: 'quiet' }, [t('phone.network')]),
    el('p', {}, [t('handAround.sameScreens', { screens })]),
    question,
    el(
      'div',
      { className: 'choices', role: 'group', 'aria-labelledby': 'track-question' },
      TRACK_CHOICES.map(({ track, label: key }) => {
        const label = t(key);
        const button = el('button', { type: 'button', className: 'button button--choice' }, [label]);
        button.addEventListener('click', () => onChoose(track));
        return button;
      }),
    ),
  ]);
}

/** A screen with nothing but a heading and, maybe, a sentence: thanks, closed, already answered. */
export function messageScreen(title: string, body?: string): HTMLElement {
  return el('section', { className: 'screen screen--message' }, [heading(title), body !== undefined && el('p', {}, [body])]);
}

export interface PathControls {
  form: HTMLFormElement;
  fieldset: HTMLFieldSetElement | null;
  back: HTMLButtonElement;
  forward: HTMLButtonElement;
}

interface Option<V> {
  value: V;
  label: string;
  /** A scale's end label, shown beside its number. */
  note?: string;
}

/**
 * A group of big radio rows, one of them checked. The checked row is marked
 * with a class as well (older phone browsers have no :has()).
 */
function radioGroup<V>(name: string, legend: string, options: Option<V>[], checked: V, onChange: (value: V) => void, hint?: string) {
  const hintId = `${name}-hint`;
  const rows = options.map((option, index) => {
    const input = el('input', { type: 'radio', name, id: `${name}-${index}` });
    input.checked = option.value === checked;
    const row = el('label', { className: option.value === null ? 'option option--pass' : 'option', for: input.id }, [
      input,
      el('span', { className: 'option__label' }, [option.label]),
      option.note !== undefined && el('span', { className: 'option__note' }, [option.note]),
    ]);
    row.classList.toggle('is-chosen', input.checked);
    input.addEventListener('change', () => {
      if (!input.checked) return;
      for (const other of rows) other.classList.toggle('is-chosen', other === row);
      onChange(option.value);
    });
    return row;
  });
  return el('fieldset', { className: 'question', 'aria-describedby': hint !== undefined ? hintId : undefined }, [
    el('legend', {}, [legend]),
    hint !== undefined && el('p', { className: 'hint', id: hintId }, [hint]),
    el('div', { className: 'options' }, rows),
  ]);
}

function scaleOptions(t: PhoneWords, instrument: PhoneInstrument): Option<number | null>[] {
  const { min, max, minLabel, maxLabel } = instrument.scale;
  const options: Option<number | null>[] = [];
  for (let value = min; value <= max; value++) {
    const note = value === min ? minLabel : value === max ? maxLabel : undefined;
    options.push(note === undefined ? { value, label: String(value) } : { value, label: String(value), note });
  }
  options.push({ value: null, label: t('handAround.pass') });
  return options;
}

const changeOptions = (t: PhoneWords): Option<ChangeAnswer>[] => [
  { value: true, label: t('handAround.yes') },
  { value: false, label: t('handAround.no') },
  { value: null, label: t('handAround.pass') },
];

export interface PathScreenProps {
  t: PhoneWords;
  screen: TurnScreen;
  position: number;
  total: number;
  /** The value chosen for this screen's question, or null (Pass). */
  value: number | null;
  change: ChangeAnswer;
  onAnswer: (value: number | null) => void;
  onChange: (value: ChangeAnswer) => void;
  onBack: () => void;
  onForward: () => void;
  /** The page's status line: on the path it sits just above Back and Submit, where the person's thumb is. */
  notice: HTMLElement;
}

/**
 * Every screen of the path in one frame: heading, card, and Back and Next
 * (Submit on the last) in the same places, question or not: a bar held at
 * the bottom of the screen, however long the screen's text.
 */
export function pathScreen(props: PathScreenProps): PathControls {
  const { screen, t } = props;
  let fieldset: HTMLFieldSetElement | null = null;
  const card = el('div', { className: 'card' });
  if (screen.kind === 'neutral') {
    card.append(el('p', { className: 'breath' }, [t('handAround.breath')]));
  } else if (screen.kind === 'change') {
    fieldset = radioGroup(
      'wants-change',
      t('handAround.changeQuestion'),
      changeOptions(t),
      props.change,
      props.onChange,
      t('handAround.changeHint'),
    );
    card.append(fieldset);
  } else {
    const { instrument, item, firstOfInstrument } = screen;
    // The instrument's own introduction, once, above its first question.
    if (firstOfInstrument) card.append(el('div', { className: 'intro' }, markdownNodes(parseMarkdown(instrument.intro))));
    fieldset = radioGroup(`q-${props.position}`, item.text, scaleOptions(t, instrument), props.value, props.onAnswer);
    card.append(fieldset);
  }
  const last = screen.kind === 'change';
  const back = el('button', { type: 'button', className: 'button button--quiet' }, [t('handAround.back')]);
  const forward = el('button', { type: 'submit', className: 'button' }, [last ? t('handAround.submit') : t('handAround.next')]);
  back.addEventListener('click', () => {
    if (back.getAttribute('aria-disabled') !== 'true') props.onBack();
  });
  const form = el('form', { className: 'screen screen--path', novalidate: '' }, [
    heading(t('handAround.screen', { position: props.position, total: props.total })),
    card,
    el('div', { className: 'bar' }, [props.notice, el('div', { className: 'nav' }, [back, forward])]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (forward.getAttribute('aria-disabled') !== 'true') props.onForward();
  });
  return { form, fieldset, back, forward };
}
