import { useEffect, useState } from 'react';
import type { VaultStatus } from '../../../../shared/api.ts';
import { call } from '../../api-client.ts';

/** The app's version and where the journal file lives. */
export function AboutSection() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  useEffect(() => {
    let active = true;
    call('vaultStatus').then(
      (value) => {
        if (active) setStatus(value);
      },
      () => {
        // About is informational; if the core cannot answer, the section just stays short.
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return (
    <dl className="about-list">
      <dt>Version</dt>
      <dd>{status ? status.appVersion : '…'}</dd>
      <dt>Your journal file</dt>
      <dd>
        <code className="vault-path">{status ? status.path : '…'}</code>
      </dd>
      <dt>Privacy</dt>
      <dd>Everything stays on this computer, encrypted. Interlude never connects to the internet.</dd>
    </dl>
  );
}
