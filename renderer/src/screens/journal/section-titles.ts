/** Section titles for entries, from the packs: entries store only a section id. */
import type { PackWithProgress } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';

export interface SectionOption {
  id: string;
  title: string;
}

export interface SectionCatalogue {
  titleOf(entry: Entry): string | null;
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
    titleOf(entry) {
      if (!entry.section) return null;
      if (entry.prompt) {
        const title = byPack.get(`${entry.prompt.packId}\u0000${entry.section}`);
        if (title) return title;
      }
      return byId.get(entry.section) ?? null;
    },
  };
}
