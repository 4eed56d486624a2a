import { Trans, useTranslation } from 'react-i18next';
import { structureReach, type Structure, type StructuresMap } from '../../../../domain/reflections/structures-map.ts';

// Drawn on the session's record and on the printed summary: the words come
// from the nearest i18n provider (useTranslation, never translate()), so on the
// summary they are in the participants' language, not the facilitator's.

function StructureCard({ map, structure }: { map: StructuresMap; structure: Structure }) {
  const { t, i18n } = useTranslation('reflections');
  const { reaches, shared } = structureReach(map, structure);
  const name = structure.text || t('diagram.untitled');
  // "A, B" in English, "A y B" in Spanish: the language's own way of listing names.
  const groups = new Intl.ListFormat(i18n.language, { style: 'long', type: 'unit' }).format(reaches.map((reach) => reach.group.label));
  return (
    <li className={`structure-card${shared ? ' structure-card--shared' : ''}`}>
      <p className="structure-card__text">
        {structure.chosen ? (
          <Trans
            t={t}
            i18nKey="diagram.chosenRoot"
            values={{ name }}
            components={[<span key="mark" className="structure-card__chosen" />, <strong key="name" />]}
          />
        ) : (
          <strong>{name}</strong>
        )}
      </p>
      <p className="structure-card__reach">
        {reaches.length === 0
          ? t('diagram.notLinked')
          : shared
            ? t('diagram.shared', { count: reaches.length, groups })
            : t('diagram.reaches', { group: reaches[0]!.group.label })}
      </p>
      {reaches.length > 0 && (
        <ul className="structure-card__groups">
          {reaches.map(({ group, leaves, difference }) => (
            <li key={group.id}>
              <Trans
                t={t}
                i18nKey="diagram.groupLeaves"
                values={{ group: group.label, leaves: leaves.map((leaf) => leaf.text).join('; ') || '—' }}
                components={[<span key="group" className="structure-card__group" />]}
              />
              {difference && (
                <>
                  {' '}
                  <span className="structure-card__difference">{t('diagram.difference', { difference })}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The map as the group sees it: leaves by group at the top, the trunk of
 * institutions, and the roots below, each root saying which groups it
 * reaches and, group by group, how. Shared roots are named in words and
 * outlined in a heavier line, so the diagram reads in black and white.
 */
export function StructuresMapDiagram({ map }: { map: StructuresMap }) {
  const { t } = useTranslation('reflections');
  const institutions = map.structures.filter((structure) => structure.layer === 'institution');
  const roots = map.structures.filter((structure) => structure.layer === 'root');
  return (
    <figure className="structures-map" aria-label={map.theme ? t('diagram.labelWithTheme', { theme: map.theme }) : t('diagram.label')}>
      <p className="structures-map__theme">
        <Trans t={t} i18nKey="diagram.theme" values={{ theme: map.theme || t('diagram.noTheme') }} components={[<strong key="theme" />]} />
      </p>
      <section className="structures-map__layer" aria-label={t('diagram.leavesLabel')}>
        <h4 className="structures-map__layer-title">{t('diagram.leavesTitle')}</h4>
        {map.groups.length === 0 ? (
          <p className="structures-map__empty">{t('diagram.noGroups')}</p>
        ) : (
          <div className="structures-map__groups">
            {map.groups.map((group) => (
              <div key={group.id} className="structures-map__group">
                <h5>{group.label}</h5>
                <ul>
                  {map.leaves
                    .filter((leaf) => leaf.groupId === group.id)
                    .map((leaf) => (
                      <li key={leaf.id}>{leaf.text}</li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>
      {[
        { layer: 'institution', title: t('diagram.trunk'), structures: institutions },
        { layer: 'root', title: t('diagram.roots'), structures: roots },
      ].map(({ layer, title, structures }) => (
        <section key={layer} className="structures-map__layer" aria-label={title}>
          <h4 className="structures-map__layer-title">{title}</h4>
          {structures.length === 0 ? (
            <p className="structures-map__empty">{t('diagram.none')}</p>
          ) : (
            <ul className="structures-map__structures">
              {structures.map((structure) => (
                <StructureCard key={structure.id} map={map} structure={structure} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </figure>
  );
}
