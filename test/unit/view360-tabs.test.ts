import { expect } from '@open-wc/testing';
import {
  fieldsOfClass,
  focusTargetIndex,
  resolveActiveTab,
  visibleTabs,
} from '../../src/customer-view360/tabs.ts';
import type { TabDefinition } from '../../src/structure/schema.ts';

const tabs: TabDefinition[] = [
  { id: 'customer', kind: 'customer', label: 'Cliente' },
  { id: 'tasks', kind: 'task', label: 'Tarefa' },
  { id: 'history', kind: 'history', label: 'Histórico' },
  { id: 'follow-up', kind: 'task', label: 'Acompanhamento', alwaysShow: true },
];

function ids(list: TabDefinition[]): string[] {
  return list.map((tab) => tab.id);
}

describe('visibleTabs', () => {
  it('keeps every tab with an open task', () => {
    expect(ids(visibleTabs(tabs, true))).to.deep.equal([
      'customer',
      'tasks',
      'history',
      'follow-up',
    ]);
  });

  it('drops task tabs without alwaysShow when no task is open', () => {
    expect(ids(visibleTabs(tabs, false))).to.deep.equal(['customer', 'history', 'follow-up']);
  });

  it('keeps the pinned task tab', () => {
    expect(ids(visibleTabs(tabs, false, 'tasks'))).to.deep.equal([
      'customer',
      'tasks',
      'history',
      'follow-up',
    ]);
  });
});

describe('resolveActiveTab', () => {
  it('keeps a shown tab', () => {
    expect(resolveActiveTab('history', tabs)).to.equal('history');
  });

  it('falls back to the first tab', () => {
    expect(resolveActiveTab('nope', tabs)).to.equal('customer');
    expect(resolveActiveTab(undefined, tabs)).to.equal('customer');
    expect(resolveActiveTab('', tabs)).to.equal('customer');
  });

  it('returns undefined without tabs', () => {
    expect(resolveActiveTab('customer', [])).to.equal(undefined);
  });
});

describe('focusTargetIndex', () => {
  it('moves and wraps with the arrows', () => {
    expect(focusTargetIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(focusTargetIndex('ArrowRight', 2, 3)).to.equal(0);
    expect(focusTargetIndex('ArrowLeft', 1, 3)).to.equal(0);
    expect(focusTargetIndex('ArrowLeft', 0, 3)).to.equal(2);
  });

  it('jumps to the ends with Home and End', () => {
    expect(focusTargetIndex('Home', 2, 3)).to.equal(0);
    expect(focusTargetIndex('End', 0, 3)).to.equal(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(focusTargetIndex('Enter', 0, 3)).to.equal(undefined);
    expect(focusTargetIndex('ArrowDown', 0, 3)).to.equal(undefined);
    expect(focusTargetIndex('ArrowRight', 0, 0)).to.equal(undefined);
  });
});

describe('fieldsOfClass', () => {
  it('collects fields of customer tabs in order', () => {
    const structureTabs: TabDefinition[] = [
      {
        id: 'a',
        kind: 'customer',
        label: 'A',
        sections: [
          {
            title: 'S',
            columns: 2,
            collapsible: false,
            fields: [
              { path: 'name', label: 'Nome', class: 'title-view' },
              { path: 'age', label: 'Idade', class: 'default' },
            ],
          },
        ],
      },
      { id: 'h', kind: 'history', label: 'H' },
      {
        id: 'b',
        kind: 'customer',
        label: 'B',
        sections: [
          {
            title: 'T',
            columns: 1,
            collapsible: false,
            fields: [{ path: 'document', label: 'CPF', class: 'title-view' }],
          },
        ],
      },
    ];

    expect(fieldsOfClass(structureTabs, 'title-view').map((field) => field.path)).to.deep.equal([
      'name',
      'document',
    ]);
    expect(fieldsOfClass(structureTabs, 'graph-score')).to.deep.equal([]);
  });
});
