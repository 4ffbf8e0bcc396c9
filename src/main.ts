import 'dc/src/compat/d3v6';
import { config, constants } from 'dc';
import { schemeTableau10 } from 'd3';
import { startApp } from './app/start-app';
import 'dc/dist/style/dc.css';
import './styles.css';

config.disableTransitions = true;
config.defaultColors(schemeTableau10 as never);
// Brushes reach the store at once; the redraw scheduler already coalesces them per animation frame.
constants.EVENT_DELAY = 0;
const root = document.getElementById('app');
if (root) void startApp(root, new URL('data/', document.baseURI).href);
