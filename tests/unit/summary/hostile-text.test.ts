import { summaryFormat } from '../../support/summary-words.ts';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { sessionResults, trends } from '../../../domain/check-ins/session-results.ts';
import { addAnswerSet, emptyTally } from '../../../domain/check-ins/tally.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { renderMarkdown } from '../../../domain/markdown/render-markdown.ts';
import { notStarted, runSteps } from '../../../domain/run/run-state.ts';
import type { AgendaItem, Session, SessionMode } from '../../../domain/sessions/session-model.ts';
import { closeTalliedRounds, type LegacyTally, type TalliedRound } from '../../../domain/check-ins/legacy-check-ins.ts';
import { composeSummary, type SummaryInput } from '../../../domain/summary/compose-summary.ts';
import { defaultSummaryChoices } from '../../../domain/summary/summary-choices.ts';
import { summaryMarkdown } from '../../../domain/summary/summary-markdown.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

// Whatever a user types, in any field that reaches the summary, the exported
// Markdown must not carry markup: not in this app's renderer, and not in
// another tool that renders raw HTML and follows any link.

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '[click me](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '&#60;img src=x onerror=alert(1)&#62;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<!-- hidden --><b onclick="alert(1)">bold</b>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<div\nonmouseover="alert(1)">two lines</div>',
  '```html\n<script>alert(1)</script>\n```',
  '    <iframe src="javascript:alert(1)"></iframe>',
  'Title\n===\n<details open ontoggle=alert(1)>',
  '> quote <style>body{display:none}</style>',
].join('\n\n');
const hostile = (field: string) => `${field}: ${HOSTILE}`;

const instrument: CheckInInstrument = {
  ...checkInFrontMatterSchema.parse(validCheckIn({ title: 'Check-in <img src=x onerror=alert(1)>' })),
  body: '',
};

function exercise(id: string, position: number): AgendaItem {
  return {
    id,
    sessionId: 's',
    position,
    kind: 'exercise',
    plannedMinutes: 20,
    exercise: {
      id,
      version: 1,
      // A snapshot is stored data: a restored backup could say anything here.
      title: hostile('exercise title'),
      durationMinutes: 20,
      audience: ['mixed'],
      captures: ['notes', 'structures-map', 'timelines', 'actions'],
      summarySharing: 'private',
      steps: [
        { title: hostile('step title'), minutes: 10, script: 'Welcome.' },
        { title: 'Decide', minutes: 10, script: 'Decide.' },
      ],
    },
  };
}

function input(mode: SessionMode): SummaryInput {
  const agenda: AgendaItem[] = [
    exercise('ex', 1),
    { id: 'brk', sessionId: 's', position: 2, kind: 'break', title: hostile('break title'), plannedMinutes: 10 },
    {
      id: 'chk',
      sessionId: 's',
      position: 3,
      kind: 'check-in',
      title: hostile('check-in title'),
      plannedMinutes: 10,
      instrumentIds: [instrument.id],
    },
    exercise('unrun', 4),
  ];
  const start = Date.UTC(2027, 2, 5, 18, 0);
  const session: Session = {
    id: 's',
    title: hostile('session title'),
    scheduledFor: null,
    availableMinutes: 60,
    mode,
    status: 'ended',
    templateId: null,
    createdAt: 1,
    updatedAt: 2,
    run: {
      ...notStarted(runSteps(agenda)),
      startedAt: start,
      endedAt: start + 60_000,
      records: [{ itemId: 'ex', stepIndex: 0, plannedMs: 600_000, startedAt: start, endedAt: start + 60_000 }],
    },
  };
  let tally = emptyTally();
  for (let person = 0; person < 5; person++) tally = addAnswerSet(tally, instrument, { heard: 1, worried: 5 });
  const round: TalliedRound = {
    id: 'r1',
    sessionId: 's',
    agendaItemId: 'chk',
    instrumentIds: [instrument.id],
    purpose: 'check-in',
    method: 'hand-around',
    turns: 5,
    sequence: 1,
    openedAt: 1,
    closedAt: 2,
  };
  const tallies: LegacyTally[] = [{ id: `r1_${instrument.id}`, sessionId: 's', roundId: 'r1', instrumentId: instrument.id, ...tally }];
  const closed = closeTalliedRounds([round, { ...round, id: 'r2', sequence: 2 }], tallies, () => instrument, 0);
  const results = sessionResults(closed.rounds, closed.results, () => instrument);
  const note = (agendaItemId: string, stepIndex: number) => ({
    id: `${agendaItemId}_${stepIndex}`,
    sessionId: 's',
    agendaItemId,
    stepIndex,
    text: hostile(`note ${agendaItemId} ${stepIndex}`),
    updatedAt: 1,
  });
  return {
    session,
    agenda,
    stepNotes: [note('ex', 0), note('ex', 1), note('chk', 0)],
    checkIns: results,
    trends: trends(results),
    reflections: [
      {
        id: 'ex_structures-map',
        sessionId: 's',
        agendaItemId: 'ex',
        kind: 'structures-map',
        updatedAt: 1,
        data: {
          theme: hostile('theme'),
          groups: [
            { id: 'a', label: hostile('group label a') },
            { id: 'b', label: hostile('group label b') },
          ],
          leaves: [
            { id: 'l1', groupId: 'a', text: hostile('leaf') },
            { id: 'l2', groupId: 'b', text: hostile('leaf') },
          ],
          structures: [
            {
              id: 'i',
              layer: 'institution',
              text: hostile('institution'),
              leafIds: ['l1'],
              differences: [],
              chosen: false,
            },
            {
              id: 'r',
              layer: 'root',
              text: hostile('root'),
              leafIds: ['l1', 'l2'],
              differences: [{ groupId: 'b', text: hostile('difference') }],
              chosen: true,
            },
          ],
        },
      },
      {
        id: 'ex_timelines',
        sessionId: 's',
        agendaItemId: 'ex',
        kind: 'timelines',
        updatedAt: 1,
        data: {
          groups: [{ id: 't', label: hostile('timeline label'), events: [{ id: 'e', when: hostile('when'), text: hostile('event') }] }],
        },
      },
    ],
    actions: [
      { id: 'a1', sessionId: 's', agendaItemId: null, text: hostile('action'), createdAt: 1 },
      { id: 'a2', sessionId: 's', agendaItemId: 'ex', text: hostile('action of an item'), createdAt: 2 },
    ],
  };
}

/** Everything in: every kind of record, follow-ups, and the private items too. */
function exported(mode: SessionMode): string {
  const choices = { ...defaultSummaryChoices(), followUps: true, includedPrivateItems: ['ex', 'unrun'] };
  const format = summaryFormat();
  return summaryMarkdown(composeSummary(input(mode), choices, format), format);
}

const ownRenderer = { name: 'the app’s own settings', render: renderMarkdown };
// Another tool: raw HTML on and every link followed, as a permissive renderer would.
const permissive = new MarkdownIt('commonmark', { html: true });
permissive.validateLink = () => true;
const gfmLike = new MarkdownIt({ html: true, linkify: true });
gfmLike.validateLink = () => true;
const renderers = [
  ownRenderer,
  { name: 'CommonMark with raw HTML on', render: (source: string) => permissive.render(source) },
  { name: 'tables, linkify and raw HTML on', render: (source: string) => gfmLike.render(source) },
];

/** The Markdown and tables a summary is made of: nothing else may come out. */
const STRUCTURE = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

function markupProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.includes('<!--')) problems.push('an HTML comment');
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*?)\/?>/g)) {
    if (!STRUCTURE.has(name!.toLowerCase())) problems.push(`element ${tag}`);
    if (/\bon\w+\s*=/i.test(attributes!)) problems.push(`event handler in ${tag}`);
    if (/javascript:/i.test(attributes!)) problems.push(`javascript: link in ${tag}`);
    if (attributes!.trim() !== '' && !/^\s*style="text-align:(left|right|center)"\s*$/.test(attributes!))
      problems.push(`attributes in ${tag}`);
  }
  return problems;
}

describe('hostile text typed into any field of a summary', () => {
  it.each(['facilitated', 'self-guided'] as const)('reaches the %s session’s export in every field', (mode) => {
    const markdown = exported(mode);
    for (const field of [
      'session title',
      'exercise title',
      'step title',
      'break title',
      'check-in title',
      'note ex 0',
      'note ex 1',
      'note chk 0',
      'theme',
      'group label a',
      'group label b',
      'leaf',
      'institution',
      'root',
      'difference',
      'timeline label',
      'when',
      'event',
      'action',
      'action of an item',
    ])
      expect(markdown, field).toContain(`${field}:`);
  });

  for (const mode of ['facilitated', 'self-guided'] as const) {
    it.each(renderers)(`renders as text, never markup, with $name (${mode})`, ({ render }) => {
      const html = render(exported(mode));
      expect(markupProblems(html)).toEqual([]);
      // The words are all still there, shown as typed.
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('[click me](javascript:alert(1))');
    });
  }

  it('keeps a note’s lines and paragraphs', () => {
    const html = renderMarkdown(exported('facilitated'));
    expect(html).toContain('<p>note ex 0: &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('<p>&lt;div<br>\nonmouseover=“alert(1)”&gt;two lines&lt;/div&gt;</p>');
  });
});
