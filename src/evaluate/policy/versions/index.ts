import type { PolicyVersionReader } from './types.js';
import { V1 } from './v1.js';

/** Every schema generation this build reads, by apiVersion. */
export const READERS: ReadonlyMap<string, PolicyVersionReader> = new Map([[V1.apiVersion, V1]]);
