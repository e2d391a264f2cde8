import { expect } from '@open-wc/testing';
import {
  arcPath,
  bandFor,
  defaultBands,
  parseScore,
  type ScoreBand,
} from '../../src/score-gauge/score-bands.ts';

const geometry = { centerX: 60, centerY: 60, radius: 50 };

describe('parseScore', () => {
  it('accepts 0, the max and values between', () => {
    expect(parseScore(0, 1000)).to.equal(0);
    expect(parseScore(1000, 1000)).to.equal(1000);
    expect(parseScore('742', 1000)).to.equal(742);
    expect(parseScore(' 12.5 ', 1000)).to.equal(12.5);
  });

  it('rejects missing, non-numeric and out-of-range values', () => {
    for (const value of [
      undefined,
      null,
      '',
      'abc',
      '1e3',
      '12abc',
      NaN,
      Infinity,
      -1,
      '-1',
      1001,
      '1001',
      {},
    ]) {
      expect(parseScore(value, 1000), String(value)).to.equal(null);
    }
  });

  it('rejects every value when max is not positive', () => {
    expect(parseScore(0, 0)).to.equal(null);
    expect(parseScore(5, NaN)).to.equal(null);
    expect(parseScore(5, -10)).to.equal(null);
  });
});

describe('bandFor', () => {
  const bands = defaultBands('pt-BR');

  it('changes band right after each edge', () => {
    expect(bandFor(0, bands)?.label).to.equal('Ruim');
    expect(bandFor(300, bands)?.label).to.equal('Ruim');
    expect(bandFor(301, bands)?.label).to.equal('Regular');
    expect(bandFor(600, bands)?.label).to.equal('Regular');
    expect(bandFor(601, bands)?.label).to.equal('Bom');
    expect(bandFor(800, bands)?.label).to.equal('Bom');
    expect(bandFor(801, bands)?.label).to.equal('Excelente');
    expect(bandFor(1000, bands)?.label).to.equal('Excelente');
  });

  it('uses the last band above every edge', () => {
    const custom: ScoreBand[] = [
      { max: 10, color: 'red' },
      { max: 20, color: 'green' },
    ];

    expect(bandFor(50, custom)?.color).to.equal('green');
  });

  it('returns undefined for no bands', () => {
    expect(bandFor(5, [])).to.equal(undefined);
  });
});

describe('defaultBands', () => {
  it('labels bands in English for other locales', () => {
    expect(defaultBands('en-US').map((band) => band.label)).to.deep.equal([
      'Poor',
      'Fair',
      'Good',
      'Excellent',
    ]);
  });

  it('scales the edges to max', () => {
    expect(defaultBands('en', 100).map((band) => band.max)).to.deep.equal([30, 60, 80, 100]);
  });

  it('gives each band its own colour', () => {
    const colors = new Set(defaultBands('en').map((band) => band.color));

    expect(colors.size).to.equal(4);
  });
});

describe('arcPath', () => {
  it('draws nothing for 0', () => {
    expect(arcPath(0, geometry)).to.equal('');
    expect(arcPath(-0.5, geometry)).to.equal('');
  });

  it('ends at the top for half', () => {
    expect(arcPath(0.5, geometry)).to.equal('M 10 60 A 50 50 0 0 1 60 10');
  });

  it('ends at the right end for 1 and above', () => {
    expect(arcPath(1, geometry)).to.equal('M 10 60 A 50 50 0 0 1 110 60');
    expect(arcPath(2, geometry)).to.equal('M 10 60 A 50 50 0 0 1 110 60');
  });

  it('ends a quarter of the way round for 0.25', () => {
    const end = arcPath(0.25, geometry).split(' ').slice(-2).map(Number);

    expect(end[0]).to.be.closeTo(60 - 50 * Math.SQRT1_2, 0.001);
    expect(end[1]).to.be.closeTo(60 - 50 * Math.SQRT1_2, 0.001);
  });
});
