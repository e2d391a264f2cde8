/**
 * The cross-site scripting corpus of the hardening tests. The payloads live in
 * test/hardening/corpora/xss.json and urls.json; the tests report their counts
 * to docs/reliability.md. Executing any payload sets `window.__xss`.
 */
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    /** Set by any payload that runs; other test files declare the same flag. */
    __xss?: boolean;
  }
}

/** One payload; `repeat` makes a long string of `payload` repeated that many times. */
export interface XssEntry {
  id: string;
  payload: string;
  repeat?: number;
}

/** A payload with its repetitions applied. */
export interface XssPayload {
  id: string;
  text: string;
}

let corpus: Promise<XssPayload[]> | undefined;
let urls: Promise<string[]> | undefined;

/** Loads the markup corpus once per test page. */
export function loadXssCorpus(): Promise<XssPayload[]> {
  corpus ??= fetch('/test/hardening/corpora/xss.json')
    .then((response) => response.json() as Promise<{ payloads: XssEntry[] }>)
    .then(({ payloads }) =>
      payloads.map((entry) => ({ id: entry.id, text: entry.payload.repeat(entry.repeat ?? 1) })),
    );
  return corpus;
}

/** Loads the URL corpus once per test page. */
export function loadUrlCorpus(): Promise<string[]> {
  urls ??= fetch('/test/hardening/corpora/urls.json')
    .then((response) => response.json() as Promise<{ urls: string[] }>)
    .then((body) => body.urls);
  return urls;
}

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every `href` in `root` and in the shadow roots below it. */
export function collectHrefs(root: ParentNode): string[] {
  const hrefs: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
    if (href !== null) hrefs.push(href);
    if (element.shadowRoot) hrefs.push(...collectHrefs(element.shadowRoot));
  }
  return hrefs;
}

/** Asserts that every link under `root` uses http, https, mailto or tel. */
export function expectSafeLinks(root: ParentNode): void {
  for (const href of collectHrefs(root)) {
    const scheme = new URL(href, 'https://base.invalid/').protocol;
    expect(allowedSchemes.has(scheme), `unsafe link ${JSON.stringify(href)}`).to.equal(true);
  }
}

/** Elements no payload may create inside a widget. */
export const activeElements =
  'script, img, svg, iframe, object, embed, math, video, audio, marquee, details, ' +
  'form, base, meta, link, style:not([data-lit]), template, input[autofocus]';

/** Text of `root` and of every shadow root below it, in document order. */
export function deepText(root: Node): string {
  let text = root instanceof Element && root.shadowRoot ? deepText(root.shadowRoot) : '';
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.localName === 'style' || element.localName === 'script') continue;
      if (element.shadowRoot) text += deepText(element.shadowRoot);
      text += deepText(element);
    }
  }
  return text;
}

/** Text and attribute values of `root`, so payloads shown in a title or value count as visible. */
export function deepTextAndValues(root: Node): string {
  let text = deepText(root);
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      for (const name of ['title', 'aria-label', 'value', 'label']) {
        const value = element.getAttribute(name);
        if (value) text += `\n${value}`;
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        text += `\n${element.value}`;
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root as ParentNode);
  return text;
}

/** Elements the widgets render themselves, by the tag of the shadow root's host. */
const ownElements: Record<string, string> = { 'score-gauge': 'svg', 'task-tab': 'form' };

/** Shadow DOM elements that only a payload could have created. */
export function injectedElements(root: ParentNode): Element[] {
  const host = root instanceof ShadowRoot ? root.host.localName : '';
  const own = ownElements[host];
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    const allowed = own !== undefined && element.matches(own);
    if (element.matches(activeElements) && !allowed) found.push(element);
    if (element.shadowRoot) found.push(...injectedElements(element.shadowRoot));
  }
  return found;
}
