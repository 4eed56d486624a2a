import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  emptyStructuresMap,
  structuresMapSchema,
  withoutGroup,
  withoutLeaf,
  type Structure,
  type StructuresMap,
} from '../../../../domain/reflections/structures-map.ts';
import { NoteLockNotice } from '../../autosave/NoteLockNotice.tsx';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { AddLine } from './AddLine.tsx';
import { StructuresMapDiagram } from './StructuresMapDiagram.tsx';
import { useAutosavedReflection } from './useAutosavedReflection.ts';

const newId = () => crypto.randomUUID();

function StructureEditor({
  map,
  structure,
  onChange,
}: {
  map: StructuresMap;
  structure: Structure;
  onChange: (map: StructuresMap) => void;
}) {
  const { t } = useTranslation('reflections');
  const update = (changes: Partial<Structure>) =>
    onChange({
      ...map,
      structures: map.structures.map((candidate) => (candidate.id === structure.id ? { ...candidate, ...changes } : candidate)),
    });
  const reachedGroups = map.groups.filter((group) =>
    map.leaves.some((leaf) => leaf.groupId === group.id && structure.leafIds.includes(leaf.id)),
  );
  const isRoot = structure.layer === 'root';
  return (
    <li className="structure-editor">
      <div className="field">
        <label htmlFor={`structure-${structure.id}`}>{isRoot ? t('map.root') : t('map.institution')}</label>
        <input
          id={`structure-${structure.id}`}
          value={structure.text}
          maxLength={2000}
          onChange={(event) => update({ text: event.target.value })}
        />
      </div>
      <fieldset className="structure-editor__links">
        <legend>{t('map.tracedFrom')}</legend>
        {map.leaves.length === 0 && <p className="field__hint">{t('map.noLeaves')}</p>}
        {map.groups.map((group) =>
          map.leaves
            .filter((leaf) => leaf.groupId === group.id)
            .map((leaf) => (
              <label key={leaf.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={structure.leafIds.includes(leaf.id)}
                  onChange={(event) =>
                    update({
                      leafIds: event.target.checked ? [...structure.leafIds, leaf.id] : structure.leafIds.filter((id) => id !== leaf.id),
                    })
                  }
                />{' '}
                {t('map.leaf', { group: group.label, leaf: leaf.text })}
              </label>
            )),
        )}
      </fieldset>
      {reachedGroups.length > 1 &&
        reachedGroups.map((group) => {
          const note = structure.differences.find((difference) => difference.groupId === group.id)?.text ?? '';
          return (
            <div key={group.id} className="field">
              <label htmlFor={`difference-${structure.id}-${group.id}`}>{t('map.difference', { group: group.label })}</label>
              <input
                id={`difference-${structure.id}-${group.id}`}
                value={note}
                maxLength={2000}
                onChange={(event) =>
                  update({
                    differences: [
                      ...structure.differences.filter((difference) => difference.groupId !== group.id),
                      ...(event.target.value ? [{ groupId: group.id, text: event.target.value }] : []),
                    ],
                  })
                }
              />
            </div>
          );
        })}
      <div className="structure-editor__actions">
        {isRoot && (
          <label className="checkbox">
            <input type="checkbox" checked={structure.chosen} onChange={(event) => update({ chosen: event.target.checked })} />{' '}
            {t('map.chosen')}
          </label>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ ...map, structures: map.structures.filter((candidate) => candidate.id !== structure.id) })}
        >
          {isRoot ? t('map.removeRoot') : t('map.removeInstitution')}
        </button>
      </div>
    </li>
  );
}

interface StructuresMapEditorProps {
  item: { id: string; sessionId: string };
  stored: StructuresMap | undefined;
}

/** Builds the shared-structures map during the exercise; it saves as it changes. */
export function StructuresMapEditor({ item, stored }: StructuresMapEditorProps) {
  const { t } = useTranslation('reflections');
  const {
    value: map,
    setValue: setMap,
    state,
    readOnly,
    notice,
    focusProps,
  } = useAutosavedReflection({
    item,
    kind: 'structures-map',
    schema: structuresMapSchema,
    stored,
    empty: emptyStructuresMap,
  });
  const [layer, setLayer] = useState<Structure['layer']>('root');
  const themeId = useId();
  return (
    <section className="reflection-editor" aria-labelledby="structures-map-heading" {...focusProps}>
      <h3 id="structures-map-heading">{t('map.title')}</h3>
      <p className="field__hint">{t('map.hint')}</p>
      <NoteLockNotice notice={notice} id="structures-map-lock" />
      <SaveStatus state={state} id="structures-map-status" />
      {/* While another window edits the map, its controls are disabled here and the map below follows along. */}
      <fieldset className="note-lock-fieldset" disabled={readOnly} aria-describedby="structures-map-lock">
        <div className="field">
          <label htmlFor={themeId}>{t('map.theme')}</label>
          <input id={themeId} value={map.theme} maxLength={200} onChange={(event) => setMap({ ...map, theme: event.target.value })} />
        </div>

        <h4>{t('map.groups')}</h4>
        <ul className="reflection-editor__groups">
          {map.groups.map((group) => (
            <li key={group.id} className="reflection-editor__group">
              <div className="field">
                <label htmlFor={`group-${group.id}`}>{t('map.groupLabel')}</label>
                <input
                  id={`group-${group.id}`}
                  value={group.label}
                  maxLength={80}
                  onChange={(event) =>
                    event.target.value.trim() &&
                    setMap({ ...map, groups: map.groups.map((g) => (g.id === group.id ? { ...g, label: event.target.value } : g)) })
                  }
                />
              </div>
              <ul className="reflection-editor__entries">
                {map.leaves
                  .filter((leaf) => leaf.groupId === group.id)
                  .map((leaf) => (
                    <li key={leaf.id}>
                      {leaf.text}{' '}
                      <button type="button" className="button button--quiet" onClick={() => setMap(withoutLeaf(map, leaf.id))}>
                        <Trans
                          t={t}
                          i18nKey="map.removeLeaf"
                          values={{ leaf: leaf.text }}
                          components={[<span key="hidden" className="visually-hidden" />]}
                        />
                      </button>
                    </li>
                  ))}
              </ul>
              <AddLine
                label={t('map.newLeaf', { group: group.label })}
                onAdd={(text) => setMap({ ...map, leaves: [...map.leaves, { id: newId(), groupId: group.id, text }] })}
              />
              <button type="button" className="button button--quiet" onClick={() => setMap(withoutGroup(map, group.id))}>
                {t('map.removeGroup', { group: group.label })}
              </button>
            </li>
          ))}
        </ul>
        <AddGroupForm
          consentLabel={t('map.consent')}
          onAdd={(label) => setMap({ ...map, groups: [...map.groups, { id: newId(), label }] })}
        />

        <h4>{t('map.structures')}</h4>
        <ul className="reflection-editor__structures">
          {map.structures.map((structure) => (
            <StructureEditor key={structure.id} map={map} structure={structure} onChange={setMap} />
          ))}
        </ul>
        <AddLine
          label={t('map.newStructure')}
          onAdd={(text) =>
            setMap({ ...map, structures: [...map.structures, { id: newId(), layer, text, leafIds: [], differences: [], chosen: false }] })
          }
          after={
            <select aria-label={t('map.layer')} value={layer} onChange={(event) => setLayer(event.target.value as Structure['layer'])}>
              <option value="root">{t('map.layerRoot')}</option>
              <option value="institution">{t('map.layerInstitution')}</option>
            </select>
          }
        />
      </fieldset>

      <h4>{t('map.diagram')}</h4>
      <StructuresMapDiagram map={map} />
    </section>
  );
}
