import type { Trend } from '../check-ins/session-results.ts';
import { structureReach, type StructuresMap } from '../reflections/structures-map.ts';
import type { Timelines } from '../reflections/timelines.ts';
import type { SummaryBlock, SummaryDocument } from './compose-summary.ts';
import { escapeInline, table } from './markdown-text.ts';
import { formatMeanIn } from '../check-ins/format-mean.ts';
import type { SummaryWords } from './summary-words.ts';

interface Words {
  words: SummaryWords;
  locale: string;
}

// The summary as one Markdown file, for export and the clipboard. Figures
// become text: a chart becomes its table of values, a map a nested list.

function trendText({ instrument, points }: Trend, { words, locale }: Words): string {
  const rows = points.map((point) => [
    point.purpose === 'check-out' ? words('checkOut') : words('roundNumber', { number: point.roundNumber }),
    point.mean === null ? words('trendNotShown') : formatMeanIn(point.mean, locale),
  ]);
  return `**${words('trendTitle', { instrument: escapeInline(instrument.title) })}**\n\n${table([words('trendRound'), words('trendAverage')], rows)}`;
}

function mapText(map: StructuresMap, { words }: Words): string {
  const lines = [
    `**${words('mapTheme')}** ${map.theme ? escapeInline(map.theme) : words('mapThemeUnnamed')}`,
    '',
    `**${words('mapLeaves')}**`,
    '',
  ];
  for (const group of map.groups) {
    const leaves = map.leaves.filter((leaf) => leaf.groupId === group.id).map((leaf) => escapeInline(leaf.text));
    lines.push(`- ${escapeInline(group.label)}: ${leaves.join('; ') || '—'}`);
  }
  for (const [layer, title] of [
    ['institution', words('mapTrunk')],
    ['root', words('mapRoots')],
  ] as const) {
    const structures = map.structures.filter((structure) => structure.layer === layer);
    if (structures.length === 0) continue;
    lines.push('', `**${title}**`, '');
    for (const structure of structures) {
      const { reaches, shared } = structureReach(map, structure);
      const label = `${structure.chosen ? words('mapChosen') : ''}${escapeInline(structure.text)}${shared ? words('mapShared', { count: reaches.length }) : ''}`;
      lines.push(`- ${label}`);
      for (const { group, leaves, difference } of reaches) {
        const landsDifferently = difference ? words('mapLandsDifferently', { difference: escapeInline(difference) }) : '';
        lines.push(
          `  - ${escapeInline(group.label)}: ${leaves.map((leaf) => escapeInline(leaf.text)).join('; ') || '—'}${landsDifferently}`,
        );
      }
    }
  }
  return lines.join('\n');
}

function timelinesText(timelines: Timelines, { words }: Words): string {
  return timelines.groups
    .map((group) => {
      const events = group.events.map(
        (event, index) => `${index + 1}. ${event.when ? `${escapeInline(event.when)}: ` : ''}${escapeInline(event.text)}`,
      );
      return `**${escapeInline(group.label)}**\n\n${events.join('\n') || words('timelinesNoEvents')}`;
    })
    .join('\n\n');
}

function blockText(block: SummaryBlock, words: Words): string {
  switch (block.kind) {
    case 'markdown':
      return block.markdown;
    case 'trend':
      return trendText(block.trend, words);
    case 'structures-map':
      return mapText(block.map, words);
    case 'timelines':
      return timelinesText(block.timelines, words);
  }
}

/** The summary as Markdown, its figures written out in `words` (the summary's language). */
export function summaryMarkdown(document: SummaryDocument, words: Words): string {
  return `${document.sections.map((section) => section.blocks.map((block) => blockText(block, words)).join('\n\n')).join('\n\n')}\n`;
}
