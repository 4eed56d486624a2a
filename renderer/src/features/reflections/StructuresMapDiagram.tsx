import { structureReach, type Structure, type StructuresMap } from '../../../../domain/reflections/structures-map.ts';

function StructureCard({ map, structure }: { map: StructuresMap; structure: Structure }) {
  const { reaches, shared } = structureReach(map, structure);
  return (
    <li className={`structure-card${shared ? ' structure-card--shared' : ''}`}>
      <p className="structure-card__text">
        {structure.chosen && <span className="structure-card__chosen">★ Chosen root: </span>}
        <strong>{structure.text || 'Untitled'}</strong>
      </p>
      <p className="structure-card__reach">
        {reaches.length === 0
          ? 'Not yet linked to any group’s leaves'
          : shared
            ? `Shared: reaches ${reaches.length} groups (${reaches.map((reach) => reach.group.label).join(', ')})`
            : `Reaches ${reaches[0]!.group.label}`}
      </p>
      {reaches.length > 0 && (
        <ul className="structure-card__groups">
          {reaches.map(({ group, leaves, difference }) => (
            <li key={group.id}>
              <span className="structure-card__group">{group.label}:</span> {leaves.map((leaf) => leaf.text).join('; ') || '—'}
              {difference && <span className="structure-card__difference"> ✦ Lands differently: {difference}</span>}
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
  const institutions = map.structures.filter((structure) => structure.layer === 'institution');
  const roots = map.structures.filter((structure) => structure.layer === 'root');
  return (
    <figure className="structures-map" aria-label={`Shared structures map${map.theme ? `: ${map.theme}` : ''}`}>
      <p className="structures-map__theme">
        Theme: <strong>{map.theme || 'not named yet'}</strong>
      </p>
      <section className="structures-map__layer" aria-label="Leaves: how the issue lands on each group">
        <h4 className="structures-map__layer-title">Leaves: how it lands on each group</h4>
        {map.groups.length === 0 ? (
          <p className="structures-map__empty">No group has agreed to keep its leaves yet.</p>
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
        { title: 'Trunk: institutions that carry it out', structures: institutions },
        { title: 'Roots: laws, budgets, beliefs, histories', structures: roots },
      ].map(({ title, structures }) => (
        <section key={title} className="structures-map__layer" aria-label={title}>
          <h4 className="structures-map__layer-title">{title}</h4>
          {structures.length === 0 ? (
            <p className="structures-map__empty">None recorded.</p>
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
