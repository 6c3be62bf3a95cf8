// The benchmark's floor page: the least a Vite + Svelte page can do to draw one small Plot chart.
// `npm run bench` builds and serves it like the app and reports the app's first screen as a ratio of it.
import { mount } from 'svelte';
import Floor from './Floor.svelte';

mount(Floor, { target: document.getElementById('app') });
