import type { MessageCatalog } from '../core/i18n.ts';

export const customerViewMessages: MessageCatalog<
  | 'selectCustomer'
  | 'notFound'
  | 'invalidStructure'
  | 'missingStructure'
  | 'tablist'
  | 'loadingCustomer'
> = {
  'pt-BR': {
    selectCustomer: 'Selecione um cliente',
    notFound: 'Cliente {id} não encontrado.',
    invalidStructure: 'Estrutura de dados inválida',
    missingStructure: 'Nenhuma estrutura de dados configurada: defina a propriedade structure.',
    tablist: 'Dados do cliente',
    loadingCustomer: 'Carregando cliente…',
  },
  en: {
    selectCustomer: 'Select a customer',
    notFound: 'Customer {id} not found.',
    invalidStructure: 'Invalid data structure',
    missingStructure: 'No data structure configured: set the structure property.',
    tablist: 'Customer details',
    loadingCustomer: 'Loading customer…',
  },
};
