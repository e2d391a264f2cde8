import { defaultStructure as defaultStructureLiteral } from '../../src/structure/default-structure.ts';
import { defaultStructureFor } from '../../src/structure/default-structure-locales.ts';
import type { StructureInput } from '../../src/structure/schema.ts';

// The literal's inferred type marks absent enum options as `?: undefined`, which
// `Record<string, option>` rejects, so the stories use it through the input type.
export const defaultStructure = defaultStructureLiteral as StructureInput;

/** The default structure with English labels and the `en` locale. */
export const englishStructure: StructureInput = defaultStructureFor('en');

/** The default structure with Spanish labels and the `es` locale. */
export const spanishStructure: StructureInput = defaultStructureFor('es');

/** Locales with built-in text, offered by the stories' `locale` control. */
export const storyLocales = ['pt-BR', 'en', 'es'] as const;

/** Returns the default structure with its labels in `locale`; pt-BR for any other locale. */
export function localizedStructure(locale: string | undefined): StructureInput {
  if (locale === 'en') return englishStructure;
  if (locale === 'es') return spanishStructure;
  return defaultStructure;
}

/** A structure that fails validation: an unknown tab kind and a malformed field path. */
export const invalidStructure = {
  version: 1,
  tabs: [
    { id: 'customer', kind: 'profile', label: 'Cliente' },
    {
      id: 'details',
      kind: 'customer',
      label: 'Detalhes',
      sections: [{ title: 'Dados', fields: [{ path: 'company..name', label: 'Empresa' }] }],
    },
  ],
};
