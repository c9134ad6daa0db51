import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-GACS5MGQ.js";
import "./chunk-WDO3SNKL.js";
import "./chunk-25LRWKPN.js";
import "./chunk-OPTHUYL4.js";
import "./chunk-S3NLYMJX.js";
import "./chunk-S3KO3KEL.js";
import "./chunk-6S626IGP.js";
import "./chunk-FG564SCG.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";
export {
  loadPolicy
};
