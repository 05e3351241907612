import { useEffect, useState } from 'react';
import { call } from '../../api-client.ts';

/**
 * The title of a prompt's section, looked up in the packs when the page does not already know it
 * (a prompt chosen in the Guide, or restored from a draft). Null while unknown.
 */
export function useSectionTitle(packId: string | null, sectionId: string | null, known: string | null) {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    setTitle(null);
    if (known || !packId || !sectionId) return;
    let active = true;
    call('listPacks').then(
      (packs) => {
        const section = packs
          .find((pack) => pack.id === packId)
          ?.sections.find((each) => each.id === sectionId);
        if (active && section) setTitle(section.title);
      },
      () => {
        // The title is a nicety; the prompt itself is on the page already.
      },
    );
    return () => {
      active = false;
    };
  }, [packId, sectionId, known]);
  return known ?? title;
}
