import './ui.css';

/**
 * Links to the parts of a long page (a guide's sections, Settings). Each is a button rather than
 * a #fragment link, which would change the address; it moves the view and the keyboard focus to
 * the part, so Tab carries on from there. Each part needs `id={anchor}` and `tabIndex={-1}`.
 */
export interface PageContentsItem {
  anchor: string;
  title: string;
}

export function PageContents({
  label,
  items,
  ordered = false,
}: {
  label: string;
  items: readonly PageContentsItem[];
  /** Numbered, for parts meant to be read in order. */
  ordered?: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <nav aria-label={label} className={`page-contents${ordered ? '' : ' page-contents--plain'}`}>
      <List>
        {items.map((item) => (
          <li key={item.anchor}>
            <button type="button" className="page-contents-link" onClick={() => showPart(item.anchor)}>
              {item.title}
            </button>
          </li>
        ))}
      </List>
    </nav>
  );
}

function showPart(anchor: string) {
  const target = document.getElementById(anchor);
  target?.scrollIntoView?.({ block: 'start' });
  target?.focus({ preventScroll: true });
}
