import { defineMessages } from '../core/i18n.ts';

export const scoreGaugeMessages = defineMessages<
  | 'defaultLabel'
  | 'invalid'
  | 'valueText'
  | 'valueTextWithBand'
  | 'bandPoor'
  | 'bandFair'
  | 'bandGood'
  | 'bandExcellent'
>('score-gauge', {
  'pt-BR': {
    defaultLabel: 'Score',
    invalid: 'Score inválido',
    valueText: '{value} de {max}',
    valueTextWithBand: '{value} de {max}, {band}',
    bandPoor: 'Ruim',
    bandFair: 'Regular',
    bandGood: 'Bom',
    bandExcellent: 'Excelente',
  },
  en: {
    defaultLabel: 'Score',
    invalid: 'Invalid score',
    valueText: '{value} of {max}',
    valueTextWithBand: '{value} of {max}, {band}',
    bandPoor: 'Poor',
    bandFair: 'Fair',
    bandGood: 'Good',
    bandExcellent: 'Excellent',
  },
  es: {
    defaultLabel: 'Puntuación',
    invalid: 'Puntuación no válida',
    valueText: '{value} de {max}',
    valueTextWithBand: '{value} de {max}, {band}',
    bandPoor: 'Baja',
    bandFair: 'Regular',
    bandGood: 'Buena',
    bandExcellent: 'Excelente',
  },
});
