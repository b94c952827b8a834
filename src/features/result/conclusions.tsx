import type { Evaluation } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

type Outcome = Extract<Evaluation, { status: 'outcome' }>;

/** What the guide concludes from the answers, e.g. "Kørsel: Du har ikke ret til kørsel, fordi …". */
export function Conclusions({ conclusions }: { conclusions: Outcome['conclusions'] }) {
  const { text } = usePhrase();
  return (
    <>
      {conclusions.map((c) => (
        <section key={c.id} aria-labelledby={`conclusion-${c.id}`} className={`result-section conclusion-${c.verdict}`}>
          <h2 id={`conclusion-${c.id}`} className="h3">
            {text(c.title)}
          </h2>
          <p>{text(c.text)}</p>
        </section>
      ))}
    </>
  );
}
