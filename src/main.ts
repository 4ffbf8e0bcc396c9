import { startApp } from './app/start-app';
import './styles.css';

const root = document.getElementById('app');
if (root) void startApp(root, new URL('data/', document.baseURI).href);
