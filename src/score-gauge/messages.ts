import type { MessageCatalog } from '../core/i18n.ts';

export const scoreGaugeMessages: MessageCatalog<
  'defaultLabel' | 'invalid' | 'valueText' | 'valueTextWithBand'
> = {
  'pt-BR': {
    defaultLabel: 'Score',
    invalid: 'Score inválido',
    valueText: '{value} de {max}',
    valueTextWithBand: '{value} de {max}, {band}',
  },
  en: {
    defaultLabel: 'Score',
    invalid: 'Invalid score',
    valueText: '{value} of {max}',
    valueTextWithBand: '{value} of {max}, {band}',
  },
};
