import { ExportForm } from './export/ExportForm.tsx';

/**
 * The Export section of Settings (Settings gives it its titled region): PDF, Markdown, JSON or an
 * encrypted backup copy of the journal.
 */
export function ExportSection() {
  return <ExportForm />;
}
