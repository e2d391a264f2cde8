import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleProperties } from '../../src/core/style-properties.ts';

describe('styleProperties', () => {
  it('sets properties without a style attribute string', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const setAttribute = host.ownerDocument.createElement('p').setAttribute;
    let styleAttributeWrites = 0;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') styleAttributeWrites += 1;
      return setAttribute.call(this, name, value);
    };
    try {
      render(html`<p style=${styleProperties({ '--_columns': '3', width: '10rem' })}></p>`, host);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    const paragraph = host.querySelector('p')!;

    expect(styleAttributeWrites).to.equal(0);
    expect(paragraph.style.getPropertyValue('--_columns')).to.equal('3');
    expect(paragraph.style.width).to.equal('10rem');
  });

  it('removes properties no longer given', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (properties: Record<string, string | undefined>) =>
      html`<p style=${styleProperties(properties)}></p>`;

    render(view({ '--_a': '1', '--_b': '2' }), host);
    render(view({ '--_a': '3', '--_b': undefined }), host);
    const paragraph = host.querySelector('p')!;

    expect(paragraph.style.getPropertyValue('--_a')).to.equal('3');
    expect(paragraph.style.getPropertyValue('--_b')).to.equal('');
  });
});
