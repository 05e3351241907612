/**
 * The Export section of Settings. A slot: the export engineer replaces this component (same file,
 * same export name) with the export dialog. Settings renders it inside its own titled section.
 */
export function ExportSection() {
  return (
    <p className="muted">
      Exporting your journal (PDF, Markdown, JSON, or an encrypted backup copy) is coming in the next update.
    </p>
  );
}
