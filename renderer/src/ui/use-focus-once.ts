import { type RefObject, useEffect, useRef } from 'react';

/**
 * Focuses the element the first time it is on the page, when `wanted`: after unlocking, the
 * cursor waits in the editor. The user asked for that page, so the move is expected; later visits
 * leave focus where navigation puts it.
 */
export function useFocusOnce(ref: RefObject<HTMLElement | null>, wanted: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!wanted || done.current || !ref.current) return;
    done.current = true;
    ref.current.focus();
  });
}
