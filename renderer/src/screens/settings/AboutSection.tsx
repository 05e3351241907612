import { useCoreQuery } from '../../data/core-query.ts';

/** The app's version and where the journal file lives. */
export function AboutSection() {
  // About is informational; if the core cannot answer, the section just stays short.
  const status = useCoreQuery('vaultStatus', undefined).data;
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
