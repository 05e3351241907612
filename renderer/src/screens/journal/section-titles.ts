/** Section titles for entries, from the packs: entries store only a section id. */
import type { PackWithProgress } from '../../../../shared/api.ts';

export interface SectionOption {
  id: string;
  title: string;
}

export interface SectionCatalogue {
  /** The title of a section id; the prompt's pack, when known, decides between packs that share an id. */
  titleOf(section: string | null, packId?: string): string | null;
  /** Each pack's sections, for the section filter; a section id appears once (its first pack wins). */
  groups: { packTitle: string; sections: SectionOption[] }[];
}

/** Builds the lookup from the packs, the built-in pack first. */
export function sectionCatalogue(packs: readonly PackWithProgress[]): SectionCatalogue {
  const ordered = [...packs].sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
  const byPack = new Map<string, string>();
  const byId = new Map<string, string>();
  const groups: SectionCatalogue['groups'] = [];
  for (const pack of ordered) {
    const sections: SectionOption[] = [];
    for (const section of pack.sections) {
      byPack.set(`${pack.id}\u0000${section.id}`, section.title);
      if (!byId.has(section.id)) {
        byId.set(section.id, section.title);
        sections.push({ id: section.id, title: section.title });
      }
    }
    if (sections.length) groups.push({ packTitle: pack.title, sections });
  }
  return {
    groups,
    titleOf(section, packId) {
      if (!section) return null;
      const inPack = packId === undefined ? undefined : byPack.get(`${packId}\u0000${section}`);
      return inPack ?? byId.get(section) ?? null;
    },
  };
}
