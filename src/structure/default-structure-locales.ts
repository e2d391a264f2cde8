import { defaultStructure } from './default-structure.ts';
import type { StructureInput } from './schema.ts';

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

/** Copies `value`, passing every string under a `label` or `title` key through `translate`. */
export function mapLabels<T>(value: T, translate: (text: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => mapLabels(item, translate)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const isLabel = (key === 'label' || key === 'title') && typeof item === 'string';
    copy[key] = isLabel ? translate(item) : mapLabels(item, translate);
  }
  return copy as T;
}

/**
 * Returns the default structure with its labels in the language of `locale`
 * (English or Spanish) and `locale` as its locale, so numbers, dates and the
 * elements' own text follow. Other locales get the pt-BR structure. The data
 * of the embedded dataset, such as task names and outcomes, stays in pt-BR.
 */
export function defaultStructureFor(locale: string): StructureInput {
  // The literal satisfies StructureInput, but the type inferred for its field
  // arrays (optional keys of sibling objects added as undefined) does not.
  const base = defaultStructure as StructureInput;
  const language = locale.split('-')[0].toLowerCase();
  let labels: Record<string, string>;
  if (language === 'en') labels = englishLabels;
  else if (language === 'es') labels = spanishLabels;
  else return base;
  return { ...mapLabels(base, (text) => labels[text] ?? text), locale };
}
