// For tools without Vue's language service (vue-tsc reads the .vue files themselves).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
