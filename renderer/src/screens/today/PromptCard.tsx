import type { PromptOfDay } from '../../../../shared/api.ts';
import { Button } from '../../ui/Button.tsx';
import type { EntryForm } from './entry-form.ts';
import { useSectionTitle } from './use-section-title.ts';

export interface PromptCardProps {
  form: EntryForm;
  promptOfDay: PromptOfDay | null;
  /** The page answers the prompt of the day (so its section title is known). */
  promptIsOfTheDay: boolean;
  /** Editing an entry: the prompt it answered is shown, not changed. */
  readOnly: boolean;
  onAnotherPrompt(): void;
  onWithoutPrompt(): void;
  onUsePromptOfDay(): void;
}

/** The prompt being answered, with its section, and the ways to change it. */
export function PromptCard({
  form,
  promptOfDay,
  promptIsOfTheDay,
  readOnly,
  onAnotherPrompt,
  onWithoutPrompt,
  onUsePromptOfDay,
}: PromptCardProps) {
  const sectionTitle = useSectionTitle(
    form.prompt?.packId ?? null,
    form.section,
    promptIsOfTheDay && promptOfDay ? promptOfDay.section.title : null,
  );

  if (!form.prompt) {
    if (readOnly) return null;
    return (
      <section className="accent-card prompt-card prompt-card--free" aria-label="Prompt">
        <p className="muted">Writing freely, without a prompt.</p>
        {promptOfDay ? (
          <Button size="small" onClick={onUsePromptOfDay}>
            Use today’s prompt
          </Button>
        ) : null}
      </section>
    );
  }

  return (
    <section className="accent-card prompt-card" aria-label="Prompt">
      <p className="prompt-section">{sectionTitle ?? (readOnly ? 'The prompt' : 'Your prompt')}</p>
      <p className="prompt-text" aria-live="polite">
        {form.prompt.text}
      </p>
      {/* An imported prompt that asks about the article's advice quotes the article beneath. */}
      {promptIsOfTheDay && promptOfDay?.prompt.quote ? (
        <blockquote className="prompt-quote">{promptOfDay.prompt.quote}</blockquote>
      ) : null}
      {readOnly ? null : (
        <div className="row">
          {promptOfDay && promptOfDay.candidates > 1 ? (
            <Button size="small" onClick={onAnotherPrompt}>
              Another prompt
            </Button>
          ) : null}
          <Button variant="quiet" size="small" onClick={onWithoutPrompt}>
            Write without a prompt
          </Button>
        </div>
      )}
    </section>
  );
}
