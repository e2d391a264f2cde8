import type { StructureInput } from './schema.ts';

/**
 * The structure the demo, stories and tests use over the embedded dataset.
 * Amounts in the dataset are New Taiwan dollars, so the currency is TWD.
 */
export const defaultStructure = {
  version: 1,
  locale: 'pt-BR',
  currency: 'TWD',
  timeZone: 'America/Sao_Paulo',
  holidays: {
    country: 'BR',
    region: 'SP',
    regionPath: 'address.state',
    types: ['public'],
    custom: [],
  },
  list: {
    pageSize: 25,
    columns: [
      { path: 'name', label: 'Nome', format: 'text', sortable: true, width: '16rem' },
      { path: 'document', label: 'CPF', format: 'cpf', sortable: false, width: '10rem' },
      {
        path: 'score',
        label: 'Score',
        format: 'score',
        sortable: true,
        align: 'end',
        width: '6rem',
      },
      {
        path: 'balance',
        label: 'Saldo em aberto',
        format: 'currency',
        sortable: true,
        align: 'end',
      },
    ],
  },
  tabs: [
    {
      id: 'customer',
      kind: 'customer',
      label: 'Cliente',
      sections: [
        {
          title: 'Dados pessoais',
          columns: 2,
          fields: [
            { path: 'name', label: 'Nome', class: 'title-view' },
            { path: 'document', label: 'CPF', class: 'title-view', format: 'cpf' },
            { path: 'score', label: 'Score', class: 'graph-score', format: 'score' },
            { path: 'age', label: 'Idade', format: 'number' },
            {
              path: 'sex',
              label: 'Sexo',
              format: 'enum',
              options: { female: { label: 'Feminino' }, male: { label: 'Masculino' } },
            },
            {
              path: 'education',
              label: 'Escolaridade',
              format: 'enum',
              options: {
                graduate: { label: 'Pós-graduação' },
                university: { label: 'Superior' },
                'high-school': { label: 'Ensino médio' },
                other: { label: 'Outra' },
                unknown: { label: 'Não informada' },
              },
            },
            {
              path: 'maritalStatus',
              label: 'Estado civil',
              format: 'enum',
              options: {
                married: { label: 'Casado(a)' },
                single: { label: 'Solteiro(a)' },
                other: { label: 'Outro' },
                unknown: { label: 'Não informado' },
              },
            },
            { path: 'email', label: 'E-mail', format: 'email' },
            { path: 'phone', label: 'Telefone', format: 'phone' },
            { path: 'address.city', label: 'Cidade', format: 'text' },
            { path: 'address.state', label: 'UF', format: 'text' },
          ],
        },
        {
          title: 'Dados financeiros',
          columns: 3,
          fields: [
            {
              path: 'creditLimit',
              label: 'Limite de crédito',
              format: 'currency',
              class: 'highlighted',
            },
            { path: 'balance', label: 'Saldo em aberto', format: 'currency', class: 'highlighted' },
            {
              path: 'overdueBalance',
              label: 'Saldo vencido',
              format: 'currency',
              class: 'highlighted',
            },
            {
              path: 'defaultNextMonth',
              label: 'Inadimplente no mês seguinte',
              format: 'boolean',
            },
          ],
        },
        {
          title: 'Empresa',
          columns: 2,
          fields: [
            { path: 'company.name', label: 'Empresa', format: 'text' },
            { path: 'company.document', label: 'CNPJ', format: 'cnpj' },
            { path: 'company.role', label: 'Cargo', format: 'text' },
          ],
        },
      ],
    },
    { id: 'invoices', kind: 'invoice', label: 'Faturas' },
    { id: 'billing', kind: 'billing', label: 'Cobrança' },
    { id: 'tasks', kind: 'task', label: 'Tarefa' },
    { id: 'history', kind: 'history', label: 'Histórico' },
  ],
  billing: { agingBuckets: [30, 60, 90] },
} satisfies StructureInput;
