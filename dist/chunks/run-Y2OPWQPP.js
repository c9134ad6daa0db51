import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  fileStore,
  sendAlerts
} from "./chunk-V44BH65D.js";
import "./chunk-3IXKDT3Z.js";
import "./chunk-NLGF7TI4.js";
import "./chunk-NZ6IVX3D.js";
import "./chunk-XHC7JOIM.js";
import "./chunk-WVFKUWYO.js";
import "./chunk-6S626IGP.js";
import "./chunk-GPWCKFSY.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-7BNRQPQI.js";
import "./chunk-X2NN6BVW.js";
export {
  fileStore,
  sendAlerts
};
