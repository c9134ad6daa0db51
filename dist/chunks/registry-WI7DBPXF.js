import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  EXTRACTORS
} from "./chunk-5BAYD3GA.js";
import "./chunk-UABPSEME.js";
import "./chunk-DDK5WAN2.js";
import "./chunk-KVOOFEH2.js";
import "./chunk-6KB27PZL.js";
import "./chunk-SHSYPVGI.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-JPMRHXET.js";
import "./chunk-X2NN6BVW.js";
export {
  EXTRACTORS
};
