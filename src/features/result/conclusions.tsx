import type { Evaluation } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

type Outcome = Extract<Evaluation, { status: 'outcome' }>;

/** What the guide concludes from the answers, one line each: "Kørsel: Du har ikke ret til kørsel, fordi …". */
export function Conclusions({ conclusions }: { conclusions: Outcome['conclusions'] }) {
  const { text } = usePhrase();
  if (conclusions.length === 0) return null;
  return (
    <div className="result-section conclusions">
      {conclusions.map((c) => (
        <p key={c.id} className={`conclusion conclusion-${c.verdict}`}>
          <strong>{text(c.title)}:</strong> {text(c.text)}
        </p>
      ))}
    </div>
  );
}
