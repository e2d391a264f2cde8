import '../../src/crm-scope/define.ts';
import '../../src/customer-list/define.ts';
import '../../src/customer-view360/define.ts';
// customer-view360 renders its tabs' elements by tag name, so the page registers them.
import '../../src/invoice-tab/define.ts';
import '../../src/billing-tab/define.ts';
import '../../src/task-tab/define.ts';
import '../../src/history-timeline/define.ts';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';
import { defaultStructureFor } from '../../src/structure/default-structure-locales.ts';
import { demoLanguageOf, demoPageText, type DemoLanguage } from './page-text.ts';
import { formatRoute, parseRoute, type DemoRoute } from './route.ts';

// Delay of every provider call, so the elements' loading states stay visible.
const latencyMs = 150;

function requireElement<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`Demo page is missing ${selector}.`);
  return element;
}

const scope = requireElement<HTMLElementTagNameMap['crm-scope']>('crm-scope');
const list = requireElement<HTMLElementTagNameMap['customer-list']>('customer-list');
const view = requireElement<HTMLElementTagNameMap['customer-view360']>('customer-view360');
const placeholder = requireElement<HTMLElement>('#no-customer');
const status = requireElement<HTMLElement>('#data-status');
const languageSelect = requireElement<HTMLSelectElement>('#language');

const language: DemoLanguage = demoLanguageOf(location.search);
const text = demoPageText[language];

/** Writes the page's own text in `language`; the elements follow the structure's locale. */
function applyPageText(): void {
  document.documentElement.lang = language;
  document.title = text.title;
  requireElement('#intro').textContent = text.intro;
  requireElement('#language-label').textContent = text.languageLabel;
  status.textContent = text.loading;
  requireElement('.list-pane').setAttribute('aria-label', text.listLabel);
  requireElement('.view-pane').setAttribute('aria-label', text.viewLabel);
  placeholder.textContent = text.noCustomer;
  requireElement('#data-source').textContent = text.dataSource;
  requireElement('#data-detail').textContent = text.dataNote;
  requireElement('#currency-note').textContent = text.currencyNote;
  languageSelect.value = language;
}

// Back and Forward may restore the menu's last choice, from the form state or
// the back/forward cache, although the page shows the language of its URL.
window.addEventListener('pageshow', () => {
  languageSelect.value = language;
});

// A new language reloads the page with ?lang=, keeping the customer and tab in the hash.
languageSelect.addEventListener('change', () => {
  const search = new URLSearchParams(location.search);
  search.set('lang', languageSelect.value);
  location.search = search.toString();
});

let route: DemoRoute = parseRoute(location.hash);

/** Shows the customer and tab of `route` in the view, or the placeholder without a customer. */
function showRoute(): void {
  const hasCustomer = route.customerId !== undefined;
  view.hidden = !hasCustomer;
  placeholder.hidden = hasCustomer;
  view.customerId = route.customerId;
  list.selectedId = route.customerId;
  // Without a tab in the URL the view falls back to its first tab.
  view.activeTab = route.tab;
}

/** Writes `next` to the hash. A new customer adds a history entry; a tab switch replaces it. */
function navigate(next: DemoRoute, { replace }: { replace: boolean }): void {
  route = next;
  const hash = formatRoute(next) || location.pathname + location.search;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  showRoute();
}

list.addEventListener('customer-select', (event) => {
  const customerId = String(event.detail.id);
  if (customerId === route.customerId) return;
  navigate({ customerId, tab: route.tab }, { replace: false });
});

view.addEventListener('tab-change', (event) => {
  if (event.detail.tab === route.tab) return;
  navigate({ ...route, tab: event.detail.tab }, { replace: true });
});

// Back, forward and edits of the address bar.
window.addEventListener('popstate', () => {
  route = parseRoute(location.hash);
  showRoute();
});
window.addEventListener('hashchange', () => {
  route = parseRoute(location.hash);
  showRoute();
});

async function start(): Promise<void> {
  try {
    const structure = defaultStructureFor(language);
    // The backend checks promise dates against the same holidays as the task form.
    const provider = await createEmbeddedProvider({
      latencyMs,
      locale: language,
      holidays: structure.holidays,
    });
    scope.structure = structure;
    scope.provider = provider;
    status.hidden = true;
    scope.hidden = false;
    showRoute();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    status.setAttribute('role', 'alert');
    status.classList.add('failed');
    status.textContent = text.loadFailed(reason);
    console.error('Loading the embedded dataset failed.', error);
  }
}

applyPageText();
void start();
