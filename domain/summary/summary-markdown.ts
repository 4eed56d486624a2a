import { formatMean } from '../check-ins/format-mean.ts';
import type { Trend } from '../check-ins/session-results.ts';
import { structureReach, type StructuresMap } from '../reflections/structures-map.ts';
import type { Timelines } from '../reflections/timelines.ts';
import type { SummaryBlock, SummaryDocument } from './compose-summary.ts';
import { escapeInline, table } from './markdown-text.ts';

// The summary as one Markdown file, for export and the clipboard. Figures
// become text: a chart becomes its table of values, a map a nested list.

function trendText({ instrument, points }: Trend): string {
  const rows = points.map((point) => [
    point.purpose === 'check-out' ? 'Closing check-out' : `Round ${point.roundNumber}`,
    point.mean === null ? 'not shown' : formatMean(point.mean),
  ]);
  return `**${escapeInline(instrument.title)}, average by round**\n\n${table(['Round', 'Average'], rows)}`;
}

function mapText(map: StructuresMap): string {
  const lines = [`**Theme:** ${escapeInline(map.theme || 'not named')}`, '', '**Leaves**', ''];
  for (const group of map.groups) {
    const leaves = map.leaves.filter((leaf) => leaf.groupId === group.id).map((leaf) => escapeInline(leaf.text));
    lines.push(`- ${escapeInline(group.label)}: ${leaves.join('; ') || '—'}`);
  }
  for (const [layer, title] of [
    ['institution', 'Trunk: institutions'],
    ['root', 'Roots'],
  ] as const) {
    const structures = map.structures.filter((structure) => structure.layer === layer);
    if (structures.length === 0) continue;
    lines.push('', `**${title}**`, '');
    for (const structure of structures) {
      const { reaches, shared } = structureReach(map, structure);
      const label = `${structure.chosen ? '★ chosen: ' : ''}${escapeInline(structure.text)}${shared ? ` (shared by ${reaches.length} groups)` : ''}`;
      lines.push(`- ${label}`);
      for (const { group, leaves, difference } of reaches) {
        const landsDifferently = difference ? `; lands differently: ${escapeInline(difference)}` : '';
        lines.push(
          `  - ${escapeInline(group.label)}: ${leaves.map((leaf) => escapeInline(leaf.text)).join('; ') || '—'}${landsDifferently}`,
        );
      }
    }
  }
  return lines.join('\n');
}

function timelinesText(timelines: Timelines): string {
  return timelines.groups
    .map((group) => {
      const events = group.events.map(
        (event, index) => `${index + 1}. ${event.when ? `${escapeInline(event.when)}: ` : ''}${escapeInline(event.text)}`,
      );
      return `**${escapeInline(group.label)}**\n\n${events.join('\n') || '(no events)'}`;
    })
    .join('\n\n');
}

function blockText(block: SummaryBlock): string {
  switch (block.kind) {
    case 'markdown':
      return block.markdown;
    case 'trend':
      return trendText(block.trend);
    case 'structures-map':
      return mapText(block.map);
    case 'timelines':
      return timelinesText(block.timelines);
  }
}

export function summaryMarkdown(document: SummaryDocument): string {
  return `${document.sections.map((section) => section.blocks.map(blockText).join('\n\n')).join('\n\n')}\n`;
}
