import { type ReactNode, useId } from 'react';
import type { PackWithProgress } from '../../../../shared/api.ts';
import type { Pack, Prompt, Section } from '../../../../shared/domain.ts';
import { mediumDayLabel } from '../../../../shared/day-labels.ts';
import { Button } from '../../ui/Button.tsx';
import { PageContents } from '../../ui/PageContents.tsx';
import { RenamePack } from './RenamePack.tsx';
import { StageBadge, StagePicker } from './StagePicker.tsx';

interface PackViewProps {
  pack: PackWithProgress;
  onWrite(section: Section, prompt: Prompt): void;
  onRemove(): void;
  /** The user renamed the pack or moved one of its sections to another stage. */
  onChanged?(pack: Pack): void;
}

function sectionAnchor(packId: string, sectionId: string): string {
  return `guide-${packId}-${sectionId}`;
}

/** One pack: its sections, each with its prompts, the answered ones marked. */
export function PackView({ pack, onWrite, onRemove, onChanged }: PackViewProps) {
  const answered = new Set(pack.answeredPromptIds);
  const total = pack.sections.reduce((sum, section) => sum + section.prompts.length, 0);
  const answeredCount = pack.sections.reduce(
    (sum, section) => sum + section.prompts.filter((prompt) => answered.has(prompt.id)).length,
    0,
  );
  return (
    <div className="pack-view">
      <header className="pack-view-header">
        <h2>{pack.title}</h2>
        <p className="muted">
          {pack.builtIn ? 'The guide that comes with Interlude. ' : ''}
          {!pack.builtIn && pack.importedAt
            ? `Imported on ${mediumDayLabel(pack.importedAt.slice(0, 10))}. `
            : ''}
          {answeredCount} of {total} prompts answered.
        </p>
        {pack.builtIn ? null : (
          <div className="pack-view-actions">
            <RenamePack pack={pack} onRenamed={onChanged} />
            <Button variant="danger" size="small" onClick={onRemove}>
              Remove this pack
            </Button>
          </div>
        )}
      </header>
      {pack.sections.length > 1 ? (
        <PageContents
          label={`Sections of ${pack.title}`}
          ordered
          items={pack.sections.map((section) => ({
            anchor: sectionAnchor(pack.id, section.id),
            title: section.title,
          }))}
        />
      ) : null}
      {pack.sections.map((section) => (
        <SectionView
          key={section.id}
          anchor={sectionAnchor(pack.id, section.id)}
          section={section}
          answered={answered}
          onWrite={(prompt) => onWrite(section, prompt)}
          stage={
            pack.builtIn ? (
              <StageBadge stage={section.stage} />
            ) : (
              <StagePicker
                packId={pack.id}
                sectionId={section.id}
                sectionTitle={section.title}
                stage={section.stage}
                onChanged={onChanged}
              />
            )
          }
        />
      ))}
    </div>
  );
}

interface SectionViewProps {
  anchor: string;
  section: Section;
  answered: ReadonlySet<string>;
  onWrite(prompt: Prompt): void;
  /** The section's stage: a label, or a picker for an imported pack. */
  stage: ReactNode;
}

function SectionView({ anchor, section, answered, onWrite, stage }: SectionViewProps) {
  const titleId = useId();
  return (
    <section className="guide-section" id={anchor} aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>{section.title}</h3>
      {stage}
      {section.summary ? <p className="guide-summary">{section.summary}</p> : null}
      <ul className="guide-prompts">
        {section.prompts.map((prompt) => (
          <PromptItem
            key={prompt.id}
            prompt={prompt}
            answered={answered.has(prompt.id)}
            onWrite={() => onWrite(prompt)}
          />
        ))}
      </ul>
    </section>
  );
}

function PromptItem({ prompt, answered, onWrite }: { prompt: Prompt; answered: boolean; onWrite(): void }) {
  const textId = useId();
  return (
    <li
      className={answered ? 'guide-prompt guide-prompt--answered' : 'guide-prompt'}
      data-testid="guide-prompt"
    >
      <div className="guide-prompt-text" id={textId}>
        {/* A question about the article's advice already names its title. */}
        {prompt.title && !prompt.quote ? <strong>{prompt.title}. </strong> : null}
        {prompt.text}
        {prompt.quote ? <blockquote className="guide-prompt-quote">{prompt.quote}</blockquote> : null}
      </div>
      <div className="guide-prompt-actions">
        {answered ? (
          <span className="guide-answered">
            <span aria-hidden="true">✓ </span>Answered
          </span>
        ) : null}
        <Button size="small" onClick={onWrite} aria-describedby={textId}>
          Write about this
        </Button>
      </div>
    </li>
  );
}
