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
    missingStructure:
      'Nenhuma estrutura de dados válida: defina a propriedade structure ou corrija a que foi informada.',
    tablist: 'Dados do cliente',
    loadingCustomer: 'Carregando cliente…',
  },
  en: {
    selectCustomer: 'Select a customer',
    notFound: 'Customer {id} not found.',
    invalidStructure: 'Invalid data structure',
    missingStructure: 'No valid data structure: set the structure property, or fix the one given.',
    tablist: 'Customer details',
    loadingCustomer: 'Loading customer…',
  },
  es: {
    selectCustomer: 'Selecciona un cliente',
    notFound: 'No se encontró el cliente {id}.',
    invalidStructure: 'Estructura de datos no válida',
    missingStructure:
      'No hay ninguna estructura de datos válida: define la propiedad structure o corrige la indicada.',
    tablist: 'Detalles del cliente',
    loadingCustomer: 'Cargando cliente…',
  },
});
