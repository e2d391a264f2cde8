import type * as z from 'zod/mini';
import { interpolate, pickMessages } from './i18n.ts';
import {
  englishValidationMessages,
  validationMessages,
  type ValidationMessageKey,
} from './i18n-validation-messages.ts';

export type { ValidationMessageKey } from './i18n-validation-messages.ts';

/** A validation problem independent of the locale: a key of the `validation` catalog and its values. */
export interface IssueMessage {
  messageKey: ValidationMessageKey;
  values: Record<string, string>;
}

/** The parts of a zod issue that {@link describeIssue} reads. */
export interface IssueLike {
  readonly code?: string;
  readonly message: string;
  /** Present only when the schema was parsed with `reportInput: true`. */
  readonly input?: unknown;
}

/**
 * Returns the English text of a check's message, the form schemas pass to
 * zod. {@link describeIssue} finds the key again from that text.
 */
export function schemaMessage(key: ValidationMessageKey): string {
  return englishValidationMessages[key];
}

/**
 * Builds a custom issue for `ctx.addIssue` whose message has placeholders:
 * the English text as `message`, the key and the values as `params`.
 */
export function customIssue(
  messageKey: ValidationMessageKey,
  values: Record<string, string>,
  path: PropertyKey[],
): { code: 'custom'; message: string; path: PropertyKey[]; params: IssueMessage } {
  const message = interpolate(englishValidationMessages[messageKey], values);
  return { code: 'custom', message, path, params: { messageKey, values } };
}

let keysByEnglishText: Map<string, ValidationMessageKey> | undefined;

/** Finds the key of a check's message: an English text without placeholders. */
function keyOfSchemaMessage(message: string): ValidationMessageKey | undefined {
  if (!keysByEnglishText) {
    keysByEnglishText = new Map();
    for (const [key, text] of Object.entries(englishValidationMessages)) {
      if (!text.includes('{')) keysByEnglishText.set(text, key as ValidationMessageKey);
    }
  }
  return keysByEnglishText.get(message);
}

/** Names a value's type as JSON does: `null`, `array`, `object`, `string`, `number`, `boolean`. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** zod's names for expected types, where JSON Schema uses another word. */
const expectedTypeNames: Record<string, string> = { int: 'integer', record: 'object' };

/** Standard names of zod's string formats, where zod's own name is a short form. */
const formatNames: Record<string, string> = {
  datetime: 'ISO 8601 date-time',
  date: 'ISO 8601 date',
  time: 'ISO 8601 time',
  duration: 'ISO 8601 duration',
};

function showValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isIssueMessage(params: unknown): params is IssueMessage {
  const key = (params as { messageKey?: unknown } | undefined)?.messageKey;
  return typeof key === 'string' && Object.hasOwn(englishValidationMessages, key);
}

/**
 * Maps a zod issue to a key of the `validation` catalog and the values its
 * text reads. A custom issue built with {@link customIssue}, or a check whose
 * message came from {@link schemaMessage}, keeps its own key. Every other
 * issue gets the key of its zod issue code, so the text never depends on
 * zod's English locale (which zod/mini does not load).
 */
export function describeIssue(issue: IssueLike): IssueMessage {
  const params = (issue as { params?: unknown }).params;
  if (issue.code === 'custom' && isIssueMessage(params)) {
    return { messageKey: params.messageKey, values: { ...params.values } };
  }
  const schemaKey = keyOfSchemaMessage(issue.message);
  if (schemaKey) return { messageKey: schemaKey, values: {} };
  return describeIssueCode(issue as z.core.$ZodIssue);
}

function describeIssueCode(issue: z.core.$ZodIssue): IssueMessage {
  // zod keeps the input on the final issue only under `reportInput: true`.
  const missing = 'input' in issue && issue.input === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { messageKey: 'missingValue', values: {} };
  }
  switch (issue.code) {
    case 'invalid_type':
      return describeInvalidType(issue);
    case 'invalid_value':
      if (issue.values.length === 1) {
        return { messageKey: 'invalidValueOne', values: { expected: showValue(issue.values[0]) } };
      }
      return {
        messageKey: 'invalidValueOneOf',
        values: { options: issue.values.map(showValue).join(', ') },
      };
    case 'too_small':
      return describeSize(issue.origin, 'minimum', issue.minimum, issue.inclusive, issue.exact);
    case 'too_big':
      return describeSize(issue.origin, 'maximum', issue.maximum, issue.inclusive, issue.exact);
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern) {
        return { messageKey: 'regexMismatch', values: { pattern: issue.pattern } };
      }
      return {
        messageKey: 'invalidFormat',
        values: { format: formatNames[issue.format] ?? issue.format },
      };
    case 'not_multiple_of':
      return { messageKey: 'notMultipleOf', values: { divisor: String(issue.divisor) } };
    case 'unrecognized_keys':
      return {
        messageKey: issue.keys.length === 1 ? 'unrecognizedKey' : 'unrecognizedKeys',
        values: { keys: issue.keys.map((key) => JSON.stringify(key)).join(', ') },
      };
    case 'invalid_union':
      return {
        messageKey: issue.inclusive === false ? 'manyUnionMatches' : 'noUnionMatch',
        values: {},
      };
    case 'invalid_key':
      return { messageKey: 'invalidKey', values: {} };
    case 'invalid_element':
      return { messageKey: 'invalidItem', values: {} };
    default:
      return { messageKey: 'invalidValue', values: {} };
  }
}

function describeInvalidType(issue: z.core.$ZodIssueInvalidType): IssueMessage {
  const expected = expectedTypeNames[issue.expected] ?? issue.expected;
  if (!('input' in issue)) return { messageKey: 'invalidTypeExpected', values: { expected } };
  if (issue.expected === 'int' && typeof issue.input === 'number') {
    return { messageKey: 'notInteger', values: {} };
  }
  return { messageKey: 'invalidType', values: { expected, received: jsonTypeName(issue.input) } };
}

const itemOrigins = new Set(['array', 'set', 'map', 'file']);

function describeSize(
  origin: string,
  bound: 'minimum' | 'maximum',
  limit: number | bigint,
  inclusive = true,
  exact = false,
): IssueMessage {
  const value = String(limit);
  if (origin === 'string' || itemOrigins.has(origin)) {
    const text = origin === 'string';
    if (exact) {
      return { messageKey: text ? 'exactLengthText' : 'exactItemCount', values: { length: value } };
    }
    if (bound === 'minimum') {
      if (value === '1') return { messageKey: text ? 'emptyText' : 'emptyList', values: {} };
      return { messageKey: text ? 'tooShortText' : 'tooFewItems', values: { minimum: value } };
    }
    return { messageKey: text ? 'tooLongText' : 'tooManyItems', values: { maximum: value } };
  }
  if (bound === 'minimum') {
    return {
      messageKey: inclusive ? 'tooSmallNumber' : 'tooSmallNumberExclusive',
      values: { minimum: value },
    };
  }
  return {
    messageKey: inclusive ? 'tooBigNumber' : 'tooBigNumberExclusive',
    values: { maximum: value },
  };
}

/** Writes a described issue in `locale`, falling back as `pickMessages` does. */
export function formatIssueMessage(message: IssueMessage, locale: string): string {
  return interpolate(pickMessages(validationMessages, locale)[message.messageKey], message.values);
}

/** Describes a zod issue in `locale`: English by default, for logs and provider errors. */
export function issueText(issue: IssueLike, locale = 'en'): string {
  return formatIssueMessage(describeIssue(issue), locale);
}
