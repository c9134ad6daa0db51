import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  helmValuesFiles,
  inventory,
  inventoryOf
} from "./chunk-LCLYWMSK.js";
import "./chunk-E5Z55AX4.js";
import "./chunk-CZ6J6QWZ.js";
import "./chunk-OZVVFGFN.js";
import "./chunk-M6GO3E2V.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-YEE6VURB.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-KVOOFEH2.js";
import "./chunk-6KB27PZL.js";
import "./chunk-JPMRHXET.js";
import "./chunk-EKFZ64EB.js";
import "./chunk-JAWFNDPB.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";
export {
  helmValuesFiles,
  inventory,
  inventoryOf
};
