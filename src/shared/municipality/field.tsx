import { useEffect, useState } from 'react';
import { MunicipalityFallback } from './fallback';
import type { MunicipalityEntry, MunicipalityFieldText } from './search';

// The search list (Headless UI's Combobox) is its own chunk, fetched as soon as a page with the field loads:
// it would take the first load over its JavaScript budget. Until it arrives a plain field stands in.
// The pre-rendered HTML and the first render in the browser both show the plain field, so hydration matches.
// A deep link (a question, the result) does not fetch it early: it would compete with what that page needs.
const loadCombobox = () => import('./combobox').then((m) => m.MunicipalityCombobox);
if (typeof window !== 'undefined' && ['', '#', '#/'].includes(window.location.hash)) void loadCombobox();
type ComboboxComponent = Awaited<ReturnType<typeof loadCombobox>>;

/** The choice of municipality (start page and desk): a search list, with a plain field until it has loaded. */
export function MunicipalityField({
  municipalities,
  value,
  onChange,
  ...field
}: MunicipalityFieldText & {
  municipalities: readonly MunicipalityEntry[];
  value: string;
  onChange: (m: MunicipalityEntry | null) => void;
}) {
  const [typed, setTyped] = useState('');
  const [typedFocus, setTypedFocus] = useState(false);
  const [Combobox, setCombobox] = useState<ComboboxComponent | null>(null);
  useEffect(() => {
    let live = true;
    void loadCombobox().then((c) => live && setCombobox(() => c));
    return () => {
      live = false;
    };
  }, []);
  const entry = municipalities.find((m) => m.id === value) ?? null;
  return Combobox ? (
    <Combobox
      {...field}
      municipalities={municipalities}
      value={entry}
      onChange={onChange}
      initialQuery={typed}
      keepFocus={typedFocus}
    />
  ) : (
    <MunicipalityFallback {...field} query={typed} onQuery={setTyped} onFocus={() => setTypedFocus(true)} />
  );
}
