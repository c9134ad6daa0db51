import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  CODEOWNERS_PATHS,
  firstOwnerOf,
  loadCodeowners,
  ownersOf,
  parseCodeowners
} from "./chunk-7RQBEFWW.js";
import "./chunk-RPU4CLOY.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";
export {
  CODEOWNERS_PATHS,
  firstOwnerOf,
  loadCodeowners,
  ownersOf,
  parseCodeowners
};
