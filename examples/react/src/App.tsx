import { useCallback, useEffect, useState } from 'react';
import { defaultStructure, type CrmEventDetails } from '../../../src/index.ts';
import {
  createEmbeddedProvider,
  type EmbeddedProvider,
} from '../../../src/data/embedded-provider.ts';
import { CustomerView360 } from './wrappers.ts';

type CustomerSelectEvent = CustomEvent<CrmEventDetails['customer-select']>;
type TabChangeEvent = CustomEvent<CrmEventDetails['tab-change']>;

/** Loads the embedded provider once. `error` is the message when clients.csv failed to load. */
function useEmbeddedProvider(): { provider?: EmbeddedProvider; error?: string } {
  const [state, setState] = useState<{ provider?: EmbeddedProvider; error?: string }>({});
  useEffect(() => {
    let current = true;
    createEmbeddedProvider().then(
      (provider) => current && setState({ provider }),
      (error: unknown) => current && setState({ error: String(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

export function App() {
  const { provider, error } = useEmbeddedProvider();
  const [customer, setCustomer] = useState<{ id: string; name: string }>();
  const [tab, setTab] = useState<string>();

  const onCustomerSelect = useCallback((event: CustomerSelectEvent) => {
    const { id, customer: record } = event.detail;
    setCustomer({ id: String(id), name: record.name });
  }, []);

  const onTabChange = useCallback((event: TabChangeEvent) => setTab(event.detail.tab), []);

  let status = 'Carregando os clientes…';
  if (error) status = `Os clientes não carregaram: ${error}`;
  else if (tab) status = `Aba: ${tab}`;
  else if (customer) status = `Cliente selecionado: ${customer.name}`;
  else if (provider) status = 'Selecione um cliente na lista.';

  return (
    <>
      <header>
        <h1>crm-view360 in React 19</h1>
        <p id="status" role="status">
          {status}
        </p>
      </header>
      {/* React 19 sets these as properties, and `oncustomer-select` adds a listener for the event. */}
      <crm-scope provider={provider} structure={defaultStructure}>
        <main>
          <customer-list selectedId={customer?.id} oncustomer-select={onCustomerSelect} />
          {/* The @lit/react wrapper, as a React 18 application would use it. */}
          <CustomerView360 customerId={customer?.id} onTabChange={onTabChange} />
        </main>
      </crm-scope>
    </>
  );
}
