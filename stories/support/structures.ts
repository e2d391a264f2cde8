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

/** Copies `value`, replacing every `label` and `title` found in `englishLabels`. */
function translate<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => translate(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const isText = (key === 'label' || key === 'title') && typeof item === 'string';
    copy[key] = isText ? (englishLabels[item] ?? item) : translate(item);
  }
  return copy as T;
}

/** The default structure with English labels and the `en` locale. */
export const englishStructure: StructureInput = {
  ...translate(defaultStructure),
  locale: 'en',
};

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
