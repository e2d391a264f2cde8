/** The demo's location in the URL hash: `#/customers/17?tab=invoices`. */
export interface DemoRoute {
  customerId?: string;
  tab?: string;
}

const routePattern = /^#\/customers\/([^/?#]+)(?:\?(.*))?$/;

/** Reads a hash such as `#/customers/17?tab=invoices`; anything else is the empty route. */
export function parseRoute(hash: string): DemoRoute {
  const match = routePattern.exec(hash);
  if (!match) return {};
  const customerId = decodeURIComponent(match[1]);
  const tab = new URLSearchParams(match[2] ?? '').get('tab') ?? undefined;
  return tab ? { customerId, tab } : { customerId };
}

/** Writes the hash for `route`; the empty route is an empty hash. */
export function formatRoute(route: DemoRoute): string {
  if (!route.customerId) return '';
  const path = `#/customers/${encodeURIComponent(route.customerId)}`;
  return route.tab ? `${path}?tab=${encodeURIComponent(route.tab)}` : path;
}
