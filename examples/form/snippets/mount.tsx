// The guide's form on a page of its own, so that the browser tests submit it as a reader would.
import '@navikt/ds-css';
import { createRoot } from 'react-dom/client';
import { ReferralForm } from './ReferralForm.js';

createRoot(document.getElementById('root') as HTMLElement).render(
  <main>
    <ReferralForm
      locale="nb"
      onSubmit={(input) => ((document.getElementById('submitted') as HTMLElement).textContent = JSON.stringify(input))}
    />
    <pre id="submitted" />
  </main>,
);
