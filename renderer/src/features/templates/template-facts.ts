import type { TemplateSummary } from '../../../../domain/content/library-summaries.ts';
import { translate } from '../../i18n/current.ts';
import { audienceLabel, durationLabel, groupSizeLabel, modeLabel } from '../../content/labels.ts';
import type { Fact } from '../../ui/FactList.tsx';

export function templateFacts(template: TemplateSummary): Fact[] {
  return [
    { term: translate('common:templateFacts.total'), value: durationLabel(template.durationMinutes) },
    { term: translate('common:templateFacts.groupSize'), value: groupSizeLabel(template.groupSize) },
    { term: translate('common:templateFacts.audience'), value: template.audience.map(audienceLabel).join(', ') },
    { term: translate('common:templateFacts.mode'), value: modeLabel(template.mode) },
  ];
}
