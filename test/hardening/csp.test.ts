import { expect, waitUntil } from '@open-wc/testing';
import { cspExpectedText } from './csp-expected.ts';
import type { CspReport } from './csp-report.ts';
import { describeCorpus } from './reliability.ts';

type FrameWindow = Window & { cspReport?: CspReport; __xss?: unknown };

/** Text of `root` and of the shadow roots below it. Checks no `instanceof`, because the nodes belong to the frame's realm. */
function deepText(root: Node): string {
  const shadowRoot = (root as Partial<Element>).shadowRoot;
  let text = shadowRoot ? deepText(shadowRoot) : '';
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) text += deepText(child);
  }
  return text;
}

const tags = Object.keys(cspExpectedText);

describeCorpus(
  {
    name: 'hostile-page-csp',
    title: 'Host page with a strict Content-Security-Policy',
    size: () => tags.length + 1,
    unit: 'elements: `<crm-scope>` and the seven inside it',
    source: 'test/hardening/csp.html',
    checks:
      'the page allows no inline script or style and no eval, and enforces Trusted Types ' +
      "(`require-trusted-types-for 'script'`). Every element renders its data with markup " +
      'shown as text, the view switches through all its tabs, and the page reports no ' +
      'policy violation, error or executed payload.',
  },
  'strict Content-Security-Policy page',
  function () {
    // The frame loads every module again in its own realm.
    this.timeout(40000);

    let frame: HTMLIFrameElement;
    let report: CspReport;
    const frameWindow = () => frame.contentWindow as FrameWindow;

    before(async () => {
      // Not a fixture: open-wc removes fixtures after each test, and the tests share this frame.
      frame = document.createElement('iframe');
      frame.title = 'CSP page';
      frame.src = '/test/hardening/csp.html';
      document.body.append(frame);
      await waitUntil(() => frame.contentWindow?.cspReport?.ready, 'the CSP page did not finish', {
        timeout: 30000,
      });
      report = frameWindow().cspReport!;
    });

    after(() => frame.remove());

    for (const tag of tags) {
      it(`<${tag}> renders data as text`, () => {
        const element = frame.contentDocument!.querySelector(tag)!;

        expect(deepText(element)).to.include(cspExpectedText[tag]);
        expect(element.shadowRoot!.querySelector('img'), 'payload parsed as markup').to.equal(null);
      });
    }

    it('switches through every tab of the view', async () => {
      const view = frame.contentDocument!.querySelector('customer-view360')!;
      const tabs = [...view.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.length).to.be.greaterThan(1);

      for (const tab of tabs) {
        tab.click();
        const panel = () => view.shadowRoot!.getElementById(`panel-${tab.dataset.tab}`);
        await waitUntil(
          () => panel() && !panel()!.hidden && deepText(panel()!).trim() !== '',
          `${tab.textContent} did not show`,
        );
      }
      // Lets late renders of the last panel report violations.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    it('runs no payload and throws nothing', () => {
      expect(frameWindow().__xss).to.equal(undefined);
      expect(report.errors).to.deep.equal([]);
    });

    it('reaches no Trusted Types sink', () => {
      const sinks = report.violations.filter((line) =>
        line.startsWith('require-trusted-types-for'),
      );

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
  },
);
