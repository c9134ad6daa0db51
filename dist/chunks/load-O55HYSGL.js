import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-55FCFA4P.js";
import "./chunk-5GMJT473.js";
import "./chunk-UABPSEME.js";
import "./chunk-OPTHUYL4.js";
import "./chunk-S3NLYMJX.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-SHSYPVGI.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";
export {
  loadPolicy
};
