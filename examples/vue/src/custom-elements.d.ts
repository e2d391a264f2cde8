// Adds the library's tags to Vue's GlobalComponents, which vue-tsc reads to
// check the templates. An application writes `import type {} from 'crm-view360/vue';` instead.
import type {} from '../../../src/frameworks/vue.ts';
