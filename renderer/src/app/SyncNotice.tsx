import { useState } from 'react';
import { useCoreQuery } from '../data/core-query.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';

/**
 * What sync did since the unlock ("Merged changes from another device: 3 entries."), or why a
 * copy from another device waits, above every screen until the user dismisses it.
 */
export function SyncNotice() {
  const notice = useCoreQuery('vaultStatus', undefined).data?.syncNotice ?? null;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!notice || notice === dismissed) return null;
  return (
    <div className="sync-notice">
      <Notice
        tone="info"
        actions={
          <Button size="small" variant="quiet" onClick={() => setDismissed(notice)}>
            Dismiss
          </Button>
        }
      >
        <p>{notice}</p>
      </Notice>
    </div>
  );
}
