import { messageOf } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';

interface LoadFailureProps {
  error: unknown;
  /** What did not load, for the title: "Your journal could not be read." */
  title?: string;
  onRetry(): void;
}

/** The app's one way to say a read failed: the core's plain words, and a way to try again. */
export function LoadFailure({ error, title, onRetry }: LoadFailureProps) {
  return (
    <Notice tone="error" title={title} actions={<Button onClick={onRetry}>Try again</Button>}>
      <p>{messageOf(error)}</p>
    </Notice>
  );
}
