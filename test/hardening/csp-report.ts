/**
 * First script of csp.html, with no imports so that it runs even when the
 * elements fail to load: records policy violations and errors in
 * `window.cspReport` for the test that loads the page in a frame.
 */
export interface CspReport {
  violations: string[];
  errors: string[];
  ready: boolean;
}

declare global {
  interface Window {
    cspReport?: CspReport;
  }
}

const report: CspReport = { violations: [], errors: [], ready: false };
window.cspReport = report;
document.addEventListener('securitypolicyviolation', (event) => {
  report.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => report.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => {
  report.errors.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`);
});
