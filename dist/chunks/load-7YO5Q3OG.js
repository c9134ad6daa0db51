import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-WS6VOLA4.js";
import "./chunk-KFMM3UJA.js";
import "./chunk-CZ6J6QWZ.js";
import "./chunk-OPTHUYL4.js";
import "./chunk-S3NLYMJX.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-EKFZ64EB.js";
import "./chunk-JAWFNDPB.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";
export {
  loadPolicy
};
