import './ui.css';

/**
 * A small working indicator with its words visible; render it only while the work runs. Inside a
 * live region of its own (`announced={false}`) it leaves the announcing to that region.
 */
export function Spinner({ label, announced = true }: { label: string; announced?: boolean }) {
  return (
    <span className="spinner" role={announced ? 'status' : undefined}>
      <span className="spinner-mark" aria-hidden="true" />
      {label}
    </span>
  );
}
