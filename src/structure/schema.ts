import * as z from 'zod/mini';
import { calendarDateSchema } from '../core/records.ts';
import { customIssue, schemaMessage } from '../core/i18n-validation.ts';

const forbiddenSegments = new Set(['__proto__', 'prototype', 'constructor']);

/** A dotted path into a record, such as `company.name`. */
export const fieldPathSchema = z.string().check(
  z.regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, schemaMessage('fieldPath')),
  z.refine(
    (path: string) => !path.split('.').some((segment) => forbiddenSegments.has(segment)),
    schemaMessage('fieldPathForbidden'),
  ),
);

export const fieldClasses = ['default', 'highlighted', 'title-view', 'graph-score'] as const;
export type FieldClass = (typeof fieldClasses)[number];

export const fieldFormats = [
  'text',
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
  'boolean',
  'enum',
  'phone',
  'email',
  'url',
  'cpf',
  'cnpj',
  'score',
] as const;
export type FieldFormat = (typeof fieldFormats)[number];

export const tabKinds = ['customer', 'invoice', 'billing', 'task', 'history'] as const;
export type TabKind = (typeof tabKinds)[number];

const colorSchema = z
  .string()
  .check(z.regex(/^(#[0-9a-fA-F]{3,8}|[a-z]+|var\(--[\w-]+\))$/, schemaMessage('cssColor')));

/** Label and colour shown for one value of an `enum` field. */
export const enumOptionSchema = z.strictObject({
  label: z.string(),
  color: z.optional(colorSchema),
});

/** A score band: values up to and including `max` use `color`. */
export const scoreBandSchema = z.strictObject({
  max: z.number().check(z.minimum(0)),
  label: z.optional(z.string()),
  color: colorSchema,
});

/**
 * Shows a field only when another field of the same record matches. Exactly
 * one of `equals`, `notEquals`, `in` or `present` is expected.
 */
export const visibilityConditionSchema = z
  .strictObject({
    path: fieldPathSchema,
    equals: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    notEquals: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    in: z.optional(z.array(z.union([z.string(), z.number(), z.boolean()])).check(z.minLength(1))),
    present: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (condition: object) =>
        ['equals', 'notEquals', 'in', 'present'].filter((key) => key in condition).length === 1,
      schemaMessage('oneVisibilityRule'),
    ),
  );
export type VisibilityCondition = z.infer<typeof visibilityConditionSchema>;

export const fieldSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string(),
  class: z._default(z.enum(fieldClasses), 'default'),
  format: z.optional(z.enum(fieldFormats)),
  /** For `enum`: each raw value (as a string) to its label and colour. */
  options: z.optional(z.record(z.string(), enumOptionSchema)),
  /** For `graph-score`: bands in increasing `max` order. */
  bands: z.optional(
    z.array(scoreBandSchema).check(
      z.minLength(1),
      z.refine(
        (bands: Array<{ max: number }>) =>
          bands.every((band, index) => index === 0 || band.max > bands[index - 1].max),
        schemaMessage('bandsOrder'),
      ),
    ),
  ),
  /** Roles allowed to see the field; absent means everyone. */
  visibleTo: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** Another field's value that must match for this field to render. */
  visibleWhen: z.optional(visibilityConditionSchema),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

export const sectionSchema = z.strictObject({
  /** Stable id for the collapsed state kept in localStorage; defaults to the title. */
  id: z.optional(z.string().check(z.minLength(1))),
  title: z.string(),
  columns: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(4)), 2),
  collapsible: z._default(z.boolean(), false),
  fields: z.array(fieldSchema),
});
export type SectionDefinition = z.infer<typeof sectionSchema>;

const tabIdSchema = z.string().check(z.regex(/^[A-Za-z][\w-]*$/, schemaMessage('tabId')));

export const tabSchema = z.strictObject({
  id: tabIdSchema,
  kind: z.enum(tabKinds),
  label: z.string().check(z.minLength(1)),
  /** Customer tabs only. */
  sections: z.optional(z.array(sectionSchema)),
  /** Task tabs only: show the tab even when the customer has no open task. */
  alwaysShow: z.optional(z.boolean()),
});
export type TabDefinition = z.infer<typeof tabSchema>;

export const columnSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string(),
  format: z._default(z.enum(fieldFormats), 'text'),
  sortable: z._default(z.boolean(), false),
  width: z.optional(
    z.string().check(z.regex(/^\d+(\.\d+)?(px|rem|em|%|fr)$/, schemaMessage('cssLength'))),
  ),
  align: z.optional(z.enum(['start', 'end', 'center'])),
  options: z.optional(z.record(z.string(), enumOptionSchema)),
});
export type ColumnDefinition = z.infer<typeof columnSchema>;

/** A filter control of `<customer-list>`: a choice among options, or a numeric range. */
export const listFilterSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string().check(z.minLength(1)),
  type: z.enum(['enum', 'range']),
  /** For `enum`: each value sent as `filter[path]` to its label. */
  options: z.optional(z.record(z.string(), z.strictObject({ label: z.string() }))),
  /** For `range`: the lowest and highest values accepted. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
export type ListFilterDefinition = z.infer<typeof listFilterSchema>;

export const customHolidaySchema = z.union([
  z.strictObject({ date: calendarDateSchema, name: z.string().check(z.minLength(1)) }),
  z.strictObject({
    yearly: z
      .string()
      .check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, schemaMessage('monthDay'))),
    name: z.string().check(z.minLength(1)),
  }),
]);
export type CustomHoliday = z.infer<typeof customHolidaySchema>;

export const holidayTypes = ['public', 'bank', 'school', 'optional', 'observance'] as const;

export const holidaysSchema = z.strictObject({
  country: z.string().check(z.regex(/^[A-Z]{2}$/, schemaMessage('countryCode'))),
  region: z.optional(z.string().check(z.regex(/^[A-Z0-9]{1,3}$/, schemaMessage('regionCode')))),
  city: z.optional(z.string()),
  /**
   * Path of the customer's region code, such as `address.state`. Where a
   * customer has one, date checks for that customer use its region's holidays.
   */
  regionPath: z.optional(fieldPathSchema),
  types: z._default(z.array(z.enum(holidayTypes)), ['public']),
  custom: z._default(z.array(customHolidaySchema), []),
});

const timeZoneSchema = z.string().check(
  z.refine((zone: string) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, schemaMessage('timeZone')),
);

const localeSchema = z.string().check(
  z.refine((locale: string) => {
    try {
      return Intl.getCanonicalLocales(locale).length === 1;
    } catch {
      return false;
    }
  }, schemaMessage('locale')),
);

const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, schemaMessage('currencyCode')));

export const structureSchema = z
  .strictObject({
    /** Lets editors find the JSON Schema; ignored by the elements. */
    $schema: z.optional(z.string()),
    version: z.literal(1),
    /** Text, number and date locale. Absent: the nearest `lang` attribute, then the document's. */
    locale: z.optional(localeSchema),
    currency: z._default(currencySchema, 'BRL'),
    /** Zone that decides "today" and "overdue". Absent: the inherited zone, then the browser's. */
    timeZone: z.optional(timeZoneSchema),
    holidays: z.optional(holidaysSchema),
    list: z.optional(
      z.strictObject({
        columns: z.array(columnSchema).check(z.minLength(1)),
        pageSize: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(500))),
        /** Filter controls beside the search box; the element's `filters` property overrides them. */
        filters: z.optional(z.array(listFilterSchema)),
      }),
    ),
    tabs: z.array(tabSchema).check(z.minLength(1)),
    invoices: z.optional(z.strictObject({ fields: z._default(z.array(fieldSchema), []) })),
    billing: z.optional(
      z.strictObject({
        /** Upper edges in days past due of the aging buckets after "current". */
        agingBuckets: z._default(
          z.array(z.number().check(z.int(), z.minimum(1))).check(
            z.minLength(1),
            z.refine(
              (edges: number[]) =>
                edges.every((edge, index) => index === 0 || edge > edges[index - 1]),
              schemaMessage('agingBucketsOrder'),
            ),
          ),
          [30, 60, 90],
        ),
      }),
    ),
  })
  .check(
    z.superRefine((structure, context) => {
      const seen = new Map<string, number>();
      structure.tabs.forEach((tab, index) => {
        const first = seen.get(tab.id);
        if (first !== undefined) {
          context.addIssue(
            customIssue('duplicateTabId', { id: tab.id, index: String(first) }, [
              'tabs',
              index,
              'id',
            ]),
          );
        } else {
          seen.set(tab.id, index);
        }
        if (tab.sections && tab.kind !== 'customer') {
          context.addIssue(
            customIssue('sectionsOnlyOnCustomer', { kind: tab.kind }, ['tabs', index, 'sections']),
          );
        }
      });
    }),
  );

/** A validated data structure, with defaults filled in. */
export type Structure = z.infer<typeof structureSchema>;
/** A data structure as a company writes it, before defaults. */
export type StructureInput = z.input<typeof structureSchema>;
