import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  EXTRACTORS
} from "./chunk-E5Z55AX4.js";
import "./chunk-CZ6J6QWZ.js";
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
  EXTRACTORS
};
