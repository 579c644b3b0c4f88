import '@dvc-kit/forms'; // defines every <dvc-*> element
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
