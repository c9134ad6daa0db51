import type { NativeFormat } from './types.js';
import { FRIENDSOFPHP } from './friendsofphp.js';
import { RUBYSEC } from './rubysec.js';

/** Native advisory trees a --db path may hold, recognised by content. */
export const NATIVE_FORMATS: readonly NativeFormat[] = [RUBYSEC, FRIENDSOFPHP];
