/**
 * Recharts measures label text in a hidden span it appends to <body> and never removes. Its last
 * text (a day, a mood, a tag) would outlive the lock, so the app removes it when the journal locks.
 */
const RECHARTS_MEASUREMENT_SPAN_ID = 'recharts_measurement_span';

/** Removes what the charts left in the document outside React's tree. */
export function removeChartLeftovers(document: Document): void {
  document.getElementById(RECHARTS_MEASUREMENT_SPAN_ID)?.remove();
}
