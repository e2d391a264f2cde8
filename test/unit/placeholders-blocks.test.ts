import { expect } from '@open-wc/testing';
import { toBlocks, type Block } from '../../src/templates/blocks.ts';
import { fillTemplate } from '../../src/templates/placeholders.ts';

function blocks(template: string, values: Record<string, string> = {}): Block[] {
  return toBlocks(fillTemplate(template, (name) => values[name]));
}

describe('toBlocks', () => {
  it('splits paragraphs on blank lines', () => {
    expect(blocks('um\ndois\n\n  \ntrês')).to.deep.equal([
      {
        kind: 'paragraph',
        lines: [[{ kind: 'text', text: 'um', bold: false }], [{ kind: 'text', text: 'dois', bold: false }]],
      },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'três', bold: false }]] },
    ]);
  });

  it('turns "- " lines into a list', () => {
    expect(blocks('Itens:\n- a\n- b\nfim')).to.deep.equal([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Itens:', bold: false }]] },
      {
        kind: 'list',
        items: [[{ kind: 'text', text: 'a', bold: false }], [{ kind: 'text', text: 'b', bold: false }]],
      },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'fim', bold: false }]] },
    ]);
  });

  it('bolds text and values between markers', () => {
    expect(blocks('Olá **{{n}}**!', { n: 'Ana' })).to.deep.equal([
      {
        kind: 'paragraph',
        lines: [
          [
            { kind: 'text', text: 'Olá ', bold: false },
            { kind: 'value', text: 'Ana', name: 'n', bold: true },
            { kind: 'text', text: '!', bold: false },
          ],
        ],
      },
    ]);
  });

  it('keeps an unpaired marker as text', () => {
    expect(blocks('a **b** c ** d')).to.deep.equal([
      {
        kind: 'paragraph',
        lines: [
          [
            { kind: 'text', text: 'a ', bold: false },
            { kind: 'text', text: 'b', bold: true },
            { kind: 'text', text: ' c ** d', bold: false },
          ],
        ],
      },
    ]);
  });

  it('never formats markers inside values', () => {
    const [block] = blocks('{{v}}', { v: '**x**\n\n- y' });

    expect(block).to.deep.equal({
      kind: 'paragraph',
      lines: [[{ kind: 'value', text: '**x**\n\n- y', name: 'v', bold: false }]],
    });
  });

  it('starts a list item with a placeholder', () => {
    expect(blocks('- {{v}}', { v: 'x' })).to.deep.equal([
      { kind: 'list', items: [[{ kind: 'value', text: 'x', name: 'v', bold: false }]] },
    ]);
  });

  it('handles CRLF line ends', () => {
    expect(blocks('a\r\n\r\nb').map((block) => block.kind)).to.deep.equal(['paragraph', 'paragraph']);
  });

  it('keeps unknown placeholders', () => {
    expect(blocks('{{x.y}}')).to.deep.equal([
      { kind: 'paragraph', lines: [[{ kind: 'unknown', raw: '{{x.y}}', name: 'x.y', bold: false }]] },
    ]);
  });
});
