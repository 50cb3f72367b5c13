// Electron entry point. Everything that touches Electron lives in main/app/.
import './app/main.ts';
