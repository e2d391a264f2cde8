import { expect } from '@open-wc/testing';
import { formatIssueMessage, parseStructure } from '../../src/structure/parse.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { buildStructureJsonSchema } from '../../src/structure/json-schema.ts';

/** Copies the default structure deeply and applies one change to the copy. */
function variant(change: (structure: any) => void): unknown {
  const copy = structuredClone(defaultStructure) as any;
  change(copy);
  return copy;
}

const customerFields = (s: any) => s.tabs[0].sections[0].fields;

/** Each invalid structure with the JSON path its first error must name. */
const invalidStructures: Array<[string, unknown, string]> = [
  ['null', null, '$'],
  ['undefined text', 'undefined', '$'],
  ['"[object Object]" text', '[object Object]', '$'],
  ['empty text', '', '$'],
  ['truncated JSON', '{"version": 1, "tabs": [', '$'],
  ['array', [], '$'],
  ['number', 42, '$'],
  ['version missing', variant((s) => delete s.version), '$.version'],
  ['version 2', variant((s) => (s.version = 2)), '$.version'],
  ['version as text', variant((s) => (s.version = '1')), '$.version'],
  ['unknown top-level key', variant((s) => (s.colour = 'red')), '$'],
  ['locale not BCP 47', variant((s) => (s.locale = 'pt_BR!!')), '$.locale'],
  ['currency lower case', variant((s) => (s.currency = 'brl')), '$.currency'],
  ['currency number', variant((s) => (s.currency = 986)), '$.currency'],
  ['unknown time zone', variant((s) => (s.timeZone = 'Mars/Olympus')), '$.timeZone'],
  ['tabs missing', variant((s) => delete s.tabs), '$.tabs'],
  ['tabs empty', variant((s) => (s.tabs = [])), '$.tabs'],
  ['tabs not an array', variant((s) => (s.tabs = { id: 'x' })), '$.tabs'],
  ['tab null', variant((s) => (s.tabs[1] = null)), '$.tabs[1]'],
  ['unknown tab kind', variant((s) => (s.tabs[2].kind = 'payments')), '$.tabs[2].kind'],
  ['tab kind missing', variant((s) => delete s.tabs[3].kind), '$.tabs[3].kind'],
  ['tab label empty', variant((s) => (s.tabs[1].label = '')), '$.tabs[1].label'],
  ['tab id with space', variant((s) => (s.tabs[1].id = 'my tab')), '$.tabs[1].id'],
  ['duplicate tab id', variant((s) => (s.tabs[2].id = 'invoices')), '$.tabs[2].id'],
  ['sections on invoice tab', variant((s) => (s.tabs[1].sections = [])), '$.tabs[1].sections'],
  ['alwaysShow as text', variant((s) => (s.tabs[3].alwaysShow = 'yes')), '$.tabs[3].alwaysShow'],
  ['unknown tab key', variant((s) => (s.tabs[0].icon = 'user')), '$.tabs[0]'],
  [
    'section without fields',
    variant((s) => delete s.tabs[0].sections[1].fields),
    '$.tabs[0].sections[1].fields',
  ],
  [
    'section columns 5',
    variant((s) => (s.tabs[0].sections[0].columns = 5)),
    '$.tabs[0].sections[0].columns',
  ],
  [
    'section columns 1.5',
    variant((s) => (s.tabs[0].sections[0].columns = 1.5)),
    '$.tabs[0].sections[0].columns',
  ],
  [
    'section title missing',
    variant((s) => delete s.tabs[0].sections[2].title),
    '$.tabs[0].sections[2].title',
  ],
  [
    'unknown field class',
    variant((s) => (customerFields(s)[3].class = 'bold')),
    '$.tabs[0].sections[0].fields[3].class',
  ],
  [
    'unknown field format',
    variant((s) => (customerFields(s)[3].format = 'money')),
    '$.tabs[0].sections[0].fields[3].format',
  ],
  [
    'field path missing',
    variant((s) => delete customerFields(s)[4].path),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field path empty',
    variant((s) => (customerFields(s)[4].path = '')),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field path with brackets',
    variant((s) => (customerFields(s)[4].path = 'a[0]')),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field path double dot',
    variant((s) => (customerFields(s)[4].path = 'company..name')),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field path __proto__',
    variant((s) => (customerFields(s)[4].path = '__proto__.polluted')),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field path constructor',
    variant((s) => (customerFields(s)[4].path = 'name.constructor')),
    '$.tabs[0].sections[0].fields[4].path',
  ],
  [
    'field label number',
    variant((s) => (customerFields(s)[5].label = 5)),
    '$.tabs[0].sections[0].fields[5].label',
  ],
  [
    'enum option without label',
    variant((s) => (customerFields(s)[4].options.male = { color: '#000' })),
    '$.tabs[0].sections[0].fields[4].options.male.label',
  ],
  [
    'enum colour with script',
    variant((s) => (customerFields(s)[4].options.male.color = 'red;background:url(x)')),
    '$.tabs[0].sections[0].fields[4].options.male.color',
  ],
  [
    'score bands empty',
    variant((s) => (customerFields(s)[2].bands = [])),
    '$.tabs[0].sections[0].fields[2].bands',
  ],
  [
    'score bands out of order',
    variant(
      (s) =>
        (customerFields(s)[2].bands = [
          { max: 600, color: 'red' },
          { max: 300, color: 'green' },
        ]),
    ),
    '$.tabs[0].sections[0].fields[2].bands',
  ],
  [
    'score band negative',
    variant((s) => (customerFields(s)[2].bands = [{ max: -1, color: 'red' }])),
    '$.tabs[0].sections[0].fields[2].bands[0].max',
  ],
  [
    'visibleTo empty',
    variant((s) => (customerFields(s)[3].visibleTo = [])),
    '$.tabs[0].sections[0].fields[3].visibleTo',
  ],
  [
    'visibleWhen two rules',
    variant(
      (s) => (customerFields(s)[3].visibleWhen = { path: 'sex', equals: 'male', in: ['female'] }),
    ),
    '$.tabs[0].sections[0].fields[3].visibleWhen',
  ],
  [
    'visibleWhen bad path',
    variant((s) => (customerFields(s)[3].visibleWhen = { path: '1abc', present: true })),
    '$.tabs[0].sections[0].fields[3].visibleWhen.path',
  ],
  ['list columns empty', variant((s) => (s.list.columns = [])), '$.list.columns'],
  [
    'column width without unit',
    variant((s) => (s.list.columns[0].width = '200')),
    '$.list.columns[0].width',
  ],
  [
    'column align left',
    variant((s) => (s.list.columns[0].align = 'left')),
    '$.list.columns[0].align',
  ],
  [
    'column sortable as text',
    variant((s) => (s.list.columns[1].sortable = 'true')),
    '$.list.columns[1].sortable',
  ],
  ['list page size 0', variant((s) => (s.list.pageSize = 0)), '$.list.pageSize'],
  ['holiday country lower case', variant((s) => (s.holidays.country = 'br')), '$.holidays.country'],
  [
    'holiday type unknown',
    variant((s) => (s.holidays.types = ['national'])),
    '$.holidays.types[0]',
  ],
  [
    'custom holiday 2027-02-30',
    variant((s) => (s.holidays.custom = [{ date: '2027-02-30', name: 'X' }])),
    '$.holidays.custom[0].date',
  ],
  [
    'custom holiday without name',
    variant((s) => (s.holidays.custom = [{ date: '2027-01-25' }])),
    '$.holidays.custom[0]',
  ],
  ['aging buckets empty', variant((s) => (s.billing.agingBuckets = [])), '$.billing.agingBuckets'],
  [
    'aging bucket 0',
    variant((s) => (s.billing.agingBuckets = [0, 30])),
    '$.billing.agingBuckets[0]',
  ],
];

describe('parseStructure with invalid structures', () => {
  it('has a corpus of at least 40 structures', () => {
    expect(invalidStructures.length).to.be.at.least(40);
  });

  for (const [name, input, path] of invalidStructures) {
    it(`rejects ${name} at ${path}`, () => {
      const result = parseStructure(input);

      expect(result.ok, 'valid').to.equal(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => issue.path)).to.include(path);
      for (const issue of result.issues) expect(issue.message).to.be.a('string').and.not.empty;
    });
  }
});

/** The first issue at `path` of a structure that must be invalid. */
function issueAt(input: unknown, path: string, locale?: string) {
  const result = parseStructure(input, locale);
  if (result.ok) throw new Error('expected an invalid structure');
  const issue = result.issues.find((candidate) => candidate.path === path);
  if (!issue) throw new Error(`no issue at ${path}: ${JSON.stringify(result.issues)}`);
  return issue;
}

describe('parseStructure messages', () => {
  const unknownKind = variant((s) => (s.tabs[2].kind = 'payments'));

  it('writes English by default', () => {
    expect(issueAt(unknownKind, '$.tabs[2].kind').message).to.equal(
      'expected one of "customer", "invoice", "billing", "task", "history"',
    );
  });

  it('writes the locale passed', () => {
    expect(issueAt(unknownKind, '$.tabs[2].kind', 'pt-BR').message).to.equal(
      'esperado um destes valores: "customer", "invoice", "billing", "task", "history"',
    );
    expect(issueAt(unknownKind, '$.tabs[2].kind', 'es').message).to.equal(
      'se esperaba uno de estos valores: "customer", "invoice", "billing", "task", "history"',
    );
  });

  it('carries the message key and values for another locale', () => {
    const issue = issueAt(unknownKind, '$.tabs[2].kind', 'pt-BR');

    expect(issue.messageKey).to.equal('invalidValueOneOf');
    expect(formatIssueMessage(issue, 'en')).to.equal(
      'expected one of "customer", "invoice", "billing", "task", "history"',
    );
  });

  /** Cases with the English message each must read, one per kind of check. */
  const englishCases: Array<[string, unknown, string, string]> = [
    ['version missing', variant((s) => delete s.version), '$.version', 'missing required value'],
    ['version 2', variant((s) => (s.version = 2)), '$.version', 'expected the value 1'],
    [
      'currency number',
      variant((s) => (s.currency = 986)),
      '$.currency',
      'expected a value of type string, received number',
    ],
    [
      'currency lower case',
      variant((s) => (s.currency = 'brl')),
      '$.currency',
      'expected an ISO 4217 code such as "BRL"',
    ],
    ['unknown key', variant((s) => (s.colour = 'red')), '$', 'unrecognized key "colour"'],
    ['tabs empty', variant((s) => (s.tabs = [])), '$.tabs', 'expected at least one item'],
    [
      'tab label empty',
      variant((s) => (s.tabs[1].label = '')),
      '$.tabs[1].label',
      'expected a non-empty text',
    ],
    [
      'section columns 5',
      variant((s) => (s.tabs[0].sections[0].columns = 5)),
      '$.tabs[0].sections[0].columns',
      'expected a number less than or equal to 4',
    ],
    [
      'section columns 1.5',
      variant((s) => (s.tabs[0].sections[0].columns = 1.5)),
      '$.tabs[0].sections[0].columns',
      'expected an integer',
    ],
    [
      'duplicate tab id',
      variant((s) => (s.tabs[2].id = 'invoices')),
      '$.tabs[2].id',
      'duplicate tab id "invoices", already used by tabs[1]',
    ],
    [
      'sections on invoice tab',
      variant((s) => (s.tabs[1].sections = [])),
      '$.tabs[1].sections',
      'sections are only allowed on tabs of kind "customer", not "invoice"',
    ],
    [
      'aging buckets out of order',
      variant((s) => (s.billing.agingBuckets = [60, 30])),
      '$.billing.agingBuckets',
      'expected strictly increasing day counts such as [30, 60, 90]',
    ],
    [
      'custom holiday without name',
      variant((s) => (s.holidays.custom = [{ date: '2027-01-25' }])),
      '$.holidays.custom[0]',
      'matches none of the accepted forms',
    ],
    ['array', [], '$', 'expected a structure object, got array'],
  ];

  for (const [name, input, path, message] of englishCases) {
    it(`describes ${name}`, () => {
      expect(issueAt(input, path).message).to.equal(message);
    });
  }

  it('writes refinement messages in pt-BR and es', () => {
    const decreasing = variant((s) => (s.billing.agingBuckets = [60, 30]));

    expect(issueAt(decreasing, '$.billing.agingBuckets', 'pt-BR').message).to.equal(
      'esperadas quantidades de dias estritamente crescentes, como [30, 60, 90]',
    );
    expect(issueAt(decreasing, '$.billing.agingBuckets', 'es').message).to.equal(
      'se esperaban cantidades de días estrictamente crecientes, como [30, 60, 90]',
    );
  });
});

describe('parseStructure with valid structures', () => {
  it('accepts the default structure', () => {
    expect(parseStructure(defaultStructure).ok).to.equal(true);
  });

  it('accepts the default structure as JSON text', () => {
    expect(parseStructure(JSON.stringify(defaultStructure)).ok).to.equal(true);
  });

  it('fills defaults', () => {
    const result = parseStructure({
      version: 1,
      tabs: [{ id: 'c', kind: 'customer', label: 'C' }],
    });

    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.structure.currency).to.equal('BRL');
    expect(result.structure.locale).to.equal(undefined);
  });

  it('accepts renamed, reordered and repeated kinds', () => {
    const result = parseStructure({
      version: 1,
      $schema: './node_modules/crm-view360/schema/structure.schema.json',
      tabs: [
        { id: 'history', kind: 'history', label: 'Linha do tempo' },
        { id: 'personal', kind: 'customer', label: 'Pessoal', sections: [] },
        { id: 'financial', kind: 'customer', label: 'Financeiro', sections: [] },
      ],
    });

    expect(result.ok).to.equal(true);
  });
});

describe('structure JSON Schema', () => {
  it('matches the committed schema file', async () => {
    const response = await fetch('/schema/structure.schema.json');
    const committed = await response.json();

    expect(committed).to.deep.equal(buildStructureJsonSchema());
  });
});
