import './ui.css';

/** A small working indicator with its words visible; render it only while the work runs. */
export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status">
      <span className="spinner-mark" aria-hidden="true" />
      {label}
    </span>
  );
}
