import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installMoodPalette } from './app/theme.ts';
import './styles/base.css';
import './styles/mood-palette.css';

installMoodPalette();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
