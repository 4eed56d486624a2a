import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('checkIns');
  const [counts, setCounts] = useState<Record<string, CountTable>>({});
  const [changes, setChanges] = useState<number | null>(null);
  // What the last press of "Add" did, said under the button.
  const [added, setAdded] = useState<'nothing' | 'added' | null>(null);
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
      setAdded('nothing');
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
      setAdded('added');
    } catch {
      // Reported; the counts stay in the form so nothing typed is lost.
    }
  };

  return (
    <form
      className="tally-form"
      aria-label={t('tally.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>{t('tally.before')}</p>
      <ol className="tally-form__how">
        <li>{t('tally.shuffle')}</li>
        <li>{t('tally.sort')}</li>
        <li>{t('tally.count')}</li>
      </ol>
      {instruments.map((instrument, index) => {
        const values = scaleValues(instrument.scale);
        return (
          <table key={instrument.id} className="tally-form__table">
            <caption>{t('tally.caption', { title: instrument.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tally.question')}</th>
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
                        aria-label={t('tally.cell', { item: item.text, value })}
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
        {t('tally.change')}
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
        {t('tally.add')}
      </button>
      {added && <p role="status">{t(`tally.${added}`)}</p>}
    </form>
  );
}
