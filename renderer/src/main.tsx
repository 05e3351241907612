import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { VaultStatus } from '../../shared/api.ts';

// Placeholder until the app's screens land: proves the renderer reaches the core.
function App() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  useEffect(() => {
    void window.interlude.vaultStatus().then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, []);
  if (!status) return <p>Opening…</p>;
  return <h1>{status.exists ? 'Unlock your journal' : 'Create your journal'}</h1>;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
