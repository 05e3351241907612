import { useEffect, useState } from 'react';
import type { CareCard as CareCardState } from '../../../../shared/api.ts';
import { call } from '../../api-client.ts';
import { CareCard } from './CareCard.tsx';

/**
 * The care card's place on Today: asks the core whether a run of hard days calls for it, and
 * remembers a dismissal. A failure to ask shows nothing: the card is a kindness, not a feature
 * that may stand between the user and their page.
 */
export function TodayCareCard() {
  const [card, setCard] = useState<CareCardState | null>(null);

  useEffect(() => {
    let active = true;
    call('careCard').then(
      (answer) => active && setCard(answer),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);

  if (!card) return null;
  return (
    <CareCard
      onDismiss={() => {
        setCard(null);
        void call('dismissCareCard').catch(() => undefined);
      }}
    />
  );
}
