import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  EXTRACTORS
} from "./chunk-GKG7VMPF.js";
import "./chunk-25LRWKPN.js";
import "./chunk-GK4V5LKA.js";
import "./chunk-GPWCKFSY.js";
import "./chunk-6KB27PZL.js";
import "./chunk-FG564SCG.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-M3CPESVM.js";
import "./chunk-JPMRHXET.js";
import "./chunk-X2NN6BVW.js";
export {
  EXTRACTORS
};
