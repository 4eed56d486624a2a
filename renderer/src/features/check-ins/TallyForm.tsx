import { useState } from 'react';
import type { CountTable } from '../../../../domain/check-ins/tally.ts';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { checkIns } from '../../data/app-database.ts';
import { firstNumbers } from '../../../../domain/check-ins/answer-path.ts';

/** A box for a count from cards or slips: a whole number, with a numeric keypad on touch screens. */
const COUNT_INPUT = { type: 'number', inputMode: 'numeric', min: 0, max: 1000, step: 1 } as const;
import { scaleValues } from './ScaleQuestion.tsx';

/**
 * Counts from a show of cards or paper slips, entered by the facilitator: how
 * many chose each value of each question, and how many slips asked for a
 * change. Paper is part of the system: one slip per question, shuffled
 * before counting, so whoever tallies never holds one person's whole set.
 */
export function TallyForm({ roundId, instruments }: { roundId: string; instruments: CheckInInstrument[] }) {
  const [counts, setCounts] = useState<Record<string, CountTable>>({});
  const [changes, setChanges] = useState<number | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const numbers = firstNumbers(instruments);

  const set = (instrumentId: string, itemId: string, value: number, count: number) => {
    setAdded(null);
    setCounts((current) => {
      const table = current[instrumentId] ?? {};
      return { ...current, [instrumentId]: { ...table, [itemId]: { ...table[itemId], [String(value)]: count } } };
    });
  };

  const submit = async () => {
    const anyCount = Object.values(counts).some((table) =>
      Object.values(table).some((row) => Object.values(row).some((count) => count > 0)),
    );
    if (!anyCount && !changes) {
      setAdded('Nothing to add yet: enter how many slips chose each answer, or asked for a change.');
      return;
    }
    try {
      for (const instrument of instruments) {
        const table = counts[instrument.id];
        if (table) await checkIns.addCounts(roundId, instrument, table);
      }
      if (changes) await checkIns.addChangeRequests(roundId, changes);
      setCounts({});
      setChanges(null);
      setAdded('Counts added. Results stay hidden until you close the round.');
    } catch {
      // Reported; the counts stay in the form so nothing typed is lost.
    }
  };

  return (
    <form
      className="tally-form"
      aria-label="Counts from cards or slips"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>Before you count slips:</p>
      <ol className="tally-form__how">
        <li>Put everyone’s slips in one pile and shuffle it well, so nobody, you included, sees one person’s slips together.</li>
        <li>Sort the pile by question number (each slip answers one question), and set blank slips aside: they are passes.</li>
        <li>Count each question’s slips by answer, and the slips that say “change”.</li>
      </ol>
      {instruments.map((instrument, index) => {
        const values = scaleValues(instrument.scale);
        return (
          <table key={instrument.id} className="tally-form__table">
            <caption>{instrument.title}: how many slips chose each answer</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                {values.map((value) => (
                  <th key={value} scope="col">
                    {value}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {instrument.items.map((item, itemIndex) => (
                <tr key={item.id}>
                  <th scope="row">
                    <span className="tally-form__number">{(numbers[index] ?? 1) + itemIndex}.</span> {item.text}
                  </th>
                  {values.map((value) => (
                    <td key={value}>
                      <input
                        {...COUNT_INPUT}
                        aria-label={`${item.text}: how many chose ${value}`}
                        value={counts[instrument.id]?.[item.id]?.[String(value)] ?? ''}
                        onChange={(event) => {
                          const count = event.target.valueAsNumber;
                          set(instrument.id, item.id, value, Number.isInteger(count) && count >= 0 ? count : 0);
                        }}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <label className="tally-form__change">
        Slips that say “change” (slow down, or something needs to change):
        <input
          {...COUNT_INPUT}
          value={changes ?? ''}
          onChange={(event) => {
            setAdded(null);
            const count = event.target.valueAsNumber;
            setChanges(Number.isInteger(count) && count >= 0 ? count : null);
          }}
        />
      </label>
      <button type="submit" className="button">
        Add these counts
      </button>
      {added && <p role="status">{added}</p>}
    </form>
  );
}
