// Types `import App from './App.vue'` for tsc, which does not read .vue files.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}
