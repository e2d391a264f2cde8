/** Data that csp.html renders and csp.test.ts expects, shared without side effects. */

/** Markup that would set `window.__xss` if any element parsed it as HTML. */
export const cspPayload = '<img src=x onerror=window.__xss=1>';

/** Text each element of csp.html shows once it has rendered its data, by tag. */
export const cspExpectedText: Record<string, string> = {
  'customer-list': 'Bruno Lima',
  'customer-view360': `Ana ${cspPayload}`,
  'invoice-tab': `NF-1 ${cspPayload}`,
  'billing-tab': `NF-1 ${cspPayload}`,
  'task-tab': `Cobrança ${cspPayload}`,
  'history-timeline': `Ligação ${cspPayload}`,
  'score-gauge': '742',
};
