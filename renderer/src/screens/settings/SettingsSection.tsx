import { type ReactNode, useId } from 'react';
import type { PageContentsItem } from '../../ui/PageContents.tsx';

/** A titled block of Settings, where the page's contents lead; the title names the region for assistive tech. */
export function SettingsSection({ part, children }: { part: PageContentsItem; children: ReactNode }) {
  const { title, anchor } = part;
  const id = useId();
  return (
    <section className="section settings-section" id={anchor} aria-labelledby={id} tabIndex={-1}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
