import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  cacheBundleIndexes
} from "./chunks/chunk-NNLXHO7E.js";
import "./chunks/chunk-CUSGATIV.js";
import "./chunks/chunk-M6GO3E2V.js";
import "./chunks/chunk-KVOOFEH2.js";
import "./chunks/chunk-6KB27PZL.js";
import "./chunks/chunk-JPMRHXET.js";
import "./chunks/chunk-JAWFNDPB.js";
import "./chunks/chunk-TVC7EKD4.js";
import "./chunks/chunk-7BNRQPQI.js";
import "./chunks/chunk-X2NN6BVW.js";

// src/advise/index-worker.ts
import { workerData } from "node:worker_threads";
var { paths, cacheDir, parallelFromBytes } = workerData;
await cacheBundleIndexes(paths, cacheDir, parallelFromBytes);
