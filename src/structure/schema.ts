import * as z from 'zod';
import { calendarDateSchema } from '../core/records.ts';

const forbiddenSegments = new Set(['__proto__', 'prototype', 'constructor']);

/** A dotted path into a record, such as `company.name`. */
export const fieldPathSchema = z
  .string()
  .regex(
    /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/,
    'expected a dotted path of identifiers such as "company.name"',
  )
  .refine(
    (path) => !path.split('.').some((segment) => forbiddenSegments.has(segment)),
    'expected a path without __proto__, prototype or constructor',
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
  .regex(/^(#[0-9a-fA-F]{3,8}|[a-z]+|var\(--[\w-]+\))$/, 'expected a CSS colour such as "#1a7f37"');

/** Label and colour shown for one value of an `enum` field. */
export const enumOptionSchema = z.strictObject({
  label: z.string(),
  color: colorSchema.optional(),
});

/** A score band: values up to and including `max` use `color`. */
export const scoreBandSchema = z.strictObject({
  max: z.number().min(0),
  label: z.string().optional(),
  color: colorSchema,
});

/**
 * Shows a field only when another field of the same record matches. Exactly
 * one of `equals`, `notEquals`, `in` or `present` is expected.
 */
export const visibilityConditionSchema = z
  .strictObject({
    path: fieldPathSchema,
    equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    notEquals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    in: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional(),
    present: z.boolean().optional(),
  })
  .refine(
    (condition) =>
      ['equals', 'notEquals', 'in', 'present'].filter((key) => key in condition).length === 1,
    'expected exactly one of "equals", "notEquals", "in" or "present"',
  );
export type VisibilityCondition = z.infer<typeof visibilityConditionSchema>;

export const fieldSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string(),
  class: z.enum(fieldClasses).default('default'),
  format: z.enum(fieldFormats).optional(),
  /** For `enum`: each raw value (as a string) to its label and colour. */
  options: z.record(z.string(), enumOptionSchema).optional(),
  /** For `graph-score`: bands in increasing `max` order. */
  bands: z
    .array(scoreBandSchema)
    .min(1)
    .refine(
      (bands) => bands.every((band, index) => index === 0 || band.max > bands[index - 1].max),
      'expected bands in increasing "max" order',
    )
    .optional(),
  /** Roles allowed to see the field; absent means everyone. */
  visibleTo: z.array(z.string().min(1)).min(1).optional(),
  /** Another field's value that must match for this field to render. */
  visibleWhen: visibilityConditionSchema.optional(),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

export const sectionSchema = z.strictObject({
  /** Stable id for the collapsed state kept in localStorage; defaults to the title. */
  id: z.string().min(1).optional(),
  title: z.string(),
  columns: z.number().int().min(1).max(4).default(2),
  collapsible: z.boolean().default(false),
  fields: z.array(fieldSchema),
});
export type SectionDefinition = z.infer<typeof sectionSchema>;

const tabIdSchema = z
  .string()
  .regex(/^[A-Za-z][\w-]*$/, 'expected an id of letters, digits, "-" or "_"');

export const tabSchema = z.strictObject({
  id: tabIdSchema,
  kind: z.enum(tabKinds),
  label: z.string().min(1),
  /** Customer tabs only. */
  sections: z.array(sectionSchema).optional(),
  /** Task tabs only: show the tab even when the customer has no open task. */
  alwaysShow: z.boolean().optional(),
});
export type TabDefinition = z.infer<typeof tabSchema>;

export const columnSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string(),
  format: z.enum(fieldFormats).default('text'),
  sortable: z.boolean().default(false),
  width: z
    .string()
    .regex(/^\d+(\.\d+)?(px|rem|em|%|fr)$/, 'expected a CSS length such as "12rem"')
    .optional(),
  align: z.enum(['start', 'end', 'center']).optional(),
  options: z.record(z.string(), enumOptionSchema).optional(),
});
export type ColumnDefinition = z.infer<typeof columnSchema>;

/** A filter control of `<customer-list>`: a choice among options, or a numeric range. */
export const listFilterSchema = z.strictObject({
  path: fieldPathSchema,
  label: z.string().min(1),
  type: z.enum(['enum', 'range']),
  /** For `enum`: each value sent as `filter[path]` to its label. */
  options: z.record(z.string(), z.strictObject({ label: z.string() })).optional(),
  /** For `range`: the lowest and highest values accepted. */
  min: z.number().optional(),
  max: z.number().optional(),
});
export type ListFilterDefinition = z.infer<typeof listFilterSchema>;

export const customHolidaySchema = z.union([
  z.strictObject({ date: calendarDateSchema, name: z.string().min(1) }),
  z.strictObject({
    yearly: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD'),
    name: z.string().min(1),
  }),
]);
export type CustomHoliday = z.infer<typeof customHolidaySchema>;

export const holidayTypes = ['public', 'bank', 'school', 'optional', 'observance'] as const;

export const holidaysSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "BR"'),
  region: z
    .string()
    .regex(/^[A-Z0-9]{1,3}$/, 'expected a region code such as "SP"')
    .optional(),
  city: z.string().optional(),
  /**
   * Path of the customer's region code, such as `address.state`. Where a
   * customer has one, date checks for that customer use its region's holidays.
   */
  regionPath: fieldPathSchema.optional(),
  types: z.array(z.enum(holidayTypes)).default(['public']),
  custom: z.array(customHolidaySchema).default([]),
});

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as "America/Sao_Paulo"');

const localeSchema = z.string().refine((locale) => {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}, 'expected a BCP 47 locale such as "pt-BR"');

const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "BRL"');

export const structureSchema = z
  .strictObject({
    /** Lets editors find the JSON Schema; ignored by the elements. */
    $schema: z.string().optional(),
    version: z.literal(1),
    /** Text, number and date locale. Absent: the nearest `lang` attribute, then the document's. */
    locale: localeSchema.optional(),
    currency: currencySchema.default('BRL'),
    /** Zone that decides "today" and "overdue". Absent: the inherited zone, then the browser's. */
    timeZone: timeZoneSchema.optional(),
    holidays: holidaysSchema.optional(),
    list: z
      .strictObject({
        columns: z.array(columnSchema).min(1),
        pageSize: z.number().int().min(1).max(500).optional(),
        /** Filter controls beside the search box; the element's `filters` property overrides them. */
        filters: z.array(listFilterSchema).optional(),
      })
      .optional(),
    tabs: z.array(tabSchema).min(1),
    invoices: z.strictObject({ fields: z.array(fieldSchema).default([]) }).optional(),
    billing: z
      .strictObject({
        /** Upper edges in days past due of the aging buckets after "current". */
        agingBuckets: z
          .array(z.number().int().min(1))
          .min(1)
          .refine(
            (edges) => edges.every((edge, index) => index === 0 || edge > edges[index - 1]),
            'expected strictly increasing day counts such as [30, 60, 90]',
          )
          .default([30, 60, 90]),
      })
      .optional(),
  })
  .superRefine((structure, context) => {
    const seen = new Map<string, number>();
    structure.tabs.forEach((tab, index) => {
      const first = seen.get(tab.id);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['tabs', index, 'id'],
          message: `duplicate tab id "${tab.id}", already used by tabs[${first}]`,
        });
      } else {
        seen.set(tab.id, index);
      }
      if (tab.sections && tab.kind !== 'customer') {
        context.addIssue({
          code: 'custom',
          path: ['tabs', index, 'sections'],
          message: `sections are only allowed on tabs of kind "customer", not "${tab.kind}"`,
        });
      }
    });
  });

/** A validated data structure, with defaults filled in. */
export type Structure = z.infer<typeof structureSchema>;
/** A data structure as a company writes it, before defaults. */
export type StructureInput = z.input<typeof structureSchema>;
