import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextRovingIndex } from '../../ui/roving-focus.ts';
import { EmotionChips } from './EmotionChips.tsx';

afterEach(cleanup);

describe('the emotion chips', () => {
  it('take one Tab stop, and the arrow keys move between them', () => {
    const onChange = vi.fn();
    render(<EmotionChips emotions={[]} onChange={onChange} />);
    const chips = screen.getAllByRole('button');
    expect(chips).toHaveLength(18);
    expect(chips.filter((chip) => chip.tabIndex === 0)).toEqual([chips[0]]);

    chips[0]!.focus();
    fireEvent.keyDown(chips[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(chips[1]);
    expect(chips.filter((chip) => chip.tabIndex === 0)).toEqual([chips[1]]);
    fireEvent.keyDown(chips[1]!, { key: 'End' });
    expect(document.activeElement).toBe(chips[17]);
    fireEvent.click(chips[17]!);
    expect(onChange).toHaveBeenCalledWith(['curious']);
  });

  it('start the Tab stop on the first chosen emotion', () => {
    render(<EmotionChips emotions={['calm']} onChange={() => undefined} />);
    expect(screen.getByRole('button', { name: 'calm' }).tabIndex).toBe(0);
  });

  it('wrap around at both ends', () => {
    expect(nextRovingIndex('ArrowLeft', 0, 18)).toBe(17);
    expect(nextRovingIndex('ArrowDown', 17, 18)).toBe(0);
    expect(nextRovingIndex('a', 3, 18)).toBeNull();
  });
});
