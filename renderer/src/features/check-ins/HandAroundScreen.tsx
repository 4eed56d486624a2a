import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { Answers } from '../../../../domain/check-ins/tally.ts';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { CHECK_IN_TRACKS, type CheckInTrack } from '../../../../domain/content/vocabulary.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckIn } from '../../content/content-details.ts';
import { checkIns } from '../../data/app-database.ts';
import { Refusal } from '../../data/errors.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { holdOnHandAround, releaseHandAround, useLeaveAttempts } from './hand-around-hold.ts';
import { ScaleQuestion } from './ScaleQuestion.tsx';
import { useAnsweringRound } from './useSessionCheckIns.ts';
import { useAnnounceOpenRound } from '../../run-engine/run-channel.ts';

// The private hand-around: the facilitator's device goes from person to
// person. Each person starts on a clean screen, and every trace of their
// answers is gone from the screen, and from memory, before the next person
// sees it. Nothing here shows results, and nothing says who passed.

const TRACK_CHOICES: { track: CheckInTrack | null; label: string }[] = [
  { track: 'affected', label: `${CHECK_IN_TRACKS.affected}` },
  { track: 'ally', label: CHECK_IN_TRACKS.ally },
  { track: null, label: 'I prefer not to say' },
];

function ChooseTrack({ onChoose, onFinish }: { onChoose: (track: CheckInTrack | null) => void; onFinish: () => void }) {
  return (
    <div className="hand-around__screen">
      <FocusedHeading>Your turn</FocusedHeading>
      <p>
        Your answers are private. Nobody sees them, not even the facilitator: only averages are shown, and only once enough people have
        answered. You can skip any question, or pass altogether.
      </p>
      <h2>How are you here today?</h2>
      <div className="hand-around__choices">
        {TRACK_CHOICES.map(({ track, label }) => (
          <button key={label} type="button" className="button button--large" onClick={() => onChoose(track)}>
            {label}
          </button>
        ))}
      </div>
      <p className="hand-around__exit">
        <button type="button" className="button button--quiet" onClick={onFinish}>
          Everyone has had a turn: finish the hand-around…
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
  const notYet = useRef<HTMLButtonElement>(null);
  useEffect(() => notYet.current?.focus(), []);
  return (
    <div className="hand-around__screen" role="alert">
      <h1>Finish the hand-around?</h1>
      <p>
        Only finish once the device is back with whoever is running the session: the next screen is theirs. If it is still going round,
        choose “Not yet”.
      </p>
      {/* Replaces the hand-around in the history, so Back from the facilitator's screen does not walk into it again. */}
      <Link href={exitHref} replace className="button" onClick={releaseHandAround}>
        Finish the hand-around
      </Link>{' '}
      <button ref={notYet} type="button" className="button button--quiet" onClick={onCancel}>
        Not yet
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

interface QuestionsProps {
  instruments: CheckInInstrument[];
  onSubmit: (answers: Record<string, Answers>) => Promise<void>;
}

function Questions({ instruments, onSubmit }: QuestionsProps) {
  const [answers, setAnswers] = useState<Record<string, Record<string, number | null>>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (given: Record<string, Answers>) => {
    setBusy(true);
    try {
      await onSubmit(given);
    } finally {
      setBusy(false);
    }
  };
  const chosen = (): Record<string, Answers> =>
    Object.fromEntries(
      Object.entries(answers).map(([instrumentId, items]) => [
        instrumentId,
        Object.fromEntries(Object.entries(items).filter((entry): entry is [string, number] => entry[1] !== null)),
      ]),
    );
  return (
    <form
      className="hand-around__screen"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(chosen());
      }}
    >
      <FocusedHeading>Your answers</FocusedHeading>
      {instruments.map((instrument) => (
        <section key={instrument.id} className="hand-around__instrument" aria-label={instrument.title}>
          <Markdown source={instrument.participantIntro} />
          <ol className="hand-around__items">
            {instrument.items.map((item, index) => (
              <li key={item.id}>
                <ScaleQuestion
                  instrument={instrument}
                  item={item}
                  number={index + 1}
                  name={`${instrument.id}-${item.id}`}
                  value={answers[instrument.id]?.[item.id] ?? null}
                  onChange={(value) =>
                    setAnswers((current) => ({ ...current, [instrument.id]: { ...current[instrument.id], [item.id]: value } }))
                  }
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div className="hand-around__submit">
        <button type="submit" className="button button--large" disabled={busy}>
          Submit my answers
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void submit({})}>
          Pass: submit nothing
        </button>
      </div>
    </form>
  );
}

function Thanks({ onNext }: { onNext: () => void }) {
  return (
    <div className="hand-around__screen hand-around__screen--thanks">
      <FocusedHeading>Thank you</FocusedHeading>
      <p>Your turn is saved and cannot be looked at. Please hand the device to the next person.</p>
      <button type="button" className="button button--large" onClick={onNext}>
        I’m the next person
      </button>
    </div>
  );
}

type Stage = { name: 'choose' } | { name: 'answer'; instruments: CheckInInstrument[] } | { name: 'thanks' };

/** One person's turn, from a clean screen to "thank you". Remounted for each person, so nothing carries over. */
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
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);

  const finish = async (answers: Record<string, Answers>) => {
    setProblem(null);
    try {
      const turn = instruments.map((instrument) => ({ instrument, answers: answers[instrument.id] ?? {} }));
      await checkIns.submitTurn(roundId, turn);
      setStage({ name: 'thanks' });
    } catch (error) {
      setProblem(error instanceof Refusal ? error.message : 'Your answers could not be saved. They are still here: please try again.');
    }
  };

  if (stage.name === 'thanks') return <Thanks onNext={onDone} />;
  return (
    <>
      {problem && (
        <p className="hand-around__problem" role="alert">
          {problem}
        </p>
      )}
      {stage.name === 'choose' ? (
        <ChooseTrack
          onFinish={onFinish}
          onChoose={(track) => {
            const forTrack = track === null ? [] : instruments.filter((instrument) => instrument.track === track);
            // Nothing to answer (prefer not to say, or no questions for this track): the turn still counts, and nothing is stored.
            if (forTrack.length === 0) void finish({});
            else setStage({ name: 'answer', instruments: forTrack });
          }}
        />
      ) : (
        <Questions instruments={stage.instruments} onSubmit={finish} />
      )}
    </>
  );
}

export default function HandAroundScreen({ sessionId, roundId }: { sessionId: string; roundId: string }) {
  useAnnounceOpenRound(sessionId);
  // The round lives in this window's memory; after a reload it is gone (discarded), and says so.
  const round = useAnsweringRound(roundId);
  const [person, setPerson] = useState(0);
  const exitHref = routes.run(sessionId);

  return (
    <main className="hand-around" aria-label="Private check-in">
      <HeldHandAround exitHref={exitHref}>
        {(askToFinish) =>
          round === null ? (
            <div className="hand-around__screen">
              <FocusedHeading>This check-in round is closed</FocusedHeading>
              <p>
                Please hand the device back to the facilitator. (If the app was closed or reloaded during the round, its answers were
                discarded and it can be run again.)
              </p>
              <button type="button" className="button" onClick={askToFinish}>
                Back to the session…
              </button>
            </div>
          ) : (
            <PersonTurn
              key={person}
              roundId={round.id}
              instruments={round.instrumentIds.map(findCheckIn).filter((instrument) => instrument !== undefined)}
              onFinish={askToFinish}
              onDone={() => setPerson((n) => n + 1)}
            />
          )
        }
      </HeldHandAround>
    </main>
  );
}
