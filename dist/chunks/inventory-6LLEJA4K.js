import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  helmValuesFiles,
  inventory,
  inventoryOf
} from "./chunk-ENMPCDPY.js";
import "./chunk-GKG7VMPF.js";
import "./chunk-25LRWKPN.js";
import "./chunk-2W4LU3SL.js";
import "./chunk-S3KO3KEL.js";
import "./chunk-6S626IGP.js";
import "./chunk-GK4V5LKA.js";
import "./chunk-GPWCKFSY.js";
import "./chunk-6KB27PZL.js";
import "./chunk-FG564SCG.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-M3CPESVM.js";
import "./chunk-JPMRHXET.js";
import "./chunk-X2NN6BVW.js";
export {
  helmValuesFiles,
  inventory,
  inventoryOf
};
