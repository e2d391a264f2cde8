import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element before React renders them, so React 19 finds their
// properties and sets `provider` and `structure` as properties, not attributes.
// An application imports 'crm-view360' here.
import '../../../src/index.ts';
import { App } from './App.tsx';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
