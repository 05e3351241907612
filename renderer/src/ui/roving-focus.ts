/**
 * Roving focus for a group of controls that takes one Tab stop: the arrow keys move between them,
 * Home and End jump to the ends. Pure, so the key map is tested without a DOM.
 */

/** The index focus moves to for `key`, or null when the key is not one the group handles. */
export function nextRovingIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
