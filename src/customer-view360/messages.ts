import { defineMessages } from '../core/i18n.ts';

export const customerViewMessages = defineMessages<
  | 'selectCustomer'
  | 'notFound'
  | 'invalidStructure'
  | 'missingStructure'
  | 'tablist'
  | 'loadingCustomer'
>('customer-view360', {
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
  es: {
    selectCustomer: 'Selecciona un cliente',
    notFound: 'No se encontró el cliente {id}.',
    invalidStructure: 'Estructura de datos no válida',
    missingStructure:
      'No hay ninguna estructura de datos configurada: define la propiedad structure.',
    tablist: 'Detalles del cliente',
    loadingCustomer: 'Cargando cliente…',
  },
});
