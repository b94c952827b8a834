import { useTranslation } from '@/i18n';
import { formatLongDate, parameterInForce, type IsoDate, type MunicipalityBundle } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';
import { AccordionItem } from './accordion';

/** Dated amounts (e.g. transport thresholds) as they apply today, or the latest known with a warning; one accordion item each. */
export function Parameters({ bundle, ids, today }: { bundle: MunicipalityBundle; ids: string[]; today: IsoDate }) {
  const { t } = useTranslation();
  const { text, locale } = usePhrase();
  return (
    <>
      {ids.map((id) => {
        const parameter = bundle.parameters[id];
        const found = parameter && parameterInForce(parameter, today);
        if (!parameter || !found) return null;
        const { period, current } = found;
        return (
          <AccordionItem key={id} id={`parameter-${id}`} title={text(parameter.label)}>
            {!current && <p>{text(parameter.afterLastPeriod)}</p>}
            <p>
              {t('parameters.period', {
                from: formatLongDate(period.from, locale),
                to: formatLongDate(period.to, locale),
              })}
            </p>
            <ul>
              {period.values.map((v) => (
                <li key={v.label.da}>
                  {text(v.label)}: {v.amount.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB')} {text(v.unit)}
                </li>
              ))}
            </ul>
          </AccordionItem>
        );
      })}
    </>
  );
}
