import { summaryFormat } from '../../support/summary-words.ts';
import { SUMMARY_WORDS } from '../../../domain/summary/summary-words.ts';
import { describe, expect, it } from 'vitest';
import { closeTalliedRounds, type LegacyTally, type TalliedRound } from '../../../domain/check-ins/legacy-check-ins.ts';
import { sessionResults as resultsOfKept, trends } from '../../../domain/check-ins/session-results.ts';
import { addAnswerSet, emptyTally } from '../../../domain/check-ins/tally.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { RecordableCapture, SummarySharing } from '../../../domain/content/recording-policy.ts';
import { notStarted, runSteps } from '../../../domain/run/run-state.ts';
import type { AgendaItem, Session } from '../../../domain/sessions/session-model.ts';

type CheckInRound = TalliedRound;
type CheckInTally = LegacyTally;

/** Rounds closed in order with these counts, as the app closes them, then read as the summary reads them. */
function sessionResults(rounds: CheckInRound[], tallies: CheckInTally[], find: (id: string) => CheckInInstrument | undefined) {
  const closed = closeTalliedRounds(rounds, tallies, find, 0);
  return resultsOfKept(closed.rounds, closed.results, find);
}
import { composeSummary, type SummaryInput } from '../../../domain/summary/compose-summary.ts';
import { defaultSummaryChoices, type SummaryChoices } from '../../../domain/summary/summary-choices.ts';
import { summaryMarkdown } from '../../../domain/summary/summary-markdown.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const MIN = 60_000;
const START = Date.UTC(2027, 2, 5, 18, 0);
const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };

function exercise(id: string, position: number, captures: RecordableCapture[], summarySharing?: SummarySharing): AgendaItem {
  return {
    id,
    sessionId: 's',
    position,
    kind: 'exercise',
    plannedMinutes: 20,
    exercise: {
      id,
      version: 1,
      title: `Exercise ${id}`,
      durationMinutes: 20,
      audience: ['mixed'],
      captures,
      ...(summarySharing ? { summarySharing } : {}),
      steps: [
        { title: 'Open', minutes: 10, script: 'Welcome.' },
        { title: 'Decide', minutes: 10, script: 'Decide.' },
      ],
    },
  };
}

const agenda: AgendaItem[] = [
  exercise('shared', 1, ['notes', 'structures-map', 'actions'], 'shared'),
  exercise('nothing', 2, [], 'shared'),
  exercise('caucus', 3, ['notes', 'actions'], 'private'),
  exercise('legacy', 4, ['notes']),
  { id: 'check', sessionId: 's', position: 5, kind: 'check-in', title: 'Check-in', plannedMinutes: 10, instrumentIds: [instrument.id] },
  exercise('actions-only', 6, ['actions'], 'shared'),
];

function round(id: string, sequence: number, answer: number, people: number): [CheckInRound, CheckInTally] {
  let tally = emptyTally();
  for (let person = 0; person < people; person++) tally = addAnswerSet(tally, instrument, { heard: answer, worried: 6 - answer });
  return [
    {
      id,
      sessionId: 's',
      agendaItemId: 'check',
      instrumentIds: [instrument.id],
      purpose: 'check-in',
      method: 'hand-around',
      turns: people,
      sequence,
      openedAt: sequence,
      closedAt: sequence + 1,
    },
    { id: `${id}_${instrument.id}`, sessionId: 's', roundId: id, instrumentId: instrument.id, ...tally },
  ];
}

function input(): SummaryInput {
  const steps = runSteps(agenda);
  const run = {
    ...notStarted(steps),
    startedAt: START,
    endedAt: START + 95 * MIN,
    records: [
      { itemId: 'shared', stepIndex: 0, plannedMs: 10 * MIN, startedAt: START, endedAt: START + 12 * MIN },
      { itemId: 'shared', stepIndex: 1, plannedMs: 10 * MIN, startedAt: START + 12 * MIN, endedAt: START + 25 * MIN },
      { itemId: 'check', stepIndex: 0, plannedMs: 10 * MIN, startedAt: START + 25 * MIN, endedAt: START + 95 * MIN },
    ],
    events: [{ kind: 'caucus-call' as const, at: START + 30 * MIN, itemId: 'check' }],
    airtime: { byItem: { shared: { affected: 3 * MIN, ally: MIN } }, current: null },
  };
  const session: Session = {
    id: 's',
    title: 'Tenants | allies #1',
    scheduledFor: '2027-03-05T18:00',
    availableMinutes: 90,
    mode: 'facilitated',
    status: 'ended',
    templateId: null,
    createdAt: 1,
    updatedAt: 2,
    run,
  };
  const [r1, t1] = round('r1', 1, 5, 5);
  const [r2, t2] = round('r2', 2, 2, 3);
  const [r3, t3] = round('r3', 3, 2, 6);
  const results = sessionResults([r1, r2, r3], [t1, t2, t3], (id) => (id === instrument.id ? instrument : undefined));
  const note = (agendaItemId: string, stepIndex: number, text: string) => ({
    id: `${agendaItemId}_${stepIndex}`,
    sessionId: 's',
    agendaItemId,
    stepIndex,
    text,
    updatedAt: 1,
  });
  return {
    session,
    agenda,
    stepNotes: [
      note('shared', 1, 'We agreed to meet **monthly**.'),
      note('shared', 0, 'Opened with a round of names.'),
      note('nothing', 0, 'This must never print'),
      note('caucus', 0, 'Caucus said something private'),
      note('legacy', 0, 'Planned before sharing was known'),
      note('check', 0, 'Switched to caucus after round 3'),
      note('actions-only', 0, 'A note an older version let someone type'),
    ],
    checkIns: results,
    trends: trends(results),
    reflections: [
      {
        id: 'shared_structures-map',
        sessionId: 's',
        agendaItemId: 'shared',
        kind: 'structures-map',
        updatedAt: 1,
        data: {
          theme: 'Housing',
          groups: [
            { id: 'a', label: 'Group A' },
            { id: 'b', label: 'Group B' },
          ],
          leaves: [
            { id: 'l1', groupId: 'a', text: 'Evictions' },
            { id: 'l2', groupId: 'b', text: 'Overcrowding' },
          ],
          structures: [
            {
              id: 'r',
              layer: 'root',
              text: 'Tenancy law',
              leafIds: ['l1', 'l2'],
              differences: [{ groupId: 'b', text: 'Deportation risk' }],
              chosen: true,
            },
          ],
        },
      },
    ],
    actions: [
      { id: 'a2', sessionId: 's', agendaItemId: 'shared', text: 'Map the council budget', createdAt: 20 },
      { id: 'a1', sessionId: 's', agendaItemId: null, text: 'Write to the housing committee', createdAt: 10 },
      { id: 'a3', sessionId: 's', agendaItemId: 'caucus', text: 'Caucus-only plan', createdAt: 30 },
      { id: 'a4', sessionId: 's', agendaItemId: 'removed-from-plan', text: 'Action of a removed item', createdAt: 40 },
    ],
  };
}

const format = summaryFormat();
const compose = (choices: Partial<SummaryChoices> = {}) =>
  summaryMarkdown(composeSummary(input(), { ...defaultSummaryChoices(), ...choices }, format), format);

describe('session summary', () => {
  it('opens with the title, date, time available and time used, then the agenda planned against actual', () => {
    const text = compose();
    // The date is written by the platform's own Intl data, which varies in its commas.
    expect(text).toMatch(
      /^# Tenants \\\| allies #1\n\nFriday,? 5 March 2027 at 18:00 · Time available: 1 h 30 min · Time used: 1 h 35 min\n/,
    );
    expect(text).toContain('| Exercise shared | 20 min | 25 min |');
    expect(text).toContain('| Exercise nothing | 20 min | not run |');
    expect(text).toContain('| Check-in | 10 min | 1 h 10 min |');
  });

  it('gives each exercise its notes in step order and its map, and leaves out record-nothing and private exercises', () => {
    const text = compose();
    expect(text).toContain(
      '## Exercise shared\n\n### Notes\n\n#### Open\n\nOpened with a round of names.\n\n#### Decide\n\nWe agreed to meet \\*\\*monthly\\*\\*.',
    );
    expect(text).toContain(
      '- ★ chosen: Tenancy law (shared by 2 groups)\n  - Group A: Evictions\n  - Group B: Overcrowding; lands differently: Deportation risk',
    );
    expect(text).not.toContain('This must never print');
    // Only the kinds of record an exercise allows: this one keeps actions, not notes.
    expect(text).not.toContain('A note an older version let someone type');
    expect(text).not.toContain('Action of a removed item');
    expect(text).not.toContain('## Exercise nothing');
    // Private by its content, and sessions planned before the content said: out unless put in.
    expect(text).not.toContain('Caucus said something private');
    expect(text).not.toContain('Planned before sharing was known');
    expect(text).not.toContain('Caucus-only plan');
    const withCaucus = compose({ includedPrivateItems: ['caucus'] });
    expect(withCaucus).toContain('Caucus said something private');
    expect(withCaucus).toContain('Caucus-only plan');
  });

  it('shows check-in results only where enough people answered, with the trend as a table', () => {
    const text = compose();
    expect(text).toContain('### Check-in round 1\n\n**Sample check-in**: average 5.0 out of 5, from fewer than 10 people.');
    expect(text).toContain(
      '### Check-in round 2\n\n**Sample check-in**: fewer than 5 people answered, so nothing is shown: an average of so few could point at a person.',
    );
    // Six people after five: one joined, so only the overall average, and why.
    expect(text).toContain(
      'average 2.0 out of 5 (first round: 5.0), from fewer than 10 people.\n\nOnly the overall average is shown for this round',
    );
    expect(text).toContain('| I was heard. | not shown this round |');
    expect(text).toContain('| Round 1 | 5.0 |\n| Round 2 | not shown |\n| Round 3 | 2.0 |');
    // No exact number of people, and nothing of round 2's three people, anywhere.
    expect(text).not.toMatch(/from \d+ people/);
  });

  it('rounds an average of exactly 3.15 up to 3.2, in the results, the first-round comparison and the trend', () => {
    // 17 people chose 3 and 3 chose 4: 63 / 20 = 3.15 on both questions (the second is reverse-scored).
    let tally = emptyTally();
    for (let person = 0; person < 20; person++)
      tally = addAnswerSet(tally, instrument, person < 17 ? { heard: 3, worried: 3 } : { heard: 4, worried: 2 });
    const [first, firstTally] = round('r1', 1, 3, 5);
    const [second] = round('r2', 2, 3, 5);
    const secondTally = { id: `r2_${instrument.id}`, sessionId: 's', roundId: 'r2', instrumentId: instrument.id, ...tally };
    const results = sessionResults([first, second], [firstTally, secondTally], () => instrument);
    const text = summaryMarkdown(
      composeSummary({ ...input(), checkIns: results, trends: trends(results) }, defaultSummaryChoices(), format),
      format,
    );
    expect(text).toContain('**Sample check-in**: average 3.2 out of 5 (first round: 3.0), from 20 people or more.');
    expect(text).toContain('| I was heard. | 3.2 |');
    expect(text).toContain('| Round 1 | 3.0 |\n| Round 2 | 3.2 |');
  });

  it('lists agreed actions in the order agreed, each with its exercise', () => {
    expect(compose()).toContain('## Agreed actions\n\n1. Write to the housing committee\n2. Map the council budget *(Exercise shared)*');
  });

  it('keeps follow-ups for the facilitator out by default, and puts them in on request', () => {
    expect(compose()).not.toContain('Follow-ups');
    const text = compose({ followUps: true });
    expect(text).toContain('## Follow-ups for the facilitator');
    expect(text).toContain('- Round 3, Sample check-in: Low or falling.');
    expect(text).toContain('- Airtime timed: affected participants 75%, allies 25%.');
    expect(text).toContain('- Floor tools used: 1 caucus call, 0 floor shifts.');
    expect(text).toContain('- Not run: Exercise nothing, Exercise caucus, Exercise legacy, Exercise actions-only.');
    expect(text).toContain('- Note at “Check-in”: Switched to caucus after round 3');
  });

  it('puts a self-guided group’s notes at a check-in in its summary by default, as its own notes', () => {
    const selfGuided = (choices: Partial<SummaryChoices> = {}) => {
      const base = input();
      return summaryMarkdown(
        composeSummary({ ...base, session: { ...base.session, mode: 'self-guided' } }, { ...defaultSummaryChoices(), ...choices }, format),
        format,
      );
    };
    const text = selfGuided();
    expect(text).toContain('## Notes at the check-ins\n\n### Check-in\n\nSwitched to caucus after round 3');
    expect(text).not.toContain('Follow-ups');
    // With no facilitator, what is left to follow up is addressed to the group, and its notes are not repeated there.
    const withFollowUps = selfGuided({ followUps: true });
    expect(withFollowUps).not.toContain('for the facilitator');
    expect(withFollowUps).toContain('## Things to follow up\n\n- Round 3, Sample check-in: Low or falling.');
    expect(withFollowUps.match(/Switched to caucus after round 3/g)).toHaveLength(1);
    // Notes unticked: none of the group's notes go in.
    expect(selfGuided({ notes: false })).not.toContain('Switched to caucus');
  });

  it('keeps a facilitator’s notes at a check-in among their follow-ups, out by default', () => {
    expect(compose()).not.toContain('Switched to caucus');
    expect(compose()).not.toContain('Notes at the check-ins');
    expect(compose({ followUps: true })).toContain('## Follow-ups for the facilitator');
  });

  it('leaves out each kind of record the facilitator unticks', () => {
    const text = compose({ notes: false, checkIns: false, reflections: false, actions: false });
    for (const absent of ['Opened with a round of names', 'Tenancy law', '## Check-ins', 'Write to the housing committee'])
      expect(text).not.toContain(absent);
    expect(text).toContain('## Agenda as run');
  });
});

describe('in another language', () => {
  it('has every word it asks for in each catalog, plurals by the language’s rules', () => {
    for (const language of ['en', 'es'] as const) {
      const { words } = summaryFormat(language);
      for (const key of SUMMARY_WORDS)
        for (const count of [1, 2, 1_000_000]) expect(words(key, { count }), `${language}: ${key}`).not.toBe(key);
    }
  });

  it('prints the summary in the participants’ language', () => {
    const spanish = summaryFormat('es');
    const text = summaryMarkdown(composeSummary(input(), { ...defaultSummaryChoices(), followUps: true }, spanish), spanish);
    expect(text).toContain('## La agenda tal como se hizo');
    expect(text).toContain('| Punto | Previsto | Real |');
    expect(text).toContain('## Acciones acordadas');
    expect(text).toContain('## Seguimiento para quien facilita');
    expect(text).toContain('- Tiempo de palabra medido: personas afectadas 75 %, personas aliadas 25 %.');
    expect(text).not.toMatch(/Agenda as run|Agreed actions|Follow-ups/);
  });
});
