import { expect, it } from 'vitest';
import { removeChartLeftovers } from './chart-leftovers.ts';

it('removes the text the charts measured from the document', () => {
  const span = document.createElement('span');
  span.id = 'recharts_measurement_span';
  span.textContent = 'Tuesday, 10 March';
  document.body.appendChild(span);
  removeChartLeftovers(document);
  expect(document.body.textContent).not.toContain('Tuesday, 10 March');
});
