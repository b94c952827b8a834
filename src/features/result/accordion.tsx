import { useId, useState, type ReactNode } from 'react';

/**
 * One DKFDS accordion item: a heading with a button that shows or hides the content.
 * Closed content is not rendered visibly (nor printed); opened content prints opened.
 * `printAlways` prints the content even when it is closed (e.g. the complaint route).
 */
export function AccordionItem({
  title,
  children,
  printAlways = false,
  id,
}: {
  title: ReactNode;
  children: ReactNode;
  printAlways?: boolean;
  id?: string;
}) {
  const [open, setOpen] = useState(false);
  const generated = useId();
  const contentId = id ?? `accordion-${generated.replace(/:/g, '')}`;
  return (
    <li className={printAlways ? 'accordion-print-always' : undefined}>
      <h3>
        <button
          type="button"
          className="accordion-button"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="accordion-title">{title}</span>
        </button>
      </h3>
      <div id={contentId} className="accordion-content" aria-hidden={!open}>
        {children}
      </div>
    </li>
  );
}

/** A list of accordion items (DKFDS `ul.accordion`). */
export function Accordion({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="accordion" aria-label={label}>
      {children}
    </ul>
  );
}
