import { runAction } from './github/run.js';

// Thin entry point of the GitHub Action (action.yml runs dist/index.js, bundled from here).
await runAction();
