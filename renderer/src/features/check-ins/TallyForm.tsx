import { useState } from 'react';
import type { CountTable } from '../../../../domain/check-ins/tally.ts';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { checkIns } from '../../data/app-database.ts';
import { scaleValues } from './ScaleQuestion.tsx';

/** Counts from a show of cards or paper slips, entered by the facilitator: how many chose each value of each question. */
export function TallyForm({ roundId, instruments }: { roundId: string; instruments: CheckInInstrument[] }) {
  const [counts, setCounts] = useState<Record<string, CountTable>>({});
  const [added, setAdded] = useState<string | null>(null);

  const set = (instrumentId: string, itemId: string, value: number, count: number) => {
    setAdded(null);
    setCounts((current) => {
      const table = current[instrumentId] ?? {};
      return { ...current, [instrumentId]: { ...table, [itemId]: { ...table[itemId], [String(value)]: count } } };
    });
  };

  const submit = async () => {
    const anything = Object.values(counts).some((table) =>
      Object.values(table).some((row) => Object.values(row).some((count) => count > 0)),
    );
    if (!anything) {
      setAdded('Nothing to add yet: enter how many people chose each answer.');
      return;
    }
    try {
      for (const instrument of instruments) {
        const table = counts[instrument.id];
        if (table) await checkIns.addCounts(roundId, instrument, table);
      }
      setCounts({});
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
      {instruments.map((instrument) => {
        const values = scaleValues(instrument.scale);
        return (
          <table key={instrument.id} className="tally-form__table">
            <caption>{instrument.title}: how many people chose each answer</caption>
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
              {instrument.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.text}</th>
                  {values.map((value) => (
                    <td key={value}>
                      <input
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={1000}
                        step={1}
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
      <button type="submit" className="button">
        Add these counts
      </button>
      {added && <p role="status">{added}</p>}
    </form>
  );
}
