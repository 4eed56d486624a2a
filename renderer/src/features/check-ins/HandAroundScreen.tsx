import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { Link, useLocation } from 'wouter';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import type { CheckInTrack } from '../../../../domain/content/vocabulary.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckInIn } from '../../content/content-details.ts';
import { checkIns, sessions } from '../../data/app-database.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { ParticipantLanguage } from '../../i18n/participant-language.tsx';
import { sayFailure } from '../../data/errors.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { holdOnHandAround, releaseHandAround, useLeaveAttempts } from './hand-around-hold.ts';
import { pathFor, questionScreenCount, type PathScreen } from '../../../../domain/check-ins/answer-path.ts';
import { AnswerOption, ScaleQuestion } from './ScaleQuestion.tsx';
import { useAnsweringRound } from './useSessionCheckIns.ts';
import { useAnnounceOpenRound } from '../../run-engine/run-channel.ts';

// The private hand-around: the facilitator's device goes from person to
// person. Each person starts on a clean screen, and every trace of their
// answers is gone from the screen, and from memory, before the next person
// sees it. Nothing here shows results, and nothing says who passed. Every
// turn takes the same number of screens whatever is chosen (see
// domain/check-ins/answer-path.ts), so the room learns nothing from how long it takes.

const TRACK_CHOICES: { track: CheckInTrack | null; label: string }[] = [
  { track: 'affected', label: 'track.affected' },
  { track: 'ally', label: 'track.ally' },
  { track: null, label: 'track.none' },
];

function ChooseTrack({
  screens,
  onChoose,
  onFinish,
}: {
  screens: number;
  onChoose: (track: CheckInTrack | null) => void;
  onFinish: () => void;
}) {
  const { t } = useTranslation('handAround');
  return (
    <div className="hand-around__screen">
      <FocusedHeading>{t('yourTurn')}</FocusedHeading>
      <p className="hand-around__promise">{t('promise')}</p>
      <p>{t('sameScreens', { screens })}</p>
      <h2>{t('how')}</h2>
      <div className="hand-around__choices">
        {TRACK_CHOICES.map(({ track, label }) => (
          <button key={label} type="button" className="button button--large" onClick={() => onChoose(track)}>
            {t(label)}
          </button>
        ))}
      </div>
      <p className="hand-around__exit">
        <button type="button" className="button button--quiet" onClick={onFinish}>
          {t('finishAsk')}
        </button>
      </p>
    </div>
  );
}

/**
 * The way out is for whoever runs the session, once the device is back with
 * them: a participant who taps it by chance, or presses Back, is asked
 * first, and told why, before anything behind this screen appears. Focus
 * starts on "Not yet", so a stray Enter keeps the hand-around going.
 */
function ConfirmFinish({ exitHref, onCancel }: { exitHref: string; onCancel: () => void }) {
  const { t } = useTranslation('handAround');
  const notYet = useRef<HTMLButtonElement>(null);
  useEffect(() => notYet.current?.focus(), []);
  return (
    <div className="hand-around__screen" role="alert">
      <h1>{t('confirmTitle')}</h1>
      <p>{t('confirmText')}</p>
      {/* Replaces the hand-around in the history, so Back from the facilitator's screen does not walk into it again. */}
      <Link href={exitHref} replace className="button" onClick={releaseHandAround}>
        {t('finish')}
      </Link>{' '}
      <button ref={notYet} type="button" className="button button--quiet" onClick={onCancel}>
        {t('notYet')}
      </button>
    </div>
  );
}

/**
 * Holds the app on this hand-around until the facilitator confirms (see
 * hand-around-hold.ts), and asks for that confirmation whenever something
 * tries to leave. What was on screen is hidden meanwhile, not unmounted, so
 * "Not yet" brings a person back to their half-answered turn as it was.
 */
function HeldHandAround({ exitHref, children }: { exitHref: string; children: (askToFinish: () => void) => ReactNode }) {
  const [location] = useLocation();
  useEffect(() => holdOnHandAround(location), [location]);

  const attempts = useLeaveAttempts();
  const [answeredAttempts, setAnsweredAttempts] = useState(attempts);
  const [asked, setAsked] = useState(false);
  const asking = asked || attempts > answeredAttempts;

  // Focus goes back where it was once the question is answered "Not yet".
  const turn = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    const target = lastFocused.current?.isConnected ? lastFocused.current : turn.current?.querySelector('h1');
    target?.focus();
  }, [asking]);

  return (
    <>
      {/* The screen's width, so what it holds sits where it would without this wrapper. */}
      <div
        ref={turn}
        className="hand-around__screen"
        hidden={asking}
        onFocus={(event) => {
          if (event.target instanceof HTMLElement) lastFocused.current = event.target;
        }}
      >
        {children(() => setAsked(true))}
      </div>
      {asking && (
        <ConfirmFinish
          exitHref={exitHref}
          onCancel={() => {
            returnFocus.current = true;
            setAnsweredAttempts(attempts);
            setAsked(false);
          }}
        />
      )}
    </>
  );
}

/** What a person has chosen so far in their turn: per instrument, per question, a value or null for "Pass". */
type Chosen = Record<string, Record<string, number | null>>;

/** "Does something need to change?": yes, no, or null for "Pass". */
type ChangeAnswer = 'yes' | 'no' | null;

/**
 * The frame every screen of a path shares, whatever it holds: the same
 * heading, card and buttons in the same places, so that from across the room
 * a question cannot be told from a neutral screen. Keyed by position, so each
 * screen starts fresh and its heading takes focus.
 */
function PathScreenFrame({
  position,
  total,
  last,
  busy,
  onBack,
  onNext,
  children,
}: {
  position: number;
  total: number;
  last: boolean;
  busy: boolean;
  onBack: () => void;
  onNext: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('handAround');
  return (
    <form
      className="hand-around__path"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <FocusedHeading>{t('screen', { position, total })}</FocusedHeading>
      <div className="hand-around__card">{children}</div>
      <div className="hand-around__nav">
        <button type="button" className="button button--quiet button--large" disabled={busy} onClick={onBack}>
          {t('back')}
        </button>
        <button type="submit" className="button button--large" disabled={busy}>
          {last ? t('submit') : t('next')}
        </button>
      </div>
    </form>
  );
}

function QuestionScreen({
  screen,
  value,
  onChange,
}: {
  screen: PathScreen;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation('handAround');
  if (screen.kind === 'neutral') return <p className="hand-around__breath">{t('breath')}</p>;
  const { instrument, item, firstOfInstrument } = screen;
  return (
    <>
      {/* The instrument's own introduction, once, on its first question. */}
      {firstOfInstrument && <Markdown source={instrument.participantIntro} className="hand-around__intro" />}
      <ScaleQuestion instrument={instrument} item={item} name={`${instrument.id}-${item.id}`} value={value} onChange={onChange} />
    </>
  );
}

const CHANGE_CHOICES: { value: ChangeAnswer; label: 'yes' | 'no' }[] = [
  { value: 'yes', label: 'yes' },
  { value: 'no', label: 'no' },
];

/** The same last question for everyone, whatever track they chose or none: it carries no track, and only how many said yes is kept. */
function ChangeQuestion({ value, onChange }: { value: ChangeAnswer; onChange: (value: ChangeAnswer) => void }) {
  const { t } = useTranslation('handAround');
  return (
    <fieldset className="scale-item">
      <legend>{t('changeQuestion')}</legend>
      <p className="hand-around__hint">{t('changeHint')}</p>
      <div className="scale-item__answers">
        <div className="scale-item__values">
          {CHANGE_CHOICES.map((choice) => (
            <AnswerOption
              key={choice.label}
              name="wants-change"
              value={choice.value ?? 'pass'}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            >
              {t(choice.label)}
            </AnswerOption>
          ))}
        </div>
        <AnswerOption name="wants-change" value="pass" checked={value === null} onChange={() => onChange(null)} pass>
          {t('pass')}
        </AnswerOption>
      </div>
    </fieldset>
  );
}

function Thanks({ onNext }: { onNext: () => void }) {
  const { t } = useTranslation('handAround');
  return (
    <div className="hand-around__screen hand-around__screen--thanks">
      <FocusedHeading>{t('thanks')}</FocusedHeading>
      <p>{t('thanksText')}</p>
      <button type="button" className="button button--large" onClick={onNext}>
        {t('nextPerson')}
      </button>
    </div>
  );
}

/** Where a person is in their turn: choosing, at a screen of their path (its question screens, then the change question), or done. */
type Stage = { name: 'choose' } | { name: 'path'; track: CheckInTrack | null; position: number } | { name: 'thanks' };

/**
 * One person's turn, from a clean screen to "thank you": remounted for each
 * person, so nothing carries over. Every choice leads through the same
 * number of screens, and none finishes it sooner.
 */
function PersonTurn({
  roundId,
  instruments,
  onFinish,
  onDone,
}: {
  roundId: string;
  instruments: CheckInInstrument[];
  onFinish: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('handAround');
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [chosen, setChosen] = useState<Chosen>({});
  const [change, setChange] = useState<ChangeAnswer>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lastTrack = useRef<CheckInTrack | null | undefined>(undefined);
  const total = questionScreenCount(instruments) + 1; // and the change question, last

  const finish = async (track: CheckInTrack | null) => {
    setProblem(null);
    setBusy(true);
    try {
      // Only the chosen track's answers: anything chosen on another track before coming back is left behind.
      const turn = instruments
        .filter((instrument) => instrument.track === track)
        .map((instrument) => ({
          instrument,
          answers: Object.fromEntries(
            Object.entries(chosen[instrument.id] ?? {}).filter((entry): entry is [string, number] => entry[1] !== null),
          ),
        }));
      await checkIns.submitTurn(roundId, turn, { wantsChange: change === 'yes' });
      setStage({ name: 'thanks' });
    } catch (error) {
      // A refusal is worded in the storage catalog, fetched only when one is to be shown.
      setProblem(await sayFailure(error, i18n, () => t('notSaved')));
    } finally {
      setBusy(false);
    }
  };

  if (stage.name === 'thanks') return <Thanks onNext={onDone} />;
  if (stage.name === 'choose')
    return (
      <ChooseTrack
        screens={total}
        onFinish={onFinish}
        onChoose={(track) => {
          // A different track from the one chosen before: its answers go, so none are on screen or sent.
          if (track !== lastTrack.current) setChosen({});
          lastTrack.current = track;
          setStage({ name: 'path', track, position: 0 });
        }}
      />
    );

  const { track, position } = stage;
  const path = pathFor(instruments, track);
  const screen = path[position];
  const go = (to: number) => setStage(to < 0 ? { name: 'choose' } : { name: 'path', track, position: to });
  return (
    <>
      {problem && (
        <p className="hand-around__problem" role="alert">
          {problem}
        </p>
      )}
      <PathScreenFrame
        key={position}
        position={position + 1}
        total={total}
        last={screen === undefined}
        busy={busy}
        onBack={() => go(position - 1)}
        onNext={() => (screen === undefined ? void finish(track) : go(position + 1))}
      >
        {screen === undefined ? (
          <ChangeQuestion value={change} onChange={setChange} />
        ) : (
          <QuestionScreen
            screen={screen}
            value={screen.kind === 'question' ? (chosen[screen.instrument.id]?.[screen.item.id] ?? null) : null}
            onChange={(value) => {
              if (screen.kind !== 'question') return;
              const { instrument, item } = screen;
              setChosen((current) => ({ ...current, [instrument.id]: { ...current[instrument.id], [item.id]: value } }));
            }}
          />
        )}
      </PathScreenFrame>
    </>
  );
}

export default function HandAroundScreen({ sessionId, roundId }: { sessionId: string; roundId: string }) {
  // In the language the session is shown to its participants in: the hands it goes round are theirs.
  const language = useLiveQuery(async () => (await sessions.get(sessionId))?.participantLanguage ?? null, [sessionId]);
  if (language === undefined) return null;
  return (
    <ParticipantLanguage language={language}>
      <HandAround sessionId={sessionId} roundId={roundId} />
    </ParticipantLanguage>
  );
}

function HandAround({ sessionId, roundId }: { sessionId: string; roundId: string }) {
  const { t } = useTranslation('handAround');
  // The instruments in the app's language where they are translated (same ids, scale and order: the English source's), else English.
  const translated = useTranslatedContent();
  const findInstrument = (id: string) => findCheckInIn(translated, id);
  useAnnounceOpenRound(sessionId);
  // The round lives in this window's memory; after a reload it is gone (discarded), and says so.
  const round = useAnsweringRound(roundId);
  const [person, setPerson] = useState(0);
  const exitHref = routes.run(sessionId);

  return (
    <main className="hand-around" aria-label={t('label')}>
      <HeldHandAround exitHref={exitHref}>
        {(askToFinish) =>
          round === null ? (
            <div className="hand-around__screen">
              <FocusedHeading>{t('closedTitle')}</FocusedHeading>
              <p>{t('closedText')}</p>
              <button type="button" className="button" onClick={askToFinish}>
                {t('backToSession')}
              </button>
            </div>
          ) : (
            <PersonTurn
              key={person}
              roundId={round.id}
              instruments={round.instrumentIds.map(findInstrument).filter((instrument) => instrument !== undefined)}
              onFinish={askToFinish}
              onDone={() => setPerson((n) => n + 1)}
            />
          )
        }
      </HeldHandAround>
    </main>
  );
}
