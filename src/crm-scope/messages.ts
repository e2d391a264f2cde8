import { defineMessages } from '../core/i18n.ts';

export const crmScopeMessages = defineMessages<'invalidStructure'>('crm-scope', {
  'pt-BR': { invalidStructure: 'Estrutura de dados inválida' },
  en: { invalidStructure: 'Invalid data structure' },
  es: { invalidStructure: 'Estructura de datos no válida' },
});
