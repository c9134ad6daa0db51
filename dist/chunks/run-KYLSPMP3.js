import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  fileStore,
  sendAlerts
} from "./chunk-2JC3LPOS.js";
import "./chunk-7RQBEFWW.js";
import "./chunk-NLGF7TI4.js";
import "./chunk-NZ6IVX3D.js";
import "./chunk-XHC7JOIM.js";
import "./chunk-FH73REOQ.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-KVOOFEH2.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-7BNRQPQI.js";
import "./chunk-X2NN6BVW.js";
export {
  fileStore,
  sendAlerts
};
