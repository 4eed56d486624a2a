import type { TemplateSummary } from '../../../../domain/content/library-summaries.ts';
import { audienceLabel, durationLabel, groupSizeLabel, modeLabel } from '../../content/labels.ts';
import type { Fact } from '../../ui/FactList.tsx';

export function templateFacts(template: TemplateSummary): Fact[] {
  return [
    { term: 'Total time', value: durationLabel(template.durationMinutes) },
    { term: 'Group size', value: groupSizeLabel(template.groupSize) },
    { term: 'Audience', value: template.audience.map(audienceLabel).join(', ') },
    { term: 'Mode', value: modeLabel(template.mode) },
  ];
}
