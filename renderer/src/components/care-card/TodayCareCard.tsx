import { useState } from 'react';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { CareCard } from './CareCard.tsx';

/**
 * The care card's place on Today: asks the core whether a run of hard days calls for it, and
 * remembers a dismissal. A failure to ask shows nothing: the card is a kindness, not a feature
 * that may stand between the user and their page.
 */
export function TodayCareCard() {
  const card = useCoreQuery('careCard', undefined);
  const dismiss = useCoreMutation('dismissCareCard');
  const [dismissed, setDismissed] = useState(false);
  if (!card.data || dismissed) return null;
  return (
    <CareCard
      onDismiss={() => {
        setDismissed(true);
        dismiss.mutate(undefined);
      }}
    />
  );
}
