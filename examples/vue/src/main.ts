import { createApp } from 'vue';
// Registers every element before Vue mounts, so Vue finds their properties
// and sets bound values as properties. An application imports 'crm-view360' here.
import '../../../src/index.ts';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
