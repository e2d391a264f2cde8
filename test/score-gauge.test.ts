import { expect, fixture, html } from '@open-wc/testing';
import '../src/score-gauge/define.ts';
import type { ScoreGauge } from '../src/score-gauge/define.ts';

function meterOf(el: ScoreGauge): HTMLElement | null {
  return el.shadowRoot!.querySelector('[role="meter"]');
}

function fillColorOf(el: ScoreGauge): string {
  const fill = el.shadowRoot!.querySelector<SVGPathElement>('[part="fill"]');
  return fill ? getComputedStyle(fill).stroke : '';
}

function textOf(el: ScoreGauge): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<score-gauge>', () => {
  for (const [value, text] of [
    ['0', '0 de 1.000, Ruim'],
    ['500', '500 de 1.000, Regular'],
    ['1000', '1.000 de 1.000, Excelente'],
  ] as const) {
    it(`shows ${value} as a valid meter`, async () => {
      const el = await fixture<ScoreGauge>(
        html`<score-gauge locale="pt-BR" value=${value}></score-gauge>`,
      );

      const meter = meterOf(el)!;
      expect(meter).to.exist;
      expect(meter.getAttribute('aria-valuenow')).to.equal(value);
      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('1000');
      expect(meter.getAttribute('aria-valuetext')).to.equal(text);
      expect(meter.getAttribute('aria-label')).to.equal('Score');
      expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal(
        Number(value).toLocaleString('pt-BR'),
      );
      expect(textOf(el)).not.to.contain('NaN');
    });
  }

  it('draws no filled arc at 0', async () => {
    const el = await fixture<ScoreGauge>(html`<score-gauge value="0"></score-gauge>`);

    expect(el.shadowRoot!.querySelector('[part="fill"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="track"]')).to.exist;
  });

  for (const value of ['1001', '-1', 'abc', '', null, undefined]) {
    it(`shows the invalid state for ${JSON.stringify(value)}`, async () => {
      const el = await fixture<ScoreGauge>(
        html`<score-gauge locale="pt-BR" .value=${value}></score-gauge>`,
      );

      expect(meterOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-valuenow]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="fill"]')).to.equal(null);
      expect(textOf(el)).to.equal('Score inválido');
    });
  }

  it('shows the invalid state when the attribute is absent', async () => {
    const el = await fixture<ScoreGauge>(html`<score-gauge locale="en"></score-gauge>`);

    expect(meterOf(el)).to.equal(null);
    expect(textOf(el)).to.equal('Invalid score');
  });

  it('leaves the invalid state when a valid value arrives', async () => {
    const el = await fixture<ScoreGauge>(html`<score-gauge value="abc"></score-gauge>`);

    el.value = 742;
    await el.updateComplete;

    expect(meterOf(el)!.getAttribute('aria-valuenow')).to.equal('742');
  });

  it('changes colour at the band edges', async () => {
    const el = await fixture<ScoreGauge>(html`<score-gauge value="300"></score-gauge>`);
    const colors: string[] = [];

    for (const value of [300, 301, 600, 601, 800, 801]) {
      el.value = value;
      await el.updateComplete;
      colors.push(fillColorOf(el));
    }

    expect(colors[0]).to.equal('rgb(180, 35, 24)');
    expect(colors[1]).not.to.equal(colors[0]);
    expect(colors[2]).to.equal(colors[1]);
    expect(colors[3]).not.to.equal(colors[2]);
    expect(colors[4]).to.equal(colors[3]);
    expect(colors[5]).to.equal('rgb(26, 127, 55)');
  });

  it('uses custom bands and max', async () => {
    const bands = [
      { max: 50, label: 'Low', color: '#ff0000' },
      { max: 100, label: 'High', color: '#0000ff' },
    ];
    const el = await fixture<ScoreGauge>(
      html`<score-gauge locale="en" value="75" max="100" .bands=${bands}></score-gauge>`,
    );

    const meter = meterOf(el)!;
    expect(meter.getAttribute('aria-valuetext')).to.equal('75 of 100, High');
    expect(meter.getAttribute('aria-valuemax')).to.equal('100');
    expect(fillColorOf(el)).to.equal('rgb(0, 0, 255)');
    expect(el.shadowRoot!.querySelector('[part="band"]')!.textContent).to.equal('High');
  });

  it('omits the band from the value text for unlabelled bands', async () => {
    const el = await fixture<ScoreGauge>(
      html`<score-gauge
        locale="en"
        value="10"
        .bands=${[{ max: 1000, color: 'red' }]}
      ></score-gauge>`,
    );

    expect(meterOf(el)!.getAttribute('aria-valuetext')).to.equal('10 of 1,000');
    expect(el.shadowRoot!.querySelector('[part="band"]')).to.equal(null);
  });

  it('uses the label as the accessible name', async () => {
    const el = await fixture<ScoreGauge>(
      html`<score-gauge value="10" label="Score de crédito"></score-gauge>`,
    );

    expect(meterOf(el)!.getAttribute('aria-label')).to.equal('Score de crédito');
  });

  it('is accessible when valid', async () => {
    const el = await fixture<ScoreGauge>(
      html`<score-gauge locale="pt-BR" value="742"></score-gauge>`,
    );

    await expect(el).to.be.accessible();
  });

  it('is accessible when invalid', async () => {
    const el = await fixture<ScoreGauge>(
      html`<score-gauge locale="pt-BR" value="abc"></score-gauge>`,
    );

    await expect(el).to.be.accessible();
  });
});
