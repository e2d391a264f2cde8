import { defaultStructure as defaultStructureLiteral } from '../../src/structure/default-structure.ts';
import type { StructureInput } from '../../src/structure/schema.ts';

// The literal's inferred type marks absent enum options as `?: undefined`, which
// `Record<string, option>` rejects, so the stories use it through the input type.
export const defaultStructure = defaultStructureLiteral as StructureInput;

const englishLabels: Record<string, string> = {
  Nome: 'Name',
  CPF: 'Taxpayer ID (CPF)',
  'Saldo em aberto': 'Open balance',
  Cliente: 'Customer',
  'Dados pessoais': 'Personal details',
  Idade: 'Age',
  Sexo: 'Sex',
  Feminino: 'Female',
  Masculino: 'Male',
  Escolaridade: 'Education',
  'Pós-graduação': 'Graduate school',
  Superior: 'University',
  'Ensino médio': 'High school',
  Outra: 'Other',
  'Não informada': 'Not stated',
  'Estado civil': 'Marital status',
  'Casado(a)': 'Married',
  'Solteiro(a)': 'Single',
  Outro: 'Other',
  'Não informado': 'Not stated',
  'E-mail': 'Email',
  Telefone: 'Phone',
  Cidade: 'City',
  UF: 'State',
  'Dados financeiros': 'Financial details',
  'Limite de crédito': 'Credit limit',
  'Saldo vencido': 'Overdue balance',
  'Inadimplente no mês seguinte': 'Defaulted the next month',
  Empresa: 'Company',
  CNPJ: 'Company ID (CNPJ)',
  Cargo: 'Role',
  Faturas: 'Invoices',
  Cobrança: 'Billing',
  Tarefa: 'Task',
  Histórico: 'History',
};

const spanishLabels: Record<string, string> = {
  Nome: 'Nombre',
  CPF: 'CPF',
  'Saldo em aberto': 'Saldo pendiente',
  Cliente: 'Cliente',
  'Dados pessoais': 'Datos personales',
  Idade: 'Edad',
  Sexo: 'Sexo',
  Feminino: 'Femenino',
  Masculino: 'Masculino',
  Escolaridade: 'Escolaridad',
  'Pós-graduação': 'Posgrado',
  Superior: 'Universidad',
  'Ensino médio': 'Secundaria',
  Outra: 'Otra',
  'Não informada': 'No informada',
  'Estado civil': 'Estado civil',
  'Casado(a)': 'Casado(a)',
  'Solteiro(a)': 'Soltero(a)',
  Outro: 'Otro',
  'Não informado': 'No informado',
  'E-mail': 'Correo electrónico',
  Telefone: 'Teléfono',
  Cidade: 'Ciudad',
  UF: 'Estado',
  'Dados financeiros': 'Datos financieros',
  'Limite de crédito': 'Límite de crédito',
  'Saldo vencido': 'Saldo vencido',
  'Inadimplente no mês seguinte': 'Impago el mes siguiente',
  Empresa: 'Empresa',
  CNPJ: 'CNPJ',
  Cargo: 'Cargo',
  Faturas: 'Facturas',
  Cobrança: 'Cobranza',
  Tarefa: 'Tarea',
  Histórico: 'Historial',
};

/** Copies `value`, replacing every `label` and `title` found in `labels`. */
function translate<T>(value: T, labels: Record<string, string>): T {
  if (Array.isArray(value)) return value.map((item) => translate(item, labels)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const isText = (key === 'label' || key === 'title') && typeof item === 'string';
    copy[key] = isText ? (labels[item] ?? item) : translate(item, labels);
  }
  return copy as T;
}

/** The default structure with English labels and the `en` locale. */
export const englishStructure: StructureInput = {
  ...translate(defaultStructure, englishLabels),
  locale: 'en',
};

/** The default structure with Spanish labels and the `es` locale. */
export const spanishStructure: StructureInput = {
  ...translate(defaultStructure, spanishLabels),
  locale: 'es',
};

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
