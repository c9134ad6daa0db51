import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  helmValuesFiles,
  inventory,
  inventoryOf
} from "./chunk-G3J7ESWG.js";
import "./chunk-SC643RHL.js";
import "./chunk-UABPSEME.js";
import "./chunk-OZVVFGFN.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-YEE6VURB.js";
import "./chunk-KVOOFEH2.js";
import "./chunk-6KB27PZL.js";
import "./chunk-SHSYPVGI.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-JPMRHXET.js";
import "./chunk-X2NN6BVW.js";
export {
  helmValuesFiles,
  inventory,
  inventoryOf
};
