import { expect } from '@open-wc/testing';
import {
  fillTemplate,
  isSafePlaceholderName,
  parseTemplate,
  unknownPlaceholders,
} from '../../src/templates/placeholders.ts';
import { taskPlaceholderResolver } from '../../src/templates/task-placeholders.ts';
import type { Task } from '../../src/core/records.ts';

const customer = {
  id: 'c1',
  name: 'Maria <b>&amp; "Souza"</b> {{x}}',
  score: 1234.5,
  active: true,
  company: { name: 'Padaria Central', address: { city: 'São Paulo' } },
  tags: ['a', 'b'],
  empty: null,
};

const task = { id: 't1', name: 'Cobrança', dueDate: '2026-12-07' } as Task;

const resolve = taskPlaceholderResolver({
  customer,
  task,
  agent: { id: 'a1', name: 'Ana Lima' },
  invoiceTotalMinor: 140050,
  invoiceOldestDueDate: '2026-10-10',
  locale: 'pt-BR',
  currency: 'BRL',
});

function render(template: string): string {
  return fillTemplate(template, resolve)
    .map((part) => (part.kind === 'unknown' ? `[?${part.raw}]` : part.text))
    .join('');
}

describe('parseTemplate', () => {
  it('splits text and placeholders', () => {
    expect(parseTemplate('Oi {{ customer.name }}!')).to.deep.equal([
      { kind: 'text', text: 'Oi ' },
      { kind: 'placeholder', name: 'customer.name', raw: '{{ customer.name }}' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('leaves unbalanced braces as text', () => {
    expect(parseTemplate('a {{b c}} {{ {d}} }}')).to.deep.equal([
      { kind: 'text', text: 'a ' },
      { kind: 'placeholder', name: 'b c', raw: '{{b c}}' },
      { kind: 'text', text: ' {{ {d}} }}' },
    ]);
  });

  it('returns nothing for an empty template', () => {
    expect(parseTemplate('')).to.deep.equal([]);
  });
});

describe('isSafePlaceholderName', () => {
  it('rejects prototype names', () => {
    expect(isSafePlaceholderName('customer.name')).to.equal(true);
    expect(isSafePlaceholderName('__proto__')).to.equal(false);
    expect(isSafePlaceholderName('customer.constructor')).to.equal(false);
    expect(isSafePlaceholderName('customer.__proto__.x')).to.equal(false);
    expect(isSafePlaceholderName('customer.prototype')).to.equal(false);
    expect(isSafePlaceholderName('customer..name')).to.equal(false);
    expect(isSafePlaceholderName('customer[0]')).to.equal(false);
  });
});

describe('taskPlaceholderResolver', () => {
  it('fills customer fields and nested paths', () => {
    expect(render('{{customer.company.name}} / {{customer.company.address.city}}')).to.equal(
      'Padaria Central / São Paulo',
    );
  });

  it('formats money and dates', () => {
    expect(render('{{invoice.total}} {{invoice.oldestDueDate}} {{task.dueDate}}')).to.equal(
      'R$\u00A01.400,50 10/10/2026 07/12/2026',
    );
  });

  it('formats customer numbers in the locale', () => {
    expect(render('{{customer.score}} {{customer.active}}')).to.equal('1.234,5 true');
  });

  it('keeps special characters of values', () => {
    expect(render('{{customer.name}}')).to.equal('Maria <b>&amp; "Souza"</b> {{x}}');
  });

  it('fills the assignee and task name', () => {
    expect(render('{{agent.name}}: {{task.name}}')).to.equal('Ana Lima: Cobrança');
  });

  it('leaves missing keys unknown', () => {
    expect(render('{{customer.nickname}} {{customer.company.missing.deep}} {{invoice.other}}')).to.equal(
      '[?{{customer.nickname}}] [?{{customer.company.missing.deep}}] [?{{invoice.other}}]',
    );
  });

  it('never reads prototype members', () => {
    const template =
      '{{customer.constructor}} {{__proto__}} {{customer.toString}} {{customer.hasOwnProperty}} {{constructor.name}}';
    expect(render(template)).to.equal(
      '[?{{customer.constructor}}] [?{{__proto__}}] [?{{customer.toString}}] [?{{customer.hasOwnProperty}}] [?{{constructor.name}}]',
    );
  });

  it('ignores an own __proto__ key from JSON', () => {
    const fromJson = JSON.parse('{"id":"c1","name":"x","__proto__":{"name":"polluted"}}');
    const own = taskPlaceholderResolver({ customer: fromJson, locale: 'pt-BR', currency: 'BRL' });

    expect(own('customer.__proto__.name')).to.equal(undefined);
  });

  it('leaves objects, arrays and null unknown', () => {
    expect(render('{{customer.company}} {{customer.tags}} {{customer.empty}}')).to.equal(
      '[?{{customer.company}}] [?{{customer.tags}}] [?{{customer.empty}}]',
    );
  });

  it('shows a dash for known names without data', () => {
    const bare = taskPlaceholderResolver({ locale: 'pt-BR', currency: 'BRL' });

    expect(bare('invoice.total')).to.equal('—');
    expect(bare('invoice.oldestDueDate')).to.equal('—');
    expect(bare('agent.name')).to.equal('—');
    expect(bare('customer.name')).to.equal(undefined);
  });

  it('lists unknown names once', () => {
    expect(unknownPlaceholders('{{a}} {{customer.name}} {{a}} {{b.c}}', resolve)).to.deep.equal(['a', 'b.c']);
  });
});
