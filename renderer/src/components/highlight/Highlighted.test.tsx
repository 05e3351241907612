import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Highlighted } from './Highlighted.tsx';

it('shows markup typed into an entry as text, and marks the match', () => {
  const { container } = render(
    <p>
      <Highlighted text="<img src=x onerror=alert(1)> I miss her" ranges={[{ start: 31, end: 35 }]} />
    </p>,
  );
  expect(container.querySelector('img')).toBeNull();
  expect(container.textContent).toBe('<img src=x onerror=alert(1)> I miss her');
  expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['miss']);
});
