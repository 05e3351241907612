import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1. With `focusOnMount` it takes focus when it appears, so a screen reader announces
 * the new page or step (and Tab continues from there) instead of leaving focus on a vanished button.
 */
export function PageHeading({
  children,
  focusOnMount = false,
}: {
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
