/**
 * The demo app: a target-group form and a stay plan, in bokmål with an
 * English switch that keeps what was typed.
 */
import '@navikt/ds-css';
import { Button, Heading, HStack, Page, Provider, Tabs, VStack } from '@navikt/ds-react';
import { en, nb } from '@navikt/ds-react/locales';
import type { Locale } from 'arr-rules';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EligibilityForm } from './EligibilityForm.js';
import { type PlanRequest, StayPage } from './StayPage.js';
import { T } from './texts.js';

function App() {
  const [locale, setLocale] = useState<Locale>('nb');
  const [tab, setTab] = useState('eligibility');
  const [request, setRequest] = useState<PlanRequest>();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = T.title[locale];
  }, [locale]);
  const other: Locale = locale === 'nb' ? 'en' : 'nb';
  return (
    <Provider locale={locale === 'nb' ? nb : en}>
      <Page>
        <Page.Block as="main" width="md" gutters>
          <VStack gap="space-24" paddingBlock="space-32">
            <HStack justify="space-between" align="center" gap="space-16">
              <Heading level="1" size="large">
                {T.title[locale]}
              </Heading>
              <Button type="button" id="lang" variant="secondary" size="small" lang={other} onClick={() => setLocale(other)}>
                {T.switchTo[locale]}
              </Button>
            </HStack>
            <Tabs value={tab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="eligibility" id="tab-eligibility" label={T.tabEligibility[locale]} />
                <Tabs.Tab value="stay" id="tab-stay" label={T.tabStay[locale]} />
              </Tabs.List>
              {/* Both pages stay mounted (lazy off), so what was typed on one survives a visit to the other. */}
              <Tabs.Panel value="eligibility" lazy={false} className="panel">
                <EligibilityForm
                  locale={locale}
                  onPlan={(e) => {
                    setRequest({ employment: e });
                    setTab('stay');
                  }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="stay" lazy={false} className="panel">
                <StayPage locale={locale} request={request} />
              </Tabs.Panel>
            </Tabs>
          </VStack>
        </Page.Block>
      </Page>
    </Provider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
