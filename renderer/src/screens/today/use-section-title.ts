import { useCoreQuery } from '../../data/core-query.ts';

/**
 * The title of a prompt's section, looked up in the packs when the page does not already know it
 * (a prompt chosen in the Guide, or restored from a draft). Null while unknown.
 */
export function useSectionTitle(packId: string | null, sectionId: string | null, known: string | null) {
  // The title is a nicety; if the packs cannot be read, the prompt itself is on the page already.
  const packs = useCoreQuery('listPacks', undefined, {
    enabled: !known && packId !== null && sectionId !== null,
  });
  if (known) return known;
  const section = packs.data
    ?.find((pack) => pack.id === packId)
    ?.sections.find((each) => each.id === sectionId);
  return section?.title ?? null;
}
