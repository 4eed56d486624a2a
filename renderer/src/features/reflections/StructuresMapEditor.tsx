import { useId, useState } from 'react';
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
  const update = (changes: Partial<Structure>) =>
    onChange({
      ...map,
      structures: map.structures.map((candidate) => (candidate.id === structure.id ? { ...candidate, ...changes } : candidate)),
    });
  const reachedGroups = map.groups.filter((group) =>
    map.leaves.some((leaf) => leaf.groupId === group.id && structure.leafIds.includes(leaf.id)),
  );
  const kind = structure.layer === 'root' ? 'Root' : 'Institution';
  return (
    <li className="structure-editor">
      <div className="field">
        <label htmlFor={`structure-${structure.id}`}>{kind}</label>
        <input
          id={`structure-${structure.id}`}
          value={structure.text}
          maxLength={2000}
          onChange={(event) => update({ text: event.target.value })}
        />
      </div>
      <fieldset className="structure-editor__links">
        <legend>Leaves it was traced from</legend>
        {map.leaves.length === 0 && <p className="field__hint">Add groups’ leaves first.</p>}
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
                {group.label}: {leaf.text}
              </label>
            )),
        )}
      </fieldset>
      {reachedGroups.length > 1 &&
        reachedGroups.map((group) => {
          const note = structure.differences.find((difference) => difference.groupId === group.id)?.text ?? '';
          return (
            <div key={group.id} className="field">
              <label htmlFor={`difference-${structure.id}-${group.id}`}>How it lands differently for {group.label} (optional)</label>
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
        {structure.layer === 'root' && (
          <label className="checkbox">
            <input type="checkbox" checked={structure.chosen} onChange={(event) => update({ chosen: event.target.checked })} /> The group
            chose this root to push on together
          </label>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ ...map, structures: map.structures.filter((candidate) => candidate.id !== structure.id) })}
        >
          Remove {kind.toLowerCase()}
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
      <h3 id="structures-map-heading">Shared structures map</h3>
      <p className="field__hint">
        Keep only what each group agreed to keep, under the label it chose. No names, no personal stories, nothing about anyone’s status.
      </p>
      <NoteLockNotice notice={notice} id="structures-map-lock" />
      <SaveStatus state={state} id="structures-map-status" />
      {/* While another window edits the map, its controls are disabled here and the map below follows along. */}
      <fieldset className="note-lock-fieldset" disabled={readOnly} aria-describedby="structures-map-lock">
        <div className="field">
          <label htmlFor={themeId}>Theme</label>
          <input id={themeId} value={map.theme} maxLength={200} onChange={(event) => setMap({ ...map, theme: event.target.value })} />
        </div>

        <h4>Groups and their leaves</h4>
        <ul className="reflection-editor__groups">
          {map.groups.map((group) => (
            <li key={group.id} className="reflection-editor__group">
              <div className="field">
                <label htmlFor={`group-${group.id}`}>Group label</label>
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
                        Remove leaf<span className="visually-hidden">: {leaf.text}</span>
                      </button>
                    </li>
                  ))}
              </ul>
              <AddLine
                label={`A leaf for ${group.label}: what the issue does to this group`}
                onAdd={(text) => setMap({ ...map, leaves: [...map.leaves, { id: newId(), groupId: group.id, text }] })}
              />
              <button type="button" className="button button--quiet" onClick={() => setMap(withoutGroup(map, group.id))}>
                Remove {group.label} and everything it added
              </button>
            </li>
          ))}
        </ul>
        <AddGroupForm
          consentTo="keep its leaves on this map, under this label"
          onAdd={(label) => setMap({ ...map, groups: [...map.groups, { id: newId(), label }] })}
        />

        <h4>Trunk and roots</h4>
        <ul className="reflection-editor__structures">
          {map.structures.map((structure) => (
            <StructureEditor key={structure.id} map={map} structure={structure} onChange={setMap} />
          ))}
        </ul>
        <AddLine
          label="A structure"
          onAdd={(text) =>
            setMap({ ...map, structures: [...map.structures, { id: newId(), layer, text, leafIds: [], differences: [], chosen: false }] })
          }
          after={
            <select aria-label="Where it goes" value={layer} onChange={(event) => setLayer(event.target.value as Structure['layer'])}>
              <option value="root">Root (law, budget, belief, history)</option>
              <option value="institution">Trunk (institution)</option>
            </select>
          }
        />
      </fieldset>

      <h4>The map</h4>
      <StructuresMapDiagram map={map} />
    </section>
  );
}
