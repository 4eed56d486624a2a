export interface Fact {
  term: string;
  value: string;
}

/** Key facts as a description list: duration, group size, audience, ... */
export function FactList({ facts, compact = false }: { facts: readonly Fact[]; compact?: boolean }) {
  return (
    <dl className={compact ? 'facts facts--compact' : 'facts'}>
      {facts.map(({ term, value }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
