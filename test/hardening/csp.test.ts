import { expect, waitUntil } from '@open-wc/testing';
import type { CspReport } from './csp-report.ts';

type FrameWindow = Window & { cspReport?: CspReport; __xss?: unknown };

describe('strict Content-Security-Policy page', function () {
  // The frame loads every module again in its own realm.
  this.timeout(40000);

  let frame: HTMLIFrameElement;
  let report: CspReport;

  before(async () => {
    // Not a fixture: open-wc removes fixtures after each test, and the tests share this frame.
    frame = document.createElement('iframe');
    frame.title = 'CSP page';
    frame.src = '/test/hardening/csp.html';
    document.body.append(frame);
    const frameWindow = () => frame.contentWindow as FrameWindow | null;
    await waitUntil(() => frameWindow()?.cspReport?.ready, 'the CSP page did not finish', {
      timeout: 30000,
    });
    report = frameWindow()!.cspReport!;
  });

  after(() => frame.remove());

  it('renders data as text', () => {
    const view = frame.contentDocument!.querySelector('customer-view360')!;
    const list = frame.contentDocument!.querySelector('customer-list')!;

    expect(view.shadowRoot!.textContent).to.include('<img src=x onerror=window.__xss=1>');
    expect(list.shadowRoot!.textContent).to.include('Bruno Lima');
    expect((frame.contentWindow as FrameWindow).__xss).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
  });

  it('reaches no Trusted Types sink', () => {
    const sinks = report.violations.filter((line) => line.startsWith('require-trusted-types-for'));

    expect(sinks).to.deep.equal([]);
  });

  it('needs no inline style attributes', () => {
    const inline = report.violations.filter((line) => line.startsWith('style-src'));

    expect(inline).to.deep.equal([]);
  });

  it('violates no other directive', () => {
    const other = report.violations.filter(
      (line) => !line.startsWith('style-src') && !line.startsWith('require-trusted-types-for'),
    );

    expect(other).to.deep.equal([]);
  });

  it('enforces the policy in the frame', () => {
    // Proves the policy is active: a raw string into an HTML sink throws.
    expect(() => {
      frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<b>raw</b>');
    }).to.throw(/TrustedHTML/);
  });
});
