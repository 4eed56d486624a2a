import type { RoundResults, Trend } from '../check-ins/session-results.ts';
import { airtimeTotals } from '../run/run-state.ts';
import type { StructuresMap } from '../reflections/structures-map.ts';
import type { Timelines } from '../reflections/timelines.ts';
import {
  agendaItemTitle,
  type AgendaItem,
  type AgreedAction,
  type Reflection,
  type Session,
  type StepNote,
} from '../sessions/session-model.ts';
import { allowsNotes } from '../content/recording-policy.ts';
import { agendaAsRun, minutesUsed } from './agenda-as-run.ts';
import { formatMeanIn } from '../check-ins/format-mean.ts';
import { durationText, type SummaryWords } from './summary-words.ts';
import { escapeInline, escapeLines, table } from './markdown-text.ts';
import { itemRecordsIncluded, type SummaryChoices } from './summary-choices.ts';

// The session summary as a document: sections of Markdown, with the trend
// charts, structures maps and timelines as figures between them so the
// preview and the printed page can draw them, and the Markdown export can
// write them out as text. Composed from stored data only; check-in results
// arrive already cut to what may be shown.

export type SummaryBlock =
  | { kind: 'markdown'; markdown: string }
  | { kind: 'trend'; trend: Trend }
  | { kind: 'structures-map'; map: StructuresMap }
  | { kind: 'timelines'; timelines: Timelines };

export interface SummarySection {
  id: string;
  blocks: SummaryBlock[];
}

export interface SummaryDocument {
  title: string;
  sections: SummarySection[];
}

export interface SummaryInput {
  session: Session;
  agenda: readonly AgendaItem[];
  stepNotes: readonly StepNote[];
  /** Closed rounds only, from `sessionResults`: nothing below the minimum group size is in here. */
  checkIns: readonly RoundResults[];
  trends: readonly Trend[];
  reflections: readonly Reflection[];
  actions: readonly AgreedAction[];
}

export interface SummaryFormat {
  locale: string;
  timeZone?: string;
  /** The words, in the language of `locale` (summary-words.ts). */
  words: SummaryWords;
}

const markdown = (text: string): SummaryBlock => ({ kind: 'markdown', markdown: text });

function dateLine(session: Session, format: SummaryFormat): string | null {
  const options = { dateStyle: 'full', timeStyle: 'short', ...(format.timeZone ? { timeZone: format.timeZone } : {}) } as const;
  if (session.run?.startedAt != null) return new Intl.DateTimeFormat(format.locale, options).format(session.run.startedAt);
  if (session.scheduledFor) {
    // A planned date is local wall-clock time; show it as written, whatever the zone.
    const [date, time] = session.scheduledFor.split('T');
    const [year, month, day] = date!.split('-').map(Number);
    const [hour, minute] = time!.split(':').map(Number);
    return new Intl.DateTimeFormat(format.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(
      Date.UTC(year!, month! - 1, day!, hour!, minute!),
    );
  }
  return null;
}

function heading(input: SummaryInput, format: SummaryFormat): SummarySection {
  const { session } = input;
  const used = minutesUsed(session.run);
  const facts = [
    dateLine(session, format),
    session.availableMinutes !== null
      ? format.words('timeAvailable', { duration: durationText(session.availableMinutes, format.words) })
      : null,
    used !== null ? format.words('timeUsed', { duration: durationText(used, format.words) }) : null,
  ].filter((fact) => fact !== null);
  return { id: 'heading', blocks: [markdown([`# ${escapeInline(session.title)}`, facts.join(' · ')].filter(Boolean).join('\n\n'))] };
}

function agendaSection(input: SummaryInput, { words }: SummaryFormat): SummarySection {
  const rows = agendaAsRun(input.agenda, input.session.run).map(({ title, plannedMinutes, actualMinutes }) => [
    escapeInline(title),
    durationText(plannedMinutes, words),
    actualMinutes === null ? words('notRun') : durationText(actualMinutes, words),
  ]);
  return {
    id: 'agenda',
    blocks: [
      markdown(`## ${words('agendaHeading')}\n\n${table([words('agendaItem'), words('agendaPlanned'), words('agendaActual')], rows)}`),
    ],
  };
}

function exerciseSection(item: AgendaItem, input: SummaryInput, choices: SummaryChoices, { words }: SummaryFormat): SummarySection | null {
  if (item.kind !== 'exercise' || !itemRecordsIncluded(item, choices)) return null;
  const blocks: SummaryBlock[] = [];
  // Only the kinds of record the exercise allows, even if older versions of the app stored others.
  if (choices.notes && allowsNotes(item.exercise.captures)) {
    const notes = input.stepNotes
      .filter((note) => note.agendaItemId === item.id && note.text.trim() !== '')
      .sort((a, b) => a.stepIndex - b.stepIndex)
      .map(
        (note) =>
          `#### ${escapeInline(item.exercise.steps[note.stepIndex]?.title ?? words('stepNumber', { number: note.stepIndex + 1 }))}\n\n${escapeLines(note.text)}`,
      );
    if (notes.length > 0) blocks.push(markdown(`### ${words('notesHeading')}\n\n${notes.join('\n\n')}`));
  }
  if (choices.reflections) {
    const allowed = input.reflections.filter(
      (candidate) => candidate.agendaItemId === item.id && item.exercise.captures.includes(candidate.kind),
    );
    for (const reflection of allowed) {
      if (reflection.kind === 'structures-map') {
        blocks.push(markdown(`### ${words('structuresMapHeading')}`), { kind: 'structures-map', map: reflection.data });
      } else if (reflection.data.groups.length > 0) {
        blocks.push(markdown(`### ${words('timelinesHeading')}`), { kind: 'timelines', timelines: reflection.data });
      }
    }
  }
  if (blocks.length === 0) return null;
  return { id: `item-${item.id}`, blocks: [markdown(`## ${escapeInline(item.exercise.title)}`), ...blocks] };
}

function checkInSection(input: SummaryInput, { words, locale }: SummaryFormat): SummarySection | null {
  if (input.checkIns.length === 0) return null;
  const rounds = input.checkIns.map(({ round, number, results }) => {
    const title = round.purpose === 'check-out' ? words('checkOut') : words('checkInRound', { number });
    const parts = results.map(({ instrument, result, baseline }) => {
      if (!result.shown) return `**${escapeInline(instrument.title)}**: ${words('belowFloor', { count: result.minimum })}`;
      const { aggregate } = result;
      const change =
        baseline?.mean != null && aggregate.mean !== null ? words('firstRound', { mean: formatMeanIn(baseline.mean, locale) }) : '';
      const mean =
        aggregate.mean === null
          ? words('noAverage')
          : words('average', { mean: formatMeanIn(aggregate.mean, locale), max: instrument.scale.max, change });
      const rows = instrument.items.map((item) => {
        const shown = aggregate.items.find((candidate) => candidate.itemId === item.id);
        return [
          escapeInline(item.text) + (item.reverseScored ? words('reverseScored') : ''),
          shown?.shown ? formatMeanIn(shown.mean, locale) : words(`withheld.${shown?.why ?? 'too-few'}`),
        ];
      });
      const note = aggregate.comparedWithEarlier ? `\n\n${words('comparedNote')}` : '';
      return `**${escapeInline(instrument.title)}**: ${words('instrumentResult', { mean, band: words(`band.${aggregate.band}`) })}${note}\n\n${table([words('questionColumn'), words('averageColumn')], rows)}`;
    });
    const asked = round.changeRequests > 0 ? words('changeRequests', { count: round.changeRequests }) : null;
    return `### ${title}\n\n${[...(asked ? [asked] : []), ...parts].join('\n\n')}`;
  });
  const charts = input.trends.filter((trend) => trend.points.length > 1).map((trend): SummaryBlock => ({ kind: 'trend', trend }));
  return {
    id: 'check-ins',
    blocks: [markdown(`## ${words('checkInsHeading')}\n\n${words('checkInsIntro')}`), ...charts, markdown(rounds.join('\n\n'))],
  };
}

function actionsSection(input: SummaryInput, choices: SummaryChoices, { words }: SummaryFormat): SummarySection | null {
  const items = new Map(input.agenda.map((item) => [item.id, item]));
  const kept = input.actions.filter((action) => {
    if (action.text.trim() === '') return false;
    if (action.agendaItemId === null) return true;
    // An action from an item no longer in the plan has nothing left to say whether it may be shared: it stays out.
    const item = items.get(action.agendaItemId);
    return item !== undefined && itemRecordsIncluded(item, choices);
  });
  if (kept.length === 0) return null;
  const lines = [...kept]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((action, index) => {
      const item = action.agendaItemId === null ? undefined : items.get(action.agendaItemId);
      return `${index + 1}. ${escapeInline(action.text)}${item ? ` *(${escapeInline(agendaItemTitle(item))})*` : ''}`;
    });
  return { id: 'actions', blocks: [markdown(`## ${words('actionsHeading')}\n\n${lines.join('\n')}`)] };
}

/** Notes typed at check-in items, in agenda order. */
function checkInNotes(input: SummaryInput): { item: AgendaItem; note: StepNote }[] {
  return [...input.agenda]
    .filter((item) => item.kind === 'check-in')
    .sort((a, b) => a.position - b.position)
    .flatMap((item) =>
      input.stepNotes
        .filter((note) => note.agendaItemId === item.id && note.text.trim() !== '')
        .sort((a, b) => a.stepIndex - b.stepIndex)
        .map((note) => ({ item, note })),
    );
}

/**
 * A group without a facilitator writes its notes at a check-in for itself:
 * they are its own notes, and go in with the others, not among follow-ups
 * addressed to a facilitator it does not have.
 */
function groupCheckInNotesSection(input: SummaryInput, { words }: SummaryFormat): SummarySection | null {
  const notes = checkInNotes(input).map(({ item, note }) => `### ${escapeInline(agendaItemTitle(item))}\n\n${escapeLines(note.text)}`);
  if (notes.length === 0) return null;
  return { id: 'check-in-notes', blocks: [markdown(`## ${words('checkInNotesHeading')}\n\n${notes.join('\n\n')}`)] };
}

function followUpsSection(input: SummaryInput, { words }: SummaryFormat): SummarySection | null {
  const { run } = input.session;
  const selfGuided = input.session.mode === 'self-guided';
  const lines: string[] = [];
  for (const { round, number, results } of input.checkIns) {
    for (const { instrument, patterns } of results) {
      for (const pattern of patterns) {
        const when = round.purpose === 'check-out' ? words('checkOut') : words('roundNumber', { number });
        lines.push(
          `- ${words('followUpPattern', { when, instrument: escapeInline(instrument.title), pattern: escapeInline(pattern.title) })}`,
        );
      }
    }
  }
  if (run) {
    const airtime = airtimeTotals(run.airtime, run.endedAt ?? run.startedAt ?? 0);
    const total = airtime.affected + airtime.ally;
    if (total > 0) {
      const affected = Math.round((airtime.affected / total) * 100);
      lines.push(`- ${words('followUpAirtime', { affected, allies: 100 - affected })}`);
    }
    const calls = run.events.filter((event) => event.kind === 'caucus-call').length;
    const shifts = run.events.filter((event) => event.kind === 'floor-shift').length;
    if (calls + shifts > 0) {
      const floorTools = { calls: words('caucusCalls', { count: calls }), shifts: words('floorShifts', { count: shifts }) };
      lines.push(`- ${words('followUpFloorTools', floorTools)}`);
    }
  }
  const notRun = agendaAsRun(input.agenda, run)
    .filter((entry) => entry.actualMinutes === null)
    .map((entry) => escapeInline(entry.title));
  if (run?.startedAt != null && notRun.length > 0) lines.push(`- ${words('followUpNotRun', { items: notRun.join(', ') })}`);
  // A facilitator's notes at a check-in are what they changed and why: follow-ups for them. A self-guided group's are its own notes.
  if (!selfGuided) {
    for (const { item, note } of checkInNotes(input)) {
      lines.push(`- ${words('followUpNote', { item: escapeInline(agendaItemTitle(item)), note: escapeInline(note.text) })}`);
    }
  }
  if (lines.length === 0) return null;
  const heading = selfGuided ? words('followUpsSelfGuided') : words('followUpsFacilitator');
  return { id: 'follow-ups', blocks: [markdown(`## ${heading}\n\n${lines.join('\n')}`)] };
}

export function composeSummary(input: SummaryInput, choices: SummaryChoices, format: SummaryFormat): SummaryDocument {
  const ordered = [...input.agenda].sort((a, b) => a.position - b.position);
  const sections = [
    heading(input, format),
    agendaSection(input, format),
    ...ordered.map((item) => exerciseSection(item, input, choices, format)),
    choices.checkIns ? checkInSection(input, format) : null,
    choices.notes && input.session.mode === 'self-guided' ? groupCheckInNotesSection(input, format) : null,
    choices.actions ? actionsSection(input, choices, format) : null,
    choices.followUps ? followUpsSection(input, format) : null,
  ].filter((section) => section !== null);
  return { title: input.session.title, sections };
}
