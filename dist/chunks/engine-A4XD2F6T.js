import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  HttpClient,
  HttpError,
  Semaphore,
  mapLimit,
  parseJsonBody
} from "./chunk-FH73REOQ.js";
import {
  DEFAULT_REGISTRY_URLS,
  OsFixBook,
  agesFor,
  defaultCacheDir,
  evaluate,
  osvApiBase
} from "./chunk-HCH64BRA.js";
import "./chunk-OPTHUYL4.js";
import "./chunk-S3NLYMJX.js";
import {
  claim,
  walkHasFiles
} from "./chunk-OZVVFGFN.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import {
  CATALOGUE_PRODUCTS,
  canonicalImageName,
  canonicalRepository,
  componentFromPurl,
  deb822,
  imageOfDockerPurl,
  isFloatingTag,
  lookupDataImage,
  parseSourceField,
  readScannerReport
} from "./chunk-YEE6VURB.js";
import {
  LineIndex,
  isRecord,
  parseJson
} from "./chunk-KVOOFEH2.js";
import {
  osAdvisoryName,
  osEcosystem,
  releaseOfCodename
} from "./chunk-6KB27PZL.js";
import {
  problem,
  require_dist
} from "./chunk-SHSYPVGI.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import {
  TOOL_VERSION
} from "./chunk-7BNRQPQI.js";
import {
  SEMVER_SCHEME,
  gt,
  lt,
  schemeFor,
  valid
} from "./chunk-JRDZ3ZRP.js";
import "./chunk-3TVK7CKK.js";
import {
  require_semver
} from "./chunk-PCXDXHAE.js";
import {
  baseEcosystem,
  byCodePoint,
  matchKey
} from "./chunk-JPMRHXET.js";
import {
  __commonJS,
  __toESM
} from "./chunk-X2NN6BVW.js";

// node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var require_ae_cvss_calculator = __commonJS({
  "node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js"(exports, module) {
    !(function(e, t) {
      "object" == typeof exports && "object" == typeof module ? module.exports = t() : "function" == typeof define && define.amd ? define([], t) : "object" == typeof exports ? exports.CvssCalculator = t() : e.CvssCalculator = t();
    })(exports, (() => (() => {
      "use strict";
      var e = { 154: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.CvssVector = void 0;
        class o {
          constructor(e3, t3, o2) {
            this.vector = e3, this.normalize = t3, this.scores = o2;
          }
          isUpToDate(e3, t3) {
            return this.vector === e3 && this.normalize === t3;
          }
          getScores() {
            return this.scores;
          }
        }
        t2.CvssVector = class {
          constructor(e3) {
            this.vectorChangedListeners = [], this.components = /* @__PURE__ */ new Map(), this.clearComponents(), e3 && this.applyVector(e3);
          }
          calculateScores(e3 = false) {
            const t3 = this.toString(true);
            if (this.cachedScores && this.cachedScores.isUpToDate(t3, e3)) return this.cachedScores.getScores();
            const a = this.calculateScoresInternal(e3);
            return this.cachedScores = new o(t3, e3, a), a;
          }
          fillBaseMetrics() {
            for (const [e3, t3] of this.getRegisteredComponents()) if ("base" === e3.name) {
              for (const e4 of t3) {
                const t4 = e4.values[1];
                t4 && this.applyComponent(e4, t4);
              }
              return;
            }
            throw new Error("No base category found");
          }
          getComponents() {
            return this.components;
          }
          clearComponents() {
            this.getRegisteredComponents().forEach(((e3, t3) => {
              e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
            }));
          }
          clearSpecifiedComponents(e3) {
            e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
          }
          addVectorChangedListener(e3) {
            this.vectorChangedListeners.push(e3);
          }
          normalizeVector(e3) {
            return e3.replace(/\(/g, "").replace(/\)/g, "").replace(/CVSS:\d+\.?\d?/g, "").replace(/\s/g, "").replace(/\\/g, "").replace(/^\//g, "").replace(/\/$/g, "").trim();
          }
          findComponent(e3) {
            for (const t3 of this.getRegisteredComponents().values()) {
              const o2 = t3.find(((t4) => t4.name === e3 || t4.shortName === e3));
              if (o2) return o2;
            }
            return Array.from(this.components.keys()).find(((t3) => t3.name === e3 || t3.shortName === e3));
          }
          applyVector(e3) {
            this.applyVectorCount(e3);
          }
          applyVectorCount(e3) {
            const t3 = this.normalizeVector(e3).split("/");
            let o2 = 0;
            return t3.forEach(((e4) => {
              if (0 === e4.length) return;
              const [t4, a] = e4.split(":");
              0 !== t4.length && 0 !== a.length ? this.applyComponentString(t4, a, false) && o2++ : console.warn("Invalid component/value pair", e4);
            })), this.vectorChangedListeners.forEach(((e4) => e4(this))), o2;
          }
          applyComponentString(e3, t3, o2 = true) {
            const a = this.findComponent(e3);
            if (a) {
              const i = a.values.find(((e4) => e4.name === t3 || e4.shortName === t3));
              if (i) return this.components.get(a) !== i && (this.applyComponent(a, i), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this))), true);
              throw new Error(`Unknown component value ${t3} for component ${e3}`);
            }
            throw new Error(`Unknown component ${e3} when setting value ${t3}`);
          }
          applyComponentStringSilent(e3, t3, o2 = true) {
            try {
              return this.applyComponentString(e3, t3, o2);
            } catch (e4) {
              return false;
            }
          }
          applyComponent(e3, t3, o2 = true) {
            this.components.set(e3, t3), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this)));
          }
          applyVectorPartsIf(e3, t3, o2) {
            if (!e3) return 0;
            const a = this.normalizeVector(e3);
            if (0 === a.length) return 0;
            const i = a.split("/");
            let s = 0;
            for (const e4 of i) {
              if (!e4) continue;
              const a2 = e4.split(":", 2), i2 = this.clone(), n = t3(i2);
              if (2 === a2.length) {
                i2.applyComponentStringSilent(a2[0], a2[1]);
                const e5 = t3(i2);
                o2 ? e5 <= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0) : e5 >= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0);
              } else console.warn("Unknown vector argument:", e4);
            }
            return s;
          }
          applyVectorPartsIfLower(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, true);
          }
          applyVectorPartsIfHigher(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, false);
          }
          applyVectorPartsIfLowerVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, true);
          }
          applyVectorPartsIfHigherVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, false);
          }
          getComponent(e3) {
            const t3 = this.components.get(e3);
            if (!t3) throw new Error(`Unknown component: ${e3.name}`);
            return t3;
          }
          getComponentByString(e3) {
            const t3 = this.findComponent(e3);
            if (!t3) throw new Error(`Unknown component: ${e3}`);
            const o2 = this.components.get(t3);
            if (!o2) throw new Error(`Unknown component: ${e3}`);
            return o2;
          }
          getComponentByStringOpt(e3) {
            try {
              return this.getComponentByString(e3);
            } catch (e4) {
              return null;
            }
          }
          size() {
            return Array.from(this.components.values()).filter(this.isComponentValueDefined).length;
          }
          getFirstDefinedComponent(e3) {
            return e3.map(((e4) => this.components.get(e4))).find(this.isComponentValueDefined);
          }
          toString(e3 = false, t3 = this.getRegisteredComponents(), o2 = false) {
            let a = "";
            for (const [i, s] of t3) if (e3 || this.isCategoryPartiallyDefined(i)) for (const e4 of s) {
              const t4 = this.components.get(e4);
              if (t4) {
                if (o2 && !this.isComponentValueDefined(t4)) continue;
                a += `${e4.shortName}:${t4.shortName}/`;
              }
            }
            return this.getVectorPrefix() + a.slice(0, -1);
          }
          toStringDefinedParts() {
            return this.toString(false, this.getRegisteredComponents(), true);
          }
          isCategoryFullyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.every(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          isCategoryPartiallyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.some(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          round(e3, t3) {
            let o2 = Math.pow(10, t3);
            return Math.round(e3 * o2) / o2;
          }
          roundUp(e3) {
            let t3 = Math.round(1e5 * e3);
            return t3 % 1e4 == 0 ? t3 / 1e5 : (Math.floor(t3 / 1e4) + 1) / 10;
          }
          normalizeScore(e3, t3) {
            return 10 === t3 ? e3 : this.round(this.mapRange(e3, 0, t3, 0, 10), 1);
          }
          mapRange(e3, t3, o2, a, i) {
            return (e3 - t3) / (o2 - t3) * (i - a) + a;
          }
          pickRandomDefinedComponentValue(e3) {
            for (let t3 = 0; t3 < 999999; t3++) {
              const t4 = e3.values[Math.floor(Math.random() * e3.values.length)];
              if ("X" !== t4.shortName && "ND" !== t4.shortName && !t4.hide) return t4;
            }
          }
          clone() {
            const e3 = new this.constructor();
            return e3.components = new Map(this.components), e3;
          }
          diffVector(e3) {
            const t3 = new this.constructor();
            for (const [o2, a] of this.getRegisteredComponents()) for (const o3 of a) {
              const a2 = this.components.get(o3), i = e3.components.get(o3), s = this.isComponentValueDefined(a2), n = this.isComponentValueDefined(i);
              s && n && a2.shortName !== i.shortName || !s && n ? t3.applyComponent(o3, i) : s && !n && t3.applyComponent(o3, a2);
            }
            return t3;
          }
          applyEnvironmentalMetricsOntoBase() {
            for (const [e3, t3] of this.getRegisteredComponents()) for (const e4 of t3) {
              const t4 = this.components.get(e4);
              t4 && e4.baseMetricEquivalent && this.isComponentValueDefined(t4) && (e4.baseMetricEquivalentMapper ? this.applyComponentString(e4.baseMetricEquivalent.shortName, e4.baseMetricEquivalentMapper(t4).shortName, false) : this.applyComponentString(e4.baseMetricEquivalent.shortName, t4.shortName, false), this.applyComponent(e4, e4.values[0], false));
            }
            this.vectorChangedListeners.forEach(((e3) => e3(this)));
          }
          isComponentValueDefined(e3) {
            return void 0 !== e3 && "ND" !== e3.shortName && "X" !== e3.shortName;
          }
          static _reorderAttributeSeverityOrder(e3) {
            const t3 = [];
            return e3.forEach(((e4, o2) => {
              t3.push([e4]);
            })), t3;
          }
        };
      }, 156: function(e2, t2, o) {
        var a = this && this.__createBinding || (Object.create ? function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2);
          var i2 = Object.getOwnPropertyDescriptor(t3, o2);
          i2 && !("get" in i2 ? !t3.__esModule : i2.writable || i2.configurable) || (i2 = { enumerable: true, get: function() {
            return t3[o2];
          } }), Object.defineProperty(e3, a2, i2);
        } : function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2), e3[a2] = t3[o2];
        }), i = this && this.__exportStar || function(e3, t3) {
          for (var o2 in e3) "default" === o2 || Object.prototype.hasOwnProperty.call(t3, o2) || a(t3, e3, o2);
        };
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = t2.Cvss3P0 = t2.Cvss3P1 = t2.Cvss2 = t2.CvssVector = void 0;
        var s = o(154);
        Object.defineProperty(t2, "CvssVector", { enumerable: true, get: function() {
          return s.CvssVector;
        } }), i(o(564), t2);
        var n = o(475);
        Object.defineProperty(t2, "Cvss2", { enumerable: true, get: function() {
          return n.Cvss2;
        } });
        var r = o(371);
        Object.defineProperty(t2, "Cvss3P1", { enumerable: true, get: function() {
          return r.Cvss3P1;
        } });
        var c = o(623);
        Object.defineProperty(t2, "Cvss3P0", { enumerable: true, get: function() {
          return c.Cvss3P0;
        } });
        var l = o(987);
        Object.defineProperty(t2, "Cvss4P0", { enumerable: true, get: function() {
          return l.Cvss4P0;
        } });
      }, 331: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0Components = void 0;
        class a {
        }
        t2.Cvss3P0Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 371: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1 = void 0;
        const a = o(154), i = o(951);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P1Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.1/";
          }
          getVectorName() {
            return "CVSS:3.1";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P1Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : super.roundUp(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P1Components.C).value) * (1 - this.getComponent(i.Cvss3P1Components.I).value) * (1 - this.getComponent(i.Cvss3P1Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P1Components.MC), c = this.getComponent(i.Cvss3P1Components.MI), l = this.getComponent(i.Cvss3P1Components.MA), m = this.getComponent(i.Cvss3P1Components.C), h = this.getComponent(i.Cvss3P1Components.I), E = this.getComponent(i.Cvss3P1Components.A), u = this.getComponent(i.Cvss3P1Components.CR), d = this.getComponent(i.Cvss3P1Components.IR), p = this.getComponent(i.Cvss3P1Components.AR);
            return e3 = r === i.Cvss3P1Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P1Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P1Components.MA.values[0] ? E.value : l.value, i.Cvss3P1Components.CR.values[0], a2 = u.value, i.Cvss3P1Components.IR.values[0], s2 = d.value, i.Cvss3P1Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P1Components.AV).value, t3 = this.getComponent(i.Cvss3P1Components.AC).value, o2 = this.getComponent(i.Cvss3P1Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P1Components.S).value ? this.getComponent(i.Cvss3P1Components.PR).changedValue : this.getComponent(i.Cvss3P1Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P1Components.E).value, t3 = this.getComponent(i.Cvss3P1Components.RL).value, o2 = this.getComponent(i.Cvss3P1Components.RC).value, a2 = this.calculateExactBaseScore();
            return super.roundUp(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P1Components.E).value, a2 = this.getComponent(i.Cvss3P1Components.RL).value, n = this.getComponent(i.Cvss3P1Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = super.roundUp(Math.min(e3 + t3, 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
            {
              let i2 = super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(0.9731 * e3 - 0.02, 13);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAV, i.Cvss3P1Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAC, i.Cvss3P1Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MUI, i.Cvss3P1Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P1Components.MPR, i.Cvss3P1Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P1Components.S), t3 = this.getComponent(i.Cvss3P1Components.MS);
            return t3 === i.Cvss3P1Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.1", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P1Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P1Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P1Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P1Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P1Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P1Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P1Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P1Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P1Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P1Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P1Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P1Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P1Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P1Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P1Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P1Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P1Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P1Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P1Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P1Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P1Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P1Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P1 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 475: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2 = void 0;
        const a = o(154), i = o(479);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss2Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "";
          }
          getVectorName() {
            return "CVSS:2.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:M/Au:N/C:P/I:P/A:P");
          }
          fillRandomBaseVector() {
            const e3 = i.Cvss2Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.round(this.calculateExactImpactScore(), 1) : void 0, exploitability: t3 ? super.round(this.calculateExactExploitabilityScore(), 1) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.round(this.calculateExactAdjustedImpactScore(), 1) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            return (0.6 * e3 + 0.4 * this.calculateExactExploitabilityScore() - 1.5) * this.f(e3);
          }
          calculateExactImpactScore() {
            return this.isBaseFullyDefined() ? 10.41 * (1 - (1 - this.getComponent(i.Cvss2Components.C).value) * (1 - this.getComponent(i.Cvss2Components.I).value) * (1 - this.getComponent(i.Cvss2Components.A).value)) : 0;
          }
          calculateExactExploitabilityScore() {
            return this.isBaseFullyDefined() ? 20 * this.getComponent(i.Cvss2Components.AC).value * this.getComponent(i.Cvss2Components.Au).value * this.getComponent(i.Cvss2Components.AV).value : 0;
          }
          calculateExactTemporalScore() {
            return this.isAnyTemporalDefined() ? super.round(this.calculateExactBaseScore(), 1) * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value : 0;
          }
          calculateExactAdjustedBaseScore() {
            let e3 = this.calculateExactAdjustedImpactScore(), t3 = this.calculateExactExploitabilityScore();
            return t3 = this.round(t3, 1), (0.6 * e3 + 0.4 * t3 - 1.5) * this.f(e3);
          }
          calculateExactAdjustedTemporalScore() {
            return this.calculateExactAdjustedBaseScore() * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value;
          }
          calculateExactEnvironmentalScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedTemporalScore();
            return (e3 + (10 - e3) * this.getComponent(i.Cvss2Components.CDP).value) * this.getComponent(i.Cvss2Components.TD).value;
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss2Components.C).value, t3 = this.getComponent(i.Cvss2Components.I).value, o2 = this.getComponent(i.Cvss2Components.A).value, a2 = this.getComponent(i.Cvss2Components.CR).value, s2 = this.getComponent(i.Cvss2Components.IR).value, n = this.getComponent(i.Cvss2Components.AR).value;
            return Math.min(10, 10.41 * (1 - (1 - e3 * a2) * (1 - t3 * s2) * (1 - o2 * n)));
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          f(e3) {
            return 0 === e3 ? 0 : 1.176;
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "2.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, accessVector: this.getComponent(i.Cvss2Components.AV).jsonSchemaName, accessComplexity: this.getComponent(i.Cvss2Components.AC).jsonSchemaName, authentication: this.getComponent(i.Cvss2Components.Au).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss2Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss2Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss2Components.A).jsonSchemaName, exploitability: this.getComponent(i.Cvss2Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss2Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss2Components.RC).jsonSchemaName, collateralDamagePotential: this.getComponent(i.Cvss2Components.CDP).jsonSchemaName, targetDistribution: this.getComponent(i.Cvss2Components.TD).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss2Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss2Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss2Components.AR).jsonSchemaName };
          }
        }
        t2.Cvss2 = s;
      }, 479: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2Components = void 0;
        const i = o(154);
        class s {
        }
        t2.Cvss2Components = s, a = s, s.BASE_CATEGORY = { name: "base", description: "Represents the intrinsic and fundamental characteristics of a vulnerability that are constant over time and user environments." }, s.AV_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, L: { shortName: "L", value: 0.395, name: "Local", jsonSchemaName: "LOCAL", description: "A vulnerability exploitable with only local access requires the attacker to have either physical access to the vulnerable system or a local (shell) account. Examples of locally exploitable vulnerabilities are peripheral attacks such as Firewire/USB DMA attacks, and local privilege escalations (e.g., sudo)." }, A: { shortName: "A", value: 0.646, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "A vulnerability exploitable with adjacent network access requires the attacker to have access to either the broadcast or collision domain of the vulnerable software.  Examples of local networks include local IP subnet, Bluetooth, IEEE 802.11, and local Ethernet segment." }, N: { shortName: "N", value: 1, name: "Network", jsonSchemaName: "NETWORK", description: 'A vulnerability exploitable with network access means the vulnerable software is bound to the network stack and the attacker does not require local network access or local access. Such a vulnerability is often termed "remotely exploitable". An example of a network attack is an RPC buffer overflow.' } }, s.AV = { name: "Access Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects how the vulnerability is exploited. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [a.AV_VALUES.ND, a.AV_VALUES.L, a.AV_VALUES.A, a.AV_VALUES.N] }, s.AC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, H: { shortName: "H", value: 0.35, name: "High", jsonSchemaName: "HIGH", description: "Specialized access conditions exist. For example, an attacker can only exploit the vulnerability under very specialized conditions." }, M: { shortName: "M", value: 0.61, name: "Medium", jsonSchemaName: "MEDIUM", description: "The access conditions are somewhat specialized. For example, the attacker can only exploit the vulnerability under certain conditions." }, L: { shortName: "L", value: 0.71, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. For example, an attacker can exploit the vulnerability under most conditions." } }, s.AC = { name: "Access Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: 'This metric measures the complexity of the attack required to exploit the vulnerability once an attacker has gained access to the target system. For example, consider a buffer overflow in an Internet service: If the vulnerability is exploitable only once a user has been authenticated by the service, the vulnerability is only "Medium" complexity. If, however, the vulnerability can be exploited anonymously, it is "Low" complexity.', values: [a.AC_VALUES.ND, a.AC_VALUES.H, a.AC_VALUES.M, a.AC_VALUES.L] }, s.Au_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, M: { shortName: "M", value: 0.45, name: "Multiple", jsonSchemaName: "MULTIPLE", description: "Exploiting the vulnerability requires that the attacker authenticate two or more times, even if the same credentials are used each time. An example is an attacker authenticating to an operating system in addition to providing credentials to access an application hosted on that system." }, S: { shortName: "S", value: 0.56, name: "Single", jsonSchemaName: "SINGLE", description: "The vulnerability requires an attacker to be logged into the system (such as at a command line or via a desktop session or web interface)." }, N: { shortName: "N", value: 0.704, name: "None", jsonSchemaName: "NONE", description: "Authentication is not required to exploit the vulnerability." } }, s.Au = { name: "Authentication", shortName: "Au", subCategory: "Exploitability Metrics", description: 'This metric measures the number of times an attacker must authenticate to a target in order to exploit a vulnerability. "Multiple" means that the attacker must authenticate two or more times, "Single" means that the attacker must authenticate once, and "None" means that the attacker need not authenticate at all to exploit the vulnerability.', values: [a.Au_VALUES.ND, a.Au_VALUES.M, a.Au_VALUES.S, a.Au_VALUES.N] }, s.C_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the confidentiality of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is considerable informational disclosure. Access to some system files is possible, but the attacker does not have control over what is obtained, or the scope of the loss is constrained. An example is a vulnerability that divulges only certain tables in a database." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is total information disclosure, resulting in all system files being revealed. The attacker is able to read all of the system's data (memory, files, etc.)" } }, s.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability. Confidentiality refers to limiting information access and disclosure to only authorized users, as well as preventing access by, or disclosure to, unauthorized ones.", values: [a.C_VALUES.ND, a.C_VALUES.N, a.C_VALUES.P, a.C_VALUES.C] }, s.I_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the integrity of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "Modification of some system files or information is possible, but the attacker does not have control over what can be modified, or the scope of what the attacker can affect is limited. For example, system or application files may be overwritten or modified, but either the attacker has no control over which files are affected or the attacker can modify files within only a limited context or scope." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total compromise of system integrity. There is a complete loss of system protection, resulting in the entire system being compromised. The attacker is able to modify any files on the target system." } }, s.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability. Integrity refers to the trustworthiness and guaranteed veracity of information.", values: [a.I_VALUES.ND, a.I_VALUES.N, a.I_VALUES.P, a.I_VALUES.C] }, s.A_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is reduced performance or interruptions in resource availability. An example is a network-based flood attack that permits a limited number of successful connections to an Internet service." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total shutdown of the affected resource. The attacker can render the resource completely unavailable." } }, s.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability. While the Confidentiality and Integrity impact metrics apply to the loss of confidentiality or integrity of data (e.g., information, files) used by the impacted component, this metric refers to the loss of availability of the impacted component itself, such as a networked service (e.g., web, database, email). Since availability refers to the accessibility of information resources, attacks that consume network bandwidth, processor cycles, or disk space all impact the availability of an impacted component. This metric considers only the availability of the impacted component itself.", values: [a.A_VALUES.ND, a.A_VALUES.N, a.A_VALUES.P, a.A_VALUES.C] }, s.BASE_CATEGORY_VALUES = [a.AV, a.AC, a.Au, a.C, a.I, a.A], s.TEMPORAL_CATEGORY = { name: "temporal", description: "The threat posed by a vulnerability may change over time. Three such factors that CVSS captures are: confirmation of the technical details of a vulnerability, the remediation status of the vulnerability, and the availability of exploit code or techniques. Since temporal metrics are optional they each include a metric value that has no effect on the score." }, s.E_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, U: { shortName: "U", value: 0.85, name: "Unproven", jsonSchemaName: "UNPROVEN", description: "No exploit code is available, or an exploit is entirely theoretical." }, POC: { shortName: "POC", value: 0.9, name: "Proof-of-concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code or an attack demonstration that is not practical for most systems is available. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.95, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Either the vulnerability is exploitable by functional mobile autonomous code, or no exploit is required (manual trigger) and details are widely available. The code works in every situation, or is actively being delivered via a mobile autonomous agent (such as a worm or virus)." } }, s.E = { name: "Exploitability", shortName: "E", description: 'This metric measures the current state of exploit techniques or code availability. "Unproven that exploit exists" is the lowest impact and "Proof-of-concept code" is the highest impact.', values: [a.E_VALUES.ND, a.E_VALUES.U, a.E_VALUES.POC, a.E_VALUES.F, a.E_VALUES.H] }, s.RL_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, OF: { shortName: "OF", value: 0.87, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, TF: { shortName: "TF", value: 0.9, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.95, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, s.RL = { name: "Remediation Level", shortName: "RL", description: 'This metric measures the remediation level of a vulnerability. "Official fix" is the lowest impact and "Unavailable" is the highest impact.', values: [a.RL_VALUES.ND, a.RL_VALUES.OF, a.RL_VALUES.TF, a.RL_VALUES.W, a.RL_VALUES.U] }, s.RC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, UC: { shortName: "UC", value: 0.9, name: "Unconfirmed", jsonSchemaName: "UNCONFIRMED", description: "There is little confidence in the existence of this vulnerability. The report is unconfirmed, or the source is not known." }, UR: { shortName: "UR", value: 0.95, name: "Uncorroborated", jsonSchemaName: "UNCORROBORATED", description: "There is reasonable confidence in the existence of this vulnerability, but the technical details are not known publicly. The report is unconfirmed." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "The existence of this vulnerability is confirmed, but the details are not known publicly. An exploit has been observed, or proof-of-concept exploit code is available. The bugtraq ID or CVE ID has been made public." } }, s.RC = { name: "Report Confidence", shortName: "RC", description: 'This metric measures the degree of confidence in the existence of the vulnerability and the credibility of the known technical details. "Unconfirmed" is the lowest confidence and "Confirmed" is the highest.', values: [a.RC_VALUES.ND, a.RC_VALUES.UC, a.RC_VALUES.UR, a.RC_VALUES.C] }, s.TEMPORAL_CATEGORY_VALUES = [a.E, a.RL, a.RC], s.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "Different environments can have an immense bearing on the risk that a vulnerability poses to an organization and its stakeholders. The CVSS environmental metric group captures the characteristics of a vulnerability that are associated with a user's IT environment. Since environmental metrics are optional they each include a metric value that has no effect on the score." }, s.CDP_VALUES = { ND: { shortName: "ND", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no potential for loss of life, physical assets, productivity or revenue." }, L: { shortName: "L", value: 0.1, name: "Low", jsonSchemaName: "LOW", description: "A successful exploit of this vulnerability may result in slight physical or property damage. Or, there may be a slight loss of revenue or productivity to the organization." }, LM: { shortName: "LM", value: 0.3, name: "Low-Medium", abbreviatedName: "Low-Med.", jsonSchemaName: "LOW_MEDIUM", description: "A successful exploit of this vulnerability may result in moderate physical or property damage. Or, there may be a moderate loss of revenue or productivity to the organization." }, MH: { shortName: "MH", value: 0.4, name: "Medium-High", abbreviatedName: "Med.-High", jsonSchemaName: "MEDIUM_HIGH", description: "A successful exploit of this vulnerability may result in significant physical or property damage or loss. Or, there may be a significant loss of revenue or productivity." }, H: { shortName: "H", value: 0.5, name: "High", jsonSchemaName: "HIGH", description: "A successful exploit of this vulnerability may result in catastrophic physical or property damage and loss. Or, there may be a catastrophic loss of revenue or productivity." } }, s.CDP = { name: "Collateral Damage Potential", shortName: "CDP", subCategory: "General Modifiers", description: 'This metric measures the potential for loss of life or physical assets resulting from a vulnerability. "None" is the lowest impact and "High" is the highest impact.', values: [a.CDP_VALUES.ND, a.CDP_VALUES.N, a.CDP_VALUES.L, a.CDP_VALUES.LM, a.CDP_VALUES.MH, a.CDP_VALUES.H] }, s.TD_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no (0%) target distribution." }, L: { shortName: "L", value: 0.25, name: "Low", jsonSchemaName: "LOW", description: "There is a small (< 25%) target distribution." }, M: { shortName: "M", value: 0.75, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a medium (26-75%) target distribution." }, H: { shortName: "H", value: 1, name: "High", description: "There is a high (> 75%) target distribution." } }, s.TD = { name: "Target Distribution", shortName: "TD", subCategory: "General Modifiers", description: 'This metric measures the proportion of vulnerable systems that could be affected by an attack. It is meant to represent the proportion of vulnerable systems that an attacker can expect to target. "None" is the lowest impact and "High" is the highest impact.', values: [a.TD_VALUES.ND, a.TD_VALUES.N, a.TD_VALUES.L, a.TD_VALUES.M, a.TD_VALUES.H] }, s.CR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for confidentiality of the vulnerable component to the user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the confidentiality of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for confidentiality. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.CR_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.CR_VALUES.H] }, s.IR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for integrity of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the integrity of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for integrity. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.IR_VALUES.ND, a.IR_VALUES.L, a.IR_VALUES.M, a.IR_VALUES.H] }, s.AR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for availability of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the availability of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for availability. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.AR_VALUES.ND, a.AR_VALUES.L, a.AR_VALUES.M, a.AR_VALUES.H] }, s.ENVIRONMENTAL_CATEGORY_VALUES = [a.CDP, a.TD, a.CR, a.IR, a.AR], s.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), a.REGISTERED_COMPONENTS.set(a.BASE_CATEGORY, a.BASE_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.TEMPORAL_CATEGORY, a.TEMPORAL_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.ENVIRONMENTAL_CATEGORY, a.ENVIRONMENTAL_CATEGORY_VALUES), s.ATTRIBUTE_SEVERITY_ORDER = i.CvssVector._reorderAttributeSeverityOrder([a.AC_VALUES.ND, a.AV_VALUES.ND, a.Au_VALUES.ND, a.C_VALUES.ND, a.I_VALUES.ND, a.A_VALUES.ND, a.C_VALUES.N, a.I_VALUES.N, a.A_VALUES.N, a.CDP_VALUES.N, a.CDP_VALUES.ND, a.TD_VALUES.N, a.CDP_VALUES.L, a.TD_VALUES.L, a.C_VALUES.P, a.I_VALUES.P, a.A_VALUES.P, a.CDP_VALUES.LM, a.AC_VALUES.H, a.AV_VALUES.L, a.CDP_VALUES.MH, a.Au_VALUES.M, a.CDP_VALUES.H, a.Au_VALUES.S, a.AC_VALUES.M, a.AV_VALUES.A, a.C_VALUES.C, a.I_VALUES.C, a.A_VALUES.C, a.Au_VALUES.N, a.AC_VALUES.L, a.TD_VALUES.M, a.E_VALUES.U, a.RL_VALUES.OF, a.E_VALUES.POC, a.RL_VALUES.TF, a.RL_VALUES.W, a.RC_VALUES.UC, a.AV_VALUES.N, a.E_VALUES.F, a.E_VALUES.H, a.E_VALUES.ND, a.RL_VALUES.U, a.RL_VALUES.ND, a.RC_VALUES.UR, a.RC_VALUES.C, a.RC_VALUES.ND, a.TD_VALUES.H, a.TD_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.IR_VALUES.L, a.IR_VALUES.M, a.AR_VALUES.L, a.AR_VALUES.M, a.CR_VALUES.ND, a.IR_VALUES.ND, a.AR_VALUES.ND, a.CR_VALUES.H, a.IR_VALUES.H, a.AR_VALUES.H]);
      }, 564: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.applyVectorPartsIfMetricsHigher = t2.applyVectorPartsIfMetricsLower = t2.fromVector = void 0;
        const a = o(475), i = o(623), s = o(371), n = o(987), r = o(479), c = o(331), l = o(951), m = o(759), h = { "CVSS:2.0": a.Cvss2, "2.0": a.Cvss2, "CVSS:3.0": i.Cvss3P0, "3.0": i.Cvss3P0, "CVSS:3.1": s.Cvss3P1, 3.1: s.Cvss3P1, "CVSS:4.0": n.Cvss4P0, "4.0": n.Cvss4P0 };
        function E(e3, t3, o2) {
          if (!t3) return 0;
          const a2 = e3.normalizeVector(t3);
          if (0 === a2.length) return 0;
          const i2 = a2.split("/");
          let s2 = 0;
          for (const t4 of i2) {
            if (!t4) continue;
            const a3 = t4.split(":", 2);
            if (2 === a3.length) {
              const t5 = a3[0], i3 = a3[1], n2 = e3.getComponentByStringOpt(t5), r2 = t5.startsWith("M"), c2 = r2 ? t5.replace("M", "") : t5, l2 = e3.getComponentByStringOpt(c2), m2 = r2 ? t5 : `M${t5}`, h2 = e3.getComponentByStringOpt(m2), E2 = (null == n2 ? void 0 : n2.shortName) || "X", u2 = e3.applyComponentStringSilent(t5, i3), d2 = e3.getComponentByStringOpt(t5);
              u2 && o2(n2, l2, h2, d2, r2) ? s2++ : e3.applyComponentStringSilent(t5, E2);
            } else console.warn("Unknown vector argument:", t4);
          }
          return s2;
        }
        function u(e3, t3, o2, a2, i2) {
          const s2 = null != o2 && "NOT_DEFINED" !== o2.name && "NULL" !== o2.name && "X" !== o2.shortName;
          return { oldSeverity: d(e3, i2 && s2 ? o2 : t3), newSeverity: d(e3, a2) };
        }
        function d(e3, t3) {
          if (!t3) return -1;
          let o2 = [];
          if (e3 instanceof a.Cvss2 ? o2 = r.Cvss2Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof i.Cvss3P0 ? o2 = c.Cvss3P0Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof s.Cvss3P1 ? o2 = l.Cvss3P1Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof n.Cvss4P0 && (o2 = m.Cvss4P0Components.ATTRIBUTE_SEVERITY_ORDER), 0 === o2.length) return console.warn("Unknown", e3.getVectorName(), "severity order list for attribute type:", t3), -1;
          for (let e4 = 0; e4 < o2.length; e4++) if (o2[e4].includes(t3)) return e4;
          return console.warn("Unknown", e3.getVectorName(), "attribute type:", t3), -1;
        }
        t2.fromVector = function(e3, t3 = void 0) {
          if (t3) {
            const o3 = h[t3];
            if (o3) return new o3(e3);
          }
          const o2 = h[e3];
          if (o2) return new o2();
          for (let t4 in h) {
            const o3 = h[t4];
            if (e3.startsWith(t4)) try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          for (let t4 in h) {
            const o3 = h[t4];
            try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          return null;
        }, t2.applyVectorPartsIfMetricsLower = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity <= n2.oldSeverity;
          })) : 0;
        }, t2.applyVectorPartsIfMetricsHigher = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity >= n2.oldSeverity;
          })) : 0;
        };
      }, 623: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0 = void 0;
        const a = o(154), i = o(331);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P0Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.0/";
          }
          getVectorName() {
            return "CVSS:3.0";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P0Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : this.roundUp1(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P0Components.C).value) * (1 - this.getComponent(i.Cvss3P0Components.I).value) * (1 - this.getComponent(i.Cvss3P0Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P0Components.MC), c = this.getComponent(i.Cvss3P0Components.MI), l = this.getComponent(i.Cvss3P0Components.MA), m = this.getComponent(i.Cvss3P0Components.C), h = this.getComponent(i.Cvss3P0Components.I), E = this.getComponent(i.Cvss3P0Components.A), u = this.getComponent(i.Cvss3P0Components.CR), d = this.getComponent(i.Cvss3P0Components.IR), p = this.getComponent(i.Cvss3P0Components.AR);
            return e3 = r === i.Cvss3P0Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P0Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P0Components.MA.values[0] ? E.value : l.value, i.Cvss3P0Components.CR.values[0], a2 = u.value, i.Cvss3P0Components.IR.values[0], s2 = d.value, i.Cvss3P0Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P0Components.AV).value, t3 = this.getComponent(i.Cvss3P0Components.AC).value, o2 = this.getComponent(i.Cvss3P0Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P0Components.S).value ? this.getComponent(i.Cvss3P0Components.PR).changedValue : this.getComponent(i.Cvss3P0Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P0Components.E).value, t3 = this.getComponent(i.Cvss3P0Components.RL).value, o2 = this.getComponent(i.Cvss3P0Components.RC).value, a2 = this.calculateExactBaseScore();
            return this.roundUp1(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P0Components.E).value, a2 = this.getComponent(i.Cvss3P0Components.RL).value, n = this.getComponent(i.Cvss3P0Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = this.roundUp1(Math.min(e3 + t3, 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
            {
              let i2 = this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAV, i.Cvss3P0Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAC, i.Cvss3P0Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MUI, i.Cvss3P0Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P0Components.MPR, i.Cvss3P0Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P0Components.S), t3 = this.getComponent(i.Cvss3P0Components.MS);
            return t3 === i.Cvss3P0Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          roundUp1(e3) {
            return Math.ceil(10 * e3) / 10;
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P0Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P0Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P0Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P0Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P0Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P0Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P0Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P0Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P0Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P0Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P0Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P0Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P0Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P0Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P0Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P0 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 730: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EQ = void 0;
        class o {
          constructor(e3, t3, o2, a) {
            this.highestSeverityVectors = [], this.level = e3, this.vectorDepth = t3, this.highestSeverityVectorsUnparsed = o2, this.predicate = a;
          }
          getLevel() {
            return this.level;
          }
          getLevelAsInt() {
            return parseInt(this.level);
          }
          getVectorDepth() {
            return this.vectorDepth;
          }
          getHighestSeverityVectors() {
            return 0 === this.highestSeverityVectors.length && (this.highestSeverityVectors = this.highestSeverityVectorsUnparsed.map(((e3) => o.createCvssInstance(e3)))), this.highestSeverityVectors;
          }
          getHighestSeverityVectorsUnparsed() {
            return this.highestSeverityVectorsUnparsed;
          }
          matchesConstraints(e3) {
            return this.predicate(e3);
          }
        }
        t2.EQ = o;
      }, 759: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0Components = void 0;
        class o {
        }
        t2.Cvss4P0Components = o, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all information within the Vulnerable System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE = [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Vulnerable System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Vulnerable System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_INTEGRITY_BASE = [o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Vulnerable System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Vulnerable System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Vulnerable System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE = [o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE = [o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in integrity impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in availability impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N], o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED = [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L], o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_INTEGRITY_MODIFIED = [o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_AVAILABILITY_MODIFIED = [o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L], o.AV_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "Network", jsonSchemaName: "NETWORK", description: "The vulnerable system is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet. Such a vulnerability is often termed \u201Cremotely exploitable\u201D and can be thought of as an attack being exploitable at the protocol level one or more network hops away (e.g., across one or more routers). An example of a network attack is an attacker causing a denial of service (DoS) by sending a specially crafted TCP packet across a wide area network." }, A: { shortName: "A", name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT", description: "The vulnerable system is bound to a protocol stack, but the attack is limited at the protocol level to a logically adjacent topology. This can mean an attack must be launched from the same shared proximity (e.g., Bluetooth, NFC, or IEEE 802.11) or logical network (e.g., local IP subnet), or from within a secure or otherwise limited administrative domain (e.g., MPLS, secure VPN within an administrative network zone). One example of an Adjacent attack would be an ARP (IPv4) or neighbor discovery (IPv6) flood leading to a denial of service on the local LAN segment." }, L: { shortName: "L", name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable system is not bound to the network stack and the attacker\u2019s path is via read/write/execute capabilities. Either: the attacker exploits the vulnerability by accessing the target system locally (e.g., keyboard, console), or through terminal emulation (e.g., SSH); or the attacker relies on User Interaction by another person to perform actions required to exploit the vulnerability (e.g., using social engineering techniques to trick a legitimate user into opening a malicious document)." }, P: { shortName: "P", name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable system. Physical interaction may be brief (e.g., evil maid attack) or persistent. An example of such an attack is a cold boot attack in which an attacker gains access to disk encryption keys after physically accessing the target system. Other examples include peripheral attacks via FireWire/USB Direct Memory Access (DMA)." } }, o.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P], worseCaseValue: o.AV_VALUES.N }, o.AC_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker must take no measurable action to exploit the vulnerability. The attack requires no target-specific circumvention to exploit the vulnerability. An attacker can expect repeatable success against the vulnerable system." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "successful attack depends on the evasion or circumvention of security-enhancing techniques in place that would otherwise hinder the attack. The attacker must have additional methods available to bypass security measures in place." } }, o.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric captures measurable actions that the attacker must take to evade or circumvent built-in security-enhancing conditions in order to obtain a working exploit.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H], worseCaseValue: o.AC_VALUES.L }, o.AT_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The successful attack does not depend on the deployment and execution conditions of the vulnerable system. The attacker can expect to be able to reach the vulnerability and execute the exploit under all or most instances of the vulnerability." }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: "The successful attack depends on the presence of specific deployment and execution conditions of the vulnerable system that enable the attack. The successfulness of the attack is conditioned on execution conditions that are not under full control of the attacker. The attack may need to be launched multiple times against a single target before being successful. Network injection. The attacker must inject themselves into the logical network path between the target and the resource requested by the victim (e.g. vulnerabilities requiring an on-path attacker)." } }, o.AT = { name: "Attack Requirements", shortName: "AT", subCategory: "Exploitability Metrics", description: "This metric captures the prerequisite deployment and execution conditions or variables of the vulnerable system that enable the attack.", values: [o.AT_VALUES.X, o.AT_VALUES.N, o.AT_VALUES.P], worseCaseValue: o.AT_VALUES.N }, o.PR_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthenticated prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic capabilities that are typically limited to settings and resources owned by a single low-privileged user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable system allowing full access to the vulnerable system\u2019s settings and files." } }, o.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess prior to successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H], worseCaseValue: o.PR_VALUES.N }, o.UI_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any human user, other than the attacker. Examples include: a remote attacker is able to send packets to a target system a locally authenticated attacker executes code to elevate privileges" }, P: { shortName: "P", name: "Passive", jsonSchemaName: "PASSIVE", description: "Successful exploitation of this vulnerability requires limited interaction by the targeted user with the vulnerable system and the attacker\u2019s payload. These interactions would be considered involuntary and do not require that the user actively subvert protections built into the vulnerable system." }, A: { shortName: "A", name: "Active", jsonSchemaName: "ACTIVE", description: "Successful exploitation of this vulnerability requires a targeted user to perform specific, conscious interactions with the vulnerable system and the attacker\u2019s payload, or the user\u2019s interactions would actively subvert protection mechanisms which would lead to exploitation of the vulnerability." } }, o.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a human user, other than the attacker, to participate in the successful compromise of the vulnerable system.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.P, o.UI_VALUES.A], worseCaseValue: o.UI_VALUES.N }, o.VC = { name: "Confidentiality", shortName: "VC", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the confidentiality of the information managed by the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.VI = { name: "Integrity", shortName: "VI", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the integrity of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.VA = { name: "Availability", shortName: "VA", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the availability of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.SC = { name: "Confidentiality", shortName: "SC", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the confidentiality of information managed by a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.SI = { name: "Integrity", shortName: "SI", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the integrity of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.SA = { name: "Availability", shortName: "SA", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the availability of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.S_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence categories of "marginal," "critical," or "catastrophic."' }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence category "negligible."' } }, o.S = { name: "Safety", shortName: "S", description: "This supplemental metric captures Safety impacts of a vulnerability when the affected system has an intended use or fitness of purpose aligned to safety.", values: [o.S_VALUES.X, o.S_VALUES.N, o.S_VALUES.P], worseCaseValue: o.S_VALUES.P }, o.AU_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "No", jsonSchemaName: "NO", description: "Attackers cannot reliably automate all 4 steps of the kill chain for this vulnerability for some reason. These steps are reconnaissance, weaponization, delivery, and exploitation." }, Y: { shortName: "Y", name: "Yes", jsonSchemaName: "YES", description: "Attackers can reliably automate all 4 steps of the kill chain. These steps are reconnaissance, weaponization, delivery, and exploitation (e.g., the vulnerability is \u201Cwormable\u201D)." } }, o.AU = { name: "Automatable", shortName: "AU", description: "This supplemental metric captures whether an attacker can reliably automate exploitation of this vulnerability across multiple targets, based on the first four steps of the kill chain (reconnaissance, weaponization, delivery, and exploitation).", values: [o.AU_VALUES.X, o.AU_VALUES.N, o.AU_VALUES.Y], worseCaseValue: o.AU_VALUES.Y }, o.R_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, A: { shortName: "A", name: "Automatic", abbreviatedName: "Automat.", jsonSchemaName: "AUTOMATIC", description: "The system recovers services automatically after an attack has been performed." }, U: { shortName: "U", name: "User", jsonSchemaName: "USER", description: "The system requires manual intervention by the user to recover services, after an attack has been performed." }, I: { shortName: "I", name: "Irrecoverable", abbreviatedName: "Irrecov.", jsonSchemaName: "IRRECOVERABLE", description: "The system services are irrecoverable by the user, after an attack has been performed." } }, o.R = { name: "Recovery", shortName: "R", description: "This supplemental metric describes the resilience of a system to recover services, in terms of performance and availability, after an attack has been performed.", values: [o.R_VALUES.X, o.R_VALUES.A, o.R_VALUES.U, o.R_VALUES.I], worseCaseValue: o.R_VALUES.I }, o.V_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, D: { shortName: "D", name: "Diffuse", jsonSchemaName: "DIFFUSE", description: "The vulnerable system has limited resources. That is, the resources that the attacker will gain control over with a single exploitation event are relatively small. An example of Diffuse (think: limited) Value Density would be an attack on a single email client vulnerability." }, C: { shortName: "C", name: "Concentrated", abbreviatedName: "Concentr.", jsonSchemaName: "CONCENTRATED", description: "The vulnerable system is rich in resources. Heuristically, such systems are often the direct responsibility of \u201Csystem operators\u201D rather than users. An example of Concentrated (think: broad) Value Density would be an attack on a central email server." } }, o.V = { name: "Value Density", shortName: "V", description: "This supplemental metric describes the resources that the attacker will gain control over with a single exploitation event.", values: [o.V_VALUES.X, o.V_VALUES.D, o.V_VALUES.C], worseCaseValue: o.V_VALUES.C }, o.RE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The effort required to respond to a vulnerability is low/trivial. Examples include: communication on better documentation, configuration workarounds, or guidance from the vendor that does not require an immediate update, upgrade, or replacement by the consuming entity, such as firewall filter configuration." }, M: { shortName: "M", name: "Moderate", abbreviatedName: "Moder.", jsonSchemaName: "MODERATE", description: "The actions required to respond to a vulnerability require some effort on behalf of the consumer and could cause minimal service impact to implement. Examples include: simple remote update, disabling of a subsystem, or a low-touch software upgrade such as a driver update." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The actions required to respond to a vulnerability are significant and/or difficult, and may possibly lead to an extended, scheduled service impact. This would need to be considered for scheduling purposes including honoring any embargo on deployment of the selected response. Alternatively, response to the vulnerability in the field is not possible remotely. The only resolution to the vulnerability involves physical replacement (e.g. units deployed would have to be recalled for a depot level repair or replacement)." } }, o.RE = { name: "Vulnerability Response Effort", shortName: "RE", description: "This supplemental metric provides supplemental information on how difficult it is for consumers to provide an initial response to the impact of a vulnerability for deployed products and services in their infrastructure.", values: [o.RE_VALUES.X, o.RE_VALUES.L, o.RE_VALUES.M, o.RE_VALUES.H], worseCaseValue: o.RE_VALUES.H }, o.U_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, Clear: { shortName: "Clear", name: "Clear", jsonSchemaName: "CLEAR", description: "Provider has assessed the impact of this vulnerability as having the highest urgency." }, Green: { shortName: "Green", name: "Green", jsonSchemaName: "GREEN", description: "Provider has assessed the impact of this vulnerability as having a moderate urgency." }, Amber: { shortName: "Amber", name: "Amber", jsonSchemaName: "AMBER", description: "Provider has assessed the impact of this vulnerability as having a reduced urgency." }, Red: { shortName: "Red", name: "Red", jsonSchemaName: "RED", description: "Provider has assessed the impact of this vulnerability as having no urgency (Informational)." } }, o.U = { name: "Provider Urgency", shortName: "U", description: "This supplemental metric provides a standardized way for the system provider to convey a qualitative urgency rating (Clear, Green, Amber, Red) for the vulnerability.", values: [o.U_VALUES.X, o.U_VALUES.Clear, o.U_VALUES.Green, o.U_VALUES.Amber, o.U_VALUES.Red], worseCaseValue: o.U_VALUES.Red }, o.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Vector metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AV, values: o.AV.values, worseCaseValue: o.AV_VALUES.N }, o.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Complexity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AC, values: o.AC.values, worseCaseValue: o.AC_VALUES.L }, o.MAT = { name: "Modified Attack Requirements", shortName: "MAT", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Requirements metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AT, values: o.AT.values, worseCaseValue: o.AT_VALUES.P }, o.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "Overrides the Base Privileges Required metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.PR, values: o.PR.values, worseCaseValue: o.PR_VALUES.N }, o.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "Overrides the Base User Interaction metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.UI, values: o.UI.values, worseCaseValue: o.UI_VALUES.N }, o.MVC = { name: "Modified Confidentiality", shortName: "MVC", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VC, values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.MVI = { name: "Modified Integrity", shortName: "MVI", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VI, values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.MVA = { name: "Modified Availability", shortName: "MVA", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VA, values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.MSC = { name: "Modified Confidentiality", shortName: "MSC", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SC, values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.MSI = { name: "Modified Integrity", shortName: "MSI", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SI, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H }, o.MSA = { name: "Modified Availability", shortName: "MSA", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SA, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H }, o.CR = { name: "Confidentiality Requirement", shortName: "CR", description: "This metric enables the consumer to customize the assessment depending on the importance of Confidentiality to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.IR = { name: "Integrity Requirement", shortName: "IR", description: "This metric enables the consumer to customize the assessment depending on the importance of Integrity to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_INTEGRITY_MODIFIED, worseCaseValue: o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H }, o.AR = { name: "Availability Requirement", shortName: "AR", description: "This metric enables the consumer to customize the assessment depending on the importance of Availability to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_AVAILABILITY_MODIFIED, worseCaseValue: o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H }, o.E_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Reliable threat intelligence is not available to determine Exploit Maturity characteristics. This is the default value and is equivalent to Attacked (A) for the purposes of the calculation of the score by assuming the worst case." }, A: { shortName: "A", name: "Attacked", jsonSchemaName: "ATTACKED", description: "Based on available threat intelligence either of the following must apply: Attacks targeting this vulnerability (attempted or successful) have been reported Solutions to simplify attempts to exploit the vulnerability are publicly or privately available (such as exploit toolkits)" }, P: { shortName: "P", name: "POC", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Based on available threat intelligence each of the following must apply: Proof-of-concept exploit code is publicly available No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., the \u201CAttacked\u201D value does not apply)" }, U: { shortName: "U", name: "Unreported", jsonSchemaName: "UNREPORTED", description: "Based on available threat intelligence each of the following must apply: No knowledge of publicly available proof-of-concept exploit code No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., neither the \u201CPOC\u201D nor \u201CAttacked\u201D values apply)" } }, o.E = { name: "Exploit Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is based on the current state of exploit techniques, exploit code availability, or active in-the-wild exploitation.", values: [o.E_VALUES.X, o.E_VALUES.A, o.E_VALUES.P, o.E_VALUES.U], worseCaseValue: o.E_VALUES.A }, o.BASE_CATEGORY = { name: "base", description: "Base Metrics" }, o.SUPPLEMENTAL_CATEGORY = { name: "supplemental", description: "Supplemental Metrics" }, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY = { name: "environmental-base", description: "Environmental Metrics (Modified Base)" }, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY = { name: "environmental-security-requirement", description: "Environmental Metrics (Security Requirements)" }, o.THREAT_CATEGORY = { name: "threat", description: "Threat Metrics" }, o.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.AT, o.PR, o.UI, o.VC, o.VI, o.VA, o.SC, o.SI, o.SA], o.SUPPLEMENTAL_CATEGORY_VALUES = [o.S, o.AU, o.R, o.V, o.RE, o.U], o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES = [o.MAV, o.MAC, o.MAT, o.MPR, o.MUI, o.MVC, o.MVI, o.MVA, o.MSC, o.MSI, o.MSA], o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES = [o.CR, o.IR, o.AR], o.THREAT_CATEGORY_VALUES = [o.E], o.REGISTERED_COMPONENTS_EDITOR_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.MV_LOOKUP = { "000000": 10, "000001": 9.9, "000010": 9.8, "000011": 9.5, "000020": 9.5, "000021": 9.2, "000100": 10, "000101": 9.6, "000110": 9.3, "000111": 8.7, "000120": 9.1, "000121": 8.1, "000200": 9.3, "000201": 9, "000210": 8.9, "000211": 8, "000220": 8.1, "000221": 6.8, "001000": 9.8, "001001": 9.5, "001010": 9.5, "001011": 9.2, "001020": 9, "001021": 8.4, "001100": 9.3, "001101": 9.2, "001110": 8.9, "001111": 8.1, "001120": 8.1, "001121": 6.5, "001200": 8.8, "001201": 8, "001210": 7.8, "001211": 7, "001220": 6.9, "001221": 4.8, "002001": 9.2, "002011": 8.2, "002021": 7.2, "002101": 7.9, "002111": 6.9, "002121": 5, "002201": 6.9, "002211": 5.5, "002221": 2.7, "010000": 9.9, "010001": 9.7, "010010": 9.5, "010011": 9.2, "010020": 9.2, "010021": 8.5, "010100": 9.5, "010101": 9.1, "010110": 9, "010111": 8.3, "010120": 8.4, "010121": 7.1, "010200": 9.2, "010201": 8.1, "010210": 8.2, "010211": 7.1, "010220": 7.2, "010221": 5.3, "011000": 9.5, "011001": 9.3, "011010": 9.2, "011011": 8.5, "011020": 8.5, "011021": 7.3, "011100": 9.2, "011101": 8.2, "011110": 8, "011111": 7.2, "011120": 7, "011121": 5.9, "011200": 8.4, "011201": 7, "011210": 7.1, "011211": 5.2, "011220": 5, "011221": 3, "012001": 8.6, "012011": 7.5, "012021": 5.2, "012101": 7.1, "012111": 5.2, "012121": 2.9, "012201": 6.3, "012211": 2.9, "012221": 1.7, 1e5: 9.8, 100001: 9.5, 100010: 9.4, 100011: 8.7, 100020: 9.1, 100021: 8.1, 100100: 9.4, 100101: 8.9, 100110: 8.6, 100111: 7.4, 100120: 7.7, 100121: 6.4, 100200: 8.7, 100201: 7.5, 100210: 7.4, 100211: 6.3, 100220: 6.3, 100221: 4.9, 101e3: 9.4, 101001: 8.9, 101010: 8.8, 101011: 7.7, 101020: 7.6, 101021: 6.7, 101100: 8.6, 101101: 7.6, 101110: 7.4, 101111: 5.8, 101120: 5.9, 101121: 5, 101200: 7.2, 101201: 5.7, 101210: 5.7, 101211: 5.2, 101220: 5.2, 101221: 2.5, 102001: 8.3, 102011: 7, 102021: 5.4, 102101: 6.5, 102111: 5.8, 102121: 2.6, 102201: 5.3, 102211: 2.1, 102221: 1.3, 11e4: 9.5, 110001: 9, 110010: 8.8, 110011: 7.6, 110020: 7.6, 110021: 7, 110100: 9, 110101: 7.7, 110110: 7.5, 110111: 6.2, 110120: 6.1, 110121: 5.3, 110200: 7.7, 110201: 6.6, 110210: 6.8, 110211: 5.9, 110220: 5.2, 110221: 3, 111e3: 8.9, 111001: 7.8, 111010: 7.6, 111011: 6.7, 111020: 6.2, 111021: 5.8, 111100: 7.4, 111101: 5.9, 111110: 5.7, 111111: 5.7, 111120: 4.7, 111121: 2.3, 111200: 6.1, 111201: 5.2, 111210: 5.7, 111211: 2.9, 111220: 2.4, 111221: 1.6, 112001: 7.1, 112011: 5.9, 112021: 3, 112101: 5.8, 112111: 2.6, 112121: 1.5, 112201: 2.3, 112211: 1.3, 112221: 0.6, 2e5: 9.3, 200001: 8.7, 200010: 8.6, 200011: 7.2, 200020: 7.5, 200021: 5.8, 200100: 8.6, 200101: 7.4, 200110: 7.4, 200111: 6.1, 200120: 5.6, 200121: 3.4, 200200: 7, 200201: 5.4, 200210: 5.2, 200211: 4, 200220: 4, 200221: 2.2, 201e3: 8.5, 201001: 7.5, 201010: 7.4, 201011: 5.5, 201020: 6.2, 201021: 5.1, 201100: 7.2, 201101: 5.7, 201110: 5.5, 201111: 4.1, 201120: 4.6, 201121: 1.9, 201200: 5.3, 201201: 3.6, 201210: 3.4, 201211: 1.9, 201220: 1.9, 201221: 0.8, 202001: 6.4, 202011: 5.1, 202021: 2, 202101: 4.7, 202111: 2.1, 202121: 1.1, 202201: 2.4, 202211: 0.9, 202221: 0.4, 21e4: 8.8, 210001: 7.5, 210010: 7.3, 210011: 5.3, 210020: 6, 210021: 5, 210100: 7.3, 210101: 5.5, 210110: 5.9, 210111: 4, 210120: 4.1, 210121: 2, 210200: 5.4, 210201: 4.3, 210210: 4.5, 210211: 2.2, 210220: 2, 210221: 1.1, 211e3: 7.5, 211001: 5.5, 211010: 5.8, 211011: 4.5, 211020: 4, 211021: 2.1, 211100: 6.1, 211101: 5.1, 211110: 4.8, 211111: 1.8, 211120: 2, 211121: 0.9, 211200: 4.6, 211201: 1.8, 211210: 1.7, 211211: 0.7, 211220: 0.8, 211221: 0.2, 212001: 5.3, 212011: 2.4, 212021: 1.4, 212101: 2.4, 212111: 1.2, 212121: 0.5, 212201: 1, 212211: 0.3, 212221: 0.1 }, o.ATTRIBUTE_SEVERITY_ORDER = [[o.AT_VALUES.P, o.AT_VALUES.P], [o.AT_VALUES.N, o.AT_VALUES.N], [o.AT_VALUES.X, o.AT_VALUES.X], [o.S_VALUES.X], [o.S_VALUES.N], [o.S_VALUES.P], [o.AU_VALUES.X], [o.AU_VALUES.N], [o.AU_VALUES.Y], [o.V_VALUES.X], [o.V_VALUES.D], [o.V_VALUES.C], [o.AC_VALUES.H, o.AC_VALUES.H], [o.AC_VALUES.L, o.AC_VALUES.L], [o.AC_VALUES.X, o.AC_VALUES.X], [o.PR_VALUES.H, o.PR_VALUES.H], [o.PR_VALUES.L, o.PR_VALUES.L], [o.PR_VALUES.N, o.PR_VALUES.N], [o.PR_VALUES.X, o.PR_VALUES.X], [o.UI_VALUES.A, o.UI_VALUES.A], [o.UI_VALUES.P, o.UI_VALUES.P], [o.UI_VALUES.N, o.UI_VALUES.N], [o.UI_VALUES.X, o.UI_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.A], [o.E_VALUES.X], [o.R_VALUES.X], [o.R_VALUES.A], [o.R_VALUES.U], [o.R_VALUES.I], [o.RE_VALUES.X], [o.RE_VALUES.L], [o.RE_VALUES.M], [o.RE_VALUES.H], [o.U_VALUES.X], [o.U_VALUES.Clear], [o.U_VALUES.Green], [o.U_VALUES.Amber], [o.U_VALUES.Red], [o.AV_VALUES.X, o.AV_VALUES.X], [o.AV_VALUES.P, o.AV_VALUES.P], [o.AV_VALUES.L, o.AV_VALUES.L], [o.AV_VALUES.A, o.AV_VALUES.A], [o.AV_VALUES.N, o.AV_VALUES.N]];
      }, 904: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EqOperations36 = t2.EqOperations5 = t2.EqOperations4 = t2.EqOperations2 = t2.EqOperations1 = t2.EqOperations1245 = t2.getEqImplementations = void 0, t2.getEqImplementations = () => [a.getInstance(), i.getInstance(), s.getInstance(), n.getInstance(), r.getInstance()];
        class o {
          deriveNextLowerMacro(e3) {
            return [e3.deriveNextLower(this.getEqNumber())];
          }
          lookupScoresForNextLowerMacro(e3) {
            return e3[0].getLookupTableScore();
          }
          getHighestSeverityVectors(e3) {
            return this.getEq(e3).getHighestSeverityVectorsUnparsed();
          }
          lookupMacroVectorDepth(e3) {
            return this.getEq(e3).getVectorDepth();
          }
        }
        t2.EqOperations1245 = o;
        class a extends o {
          getEq(e3) {
            return e3.getEq1();
          }
          getRelevantAttributes() {
            return ["AV", "PR", "UI"];
          }
          getEqNumber() {
            return 1;
          }
          static getInstance() {
            return a.instance;
          }
        }
        t2.EqOperations1 = a, a.instance = new a();
        class i extends o {
          getEq(e3) {
            return e3.getEq2();
          }
          getRelevantAttributes() {
            return ["AC", "AT"];
          }
          getEqNumber() {
            return 2;
          }
          static getInstance() {
            return i.instance;
          }
        }
        t2.EqOperations2 = i, i.instance = new i();
        class s extends o {
          getEq(e3) {
            return e3.getEq4();
          }
          getRelevantAttributes() {
            return ["SC", "SI", "SA"];
          }
          getEqNumber() {
            return 4;
          }
          static getInstance() {
            return s.instance;
          }
        }
        t2.EqOperations4 = s, s.instance = new s();
        class n extends o {
          getEq(e3) {
            return e3.getEq5();
          }
          getRelevantAttributes() {
            return [];
          }
          getEqNumber() {
            return 5;
          }
          static getInstance() {
            return n.instance;
          }
        }
        t2.EqOperations5 = n, n.instance = new n();
        class r {
          static getInstance() {
            return r.instance;
          }
          getHighestSeverityVectors(e3) {
            return e3.getJointEq3AndEq6().getHighestSeverityVectorsUnparsed();
          }
          getRelevantAttributes() {
            return ["VC", "VI", "VA", "CR", "IR", "AR"];
          }
          deriveNextLowerMacro(e3) {
            const t3 = e3.getEq3().getLevelAsInt(), o2 = e3.getEq6().getLevelAsInt();
            return 1 === t3 && 1 === o2 || 0 === t3 && 1 === o2 ? [e3.deriveNextLower(3)] : 1 === t3 && 0 === o2 ? [e3.deriveNextLower(6)] : 0 === t3 && 0 === o2 ? [e3.deriveNextLower(3), e3.deriveNextLower(6)] : [e3.deriveNextLower(3).deriveNextLower(6)];
          }
          lookupScoresForNextLowerMacro(e3) {
            let t3 = NaN, o2 = NaN;
            return e3.length > 0 && null != e3[0] && (t3 = e3[0].getLookupTableScore()), e3.length > 1 && null != e3[1] && (o2 = e3[1].getLookupTableScore()), isNaN(t3) || isNaN(o2) ? isNaN(t3) ? o2 : t3 : Math.max(t3, o2);
          }
          lookupMacroVectorDepth(e3) {
            return e3.getJointEq3AndEq6().getVectorDepth();
          }
        }
        t2.EqOperations36 = r, r.instance = new r();
      }, 951: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1Components = void 0;
        class a {
        }
        t2.Cvss3P1Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 972: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0MacroVector = void 0;
        const i = o(730), s = o(759);
        class n {
          constructor(e3, t3, o2, a2, i2, s2, n2) {
            this.eq1 = e3, this.eq2 = t3, this.eq3 = o2, this.eq4 = a2, this.eq5 = i2, this.eq6 = s2, this.jointEq3AndEq6 = n2;
          }
          static fromVector(e3) {
            const t3 = a.findMatchingEQ("1", a.EQ1_DEFINITIONS, e3), o2 = a.findMatchingEQ("2", a.EQ2_DEFINITIONS, e3), i2 = a.findMatchingEQ("3", a.EQ3_DEFINITIONS, e3), s2 = a.findMatchingEQ("4", a.EQ4_DEFINITIONS, e3), n2 = a.findMatchingEQ("5", a.EQ5_DEFINITIONS, e3), r = a.findMatchingEQ("6", a.EQ6_DEFINITIONS, e3), c = a.findMatchingEQ("3,6", a.JOINT_EQ3_EQ6_DEFINITIONS, e3);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static findMatchingEQ(e3, t3, o2) {
            for (let e4 of t3) if (e4.matchesConstraints(o2)) return e4;
            throw new Error("No matching EQ found for " + e3 + " and vector " + o2);
          }
          getEq1() {
            return this.eq1;
          }
          getEq2() {
            return this.eq2;
          }
          getEq3() {
            return this.eq3;
          }
          getEq4() {
            return this.eq4;
          }
          getEq5() {
            return this.eq5;
          }
          getEq6() {
            return this.eq6;
          }
          getJointEq3AndEq6() {
            return this.jointEq3AndEq6;
          }
          getEQ(e3) {
            switch (e3) {
              case 1:
                return this.eq1;
              case 2:
                return this.eq2;
              case 3:
                return this.eq3;
              case 4:
                return this.eq4;
              case 5:
                return this.eq5;
              case 6:
                return this.eq6;
              case 7:
                return this.jointEq3AndEq6;
              default:
                throw new Error("Invalid EQ index: " + e3);
            }
          }
          getLookupTableScore() {
            return a.getMacroVectorScore(this);
          }
          static getMacroVectorScore(e3) {
            const t3 = e3.toString(), o2 = s.Cvss4P0Components.MV_LOOKUP[t3];
            return void 0 === o2 ? NaN : o2;
          }
          toString() {
            return this.eq1.getLevel() + this.eq2.getLevel() + this.eq3.getLevel() + this.eq4.getLevel() + this.eq5.getLevel() + this.eq6.getLevel();
          }
          deriveNextLower(e3) {
            const t3 = 1 !== e3 ? this.eq1 : this.getNextLower(a.EQ1_DEFINITIONS, this.eq1), o2 = 2 !== e3 ? this.eq2 : this.getNextLower(a.EQ2_DEFINITIONS, this.eq2), i2 = 3 !== e3 ? this.eq3 : this.getNextLower(a.EQ3_DEFINITIONS, this.eq3), s2 = 4 !== e3 ? this.eq4 : this.getNextLower(a.EQ4_DEFINITIONS, this.eq4), n2 = 5 !== e3 ? this.eq5 : this.getNextLower(a.EQ5_DEFINITIONS, this.eq5), r = 6 !== e3 ? this.eq6 : this.getNextLower(a.EQ6_DEFINITIONS, this.eq6), c = 7 !== e3 ? this.jointEq3AndEq6 : this.getNextLower(a.JOINT_EQ3_EQ6_DEFINITIONS, this.jointEq3AndEq6);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static getIndexInDefinitions(e3, t3) {
            for (let o2 = 0; o2 < e3.length; o2++) if (e3[o2] === t3) return o2;
            throw new Error("EQ not found in definitions: " + t3);
          }
          getNextLower(e3, t3) {
            const o2 = a.getIndexInDefinitions(e3, t3);
            return e3.length > o2 + 1 ? e3[o2 + 1] : a.EQ_ERROR_DEFINITION;
          }
          static is(e3, t3, o2) {
            return o2 === a.getComparisonMetric(e3, t3).shortName;
          }
          static getComparisonMetricComponent(e3, t3) {
            return a.getComparisonMetric(e3, t3.shortName);
          }
          static getComparisonMetric(e3, t3) {
            const o2 = e3.getComponentByString(t3);
            if ("E" === t3 && s.Cvss4P0Components.E_VALUES.X === o2) return s.Cvss4P0Components.E_VALUES.A;
            if ("CR" === t3 && s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H;
            if ("IR" === t3 && s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H;
            if ("AR" === t3 && s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H;
            if ("MSI" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SI").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H;
            if ("MSA" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SA").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H;
            try {
              const o3 = e3.getComponentByString((t3.startsWith("M") ? "" : "M") + t3), a2 = o3.shortName;
              if (null != a2 && "X" !== a2) return o3;
            } catch (e4) {
            }
            return o2;
          }
        }
        t2.Cvss4P0MacroVector = n, a = n, n.EQ_ERROR_DEFINITION = new i.EQ("9", -1, [], (() => true)), n.EQ1_DEFINITIONS = [new i.EQ("0", 1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N"))), new i.EQ("1", 4, ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"], ((e3) => (a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N")) && !(a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N")) && !a.is(e3, "AV", "P"))), new i.EQ("2", 5, ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"], ((e3) => a.is(e3, "AV", "P") || !(a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N"))))], n.EQ2_DEFINITIONS = [new i.EQ("0", 1, ["AC:L/AT:N"], ((e3) => a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))), new i.EQ("1", 2, ["AC:H/AT:N", "AC:L/AT:P"], ((e3) => !(a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))))], n.EQ3_DEFINITIONS = [new i.EQ("0", -1, ["VC:H/VI:H/VA:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H"))), new i.EQ("1", -1, ["VC:L/VI:H/VA:H", "VC:H/VI:L/VA:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")))), new i.EQ("2", -1, ["VC:L/VI:L/VA:L"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H"))))], n.EQ4_DEFINITIONS = [new i.EQ("0", 6, ["SC:H/SI:S/SA:S"], ((e3) => a.is(e3, "MSI", "S") || a.is(e3, "MSA", "S"))), new i.EQ("1", 5, ["SC:H/SI:H/SA:H"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S")) && (a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H")))), new i.EQ("2", 4, ["SC:L/SI:L/SA:L"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S") || a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H"))))], n.EQ5_DEFINITIONS = [new i.EQ("0", 1, ["E:A"], ((e3) => a.is(e3, "E", "A"))), new i.EQ("1", 1, ["E:P"], ((e3) => a.is(e3, "E", "P"))), new i.EQ("2", 1, ["E:U"], ((e3) => a.is(e3, "E", "U")))], n.EQ6_DEFINITIONS = [new i.EQ("0", -1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))), new i.EQ("1", -1, ["VC:H/VI:H/VA:H/CR:M/IR:M/AR:M", "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M", "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))], n.JOINT_EQ3_EQ6_DEFINITIONS = [new i.EQ("00", 7, ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && (a.is(e3, "CR", "H") || a.is(e3, "IR", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("01", 6, ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && !(a.is(e3, "CR", "H") || a.is(e3, "IR", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("10", 8, ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && (a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("11", 8, ["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H")) && !(a.is(e3, "IR", "H") && a.is(e3, "VI", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("20", 0, [], ((e3) => false)), new i.EQ("21", 10, ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H") || a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))];
      }, 987: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = void 0;
        const a = o(154), i = o(972), s = o(904), n = o(759), r = o(730), c = o(951);
        class l extends a.CvssVector {
          constructor(e3) {
            super(e3), this.ROUNDING_EPSILON = Math.pow(10, -6);
          }
          getRegisteredComponents() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER;
          }
          getVectorStringOrderProperties() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER;
          }
          getVectorPrefix() {
            return "CVSS:4.0/";
          }
          getVectorName() {
            return "CVSS:4.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L");
          }
          fillRandomBaseVector() {
            const e3 = n.Cvss4P0Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2, ", filling average vector instead"), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isAnyEnvironmentalDefined(), o2 = this.isAnyThreatDefined(), a2 = this.calculateOverallScore();
            let i2, s2, r2;
            if (t3 || o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), i2 = e4.calculateOverallScore();
            } else i2 = a2;
            if (t3) if (o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), s2 = e4.calculateOverallScore();
            } else s2 = a2;
            if (o2) if (t3) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), r2 = e4.calculateOverallScore();
            } else r2 = a2;
            return { normalized: e3, overall: a2, base: a2, baseMetricsOnly: i2, environmental: s2, threat: r2, vector: this.toString() };
          }
          toString(e3 = false, t3 = this.getVectorStringOrderProperties(), o2 = false) {
            return super.toString(e3, t3, o2);
          }
          calculateOverallScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (["VC", "VI", "VA", "SC", "SI", "SA"].map(((e4) => i.Cvss4P0MacroVector.getComparisonMetric(this, e4))).every(((e4) => "N" === e4.shortName))) return 0;
            const e3 = this.getMacroVector(), t3 = e3.getLookupTableScore(), o2 = (0, s.getEqImplementations)();
            (e3.getEq3().getLevel() + e3.getEq6().getLevel()).toLowerCase() !== e3.getJointEq3AndEq6().getLevel().toLowerCase() && console.warn(`CVSS 4.0: Joint Eq3 and Eq6 level [${e3.getJointEq3AndEq6().getLevel()}] does not match Eq3 [${e3.getEq3().getLevel()}] and Eq6 [${e3.getEq6().getLevel()}]`);
            const a2 = o2.map(((t4) => t4.getHighestSeverityVectors(e3))), n2 = this.generateCvssPermutations(a2[0], a2[1], a2[2], a2[3], a2[4]);
            if (0 === n2.length) return console.warn(`No max vectors found for ${e3}`), 0;
            const r2 = this.calculateSeverityDistancesByComparingToHighestSeverityVectors(n2), c2 = new m();
            for (const a3 of o2) {
              const o3 = a3.deriveNextLowerMacro(e3), i2 = t3 - a3.lookupScoresForNextLowerMacro(o3), s2 = a3.lookupMacroVectorDepth(e3), n3 = a3.getRelevantAttributes().map(((e4) => r2.get(e4) || 0)).reduce(((e4, t4) => e4 + t4), 0);
              if (!isNaN(i2) && 0 !== s2) {
                const e4 = n3 / s2 * i2;
                c2.add(e4);
              }
            }
            const l2 = t3 - c2.get(0);
            return l2 < 0 ? 0 : l2 > 10 ? 10 : this.roundToDecimalPlaces(l2);
          }
          roundToDecimalPlaces(e3) {
            return Math.round(10 * (e3 + this.ROUNDING_EPSILON)) / 10;
          }
          generateCvssPermutations(e3, t3, o2, a2, i2) {
            const s2 = [];
            return e3.forEach(((e4) => {
              t3.forEach(((t4) => {
                o2.forEach(((o3) => {
                  a2.forEach(((a3) => {
                    i2.forEach(((i3) => {
                      const n2 = `${e4}/${t4}/${o3}/${a3}/${i3}`;
                      s2.push(new l(n2));
                    }));
                  }));
                }));
              }));
            })), s2;
          }
          severityDistance(e3, t3, o2, a2) {
            const i2 = "X" === t3.shortName ? void 0 === e3.worseCaseValue ? t3 : e3.worseCaseValue : t3, s2 = "X" === a2.shortName ? void 0 === o2.worseCaseValue ? a2 : o2.worseCaseValue : a2;
            let n2, r2, c2, l2;
            if (e3 !== o2) {
              const t4 = e3.name.startsWith("Modified"), a3 = o2.name.startsWith("Modified");
              if (t4 && !a3) {
                const t5 = e3.values.find(((e4) => e4.shortName === s2.shortName));
                if (!t5) throw new Error("Cannot find modified value for " + s2);
                r2 = i2, l2 = t5, n2 = e3, c2 = e3;
              } else {
                if (t4 || !a3) return console.warn(`Cannot compute severity distance for [${i2}] and [${s2}], assuming distance is 0`), 0;
                {
                  const e4 = o2.values.find(((e5) => e5.shortName === i2.shortName));
                  if (!e4) throw new Error("Cannot find modified value for " + i2);
                  r2 = e4, l2 = s2, n2 = o2, c2 = o2;
                }
              }
            } else r2 = i2, l2 = s2, n2 = e3, c2 = o2;
            return n2.values.indexOf(r2) - c2.values.indexOf(l2);
          }
          severityDistanceBetweenComponents(e3, t3, o2, a2) {
            const i2 = e3.values.find(((e4) => e4.shortName === t3.shortName)), s2 = o2.values.find(((e4) => e4.shortName === a2.shortName));
            if (!i2) throw new Error(`Cannot find component values for ${e3.name} with short name ${t3.shortName} in ${e3.values.map(((e4) => e4.shortName)).join(", ")}`);
            if (!s2) throw new Error(`Cannot find component values for ${o2.name} with short name ${a2.shortName} in ${o2.values.map(((e4) => e4.shortName)).join(", ")}`);
            return e3.values.indexOf(i2) - o2.values.indexOf(s2);
          }
          severityDistanceToVector(e3) {
            let t3 = 0;
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER.forEach(((o2) => {
              o2.forEach(((o3) => {
                const a2 = this.getComponent(o3), i2 = e3.getComponent(o3);
                t3 += this.severityDistanceBetweenComponents(o3, a2, o3, i2);
              }));
            })), t3;
          }
          calculateSeverityDistancesByComparingToHighestSeverityVectors(e3) {
            const t3 = /* @__PURE__ */ new Map();
            for (const o2 of e3) {
              t3.set("AV", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AV), n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AV))), t3.set("PR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.PR), n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.PR))), t3.set("UI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.UI), n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.UI))), t3.set("AC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AC), n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AC))), t3.set("AT", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AT), n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AT))), t3.set("VC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VC), n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VC))), t3.set("VI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VI), n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VI))), t3.set("VA", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VA), n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VA))), t3.set("SC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SC), n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SC))), t3.set("CR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.CR), n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.CR))), t3.set("IR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.IR), n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.IR))), t3.set("AR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AR), n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AR)));
              const e4 = this.getComponent(n.Cvss4P0Components.SI) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? "MSI" : "SI", a2 = this.getComponent(n.Cvss4P0Components.SA) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? "MSA" : "SA";
              if (t3.set(e4, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SI), n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SI))), t3.set(a2, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SA), n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SA))), !Array.from(t3.values()).some(((e5) => e5 < 0))) break;
              t3.clear();
            }
            return 0 === t3.size && console.warn(`No severity distances found for [${this.toString()}]`), t3;
          }
          getNomenclature() {
            let e3 = "CVSS-B";
            return this.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY) && (e3 += "T"), (this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY)) && (e3 += "E"), e3;
          }
          getMacroVector() {
            return i.Cvss4P0MacroVector.fromVector(this);
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.BASE_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(c.Cvss3P1Components.BASE_CATEGORY);
          }
          isThreatFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyThreatDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "4.0", vectorString: this.toString(), baseScore: e3.overall, baseSeverity: this.getJsonSchemaSeverity(e3.overall), attackVector: this.getComponent(n.Cvss4P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(n.Cvss4P0Components.AC).jsonSchemaName, attackRequirements: this.getComponent(n.Cvss4P0Components.AT).jsonSchemaName, privilegesRequired: this.getComponent(n.Cvss4P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(n.Cvss4P0Components.UI).jsonSchemaName, vulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.VC).jsonSchemaName, vulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.VI).jsonSchemaName, vulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.VA).jsonSchemaName, subConfidentialityImpact: this.getComponent(n.Cvss4P0Components.SC).jsonSchemaName, subIntegrityImpact: this.getComponent(n.Cvss4P0Components.SI).jsonSchemaName, subAvailabilityImpact: this.getComponent(n.Cvss4P0Components.SA).jsonSchemaName, exploitMaturity: this.getComponent(n.Cvss4P0Components.E).jsonSchemaName, confidentialityRequirement: this.getComponent(n.Cvss4P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(n.Cvss4P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(n.Cvss4P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(n.Cvss4P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(n.Cvss4P0Components.MAC).jsonSchemaName, modifiedAttackRequirements: this.getComponent(n.Cvss4P0Components.MAT).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(n.Cvss4P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(n.Cvss4P0Components.MUI).jsonSchemaName, modifiedVulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MVC).jsonSchemaName, modifiedVulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.MVI).jsonSchemaName, modifiedVulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MVA).jsonSchemaName, modifiedSubConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MSC).jsonSchemaName, modifiedSubIntegrityImpact: this.getComponent(n.Cvss4P0Components.MSI).jsonSchemaName, modifiedSubAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MSA).jsonSchemaName, Safety: this.getComponent(n.Cvss4P0Components.S).jsonSchemaName, Automatable: this.getComponent(n.Cvss4P0Components.AU).jsonSchemaName, Recovery: this.getComponent(n.Cvss4P0Components.R).jsonSchemaName, valueDensity: this.getComponent(n.Cvss4P0Components.V).jsonSchemaName, vulnerabilityResponseEffort: this.getComponent(n.Cvss4P0Components.RE).jsonSchemaName, providerUrgency: this.getComponent(n.Cvss4P0Components.U).jsonSchemaName };
          }
        }
        t2.Cvss4P0 = l, r.EQ.createCvssInstance = (e3) => new l(e3);
        class m {
          constructor() {
            this.sum = 0, this.count = 0;
          }
          add(e3) {
            this.sum += e3, this.count++;
          }
          get(e3) {
            return 0 == this.count ? e3 : this.sum / this.count;
          }
        }
      } }, t = {};
      return (function o(a) {
        var i = t[a];
        if (void 0 !== i) return i.exports;
        var s = t[a] = { exports: {} };
        return e[a].call(s.exports, s, s.exports, o), s.exports;
      })(156);
    })()));
  }
});

// src/advise/db.ts
var EcosystemTally = class _EcosystemTally {
  byEcosystem = /* @__PURE__ */ new Map();
  add(advisory) {
    this.addRecord(advisory.affected, advisory.modified ?? advisory.published, advisory.withdrawn !== void 0);
  }
  /** One record, from what a bundle's index keeps of it: its packages, its date, whether it is withdrawn. */
  addRecord(packages, date2, withdrawn) {
    for (const ecosystem of packages.length === 1 ? [packages[0].ecosystem] : new Set(packages.map((a) => a.ecosystem))) {
      let e = this.byEcosystem.get(ecosystem);
      if (!e) this.byEcosystem.set(ecosystem, e = { records: 0 });
      e.records++;
      if (withdrawn) e.withdrawn = (e.withdrawn ?? 0) + 1;
      if (date2 && (e.newest === void 0 || date2 > e.newest)) e.newest = date2;
    }
  }
  result() {
    return Object.fromEntries([...this.byEcosystem].sort(([a], [b]) => byCodePoint(a, b)));
  }
  static of(advisories) {
    const t = new _EcosystemTally();
    for (const a of advisories) t.add(a);
    return t.result();
  }
};
var AdvisoryDb = class _AdvisoryDb {
  byId = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  /** Every record offered, in order, so that merge() rebuilds exactly what sequential adds built. */
  offered = [];
  /** A new index holding the parts' records as if each part's records had been added in turn. */
  static merge(parts) {
    const db = new _AdvisoryDb();
    for (const part of parts) for (const a of part.offered) db.add(a);
    return db;
  }
  get size() {
    return this.byId.size;
  }
  add(advisory) {
    this.offered.push(advisory);
    const existing = this.byId.get(advisory.id);
    if (existing) {
      if ((advisory.modified ?? "") <= (existing.modified ?? "")) return;
      this.unindex(existing);
    }
    this.byId.set(advisory.id, advisory);
    const keys = new Set(advisory.affected.map((a) => matchKey(a.ecosystem, a.name)));
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(advisory);
      else this.byKey.set(key, [advisory]);
    }
  }
  unindex(advisory) {
    for (const a of advisory.affected) {
      const key = matchKey(a.ecosystem, a.name);
      const list = this.byKey.get(key);
      if (list) this.byKey.set(key, list.filter((x) => x !== advisory));
    }
  }
  /** Advisories naming this package (any version), withdrawn ones included: the matcher decides. */
  lookup(ecosystem, name) {
    return this.byKey.get(matchKey(ecosystem, name)) ?? [];
  }
  get(id) {
    return this.byId.get(id);
  }
  all() {
    return this.byId.values();
  }
};

// src/advise/runtime/endoflife.ts
var import_yaml = __toESM(require_dist(), 1);
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function date(v) {
  if (typeof v !== "string") return void 0;
  const s = v.trim().slice(0, 10);
  return DATE.test(s) ? s : void 0;
}
function str(v) {
  if (typeof v === "number") return String(v);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
}
function eolValue(v) {
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  return date(v);
}
function codename(v) {
  const s = str(v);
  return s ? s.split(/\s+/)[0].toLowerCase() : void 0;
}
function product(name, source) {
  return { product: name, cycles: [], versions: /* @__PURE__ */ new Map(), sources: [source] };
}
function addImages(p, identifiers) {
  if (!Array.isArray(identifiers)) return;
  const images = new Set(p.images);
  for (const i of identifiers) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === "string" ? i.purl : i.type === "purl" && typeof i.id === "string" ? i.id : void 0;
    const image = purl === void 0 ? void 0 : imageOfDockerPurl(purl);
    if (image !== void 0) images.add(image);
  }
  if (images.size > 0) p.images = [...images];
}
var GITHUB_REPO = /^([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?$/;
function githubRepo(path) {
  const m = GITHUB_REPO.exec(path);
  return m && !path.includes("__") ? `${m[1]}/${m[2]}`.toLowerCase() : void 0;
}
function addRepositories(p, fm) {
  const found = [];
  const add = (repo, via) => {
    if (repo !== void 0 && !found.some((f) => f.repo === repo)) found.push({ repo, via });
  };
  for (const i of Array.isArray(fm.identifiers) ? fm.identifiers : []) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === "string" ? i.purl : i.type === "purl" && typeof i.id === "string" ? i.id : void 0;
    const m = purl === void 0 ? null : /^pkg:github\/([^?#@]+)/i.exec(purl.trim());
    if (m) add(githubRepo(m[1]), "identifier");
  }
  const methods = isRecord(fm.auto) && Array.isArray(fm.auto.methods) ? fm.auto.methods : [];
  for (const m of methods) {
    if (!isRecord(m)) continue;
    for (const key of ["github_releases", "github_tags"]) if (typeof m[key] === "string") add(githubRepo(m[key].trim()), "release-method");
    const git = typeof m.git === "string" ? /^https:\/\/github\.com\/(.+?)\/?$/.exec(m.git.trim()) : null;
    if (git) add(githubRepo(git[1]), "release-method");
  }
  const changelog = typeof fm.changelogTemplate === "string" ? /^https:\/\/github\.com\/([^/]+\/[^/]+)\/releases\//.exec(fm.changelogTemplate.trim()) : null;
  if (changelog) add(githubRepo(changelog[1]), "changelog");
  if (found.length > 0) p.repositories = [...p.repositories ?? [], ...found.filter((f) => !p.repositories?.some((r) => r.repo === f.repo))];
}
function addLatest(p, c) {
  if (c.latest !== void 0 && !p.versions.has(c.latest)) p.versions.set(c.latest, c.latestReleaseDate);
}
function parseProductMarkdown(text, name, source) {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return { products: [], issues: ["no YAML front matter"] };
  const doc = (0, import_yaml.parseDocument)(m[1], { schema: "failsafe", prettyErrors: false });
  if (doc.errors.length > 0) return { products: [], issues: [`front matter: ${doc.errors[0].message.split("\n")[0]}`] };
  let fm;
  try {
    fm = doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    return { products: [], issues: [`front matter: ${err.message}`] };
  }
  if (!isRecord(fm) || !Array.isArray(fm.releases)) return { products: [], issues: ["front matter has no releases list"] };
  const p = product(name, source);
  addImages(p, fm.identifiers);
  addRepositories(p, fm);
  const issues = [];
  for (const r of fm.releases) {
    const cycle = isRecord(r) ? str(r.releaseCycle) : void 0;
    if (!isRecord(r) || cycle === void 0) {
      issues.push("a release without releaseCycle");
      continue;
    }
    const c = { cycle, eol: eolValue(r.eol) ?? false };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    const latest = str(r.latest);
    if (latest) c.latest = latest;
    const lrd = date(r.latestReleaseDate);
    if (lrd) c.latestReleaseDate = lrd;
    p.cycles.push(c);
    addLatest(p, c);
  }
  return { products: [p], issues };
}
function fromReleaseData(value, name, source) {
  const p = product(name, source);
  const issues = [];
  const versions = value.versions;
  if (isRecord(versions)) {
    let bad = 0;
    for (const [key, v] of Object.entries(versions)) {
      const version = (isRecord(v) ? str(v.name) : void 0) ?? key;
      if (!isRecord(v)) {
        bad++;
        continue;
      }
      p.versions.set(version, date(v.date));
    }
    if (bad > 0) issues.push(`${bad} versions entries are not objects`);
  }
  if (isRecord(value.releases)) {
    for (const [key, r] of Object.entries(value.releases)) {
      if (!isRecord(r)) continue;
      const c = { cycle: str(r.name) ?? key, eol: eolValue(r.eol) ?? false };
      const cn = codename(r.codename);
      if (cn) c.codename = cn;
      const rd = date(r.releaseDate);
      if (rd) c.releaseDate = rd;
      p.cycles.push(c);
    }
  }
  return { products: [p], issues };
}
function fromApiProduct(details, fallbackName, source) {
  if (!Array.isArray(details.releases)) return void 0;
  const p = product(str(details.name) ?? fallbackName, source);
  addImages(p, details.identifiers);
  addRepositories(p, details);
  for (const r of details.releases) {
    if (!isRecord(r)) continue;
    const cycle = str(r.name);
    if (cycle === void 0) continue;
    const eolFrom = date(r.eolFrom);
    const c = { cycle, eol: eolFrom ?? r.isEol === true };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    if (isRecord(r.latest)) {
      const latest = str(r.latest.name);
      if (latest) c.latest = latest;
      const ld = date(r.latest.date);
      if (ld) c.latestReleaseDate = ld;
    }
    p.cycles.push(c);
    addLatest(p, c);
  }
  return p;
}
function parseEndoflifeJson(value, name, source) {
  if (!isRecord(value)) return { products: [], issues: ["not a JSON object"] };
  if (isRecord(value.versions) || isRecord(value.releases)) return fromReleaseData(value, name, source);
  const result = value.result;
  if (isRecord(result)) {
    const p = fromApiProduct(result, name, source);
    return p ? { products: [p], issues: [] } : { products: [], issues: ["API response without result.releases"] };
  }
  if (Array.isArray(result)) {
    const products = result.flatMap((d) => isRecord(d) ? fromApiProduct(d, name, source) ?? [] : []);
    return { products, issues: products.length === result.length ? [] : [`${result.length - products.length} products without releases`] };
  }
  return { products: [], issues: ["neither endoflife.date release data nor an API v1 product"] };
}
function mergeProducts(into, from) {
  const byCycle = new Map(into.cycles.map((c) => [c.cycle, c]));
  for (const c of from.cycles) {
    const have = byCycle.get(c.cycle);
    if (!have) {
      into.cycles.push({ ...c });
      byCycle.set(c.cycle, into.cycles[into.cycles.length - 1]);
      continue;
    }
    if (have.codename === void 0 && c.codename !== void 0) have.codename = c.codename;
    if (have.releaseDate === void 0 && c.releaseDate !== void 0) have.releaseDate = c.releaseDate;
    if (have.latest === void 0 && c.latest !== void 0) {
      have.latest = c.latest;
      if (c.latestReleaseDate !== void 0) have.latestReleaseDate = c.latestReleaseDate;
    }
  }
  for (const [v, d] of from.versions) {
    if (!into.versions.has(v) || into.versions.get(v) === void 0 && d !== void 0) into.versions.set(v, d);
  }
  into.sources.push(...from.sources);
  if (from.images) into.images = [.../* @__PURE__ */ new Set([...into.images ?? [], ...from.images])];
  for (const r of from.repositories ?? []) if (!into.repositories?.some((x) => x.repo === r.repo)) (into.repositories ??= []).push(r);
}

// src/advise/runtime/types.ts
function emptyRuntimeData() {
  return { products: /* @__PURE__ */ new Map(), nodeVulnerabilities: [] };
}

// src/advise/live/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var CACHE_LAYOUT = "v1";
var MAX_ENTRY_BYTES = 256 * 1024 * 1024;
var LiveCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Why the cache could not be written, once per run: a read-only folder must not fail every request. */
  writeError;
  /** Entries found unreadable or corrupt (ignored). */
  corrupt = [];
  path(source, key) {
    if (!this.dir) return void 0;
    const digest = createHash("sha256").update(`${source}\0${key}`).digest("hex");
    return join(this.dir, CACHE_LAYOUT, source.replace(/[^a-z0-9-]/gi, "_"), digest.slice(0, 2), `${digest}.json`);
  }
  async get(source, key, check) {
    const path = this.path(source, key);
    if (!path) return void 0;
    let text;
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) {
        this.corrupt.push(path);
        return void 0;
      }
      text = await readFile(path, "utf8");
    } catch {
      return void 0;
    }
    try {
      const raw = JSON.parse(text);
      if (isRecord(raw) && raw.layout === CACHE_LAYOUT && raw.source === source && raw.key === key && typeof raw.fetched === "string" && !Number.isNaN(Date.parse(raw.fetched)) && check(raw.value)) {
        return { fetched: raw.fetched, value: raw.value };
      }
    } catch {
    }
    this.corrupt.push(path);
    return void 0;
  }
  async put(source, key, entry) {
    const path = this.path(source, key);
    if (!path || this.writeError !== void 0) return;
    const stored = { layout: CACHE_LAYOUT, source, key, fetched: entry.fetched, value: entry.value };
    const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(tmp, JSON.stringify(stored));
      await rename(tmp, path);
    } catch (err) {
      this.writeError = `cache folder ${this.dir} not writable: ${err.message}`;
      await unlink(tmp).catch(() => void 0);
    }
  }
};

// src/advise/live/context.ts
var HOUR = 36e5;
var DAY = 24 * HOUR;
var DEFAULT_FRESH_MS = {
  "osv-api": 1 * HOUR,
  // Registry answers are release dates of published versions, which do not change; a cached table
  // that lacks the version asked for is refetched regardless (see registries.ts).
  "registry-dates": Infinity,
  kev: 12 * HOUR,
  // FIRST recomputes EPSS once a day.
  epss: 24 * HOUR,
  endoflife: 24 * HOUR
};
var DEFAULT_MAX_AGE_DAYS = {
  "osv-api": 5,
  "registry-dates": Infinity,
  kev: 5,
  epss: 5,
  endoflife: 7
};
var ShapeError = class extends Error {
  name = "ShapeError";
};
var BREAKER_THRESHOLD = 3;
var LiveContext = class _LiveContext {
  http;
  cache;
  policy;
  offline;
  clock;
  maxAgeMs;
  freshMs;
  logs = /* @__PURE__ */ new Map();
  downStreak = /* @__PURE__ */ new Map();
  down = /* @__PURE__ */ new Map();
  writeErrorReported = false;
  constructor(opts) {
    this.http = opts.http;
    this.cache = new LiveCache(opts.cacheDir);
    this.policy = opts.onSourceError;
    this.offline = opts.offline;
    this.clock = opts.clock;
    this.maxAgeMs = { ...DEFAULT_MAX_AGE_DAYS };
    for (const s of Object.keys(this.maxAgeMs)) {
      this.maxAgeMs[s] = (opts.maxAgeDays[s] ?? DEFAULT_MAX_AGE_DAYS[s]) * DAY;
    }
    this.freshMs = { ...DEFAULT_FRESH_MS, ...opts.freshMs };
  }
  static create(opts) {
    return new _LiveContext({
      offline: false,
      maxAgeDays: {},
      freshMs: {},
      http: new HttpClient(),
      clock: Date.now,
      ...opts
    });
  }
  now() {
    return new Date(this.clock()).toISOString();
  }
  log(source) {
    let l = this.logs.get(source);
    if (!l) {
      l = { failures: [], fallbacks: [], stale: [], network: 0, cached: 0 };
      this.logs.set(source, l);
    }
    return l;
  }
  ageMs(fetched) {
    return Math.max(0, this.clock() - Date.parse(fetched));
  }
  used(source, label, fetched) {
    const l = this.log(source);
    if (l.oldestUsed === void 0 || fetched < l.oldestUsed) l.oldestUsed = fetched;
    if (this.ageMs(fetched) > this.maxAgeMs[source]) l.stale.push({ label, fetched });
  }
  noteOutcome(err) {
    if (!(err instanceof HttpError)) return;
    let origin;
    try {
      origin = new URL(err.url).origin;
    } catch {
      return;
    }
    if (err.kind === "timeout" || err.kind === "network" || err.kind === "retry-after") {
      const streak = (this.downStreak.get(origin) ?? 0) + 1;
      this.downStreak.set(origin, streak);
      if (streak >= BREAKER_THRESHOLD) this.down.set(origin, err.message);
    }
  }
  noteSuccess(url) {
    if (url === void 0) return;
    try {
      this.downStreak.delete(new URL(url).origin);
    } catch {
    }
  }
  /**
   * Whether requests to this URL's origin are being skipped because it failed repeatedly; once a
   * host is down, waiting out every remaining request's timeouts and retries would only stall the run.
   */
  downReason(url) {
    try {
      return this.down.get(new URL(url).origin);
    } catch {
      return void 0;
    }
  }
  /**
   * The cache half of a request: a usable entry (fresh for its source, or any entry when offline)
   * is a hit; otherwise the caller asks the network, unless `blocked` says why it must not, and
   * hands the outcome to `settle`. Split in two so that batched requests (one OSV querybatch for
   * a thousand packages) follow the same rules as single ones.
   */
  async lookup(req, url) {
    const entry = await this.cache.get(req.source, req.key, req.check);
    if (entry) {
      const confirmed = !this.offline && req.fresh !== void 0 && req.fresh(entry);
      const fresh = confirmed || req.fresh === void 0 && this.ageMs(entry.fetched) < this.freshMs[req.source];
      if (fresh || this.offline) {
        this.log(req.source).cached++;
        if (!confirmed) this.used(req.source, req.label, entry.fetched);
        return { hit: { value: entry.value, fetched: entry.fetched, from: "cache" } };
      }
    }
    const down = url === void 0 ? void 0 : this.downReason(url);
    const blocked = this.offline ? "not in the cache, and the run is offline" : down === void 0 ? void 0 : `skipped, the server failed earlier requests: ${down}`;
    const miss = {};
    if (entry) miss.entry = entry;
    if (blocked !== void 0) miss.blocked = blocked;
    return miss;
  }
  /** The network half: keeps a good answer, falls back to the cached entry, or records missing data. */
  async settle(req, entry, outcome, url) {
    const l = this.log(req.source);
    if ("value" in outcome) {
      this.noteSuccess(url);
      const fetched = this.now();
      await this.cache.put(req.source, req.key, { fetched, value: outcome.value });
      l.network++;
      this.used(req.source, req.label, fetched);
      return { value: outcome.value, fetched, from: "network" };
    }
    this.noteOutcome(outcome.error);
    const error = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    if (entry) {
      l.cached++;
      l.fallbacks.push({ label: req.label, error, fetched: entry.fetched });
      this.used(req.source, req.label, entry.fetched);
      return { value: entry.value, fetched: entry.fetched, from: "fallback" };
    }
    l.failures.push({ label: req.label, error });
    return { error };
  }
  /** One request through the cache, the network and the fallback rules. `url` names the origin for the breaker. */
  async cached(req, url) {
    const found = await this.lookup(req, url);
    if (found.hit) return found.hit;
    if (found.blocked !== void 0) return this.settle(req, found.entry, { error: found.blocked }, url);
    let outcome;
    try {
      outcome = { value: await req.fetch() };
    } catch (error) {
      outcome = { error };
    }
    return this.settle(req, found.entry, outcome, url);
  }
  /** The source as the report lists it; `fetched` is the oldest data used. */
  sourceInfo(source, kind, path, records) {
    const info = { kind, path, records };
    const oldest = this.logs.get(source)?.oldestUsed;
    if (oldest) info.fetched = oldest;
    return info;
  }
  /** Whether any answer of this source came over the network or from the cache. */
  answered(source) {
    const l = this.logs.get(source);
    return l !== void 0 && l.network + l.cached > 0;
  }
  /**
   * The problems of one source, summarised (a registry that is down gives one problem, not one per
   * package). `missing` says what the report lacks when requests failed.
   */
  problems(source, origin, subject, missing) {
    const l = this.logs.get(source);
    if (!l) return [];
    const out = [];
    const failures = l.failures.splice(0);
    const fallbacks = l.fallbacks.splice(0);
    const stale = l.stale.splice(0);
    const level = this.policy === "fail" ? "error" : "warning";
    const examples = (items) => {
      const groups = /* @__PURE__ */ new Map();
      for (const i of items) {
        const labels = groups.get(i.error ?? "");
        if (labels) labels.push(i.label);
        else groups.set(i.error ?? "", [i.label]);
      }
      const parts = [...groups].slice(0, 3).map(([error, labels]) => {
        const names = labels.slice(0, 3).join(", ") + (labels.length > 3 ? `, \u2026 (${labels.length - 3} more)` : "");
        return error ? `${names}: ${error}` : names;
      });
      return parts.join("; ") + (groups.size > 3 ? `; \u2026 (${groups.size - 3} more causes)` : "");
    };
    if (failures.length > 0) {
      out.push({
        level,
        origin,
        message: `${subject}: ${failures.length} request(s) got no answer, ${missing}: ${examples(failures)}`
      });
    }
    if (fallbacks.length > 0) {
      const oldest = fallbacks.reduce((a, b) => a.fetched < b.fetched ? a : b).fetched;
      out.push({
        level: "warning",
        origin,
        message: `${subject}: ${fallbacks.length} request(s) failed and were answered from the cache (oldest entry fetched ${oldest}): ${examples(fallbacks)}`
      });
    }
    if (stale.length > 0) {
      const oldest = stale.reduce((a, b) => a.fetched < b.fetched ? a : b).fetched;
      const days = Math.floor(this.ageMs(oldest) / DAY);
      out.push({
        level,
        origin,
        message: `${subject}: ${stale.length} cached answer(s) are older than the ${this.maxAgeMs[source] / DAY}-day limit (oldest fetched ${oldest}, ${days} days ago): ${examples(stale)}`
      });
    }
    return out;
  }
  /** Problems of the cache folder itself (not writable, corrupt entries), once per run. */
  cacheProblems(origin) {
    const out = [];
    if (this.cache.writeError && !this.writeErrorReported) {
      this.writeErrorReported = true;
      out.push({ level: "warning", origin, message: this.cache.writeError });
    }
    const corrupt = this.cache.corrupt.splice(0);
    if (corrupt.length > 0) {
      out.push({
        level: "warning",
        origin,
        file: corrupt[0],
        message: `${corrupt.length} cache entr${corrupt.length === 1 ? "y was" : "ies were"} unreadable and ignored (refetched)`
      });
    }
    return out;
  }
};

// src/advise/live/endoflife.ts
var ENDOFLIFE_ORIGIN = "advise/endoflife";
var DEFAULT_ENDOFLIFE_URL = "https://endoflife.date";
var isAnswer = (v) => isRecord(v) && (v.api === "v1" || v.api === "legacy") && "doc" in v;
function legacyToV1(name, cycles) {
  const releases = cycles.filter(isRecord).map((c) => {
    const r = { name: typeof c.cycle === "number" ? String(c.cycle) : c.cycle };
    if (c.codename !== void 0) r.codename = c.codename;
    if (c.releaseDate !== void 0) r.releaseDate = c.releaseDate;
    if (typeof c.eol === "string") r.eolFrom = c.eol;
    else r.isEol = c.eol === true;
    if (c.latest !== void 0) r.latest = { name: c.latest, date: c.latestReleaseDate };
    return r;
  });
  return { result: { name, releases } };
}
async function fetchProduct(ctx, base, name) {
  const v1 = `${base}/api/v1/products/${encodeURIComponent(name)}`;
  let v1Failure;
  try {
    const res2 = await ctx.http.request({ url: v1, accept: [404] });
    if (res2.status !== 404) {
      const doc2 = parseJsonBody(res2);
      if (isRecord(doc2) && isRecord(doc2.result)) return { api: "v1", doc: doc2 };
      v1Failure = new ShapeError(`${v1}: expected {"result": {...}}`);
    }
  } catch (err) {
    if (!(err instanceof HttpError) || err.kind !== "status") throw err;
    v1Failure = err;
  }
  const legacy = `${base}/api/${encodeURIComponent(name)}.json`;
  const res = await ctx.http.request({ url: legacy, accept: [404] });
  if (res.status === 404) {
    if (v1Failure) throw v1Failure;
    return { api: "v1", doc: null };
  }
  const doc = parseJsonBody(res);
  if (!Array.isArray(doc)) throw new ShapeError(`${legacy}: expected a list of release cycles`);
  return { api: "legacy", doc };
}
async function fetchEndoflife(ctx, base, names) {
  const root = base.replace(/\/+$/, "");
  const products = [];
  const unknown = [];
  const issues = [];
  const wanted = [...new Set(names)].sort();
  const answers = await mapLimit(
    wanted,
    8,
    (name) => ctx.cached(
      { source: "endoflife", key: `product\0${name}`, label: name, check: isAnswer, fetch: () => fetchProduct(ctx, root, name) },
      root
    )
  );
  wanted.forEach((name, i) => {
    const a = answers[i].value;
    if (!a) return;
    if (a.doc === null) {
      unknown.push(name);
      return;
    }
    const source = a.api === "v1" ? `${root}/api/v1/products/${name}` : `${root}/api/${name}.json`;
    const doc = a.api === "legacy" && Array.isArray(a.doc) ? legacyToV1(name, a.doc) : a.doc;
    const parsed = parseEndoflifeJson(doc, name, source);
    products.push(...parsed.products);
    for (const issue of parsed.issues) issues.push(`${name}: ${issue}`);
  });
  const problems = ctx.problems("endoflife", ENDOFLIFE_ORIGIN, `endoflife.date ${root}`, "so those runtimes were not checked for patches or end of life");
  if (unknown.length > 0) {
    problems.push({ level: "warning", origin: ENDOFLIFE_ORIGIN, message: `endoflife.date ${root} knows no product ${unknown.join(", ")}` });
  }
  if (issues.length > 0) {
    problems.push({ level: "warning", origin: ENDOFLIFE_ORIGIN, message: `endoflife.date answers partly not understood: ${issues.slice(0, 5).join("; ")}` });
  }
  const sources = ctx.answered("endoflife") ? [ctx.sourceInfo("endoflife", "endoflife-api", root, products.length)] : [];
  return { products, sources, problems };
}

// src/advise/runtime/images.ts
function imageIndex(products) {
  const index = /* @__PURE__ */ new Map();
  const sorted = [...products].sort((a, b) => a.product < b.product ? -1 : a.product > b.product ? 1 : 0);
  for (const p of sorted) for (const image of p.images ?? []) if (!index.has(image)) index.set(image, p.product);
  return index;
}
function policyImageIndex(images) {
  return new Map(Object.entries(images ?? {}).map(([name, product2]) => [canonicalImageName(name), product2]));
}
function resolveImage(image, name, index, policy) {
  const canonical = canonicalImageName(name);
  const product2 = policy.get(canonical) ?? image.product ?? index.get(canonical);
  if (product2 === void 0) return {};
  if (product2 === image.product) return image.productVersion === void 0 ? { product: product2 } : { product: product2, productVersion: image.productVersion };
  const version = lookupDataImage(product2, image.tag).productVersion;
  return version === void 0 ? { product: product2 } : { product: product2, productVersion: version };
}

// src/advise/runtime/repositories.ts
var STRENGTH = { identifier: 0, "release-method": 1, changelog: 2 };
function repositoryIndex(products) {
  const best = /* @__PURE__ */ new Map();
  for (const p of products) {
    for (const r of p.repositories ?? []) {
      const strength = STRENGTH[r.via];
      const have = best.get(r.repo);
      if (!have || strength < have.strength || strength === have.strength && p.product < have.product) best.set(r.repo, { product: p.product, strength });
    }
  }
  return new Map([...best].map(([repo, b]) => [repo, b.product]));
}
function pinProduct(rt, repositories) {
  return rt.product ?? (rt.repository !== void 0 ? repositories.get(rt.repository) : void 0);
}
function runtimeProductResolver(data, policyImages) {
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  return (c) => {
    if (c.image) return resolveImage(c.image, c.name, index, byPolicy).product;
    return c.runtime ? pinProduct(c.runtime, repositories) : void 0;
  };
}

// src/advise/osv.ts
var import_ae_cvss_calculator = __toESM(require_ae_cvss_calculator(), 1);
var { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = import_ae_cvss_calculator.default;
function realDate(value) {
  if (typeof value !== "string" || value === "") return void 0;
  const plain = plainUtc(value);
  if (plain !== void 0) return plain;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return void 0;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1970) return void 0;
  return d.toISOString();
}
var digit = (s, i) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
var two = (s, i) => digit(s, i) * 10 + digit(s, i + 1);
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function plainUtc(v) {
  if (v.length !== 20 && v.length !== 24) return void 0;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58 || v.charCodeAt(v.length - 1) !== 90) return void 0;
  const year = two(v, 0) * 100 + two(v, 2);
  const month = two(v, 5);
  const day = two(v, 8);
  if (!(year >= 1970 && month >= 1 && month <= 12 && day >= 1)) return void 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS[month - 1] + (month === 2 && leap ? 1 : 0)) return void 0;
  if (!(two(v, 11) <= 23 && two(v, 14) <= 59 && two(v, 17) <= 59)) return void 0;
  if (v.length === 20) return `${v.slice(0, 19)}.000Z`;
  return v.charCodeAt(19) === 46 && digit(v, 20) >= 0 && digit(v, 21) >= 0 && digit(v, 22) >= 0 ? v : void 0;
}
var GH_LABEL = {
  CRITICAL: "critical",
  HIGH: "high",
  MODERATE: "medium",
  MEDIUM: "medium",
  LOW: "low"
};
function labelForScore(score) {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return void 0;
}
function cvssBaseScore(vector) {
  try {
    const calc = vector.startsWith("CVSS:4.0/") ? new Cvss4P0(vector) : vector.startsWith("CVSS:3.1/") ? new Cvss3P1(vector) : vector.startsWith("CVSS:3.0/") ? new Cvss3P0(vector) : new Cvss2(vector);
    const base = calc.calculateScores().base;
    return typeof base === "number" && Number.isFinite(base) ? base : void 0;
  } catch {
    return void 0;
  }
}
var CVSS_PREFERENCE = ["CVSS_V3", "CVSS_V4", "CVSS_V2"];
function severityFrom(raw, affected) {
  const dbs = isRecord(raw.database_specific) ? raw.database_specific : void 0;
  const label = typeof dbs?.severity === "string" ? GH_LABEL[dbs.severity.toUpperCase()] : void 0;
  const vectors = [];
  const collect = (list) => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      if (isRecord(s) && typeof s.type === "string" && typeof s.score === "string") vectors.push({ type: s.type, score: s.score });
    }
  };
  collect(raw.severity);
  if (vectors.length === 0) {
    for (const a of affected) if (isRecord(a)) collect(a.severity);
  }
  if (vectors.length === 0) for (const a of affected) for (const cve of cvesMap(a)) collect(cve.severity);
  const priority = label ? void 0 : ubuntuPriority(vectors);
  if (priority) return { ...bestVector(vectors) ?? {}, label: priority, source: "label" };
  vectors.sort((a, b) => rank(a.type) - rank(b.type));
  for (const v of vectors) {
    const score = cvssBaseScore(v.score);
    if (score === void 0) continue;
    if (label) return { label, source: "label", score, vector: v.score };
    const fromScore = labelForScore(score);
    if (fromScore) return { label: fromScore, source: "cvss", score, vector: v.score };
  }
  return label ? { label, source: "label" } : void 0;
}
function cvesMap(affected) {
  if (!isRecord(affected) || !isRecord(affected.database_specific)) return [];
  const map = affected.database_specific.cves_map;
  return isRecord(map) && Array.isArray(map.cves) ? map.cves.filter(isRecord) : [];
}
var UBUNTU_PRIORITY = { negligible: "low", low: "low", medium: "medium", high: "high", critical: "critical" };
function ubuntuPriority(vectors) {
  const word = ubuntuPriorityWord(vectors);
  return word === void 0 ? void 0 : UBUNTU_PRIORITY[word];
}
var PRIORITY_ORDER = ["negligible", "low", "medium", "high", "critical"];
function ubuntuPriorityWord(vectors) {
  let best;
  for (const v of vectors) {
    const word = v.type === "Ubuntu" ? v.score.toLowerCase() : void 0;
    if (word && PRIORITY_ORDER.includes(word) && (best === void 0 || PRIORITY_ORDER.indexOf(word) > PRIORITY_ORDER.indexOf(best))) best = word;
  }
  return best;
}
function noticePriority(affected) {
  const vectors = [];
  for (const a of affected) {
    for (const cve of cvesMap(a)) {
      if (!Array.isArray(cve.severity)) continue;
      for (const s of cve.severity) if (isRecord(s) && s.type === "Ubuntu" && typeof s.score === "string") vectors.push({ type: "Ubuntu", score: s.score });
    }
  }
  return ubuntuPriorityWord(vectors);
}
function bestVector(vectors) {
  let best;
  for (const v of vectors) {
    const score = cvssBaseScore(v.score);
    if (score !== void 0 && (best === void 0 || score > best.score)) best = { score, vector: v.score };
  }
  return best;
}
function rank(type) {
  const i = CVSS_PREFERENCE.indexOf(type);
  return i === -1 ? CVSS_PREFERENCE.length : i;
}
function normaliseEvents(list) {
  const events = [];
  if (!Array.isArray(list)) return events;
  for (const e of list) {
    if (!isRecord(e)) continue;
    for (const k of ["introduced", "fixed", "last_affected", "limit"]) {
      const v = e[k];
      if (typeof v === "string" && v !== "") events.push({ [k]: v });
    }
  }
  return events;
}
function packageOf(a) {
  if (!isRecord(a) || !isRecord(a.package)) return void 0;
  const { ecosystem, name } = a.package;
  return typeof ecosystem !== "string" || typeof name !== "string" || name === "" ? void 0 : { ecosystem, name };
}
function normaliseAffected(list) {
  const out = [];
  for (const a of list) {
    const named = packageOf(a);
    if (!named || !isRecord(a)) continue;
    const { ecosystem, name } = named;
    const ranges = [];
    if (Array.isArray(a.ranges)) {
      for (const r of a.ranges) {
        if (!isRecord(r)) continue;
        if (r.type !== "SEMVER" && r.type !== "ECOSYSTEM" && r.type !== "GIT") continue;
        ranges.push({ type: r.type, events: normaliseEvents(r.events) });
      }
    }
    const versions = Array.isArray(a.versions) ? a.versions.filter((v) => typeof v === "string") : [];
    out.push({ ecosystem, name, ranges, versions });
  }
  return out;
}
function advisoryUrl(id) {
  if (id.startsWith("GHSA-")) return `https://github.com/advisories/${id}`;
  if (id.startsWith("GO-")) return `https://pkg.go.dev/vuln/${id}`;
  if (id.startsWith("RUSTSEC-")) return `https://rustsec.org/advisories/${id}.html`;
  if (/^CVE-\d+-\d+$/.test(id)) return `https://nvd.nist.gov/vuln/detail/${id}`;
  return `https://osv.dev/vulnerability/${encodeURIComponent(id.toWellFormed())}`;
}
function summaryOf(raw) {
  const s = typeof raw.summary === "string" && raw.summary.trim() !== "" ? raw.summary : typeof raw.details === "string" ? raw.details : "";
  const first = s.trim().split(/\r?\n/, 1)[0] ?? "";
  const max = LIMITS.advisorySummaryMaxChars;
  return first.length > max ? first.slice(0, max - 1) + "\u2026" : first;
}
function screen(raw) {
  if (!isRecord(raw)) return { skip: "not a JSON object" };
  if (typeof raw.id !== "string" || raw.id === "") return { skip: "no `id`" };
  const affectedRaw = Array.isArray(raw.affected) ? raw.affected : [];
  const overlong = affectedRaw.some(
    (a) => isRecord(a) && Array.isArray(a.ranges) && a.ranges.some((r) => isRecord(r) && Array.isArray(r.events) && r.events.length > LIMITS.maxRangeEvents)
  );
  if (overlong) return { skip: `${raw.id}: a range has more than ${LIMITS.maxRangeEvents} events` };
  const packages = [];
  for (const a of affectedRaw) {
    const named = packageOf(a);
    if (named) packages.push(named);
  }
  if (packages.length === 0) return { skip: `${raw.id}: no affected package` };
  const informational = affectedRaw.map((a) => isRecord(a) && isRecord(a.database_specific) && typeof a.database_specific.informational === "string" ? a.database_specific.informational : void 0);
  const info = informational.every((i) => i !== void 0) ? informational[0] : void 0;
  if (info !== void 0 && (info !== "unsound" && info !== "unmaintained" || informational.some((i) => i !== info))) {
    return { skip: `${raw.id}: informational (not a vulnerability)` };
  }
  return { screened: { raw, affectedRaw, packages, ...info === "unsound" || info === "unmaintained" ? { info } : {} } };
}
function recordFacts(raw) {
  const s = screen(raw);
  if (!s.screened) return { skip: s.skip };
  const { raw: r, packages } = s.screened;
  const date2 = realDate(r.modified) ?? realDate(r.published);
  return { facts: { id: r.id, packages, ...date2 ? { date: date2 } : {}, withdrawn: realDate(r.withdrawn) !== void 0 } };
}
function normaliseOsv(input, source) {
  const s = screen(input);
  if (!s.screened) return { skip: s.skip };
  const { raw, affectedRaw, info } = s.screened;
  const affected = normaliseAffected(affectedRaw);
  const references = Array.isArray(raw.references) ? raw.references.filter((r) => isRecord(r) && typeof r.url === "string").map((r) => ({ type: typeof r.type === "string" ? r.type : "WEB", url: r.url })) : [];
  const aliases = Array.isArray(raw.aliases) ? raw.aliases.filter((a) => typeof a === "string" && a !== raw.id) : [];
  const advisory = {
    id: raw.id,
    aliases,
    summary: summaryOf(raw),
    affected,
    references,
    url: advisoryUrl(raw.id),
    source
  };
  const published = realDate(raw.published);
  const modified = realDate(raw.modified);
  const withdrawn = realDate(raw.withdrawn);
  if (published) advisory.published = published;
  if (modified) advisory.modified = modified;
  if (withdrawn) advisory.withdrawn = withdrawn;
  const severity = severityFrom(raw, affectedRaw);
  if (severity) advisory.severity = severity;
  const priority = noticePriority(affectedRaw);
  if (priority) advisory.distroUrgency = priority;
  if (info) advisory.kind = info;
  if (raw.id.startsWith("MAL-")) advisory.kind = "malicious";
  return { advisory };
}

// src/advise/live/osv-api.ts
var OSV_ORIGIN = "advise/osv-api";
var OSV_MAX_BATCH = 1e3;
var MAX_PAGES = 100;
var OSV_ECOSYSTEMS = /* @__PURE__ */ new Set([
  "AlmaLinux",
  "Alpine",
  "Android",
  "Bitnami",
  "Chainguard",
  "CRAN",
  "crates.io",
  "Debian",
  "GHC",
  "GitHub Actions",
  "Go",
  "Hackage",
  "Hex",
  "Linux",
  "Mageia",
  "Maven",
  "MinimOS",
  "npm",
  "NuGet",
  "openEuler",
  "openSUSE",
  "OSS-Fuzz",
  "Packagist",
  "Photon OS",
  "Pub",
  "PyPI",
  "Red Hat",
  "Rocky Linux",
  "RubyGems",
  "SUSE",
  "SwiftURL",
  "Ubuntu",
  "VSCode",
  "Wolfi"
]);
function osvQueries(components) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of components) {
    if (c.source && c.source !== "registry") continue;
    const { name, version } = osAdvisoryName(c);
    if (!OSV_ECOSYSTEMS.has(baseEcosystem(c.ecosystem)) || name === "" || version === "") continue;
    const key = `${c.ecosystem}\0${name}\0${version}`;
    if (!seen.has(key)) seen.set(key, { ecosystem: c.ecosystem, name, version });
  }
  return [...seen.values()];
}
function wireQuery(q, pageToken) {
  const version = q.ecosystem === "Go" && /^v\d/.test(q.version) ? q.version.slice(1) : q.version;
  const body = { package: { name: q.name, ecosystem: q.ecosystem }, version };
  if (pageToken !== void 0) body.page_token = pageToken;
  return body;
}
var isQueryAnswer = (v) => isRecord(v) && Array.isArray(v.vulns) && v.vulns.every((x) => isRecord(x) && typeof x.id === "string");
var isRecordWithId = (v) => isRecord(v) && typeof v.id === "string";
function parseBatch(value, url, expected) {
  if (!isRecord(value) || !Array.isArray(value.results)) {
    throw new ShapeError(`${url}: expected {"results": [...]}, got ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  if (value.results.length !== expected) {
    throw new ShapeError(`${url}: ${expected} queries sent but ${value.results.length} results returned`);
  }
  return value.results.map((r, i) => {
    if (!isRecord(r)) throw new ShapeError(`${url}: results[${i}] is not an object`);
    const vulns = [];
    if (r.vulns !== void 0) {
      if (!Array.isArray(r.vulns)) throw new ShapeError(`${url}: results[${i}].vulns is not a list`);
      for (const v of r.vulns) {
        if (!isRecord(v) || typeof v.id !== "string" || v.id === "") throw new ShapeError(`${url}: results[${i}].vulns has an entry without an id`);
        vulns.push(typeof v.modified === "string" ? { id: v.id, modified: v.modified } : { id: v.id });
      }
    }
    const next = typeof r.next_page_token === "string" && r.next_page_token !== "" ? r.next_page_token : void 0;
    return next === void 0 ? { vulns } : { vulns, next };
  });
}
var OsvApiClient = class {
  constructor(ctx, base, batchSize) {
    this.ctx = ctx;
    this.base = base;
    this.batchUrl = `${base}/v1/querybatch`;
    this.batchSize = Math.max(1, Math.min(OSV_MAX_BATCH, batchSize));
  }
  ctx;
  base;
  batchUrl;
  batchSize;
  /**
   * Every page of every query in one batch. Follow-up pages of several queries are asked together,
   * again at most `batchSize` per request. Throws when the batch as a whole fails; a query whose
   * pages never end fails alone.
   */
  async batch(queries) {
    const answers = queries.map(() => []);
    const broken = /* @__PURE__ */ new Map();
    let pending = queries.map((_, index) => ({ index }));
    const pages = /* @__PURE__ */ new Map();
    while (pending.length > 0) {
      const next = [];
      for (let start = 0; start < pending.length; start += this.batchSize) {
        const part = pending.slice(start, start + this.batchSize);
        const { value } = await this.ctx.http.json({ url: this.batchUrl, json: { queries: part.map((p) => wireQuery(queries[p.index], p.token)) } });
        const results = parseBatch(value, this.batchUrl, part.length);
        results.forEach((r, i) => {
          const p = part[i];
          answers[p.index].push(...r.vulns);
          if (r.next === void 0) return;
          const n = (pages.get(p.index) ?? 1) + 1;
          if (n > MAX_PAGES || r.next === p.token) {
            broken.set(p.index, new ShapeError(`${this.batchUrl}: still a next_page_token after ${n - 1} pages`));
            return;
          }
          pages.set(p.index, n);
          next.push({ index: p.index, token: r.next });
        });
      }
      pending = next;
    }
    return answers.map((value, i) => {
      const error = broken.get(i);
      return error ? { error } : { value };
    });
  }
  /**
   * A batch that the service refuses as a whole (HTTP 400: one malformed version from a hostile
   * lockfile) is split in halves until the offending query stands alone, so it alone goes unanswered.
   */
  async batchIsolating(queries) {
    try {
      return await this.batch(queries);
    } catch (error) {
      if (queries.length > 1 && error instanceof HttpError && error.status === 400) {
        const half = Math.ceil(queries.length / 2);
        return [...await this.batchIsolating(queries.slice(0, half)), ...await this.batchIsolating(queries.slice(half))];
      }
      return queries.map(() => ({ error }));
    }
  }
  async record(id) {
    const url = `${this.base}/v1/vulns/${encodeURIComponent(id)}`;
    const { value } = await this.ctx.http.json({ url });
    if (!isRecordWithId(value)) throw new ShapeError(`${url}: expected an OSV record with an "id"`);
    if (value.id !== id) throw new ShapeError(`${url}: asked for ${id}, got the record ${String(value.id)}`);
    return value;
  }
};
async function queryOsvApi(components, ctx, opts) {
  const base = opts.baseUrl.replace(/\/+$/, "");
  const client = new OsvApiClient(ctx, base, opts.batchSize ?? OSV_MAX_BATCH);
  const batchUrl = `${base}/v1/querybatch`;
  const queries = osvQueries(components);
  const records = /* @__PURE__ */ new Map();
  const lookups = (q) => ({
    source: "osv-api",
    key: `query\0${q.ecosystem}\0${q.name}\0${q.version}`,
    label: `${q.ecosystem} ${q.name}@${q.version}`,
    check: isQueryAnswer
  });
  const found = await mapLimit(queries, 32, (q) => ctx.lookup(lookups(q), batchUrl));
  const refs = /* @__PURE__ */ new Map();
  const take = (answer) => {
    for (const v of answer?.vulns ?? []) if (!refs.has(v.id) || v.modified !== void 0) refs.set(v.id, v.modified);
  };
  const ask = [];
  for (let i = 0; i < queries.length; i++) {
    const f = found[i];
    if (f.hit) take(f.hit.value);
    else if (f.blocked !== void 0) take((await ctx.settle(lookups(queries[i]), f.entry, { error: f.blocked }, batchUrl)).value);
    else ask.push(i);
  }
  const size = Math.max(1, Math.min(OSV_MAX_BATCH, opts.batchSize ?? OSV_MAX_BATCH));
  for (let start = 0; start < ask.length; start += size) {
    const part = ask.slice(start, start + size);
    const down = ctx.downReason(batchUrl);
    const outcomes = down === void 0 ? await client.batchIsolating(part.map((i) => queries[i])) : part.map(() => ({ error: `skipped, the server failed earlier requests: ${down}` }));
    for (let j = 0; j < part.length; j++) {
      const i = part[j];
      const outcome = outcomes[j];
      const settled2 = await ctx.settle(lookups(queries[i]), found[i].entry, "value" in outcome ? { value: { vulns: outcome.value } } : outcome, batchUrl);
      take(settled2.value);
    }
  }
  const ids = [...refs.keys()].sort();
  await mapLimit(ids, opts.concurrency ?? 16, async (id) => {
    const modified = refs.get(id);
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    const got = await ctx.cached(
      {
        source: "osv-api",
        key: `vuln\0${id}`,
        label: id,
        check: isRecordWithId,
        // The record is current when querybatch reports the modified time it carries.
        ...modified === void 0 ? {} : { fresh: (e) => e.value.modified === modified },
        fetch: () => client.record(id)
      },
      url
    );
    if (got.value) records.set(id, got.value);
  });
  const problems = ctx.problems("osv-api", OSV_ORIGIN, `OSV API ${base}`, "so those packages or advisories were not checked");
  return { records, queries: queries.length, problems };
}
function addApiRecords(records, db, base, held = 0) {
  const source = `osv-api:${base}`;
  const skipped = /* @__PURE__ */ new Map();
  let added = 0;
  for (const [id, raw] of records) {
    const result = normaliseOsv(raw, source);
    let reason = result.skip;
    if (!result.advisory) reason ??= "not usable";
    else if (held + db.size >= LIMITS.maxAdvisories) reason = `over the ${LIMITS.maxAdvisories}-record limit`;
    if (reason !== void 0) {
      const key = reason.replace(/^[^:]+: /, "");
      skipped.set(key, [...skipped.get(key) ?? [], id]);
      continue;
    }
    db.add(result.advisory);
    added++;
  }
  const problems = [];
  for (const [reason, ids] of skipped) {
    problems.push({
      level: reason.startsWith("informational") ? "notice" : "warning",
      origin: OSV_ORIGIN,
      message: `${ids.length} record(s) from ${base} skipped, ${reason}: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? `, \u2026 (${ids.length - 5} more)` : ""}`
    });
  }
  return { added, problems };
}
function osvSourceInfo(ctx, base, records) {
  return ctx.sourceInfo("osv-api", "osv-api", base.replace(/\/+$/, ""), records);
}

// src/advise/live/index.ts
var LiveSession = class {
  ctx;
  options;
  disabled;
  constructor(opts = {}) {
    this.options = opts;
    this.disabled = new Set(opts.disabled ?? []);
    const ages = typeof opts.maxCacheAgeDays === "number" ? agesFor(opts.maxCacheAgeDays) : opts.maxCacheAgeDays ?? {};
    const http = new HttpClient({ ...opts.http, ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {} });
    this.ctx = LiveContext.create({
      onSourceError: opts.onSourceError ?? "fail",
      offline: opts.offline ?? false,
      maxAgeDays: ages,
      http,
      ...opts.cacheDir !== void 0 ? { cacheDir: opts.cacheDir } : {}
    });
  }
  enabled(source) {
    return !this.disabled.has(source);
  }
  /** A source's result with the cache's own problems (unreadable or damaged entries) added. */
  withCacheProblems(result) {
    result.problems.push(...this.ctx.cacheProblems("advise/cache"));
    return result;
  }
  /** OSV API records for the components, added to `db`; `held`: records other sources gave already (for the record limit). */
  async advisories(components, db, held = 0) {
    if (!this.enabled("osv-api")) return { db, added: 0, sources: [], problems: [] };
    const base = osvApiBase(this.options);
    try {
      const got = await queryOsvApi(components, this.ctx, { baseUrl: base, ...this.options.osvBatchSize ? { batchSize: this.options.osvBatchSize } : {} });
      const { added, problems } = addApiRecords(got.records, db, base, held);
      const sources = this.ctx.answered("osv-api") || got.queries === 0 ? [osvSourceInfo(this.ctx, base, added)] : [];
      return this.withCacheProblems({ db, added, sources, problems: [...got.problems, ...problems] });
    } catch (err) {
      return { db, added: 0, sources: [], problems: [internalProblem(OSV_ORIGIN, err, this.ctx.policy)] };
    }
  }
  /** endoflife.date release cycles of these products (the runtime catalogue's ids). */
  async endoflife(products) {
    if (!this.enabled("endoflife")) return { products: [], sources: [], problems: [] };
    try {
      return this.withCacheProblems(await fetchEndoflife(this.ctx, this.options.endoflifeUrl ?? DEFAULT_ENDOFLIFE_URL, products));
    } catch (err) {
      return { products: [], sources: [], problems: [internalProblem("advise/endoflife", err, this.ctx.policy)] };
    }
  }
};
function internalProblem(origin, err, policy) {
  const message = err instanceof Error ? err.stack ?? err.message : String(err);
  return { level: policy === "fail" ? "error" : "warning", origin, message: `internal error, source not used (please report it): ${message}` };
}
function osvApiSource(config) {
  const live = config.live;
  if (!live?.enabled("osv-api")) return void 0;
  return {
    gives: "osv",
    async advisoriesFor(components, known) {
      const got = await live.advisories(components, new AdvisoryDb(), known.osv.size);
      return { osv: got.db, sources: got.sources, problems: got.problems };
    }
  };
}
function endoflifeApiSource(config) {
  const live = config.live;
  if (!live?.enabled("endoflife")) return void 0;
  return {
    gives: "runtime",
    async advisoriesFor(components, known) {
      const productOf2 = runtimeProductResolver(known.runtime, config.policyImages);
      const wanted = new Set(components.flatMap((c) => productOf2(c) ?? []));
      const got = await live.endoflife([...wanted].filter((p) => !known.runtime.products.has(p)));
      return { products: got.products, sources: got.sources, problems: got.problems };
    }
  };
}

// src/advise/osv-local.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync3, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { basename as basename2, join as join5, relative as relative2 } from "node:path";

// src/advise/osv-cache.ts
import { createHash as createHash2, randomBytes as randomBytes2 } from "node:crypto";
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, join as join2, resolve } from "node:path";
import { crc32 } from "node:zlib";
var INDEX_FORMAT = 3;
var MAGIC = Buffer.from("PWOSVIX2");
var SLOT = 16;
var TRAILER = 16;
var BUCKET_LOAD = 4;
var nowNs = () => String(BigInt(Date.now()) * 1000000n);
function identityOf(path) {
  const st = statSync(path, { bigint: true });
  return { dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs) };
}
var sameIdentity = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
var RACY_NS = 2000000000n;
var settled = (identity, builtAtNs) => BigInt(identity.ctimeNs) + RACY_NS < BigInt(builtAtNs) && BigInt(identity.mtimeNs) + RACY_NS < BigInt(builtAtNs);
var IndexDamaged = class extends Error {
};
var Column = class {
  constructor(values, make) {
    this.values = values;
    this.make = make;
  }
  values;
  make;
  length = 0;
  push(v) {
    if (this.length === this.values.length) {
      const bigger = this.make(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = v;
  }
  at(i) {
    return this.values[i];
  }
};
var f64 = (n) => new Float64Array(n);
var u32 = (n) => new Uint32Array(n);
var Strings = class {
  bytes;
  used = 0;
  ends;
  hashes;
  others = /* @__PURE__ */ new Map();
  constructor(expected) {
    this.bytes = Buffer.allocUnsafe(expected * 16);
    this.ends = new Column(u32(expected), u32);
    this.hashes = new Column(u32(expected), u32);
  }
  get length() {
    return this.ends.length;
  }
  push(s) {
    this.hashes.push(hash(s));
    let narrow = true;
    for (let i = 0; i < s.length && narrow; i++) narrow = s.charCodeAt(i) < 256;
    if (!narrow) {
      this.others.set(this.ends.length, s);
      this.ends.push(this.used);
      return;
    }
    if (this.used + s.length > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + s.length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(s, this.used, "latin1");
    this.ends.push(this.used);
  }
  at(i) {
    const other = this.others.get(i);
    if (other !== void 0) return other;
    return this.bytes.toString("latin1", i === 0 ? 0 : this.ends.at(i - 1), this.ends.at(i));
  }
};
var Table = class {
  constructor(count, nameOf, recordOf, hashOf) {
    this.nameOf = nameOf;
    this.recordOf = recordOf;
    this.buckets = Math.max(1, Math.ceil(count / BUCKET_LOAD));
    const bucketOf = new Uint32Array(count);
    this.start = new Uint32Array(this.buckets + 1);
    for (let i = 0; i < count; i++) {
      const b = hashOf(i) % this.buckets;
      bucketOf[i] = b;
      this.start[b + 1]++;
    }
    for (let b = 0; b < this.buckets; b++) this.start[b + 1] += this.start[b];
    const fill = this.start.slice(0, this.buckets);
    this.order = new Uint32Array(count);
    for (let i = 0; i < count; i++) this.order[fill[bucketOf[i]]++] = i;
  }
  nameOf;
  recordOf;
  buckets;
  /** The pairs of bucket b: order[start[b]] to order[start[b + 1] - 1]. */
  start;
  order;
  /** The names of bucket b in order of first appearance, each with its records in archive order. */
  groups(b) {
    const out = [];
    const from = this.start[b];
    const to = this.start[b + 1];
    const at = to - from > 64 ? /* @__PURE__ */ new Map() : void 0;
    for (let i = from; i < to; i++) {
      const pair = this.order[i];
      const name = this.nameOf(pair);
      const g = at ? at.get(name) ?? -1 : out.findIndex(([n]) => n === name);
      if (g === -1) {
        at?.set(name, out.length);
        out.push([name, [this.recordOf(pair)]]);
      } else out[g][1].push(this.recordOf(pair));
    }
    return out;
  }
  /** The records naming `name`, in archive order. */
  find(name) {
    const b = hash(name) % this.buckets;
    const out = [];
    for (let i = this.start[b]; i < this.start[b + 1]; i++) {
      const pair = this.order[i];
      if (this.nameOf(pair) === name) out.push(this.recordOf(pair));
    }
    return out;
  }
};
var MemoryLookup = class {
  offset;
  compressedSize;
  size;
  crc;
  /** Method in the high 16 bits, flags in the low 16 (both are 16-bit fields of the zip). */
  methodFlags;
  ids;
  /** Entry names other than `${id}.json`, by record. */
  names = /* @__PURE__ */ new Map();
  keyNames;
  keyRecords;
  tables;
  skips = [];
  ecosystems = {};
  /** `expected`: about how many records there will be (the archive's entry count), so columns are made once. */
  constructor(expected = 1024) {
    const n = Math.max(1024, Math.min(expected, 1 << 20));
    this.offset = new Column(f64(n), f64);
    this.compressedSize = new Column(f64(n), f64);
    this.size = new Column(f64(n), f64);
    this.crc = new Column(u32(n), u32);
    this.methodFlags = new Column(u32(n), u32);
    this.ids = new Strings(n);
    this.keyNames = new Strings(n);
    this.keyRecords = new Column(u32(n), u32);
  }
  get records() {
    return this.ids.length;
  }
  add(ref, id, keys) {
    const n = this.ids.length;
    this.ids.push(id);
    this.offset.push(ref.offset);
    this.compressedSize.push(ref.compressedSize);
    this.size.push(ref.size);
    this.crc.push(ref.crc32);
    this.methodFlags.push(((ref.method & 65535) << 16 | ref.flags & 65535) >>> 0);
    if (ref.name !== `${id}.json`) this.names.set(n, ref.name);
    for (const key of keys) {
      this.keyNames.push(key);
      this.keyRecords.push(n);
    }
    this.tables = void 0;
  }
  /** One of the two tables, made once all records are in. */
  table(which) {
    this.tables ??= {
      keys: new Table(this.keyNames.length, (i) => this.keyNames.at(i), (i) => this.keyRecords.at(i), (i) => this.keyNames.hashes.at(i)),
      ids: new Table(this.ids.length, (i) => this.ids.at(i), (i) => i, (i) => this.ids.hashes.at(i))
    };
    return this.tables[which];
  }
  entry(n) {
    const id = this.ids.at(n);
    const mf = this.methodFlags.at(n);
    const ref = { name: this.names.get(n) ?? `${id}.json`, offset: this.offset.at(n), compressedSize: this.compressedSize.at(n), size: this.size.at(n), crc32: this.crc.at(n), method: mf >>> 16, flags: mf & 65535 };
    return { n, id, ref };
  }
  /** Record n as the index file holds it: the JSON of its EntryRow. */
  rowText(n) {
    const id = this.ids.at(n);
    const name = this.names.get(n);
    const mf = this.methodFlags.at(n);
    return `[${n},${this.offset.at(n)},${this.compressedSize.at(n)},${this.size.at(n)},${this.crc.at(n)},${mf >>> 16},${mf & 65535},${JSON.stringify(id)},${name === void 0 ? 0 : JSON.stringify(name)}]`;
  }
  byKey(key) {
    return this.table("keys").find(key).map((n) => this.entry(n));
  }
  byId(id) {
    return this.table("ids").find(id).map((n) => this.entry(n));
  }
  all() {
    return Array.from({ length: this.ids.length }, (_, n) => this.entry(n));
  }
  expect() {
  }
  close() {
  }
};
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
var isInt = (v) => Number.isSafeInteger(v) && v >= 0;
function fromRow(row) {
  if (!Array.isArray(row) || row.length !== 9 || !row.slice(0, 7).every(isInt) || typeof row[7] !== "string" || row[8] !== 0 && typeof row[8] !== "string") {
    throw new IndexDamaged("entry row damaged");
  }
  const [n, offset, compressedSize, size, crc, method, flags, id, name] = row;
  return { n, id, ref: { name: name === 0 ? `${id}.json` : name, offset, compressedSize, size, crc32: crc, method, flags } };
}
var Out = class {
  constructor(fd) {
    this.fd = fd;
  }
  fd;
  buffer = Buffer.allocUnsafe(1 << 20);
  used = 0;
  position = 0;
  write(b) {
    if (this.used + b.length > this.buffer.length) this.flush();
    if (b.length > this.buffer.length) writeSync(this.fd, b);
    else {
      b.copy(this.buffer, this.used);
      this.used += b.length;
    }
    this.position += b.length;
  }
  /** Writes `text` as UTF-8; returns its bytes, valid until the next write. */
  writeText(text) {
    if (text.length * 3 > this.buffer.length) {
      const b = Buffer.from(text);
      this.write(b);
      return b;
    }
    if (this.used + text.length * 3 > this.buffer.length) this.flush();
    const n = this.buffer.write(text, this.used);
    const bytes = this.buffer.subarray(this.used, this.used + n);
    this.used += n;
    this.position += n;
    return bytes;
  }
  flush() {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
};
function writeTable(out, index, which) {
  const table = index.table(which);
  const buckets = table.buckets;
  const slots = Buffer.alloc(buckets * SLOT);
  const scratch = Buffer.alloc(16);
  const dataAt = out.position;
  for (let b = 0; b < buckets; b++) {
    const groups = table.groups(b);
    const at = out.position - dataAt;
    let length = 0;
    let crc = 0;
    if (groups.length > 0) {
      const items = groups.map(([name, records]) => `[${JSON.stringify(name)},[${records.map((n) => index.rowText(n)).join(",")}]]`);
      const body = out.writeText(`[${b},[${items.join(",")}]]`);
      length = body.length;
      crc = crc32(body);
    }
    slots.writeUInt32LE(at, b * SLOT);
    slots.writeUInt32LE(length, b * SLOT + 4);
    slots.writeUInt32LE(crc, b * SLOT + 8);
    slots.writeUInt32LE(slotCheck(slots, b * SLOT, b, scratch), b * SLOT + 12);
  }
  const dataLength = out.position - dataAt;
  out.write(slots);
  return { buckets, dataAt, dataLength, slotsAt: dataAt + dataLength };
}
function slotCheck(slots, at, bucket, scratch) {
  const b = scratch ?? Buffer.alloc(16);
  slots.copy(b, 0, at, at + 12);
  b.writeUInt32LE(bucket, 12);
  return crc32(b);
}
function prefixFor(bundlePath) {
  return `osv-${createHash2("sha256").update(resolve(bundlePath)).digest("hex").slice(0, 16)}-`;
}
function indexFileFor(dir, bundlePath) {
  return join2(dir, `${prefixFor(bundlePath)}f${INDEX_FORMAT}-${TOOL_VERSION}.idx`);
}
function writeIndex(dir, bundlePath, sha256, identity, builtAtNs, index) {
  const file = indexFileFor(dir, bundlePath);
  const tmp = `${file}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, "w", 384);
    const out = new Out(fd);
    const keys = writeTable(out, index, "keys");
    const ids = writeTable(out, index, "ids");
    const header = { format: INDEX_FORMAT, tool: TOOL_VERSION, sha256, identity, builtAtNs, records: index.records, skips: index.skips, ecosystems: index.ecosystems, fileSize: 0, keys, ids };
    let bytes = Buffer.alloc(0);
    for (let i = 0; i < 5 && out.position + bytes.length + TRAILER !== header.fileSize; i++) {
      header.fileSize = out.position + bytes.length + TRAILER;
      bytes = Buffer.from(JSON.stringify(header));
    }
    if (out.position + bytes.length + TRAILER !== header.fileSize) throw new Error("index header did not settle");
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeUInt32LE(bytes.length, 0);
    trailer.writeUInt32LE(crc32(bytes), 4);
    MAGIC.copy(trailer, 8);
    out.write(bytes);
    out.write(trailer);
    out.flush();
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, file);
  } catch (err) {
    try {
      if (fd !== void 0) closeSync(fd);
      unlinkSync(tmp);
    } catch {
    }
    return `advisory index not cached in ${dir} (${err.code ?? err.message})`;
  }
  const prefix = prefixFor(bundlePath);
  const keep = basename(file);
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name !== keep && !name.endsWith(".tmp")) unlinkSync(join2(dir, name));
    }
  } catch {
  }
  return void 0;
}
var indexIo = { bytesRead: 0 };
var FileLookup = class _FileLookup {
  constructor(fd, header) {
    this.fd = fd;
    this.header = header;
  }
  fd;
  header;
  whole = /* @__PURE__ */ new Map();
  get records() {
    return this.header.records;
  }
  get skips() {
    return this.header.skips;
  }
  get ecosystems() {
    return this.header.ecosystems;
  }
  get sha256() {
    return this.header.sha256;
  }
  get identity() {
    return this.header.identity;
  }
  get builtAt() {
    return this.header.builtAtNs;
  }
  static open(file) {
    let fd;
    try {
      fd = openSync(file, "r");
    } catch {
      return void 0;
    }
    try {
      const size = fstatSync(fd).size;
      if (size < TRAILER) throw new IndexDamaged("too short");
      const trailer = readAt(fd, size - TRAILER, TRAILER);
      if (trailer.length !== TRAILER || !trailer.subarray(8).equals(MAGIC)) throw new IndexDamaged("not an index");
      const length = trailer.readUInt32LE(0);
      if (length > size - TRAILER) throw new IndexDamaged("header runs past the file");
      const bytes = readAt(fd, size - TRAILER - length, length);
      if (bytes.length !== length || crc32(bytes) !== trailer.readUInt32LE(4)) throw new IndexDamaged("header damaged");
      const header = JSON.parse(bytes.toString("utf8"));
      if (header.format !== INDEX_FORMAT || header.tool !== TOOL_VERSION || header.fileSize !== size) throw new IndexDamaged("another format, version or length");
      return new _FileLookup(fd, header);
    } catch {
      closeSync(fd);
      return void 0;
    }
  }
  /** Whether the index describes this bundle: the same identity, or failing that the same digest. */
  describes(identity, digest) {
    const h = this.header;
    return sameIdentity(identity, h.identity) && settled(h.identity, h.builtAtNs) || digest() === h.sha256;
  }
  expect(which, count) {
    const t = this.header[which];
    if (count * 4 >= t.buckets && !this.whole.has(which)) this.whole.set(which, readAt(this.fd, t.dataAt, t.dataLength + t.buckets * SLOT));
  }
  find(which, name) {
    for (const [n, rows] of this.bucket(which, hash(name) % this.header[which].buckets)) if (n === name) return rows.map(fromRow);
    return [];
  }
  all() {
    this.expect("ids", Infinity);
    const out = [];
    for (let b = 0; b < this.header.ids.buckets; b++) for (const [, rows] of this.bucket("ids", b)) out.push(...rows.map(fromRow));
    return out.sort((a, b) => a.n - b.n);
  }
  bucket(which, b) {
    const t = this.header[which];
    const whole = this.whole.get(which);
    const part = (at, length2) => whole ? whole.subarray(at - t.dataAt, at - t.dataAt + length2) : readAt(this.fd, at, length2);
    const slot = part(t.slotsAt + b * SLOT, SLOT);
    if (slot.length !== SLOT || slot.readUInt32LE(12) !== slotCheck(slot, 0, b)) throw new IndexDamaged(`slot ${b} damaged`);
    const offset = slot.readUInt32LE(0);
    const length = slot.readUInt32LE(4);
    if (length === 0) return [];
    if (offset + length > t.dataLength) throw new IndexDamaged(`bucket ${b} runs past its table`);
    const body = part(t.dataAt + offset, length);
    if (body.length !== length || crc32(body) !== slot.readUInt32LE(8)) throw new IndexDamaged(`bucket ${b} damaged`);
    let parsed;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw new IndexDamaged(`bucket ${b} damaged`);
    }
    if (!Array.isArray(parsed) || parsed[0] !== b || !Array.isArray(parsed[1])) throw new IndexDamaged(`bucket ${b} damaged`);
    for (const item of parsed[1]) {
      if (!Array.isArray(item) || typeof item[0] !== "string" || !Array.isArray(item[1])) throw new IndexDamaged(`bucket ${b} damaged`);
    }
    return parsed[1];
  }
  byKey(key) {
    return this.find("keys", key);
  }
  byId(id) {
    return this.find("ids", id);
  }
  close() {
    this.whole.clear();
    try {
      closeSync(this.fd);
    } catch {
    }
  }
};
function readAt(fd, position, length) {
  const out = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  indexIo.bytesRead += done;
  return out.subarray(0, done);
}
function openIndex(dir, bundlePath, identity, digest) {
  const index = FileLookup.open(indexFileFor(dir, bundlePath));
  if (!index) return void 0;
  if (index.describes(identity, digest)) return index;
  index.close();
  return void 0;
}
function reopenIndex(dir, bundlePath, sha256, builtAtNs) {
  const index = FileLookup.open(indexFileFor(dir, bundlePath));
  if (index && index.sha256 === sha256 && index.builtAt === builtAtNs) return index;
  index?.close();
  return void 0;
}
function prepareCacheDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return `${dir} is not a folder`;
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return `${dir} belongs to another user`;
    if ((st.mode & 18) !== 0) return `${dir} is writable by other users`;
    return void 0;
  } catch (err) {
    return `${dir} cannot be used (${err.code ?? err.message})`;
  }
}

// src/advise/zip.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { crc32 as crc322, inflateRawSync } from "node:zlib";
var SIG_EOCD = 101010256;
var SIG_EOCD64 = 101075792;
var SIG_EOCD64_LOCATOR = 117853008;
var SIG_CENTRAL = 33639248;
var SIG_LOCAL = 67324752;
var EOCD_SIZE = 22;
var MAX_COMMENT = 65535;
var HASH_CHUNK = 4 * 1024 * 1024;
var CD_CHUNK = 1024 * 1024;
var BATCH_BYTES = 512 * 1024;
var BATCH_ENTRIES = 2e3;
var BATCHES_AHEAD = 3;
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
function decodeName(bytes, utf8) {
  if (utf8 || bytes.every((b) => b < 128)) return bytes.toString("utf8");
  let out = "";
  for (const b of bytes) out += b < 128 ? String.fromCharCode(b) : CP437_HIGH[b - 128];
  return out;
}
function u64(buf, at, what) {
  const high = buf.readUInt32LE(at + 4);
  if (high > 2097151) throw new Error(`${what} is out of range`);
  return high * 4294967296 + buf.readUInt32LE(at);
}
function memorySource(buffer) {
  return {
    size: buffer.length,
    read: (position, length) => buffer.subarray(position, Math.min(buffer.length, position + length)),
    close: () => void 0
  };
}
var zipIo = { bytesRead: 0 };
var WINDOW = 4 * 1024 * 1024;
function fdSource(fd, size, sequential = false) {
  const direct = (position, length, into) => {
    const want = Math.max(0, Math.min(length, size - position));
    const out = into ? into.subarray(0, want) : Buffer.allocUnsafe(want);
    let done = 0;
    while (done < out.length) {
      const n = readSync2(fd, out, done, out.length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    zipIo.bytesRead += done;
    return out.subarray(0, done);
  };
  let windowBuffer;
  let window = Buffer.alloc(0);
  let windowAt = 0;
  return {
    size,
    read(position, length, into) {
      if (into) return direct(position, length, into);
      if (!sequential) return direct(position, length);
      if (position >= windowAt && position + length <= windowAt + window.length) return window.subarray(position - windowAt, position - windowAt + length);
      if (length > WINDOW / 2) return direct(position, length);
      windowBuffer ??= Buffer.allocUnsafe(WINDOW);
      window = direct(position, WINDOW, windowBuffer);
      windowAt = position;
      return window.subarray(0, Math.min(length, window.length));
    },
    close: () => closeSync2(fd)
  };
}
var ZipArchive = class _ZipArchive {
  constructor(path, source) {
    this.path = path;
    this.source = source;
  }
  path;
  source;
  /**
   * `inMemory` reads the whole file at once (fastest when most entries of a small archive will be
   * read); `sequential` reads by position through a window (every entry of an archive of any size,
   * in archive order, in bounded memory; bytes handed out are valid until the next read, as the
   * window is reused); otherwise entries are read by position, one at a time.
   */
  static open(path, inMemory) {
    const fd = openSync2(path, "r");
    try {
      const size = fstatSync2(fd).size;
      if (inMemory === true && size <= LIMITS.zipInMemoryBytes) {
        const source = fdSource(fd, size);
        const buffer = source.read(0, size);
        closeSync2(fd);
        return new _ZipArchive(path, memorySource(buffer));
      }
      return new _ZipArchive(path, fdSource(fd, size, inMemory === "sequential"));
    } catch (err) {
      try {
        closeSync2(fd);
      } catch {
      }
      throw err;
    }
  }
  get size() {
    return this.source.size;
  }
  /** Entries the central directory declares (folders included). */
  get entryCount() {
    return this.endRecord().count;
  }
  /** SHA-256 of the whole file (hex): the identity of a bundle for cached indexes. */
  digest() {
    const hash2 = createHash3("sha256");
    const scratch = Buffer.allocUnsafe(HASH_CHUNK);
    for (let at = 0; at < this.source.size; at += HASH_CHUNK) hash2.update(this.source.read(at, HASH_CHUNK, scratch));
    return hash2.digest("hex");
  }
  close() {
    this.source.close();
  }
  /** Bytes of the archive as stored (for copying entries without inflating them). */
  rawBytes(position, length) {
    return this.source.read(position, length);
  }
  endRecord() {
    const size = this.source.size;
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tailStart = size - tailLength;
    const tail = this.source.read(tailStart, tailLength);
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at === -1) throw new Error("not a zip archive (no end of central directory record)");
    if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new Error("multi-disk zip archives are not supported");
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) {
      const locatorAt = tailStart + at - 20;
      const locator = locatorAt >= 0 ? this.source.read(locatorAt, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== SIG_EOCD64_LOCATOR) throw new Error("zip64 end record locator missing");
      const recordAt = u64(locator, 8, "zip64 end record offset");
      const record = this.source.read(recordAt, 56);
      if (record.length < 56 || record.readUInt32LE(0) !== SIG_EOCD64) throw new Error("zip64 end record missing");
      count = u64(record, 32, "entry count");
      cdSize = u64(record, 40, "central directory size");
      cdOffset = u64(record, 48, "central directory offset");
    }
    if (cdOffset + cdSize > size) throw new Error("central directory lies outside the file (truncated archive?)");
    return { count, cdOffset, cdSize };
  }
  /**
   * The file entries of the central directory, in archive order (folders left out). More than
   * `maxEntries` entries is an error: a bundle that large is not one we can trust.
   */
  entries(maxEntries = LIMITS.zipMaxEntries) {
    return [...this.walk(maxEntries)];
  }
  /** The entries one at a time (a quarter of a million refs held at once is tens of MB). */
  *walk(maxEntries = LIMITS.zipMaxEntries) {
    const { count, cdOffset, cdSize } = this.endRecord();
    if (count > maxEntries) throw new Error(`more than ${maxEntries} entries`);
    let cd = Buffer.alloc(0);
    let cdAt = 0;
    let scratch;
    const load5 = (p2, n) => {
      if (p2 >= cdAt && p2 + n <= cdAt + cd.length) return p2 - cdAt;
      const length = Math.max(0, Math.min(Math.max(CD_CHUNK, n), cdSize - p2));
      if (!scratch || scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(CD_CHUNK, length));
      cd = this.source.read(cdOffset + p2, length, scratch);
      cdAt = p2;
      return 0;
    };
    let p = 0;
    for (let i = 0; i < count; i++) {
      let q = load5(p, 46);
      if (q + 46 > cd.length || cd.readUInt32LE(q) !== SIG_CENTRAL) throw new Error(`central directory entry ${i + 1} of ${count} is damaged`);
      const nameLength = cd.readUInt16LE(q + 28);
      const extraLength = cd.readUInt16LE(q + 30);
      const commentLength = cd.readUInt16LE(q + 32);
      const length = 46 + nameLength + extraLength + commentLength;
      q = load5(p, length);
      if (q + length > cd.length) throw new Error(`central directory entry ${i + 1} of ${count} runs past the directory`);
      const flags = cd.readUInt16LE(q + 8);
      const method = cd.readUInt16LE(q + 10);
      const crc = cd.readUInt32LE(q + 16);
      let compressedSize = cd.readUInt32LE(q + 20);
      let size = cd.readUInt32LE(q + 24);
      let offset = cd.readUInt32LE(q + 42);
      const nameBytes = cd.subarray(q + 46, q + 46 + nameLength);
      let name = decodeName(nameBytes, (flags & 2048) !== 0);
      const extra = cd.subarray(q + 46 + nameLength, q + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(e);
        const len = extra.readUInt16LE(e + 2);
        const body = extra.subarray(e + 4, e + 4 + len);
        if (id === 1) {
          let r = 0;
          const next = (what) => {
            if (r + 8 > body.length) throw new Error(`central directory entry ${i + 1}: zip64 field ${what} missing`);
            const v = u64(body, r, what);
            r += 8;
            return v;
          };
          if (size === 4294967295) size = next("size");
          if (compressedSize === 4294967295) compressedSize = next("compressed size");
          if (offset === 4294967295) offset = next("offset");
        } else if (id === 28789 && body.length >= 5 && body[0] === 1 && (flags & 2048) === 0) {
          if (crc322(nameBytes) === body.readUInt32LE(1)) name = body.subarray(5).toString("utf8");
        }
        e += 4 + len;
      }
      p += length;
      if (name.endsWith("/")) continue;
      yield { name, offset, compressedSize, size, crc32: crc, method, flags };
    }
  }
  /**
   * The entry's inflated bytes, or why they cannot be had. Entries declaring more than
   * `maxBytes`, encrypted entries, methods other than stored/deflate, and entries whose inflated
   * length or CRC-32 differ from what they declare are skips.
   */
  read(ref, maxBytes = LIMITS.zipMaxEntryBytes) {
    const got = this.stored(ref, maxBytes);
    if (!got.raw) return got;
    return checked(ref, ref.method === 0 ? got.raw : inflateEntry(got.raw, ref.size));
  }
  /** The entry's bytes as stored, or why they cannot be read: every check made before inflating. */
  stored(ref, maxBytes) {
    if (ref.size > maxBytes) return { skip: `declares ${ref.size} bytes, over the ${maxBytes}-byte limit per entry` };
    if ((ref.flags & 1) !== 0) return { skip: "encrypted entry" };
    if (ref.method !== 0 && ref.method !== 8) return { skip: `unsupported compression method ${ref.method}` };
    const header = this.source.read(ref.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== SIG_LOCAL) return { skip: "local header missing or damaged" };
    const start = ref.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + ref.compressedSize > this.source.size) return { skip: "entry data runs past the end of the file" };
    if (ref.method === 0 && ref.compressedSize !== ref.size) return { skip: `stored entry of ${ref.compressedSize} bytes declares ${ref.size}` };
    return { raw: this.source.read(start, ref.compressedSize) };
  }
  /**
   * Calls `onEntry` with the entry and its UTF-8 text for every file entry that `want(name)`
   * accepts, in archive order. A declared total over the cap stops the read with an error.
   */
  forEachText(want, onEntry) {
    const result = { entries: 0, skipped: [] };
    let total = 0;
    for (const ref of this.walk()) void ref;
    for (const ref of this.walk()) {
      if (!want(ref.name)) continue;
      if (ref.size <= LIMITS.zipMaxEntryBytes) {
        total += ref.size;
        if (total > LIMITS.zipMaxTotalBytes) throw new Error(`inflates to more than ${LIMITS.zipMaxTotalBytes} bytes`);
      }
      const got = this.read(ref);
      if (!got.data) {
        result.skipped.push({ name: ref.name, reason: got.skip });
        continue;
      }
      result.entries++;
      onEntry(ref, got.data.toString("utf8"));
    }
    return result;
  }
  /**
   * forEachText with the inflating done by `worker` on another thread, a few batches ahead of the
   * main thread's `onEntry`: the same entries, skips and order, and the same error after the same
   * entries when the total cap is passed. Batches the worker fails on are inflated here.
   */
  async forEachTextWith(worker, want, onEntry) {
    const result = { entries: 0, skipped: [] };
    let total = 0;
    for (const ref of this.walk()) void ref;
    const ahead = [];
    const fresh = () => ({ items: [], jobs: worker.batch(BATCH_BYTES) });
    let batch = fresh();
    const send = () => {
      if (batch.jobs.count > 0) {
        batch.inflated = worker.inflate(batch.jobs);
        batch.inflated.catch(() => void 0);
      }
      ahead.push(batch);
      batch = fresh();
    };
    let handing = false;
    const drain = async (b) => {
      let inflated = [];
      let crcs;
      let done = () => void 0;
      try {
        if (b.inflated) {
          const got = await b.inflated;
          done = got.done;
          inflated = got.inflated.map((out, i) => "data" in out ? out.data : { skip: inflateFailure(out.code, out.message, b.jobs.sizes[i]) });
          crcs = got.inflated.map((out) => "crc" in out ? out.crc : 0);
        }
      } catch {
        crcs = void 0;
        inflated = b.items.filter((item) => item.job !== void 0).map(({ ref }) => {
          const again = this.stored(ref, LIMITS.zipMaxEntryBytes);
          return again.raw ? inflateEntry(again.raw, ref.size) : again;
        });
      }
      handing = true;
      for (const { ref, skip, data, job } of b.items) {
        const got = skip !== void 0 ? { skip } : data ? checked(ref, data) : checked(ref, inflated[job] ?? { skip: "deflate data damaged (not inflated)" }, crcs?.[job]);
        if (!got.data) {
          result.skipped.push({ name: ref.name, reason: got.skip });
          continue;
        }
        result.entries++;
        onEntry(ref, got.data.toString("utf8"));
      }
      handing = false;
      done();
    };
    try {
      for (const ref of this.walk()) {
        if (!want(ref.name)) continue;
        if (ref.size <= LIMITS.zipMaxEntryBytes) {
          total += ref.size;
          if (total > LIMITS.zipMaxTotalBytes) throw new Error(`inflates to more than ${LIMITS.zipMaxTotalBytes} bytes`);
        }
        const got = this.stored(ref, LIMITS.zipMaxEntryBytes);
        if (!got.raw) batch.items.push({ ref, skip: got.skip });
        else if (ref.method === 0) batch.items.push({ ref, data: Buffer.from(got.raw) });
        else {
          batch.items.push({ ref, job: batch.jobs.count });
          batch.jobs.add(got.raw, ref.size);
        }
        if (batch.jobs.used >= BATCH_BYTES || batch.items.length >= BATCH_ENTRIES) {
          send();
          if (ahead.length > BATCHES_AHEAD) await drain(ahead.shift());
        }
      }
    } finally {
      if (!handing) {
        if (batch.items.length > 0) send();
        while (ahead.length > 0) await drain(ahead.shift());
      }
    }
    return result;
  }
};
function inflateFailure(code, message, size) {
  return code === "ERR_BUFFER_TOO_LARGE" ? `inflates past its declared ${size} bytes` : `deflate data damaged (${message})`;
}
function inflateEntry(raw, size) {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch (err) {
    const e = err;
    return { skip: inflateFailure(e.code, e.message, size) };
  }
}
function checked(ref, data, crc) {
  if (!Buffer.isBuffer(data)) return data;
  if (data.length !== ref.size) return { skip: `inflates to ${data.length} bytes, declares ${ref.size}` };
  if ((crc ?? crc322(data)) !== ref.crc32) return { skip: "CRC-32 mismatch" };
  return { data };
}
async function readZipText(path, want, onEntry) {
  const zip = ZipArchive.open(path, true);
  try {
    return zip.forEachText(want, (ref, text) => onEntry({ name: ref.name, text }));
  } finally {
    zip.close();
  }
}

// src/advise/inflate-worker.ts
import { Worker } from "node:worker_threads";
var SOURCE = `
const { parentPort } = require('node:worker_threads');
const { crc32, inflateRawSync } = require('node:zlib');
parentPort.on('message', ({ id, raw, out, lengths, sizes }) => {
  const input = Buffer.from(raw);
  const output = Buffer.from(out);
  const status = new Float64Array(lengths.length);
  const crcs = new Uint32Array(lengths.length);
  const errors = [];
  let at = 0;
  let to = 0;
  for (let i = 0; i < lengths.length; i++) {
    const src = input.subarray(at, at + lengths[i]);
    at += lengths[i];
    try {
      const got = inflateRawSync(src, { maxOutputLength: Math.max(1, sizes[i]), chunkSize: Math.max(64, sizes[i] + 1) });
      got.copy(output, to);
      to += got.length;
      status[i] = got.length;
      crcs[i] = crc32(got);
    } catch (err) {
      status[i] = -1;
      errors.push([i, typeof err.code === 'string' ? err.code : '', String(err.message)]);
    }
  }
  parentPort.postMessage({ id, raw, out, status, crcs, errors }, [raw, out, status.buffer, crcs.buffer]);
});
`;
var InflateBatch = class {
  constructor(raw) {
    this.raw = raw;
  }
  raw;
  used = 0;
  count = 0;
  // Typed: a message copies them as bytes, where arrays of numbers are serialised one by one.
  lengths = new Float64Array(256);
  sizes = new Float64Array(256);
  /** Sum of the declared sizes: the room the worker needs for the output. */
  declared = 0;
  /** Adds one entry's deflate data (copied) and its declared inflated size (the cap). */
  add(data, size) {
    if (this.used + data.length > this.raw.byteLength) {
      const bigger = new ArrayBuffer(Math.max(this.raw.byteLength * 2, this.used + data.length));
      new Uint8Array(bigger).set(new Uint8Array(this.raw, 0, this.used));
      this.raw = bigger;
    }
    new Uint8Array(this.raw, this.used, data.length).set(data);
    this.used += data.length;
    if (this.count === this.lengths.length) {
      const grow = (a) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.lengths = grow(this.lengths);
      this.sizes = grow(this.sizes);
    }
    this.lengths[this.count] = data.length;
    this.sizes[this.count] = size;
    this.count++;
    this.declared += size;
  }
};
var KEEP = 8;
var InflateWorker = class _InflateWorker {
  constructor(worker) {
    this.worker = worker;
    worker.on("message", (reply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      w?.resolve(reply);
    });
    const fail = (err) => {
      this.failed = err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`inflate worker exited (${code})`)));
  }
  worker;
  next = 0;
  waiting = /* @__PURE__ */ new Map();
  failed;
  free = [];
  /** A worker, or undefined when none can be started (the caller inflates on its own thread). */
  static start() {
    try {
      return new _InflateWorker(new Worker(SOURCE, { eval: true }));
    } catch {
      return void 0;
    }
  }
  buffer(bytes) {
    const i = this.free.findIndex((b) => b.byteLength >= bytes);
    return i === -1 ? new ArrayBuffer(Math.max(bytes, 64 * 1024)) : this.free.splice(i, 1)[0];
  }
  batch(bytes) {
    return new InflateBatch(this.buffer(bytes));
  }
  /**
   * The batch's entries inflated, in order, and a function that gives the buffers back once the
   * caller is done with the entries; rejects if the worker fails (the caller inflates them itself).
   */
  async inflate(batch) {
    if (this.failed) throw this.failed;
    const out = this.buffer(batch.declared + batch.count);
    const id = this.next++;
    const reply = await new Promise((resolve2, reject) => {
      this.waiting.set(id, { resolve: resolve2, reject });
      const lengths = batch.lengths.slice(0, batch.count);
      const sizes = batch.sizes.slice(0, batch.count);
      this.worker.postMessage({ id, raw: batch.raw, out, lengths, sizes }, [batch.raw, out, lengths.buffer, sizes.buffer]);
    });
    const done = () => {
      for (const b of [reply.raw, reply.out]) if (this.free.length < KEEP) this.free.push(b);
    };
    return { inflated: unpack(reply), done };
  }
  close() {
    this.failed ??= new Error("inflate worker closed");
    this.worker.removeAllListeners();
    void this.worker.terminate();
  }
};
function unpack(reply) {
  const out = Buffer.from(reply.out);
  const errors = new Map(reply.errors.map(([i, code, message]) => [i, { code, message }]));
  const result = [];
  let at = 0;
  for (let i = 0; i < reply.status.length; i++) {
    const length = reply.status[i];
    if (length < 0) {
      result.push(errors.get(i) ?? { code: "", message: "no answer from the inflate worker" });
      continue;
    }
    result.push({ data: out.subarray(at, at + length), crc: reply.crcs[i] });
    at += length;
  }
  return result;
}

// src/advise/osv-local.ts
import { availableParallelism } from "node:os";

// src/advise/sniff.ts
import { closeSync as closeSync3, openSync as openSync3, readdirSync as readdirSync2, readSync as readSync3 } from "node:fs";
import { join as join3, relative, sep } from "node:path";
var NAMES_LOOKED_AT = 5e3;
function listNames(path, isDir2, max = NAMES_LOOKED_AT) {
  if (!isDir2) {
    const zip = ZipArchive.open(path, false);
    try {
      return zip.entries().slice(0, max).map((e) => e.name);
    } finally {
      zip.close();
    }
  }
  const entries = readdirSync2(path, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(path, join3(e.parentPath, e.name)).split(sep).join("/")).sort().slice(0, max);
}
function layoutOf(names) {
  const has = (re) => names.some((n) => re.test(n));
  if (has(/(^|\/)vuln\/(core|npm)\/\d+\.json$/)) return "the Node.js security working group's data (give it with --nodejs-security-wg)";
  if (has(/(^|\/)releases\/[^/]+\.json$/) || has(/(^|\/)products\/[^/]+\.md$/)) return "endoflife.date release data (give it with --releases)";
  const yaml = names.filter((n) => /\.ya?ml$/i.test(n)).length;
  const json = names.filter((n) => /\.json$/i.test(n)).length;
  if (yaml > 0 && json === 0) return `${yaml} YAML file(s) and no JSON: not OSV records (OSV records are JSON)`;
  if (names.length === 0) return "nothing at all (an empty folder or archive)";
  if (json === 0) return `${names.length} file(s), none of them JSON (OSV records are .json)`;
  return void 0;
}
function fileLooksLike(path) {
  const buf = Buffer.alloc(4096);
  let n;
  const fd = openSync3(path, "r");
  try {
    n = readSync3(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync3(fd);
  }
  const head = buf.subarray(0, n).toString("utf8");
  if (/"catalogVersion"/.test(head) && /"vulnerabilities"/.test(head)) return "the CISA KEV catalogue (give it with --kev)";
  if (/^(#[^\n]*\n)?cve,epss/i.test(head)) return "FIRST EPSS scores (give them with --epss)";
  if (/"releases"/.test(head) && /"versions"/.test(head)) return "endoflife.date release data (give the folder with --releases)";
  if (/^\s*\[/.test(head)) return "a JSON array, not one OSV record (an OSV record is one object with `id` and `affected`)";
  if (!/^\s*\{/.test(head)) return "not JSON";
  return void 0;
}

// src/advise/native/index.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/advise/native/yaml-record.ts
var import_yaml2 = __toESM(require_dist(), 1);
function parseRecord(text) {
  let value;
  try {
    value = (0, import_yaml2.parse)(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (err) {
    return { error: `invalid YAML (${err.message.split("\n")[0]})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "not a YAML mapping" };
  return { value };
}
function str2(v) {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  return void 0;
}
function isoDate(v) {
  const text = v instanceof Date ? v.toISOString() : str2(v)?.replace(" ", "T");
  if (text === void 0) return void 0;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(t) || new Date(t).getUTCFullYear() < 1970 ? void 0 : new Date(t).toISOString();
}

// src/advise/native/friendsofphp.ts
function branchRange(versions) {
  const list = Array.isArray(versions) ? versions.map(String) : typeof versions === "string" ? versions.split(",") : void 0;
  if (!list) return "`versions` is not a list";
  const events = [];
  let lower;
  let upper;
  for (const c of list.flatMap((x) => x.split(","))) {
    const m = /^\s*(>=|<=|>|<|=)\s*v?([0-9][0-9A-Za-z.\-+]*)\s*$/.exec(c);
    if (!m) return `constraint "${c.trim()}" is not a Composer version constraint`;
    const [, op, v] = m;
    if (op === ">=" || op === ">") lower = v;
    else if (op === "<") upper = { fixed: v };
    else if (op === "<=") upper = { last_affected: v };
    else {
      lower = v;
      upper = { last_affected: v };
    }
  }
  events.push({ introduced: lower ?? "0" });
  if (upper) events.push(upper);
  return { type: "ECOSYSTEM", events };
}
function read(record, source) {
  const parsed = parseRecord(record.text);
  if (!parsed.value) return { skip: parsed.error };
  const raw = parsed.value;
  const ref = /^composer:\/\/(.+\/.+)$/.exec(str2(raw.reference) ?? "");
  if (!ref) return { skip: "no `reference: composer://vendor/package`" };
  const branches = raw.branches;
  if (typeof branches !== "object" || branches === null || Array.isArray(branches)) return { skip: "no `branches`" };
  const ranges = [];
  let published;
  for (const b of Object.values(branches)) {
    const branch = b ?? {};
    const range = branchRange(branch.versions);
    if (typeof range === "string") return { skip: range };
    ranges.push(range);
    const t = isoDate(branch.time);
    if (t && (published === void 0 || t < published)) published = t;
  }
  const link = str2(raw.link);
  const cve = str2(raw.cve);
  const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(link ?? "")?.[0];
  const ids = [cve && /^CVE-\d+-\d+$/.test(cve) ? cve : void 0, ghsa].filter((x) => x !== void 0);
  const id = ids[0] ?? `FRIENDSOFPHP-${record.name.replace(/\.ya?ml$/, "")}`;
  const advisory = {
    id,
    aliases: ids.filter((x) => x !== id),
    summary: str2(raw.title) ?? "",
    affected: [{ ecosystem: "Packagist", name: ref[1], ranges, versions: [] }],
    references: link ? [{ type: "ADVISORY", url: link }] : [],
    url: link ?? advisoryUrl(id),
    source
  };
  if (published) advisory.published = published;
  return { advisories: [advisory] };
}
var FRIENDSOFPHP = {
  kind: "friendsofphp",
  title: "FriendsOfPHP's security-advisories",
  wants: (name) => /(^|\/)[^/.][^/]*\/[^/]+\/[^/]+\.yaml$/.test(name),
  recognises: (text) => /^reference:\s*composer:\/\//m.test(text),
  read
};

// src/advise/native/rubysec.ts
function bump(v) {
  const nums = v.split(".").filter((s) => /^\d+$/.test(s));
  if (nums.length === 0) return void 0;
  const kept = nums.length > 1 ? nums.slice(0, -1) : nums;
  kept[kept.length - 1] = String(Number(kept[kept.length - 1]) + 1);
  return kept.join(".");
}
var cmp = (a, b) => lt(a, b) ? -1 : gt(a, b) ? 1 : 0;
function loOf(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.v, b.v);
  return c > 0 ? a : c < 0 ? b : { v: a.v, incl: a.incl && b.incl };
}
function hiOf(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.v, b.v);
  return c < 0 ? a : c > 0 ? b : { v: a.v, incl: a.incl && b.incl };
}
function requirementInterval(line) {
  let out = {};
  for (const part of line.split(",")) {
    const m = /^\s*(~>|>=|<=|!=|>|<|=)?\s*([0-9A-Za-z.\-+]+)\s*$/.exec(part);
    if (!m || !valid(m[2])) return `requirement "${line}" is not a RubyGems requirement`;
    const op = m[1] ?? "=";
    const v = m[2];
    let next;
    if (op === "~>") {
      const up = bump(v);
      if (up === void 0) return `requirement "${line}" is not a RubyGems requirement`;
      next = { lo: { v, incl: true }, hi: { v: up, incl: false } };
    } else if (op === ">=" || op === ">") next = { lo: { v, incl: op === ">=" } };
    else if (op === "<=" || op === "<") next = { hi: { v, incl: op === "<=" } };
    else if (op === "=") next = { lo: { v, incl: true }, hi: { v, incl: true } };
    else continue;
    out = { ...loOf(out.lo, next.lo) ? { lo: loOf(out.lo, next.lo) } : {}, ...hiOf(out.hi, next.hi) ? { hi: hiOf(out.hi, next.hi) } : {} };
  }
  return out;
}
function empty(i) {
  if (!i.lo || !i.hi) return false;
  const c = cmp(i.lo.v, i.hi.v);
  return c > 0 || c === 0 && !(i.lo.incl && i.hi.incl);
}
function affectedEvents(safe) {
  const sorted = safe.filter((i) => !empty(i)).sort((a, b) => !a.lo ? -1 : !b.lo ? 1 : cmp(a.lo.v, b.lo.v));
  const merged = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    const touches = last && (!last.hi || !i.lo || cmp(i.lo.v, last.hi.v) < 0 || cmp(i.lo.v, last.hi.v) === 0 && (i.lo.incl || last.hi.incl));
    if (last && touches) {
      if (last.hi && (!i.hi || cmp(i.hi.v, last.hi.v) > 0 || cmp(i.hi.v, last.hi.v) === 0 && i.hi.incl)) {
        if (i.hi) last.hi = i.hi;
        else delete last.hi;
      }
    } else merged.push({ ...i });
  }
  const events = [];
  if (merged.length === 0 || merged[0].lo) events.push({ introduced: "0" });
  for (const i of merged) {
    if (i.lo) events.push(i.lo.incl ? { fixed: i.lo.v } : { last_affected: i.lo.v });
    if (!i.hi) break;
    events.push({ introduced: i.hi.v });
  }
  return events;
}
function severityOf(raw) {
  for (const key of ["cvss_v3", "cvss_v4", "cvss_v2"]) {
    const score = typeof raw[key] === "number" ? raw[key] : Number(str2(raw[key]));
    const label = Number.isFinite(score) ? labelForScore(score) : void 0;
    if (label) return { label, source: "cvss", score };
  }
  return void 0;
}
function read2(record, source) {
  const parsed = parseRecord(record.text);
  if (!parsed.value) return { skip: parsed.error };
  const raw = parsed.value;
  const gem = str2(raw.gem);
  if (!gem) return { skip: str2(raw.engine) ? "informational (a Ruby interpreter advisory under rubies/, not a gem)" : "no `gem`" };
  const safe = [];
  for (const key of ["patched_versions", "unaffected_versions"]) {
    const list = raw[key];
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) return { skip: `\`${key}\` is not a list` };
    for (const line of list) {
      const i = requirementInterval(String(line));
      if (typeof i === "string") return { skip: i };
      safe.push(i);
    }
  }
  const cve = str2(raw.cve);
  const ghsa = str2(raw.ghsa);
  const osvdb = str2(raw.osvdb);
  const ids = [ghsa ? `GHSA-${ghsa}` : void 0, cve ? `CVE-${cve}` : void 0, osvdb ? `OSVDB-${osvdb}` : void 0].filter((x) => x !== void 0);
  const id = ids[0] ?? `RUBYSEC-${record.name.replace(/\.ya?ml$/, "")}`;
  const references = [];
  const url = str2(raw.url);
  if (url) references.push({ type: "ADVISORY", url });
  const related = raw.related;
  if (related && Array.isArray(related.url)) {
    for (const u of related.url) if (typeof u === "string") references.push({ type: "WEB", url: u });
  }
  const advisory = {
    id,
    aliases: ids.filter((x) => x !== id),
    summary: str2(raw.title) ?? "",
    affected: [{ ecosystem: "RubyGems", name: gem, ranges: [{ type: "ECOSYSTEM", events: affectedEvents(safe) }], versions: [] }],
    references,
    url: advisoryUrl(id),
    source
  };
  const published = isoDate(raw.date);
  if (published) advisory.published = published;
  const severity = severityOf(raw);
  if (severity) advisory.severity = severity;
  return { advisories: [advisory] };
}
var RUBYSEC = {
  kind: "rubysec",
  title: "RubySec's ruby-advisory-db",
  wants: (name) => /(^|\/)(gems|rubies)\/[^/]+\/[^/]+\.ya?ml$/.test(name),
  recognises: (text) => /^(gem|engine):\s*\S/m.test(text),
  read: read2
};

// src/advise/native/registry.ts
var NATIVE_FORMATS = [RUBYSEC, FRIENDSOFPHP];

// src/advise/native/index.ts
function forEachRecord(path, isDir2, names, format, onRecord, skip) {
  if (!isDir2) {
    const zip = ZipArchive.open(path, true);
    try {
      const res = zip.forEachText(format.wants, (ref, text) => onRecord({ name: ref.name, text }));
      for (const s of res.skipped) skip(s.reason, s.name);
    } finally {
      zip.close();
    }
    return;
  }
  for (const name of names) {
    if (!format.wants(name)) continue;
    const abs = join4(path, ...name.split("/"));
    if (statSync2(abs).size > LIMITS.advisoryMaxFileBytes) {
      skip(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, name);
      continue;
    }
    onRecord({ name, text: readFileSync(abs, "utf8") });
  }
}
function firstText(path, isDir2, name) {
  if (isDir2) return readFileSync(join4(path, ...name.split("/")), "utf8");
  const zip = ZipArchive.open(path, false);
  try {
    const ref = zip.entries().find((e) => e.name === name);
    return ref ? zip.read(ref).data?.toString("utf8") : void 0;
  } finally {
    zip.close();
  }
}
function recogniseNative(path, isDir2) {
  let names;
  try {
    names = isDir2 ? listNames(path, true) : listNames(path, false);
  } catch {
    return void 0;
  }
  for (const format of NATIVE_FORMATS) {
    const first = names.find((n) => format.wants(n));
    if (first === void 0) continue;
    const text = firstText(path, isDir2, first);
    if (text !== void 0 && format.recognises(text)) return { format, names };
  }
  return void 0;
}
function loadNative(path, isDir2, found, source, accept) {
  const { format } = found;
  const byId = /* @__PURE__ */ new Map();
  const skips = [];
  const skip = (reason, name) => void skips.push([reason, name]);
  const names = isDir2 ? listNames(path, true, Number.MAX_SAFE_INTEGER) : [];
  forEachRecord(path, isDir2, names, format, (record) => {
    const got = format.read(record, source);
    if (!got.advisories) return skip(got.skip, record.name);
    for (const a of got.advisories) {
      const have = byId.get(a.id);
      if (have) {
        have.affected.push(...a.affected);
        for (const alias of a.aliases) if (!have.aliases.includes(alias)) have.aliases.push(alias);
        if (a.published && (!have.published || a.published < have.published)) have.published = a.published;
      } else if (accept()) byId.set(a.id, a);
      else skip(`over the ${LIMITS.maxAdvisories}-record limit`, record.name);
    }
  }, skip);
  return { format, advisories: [...byId.values()], skips };
}

// src/advise/osv-local.ts
var ORIGIN = "advise/osv";
var SkipLog = class _SkipLog {
  byReason = /* @__PURE__ */ new Map();
  static from(entries) {
    const log = new _SkipLog();
    for (const [reason, count, examples] of entries) log.byReason.set(reason, { count, examples: [...examples] });
    return log;
  }
  add(reason, where) {
    const key = reason.replace(/^[^:]+: /, "");
    const got = this.byReason.get(key);
    if (!got) this.byReason.set(key, { count: 1, examples: [where] });
    else if (got.count++ < 5) got.examples.push(where);
  }
  /** What the report shows of the skips: the count and the first five names, per reason. */
  summary() {
    return [...this.byReason].map(([reason, { count, examples }]) => [reason, count, examples]);
  }
  flush(path, problems) {
    for (const [reason, { count, examples }] of this.byReason) {
      const level = reason.startsWith("informational") ? "notice" : "warning";
      const shown = examples.join(", ") + (count > 5 ? `, \u2026 (${count - 5} more)` : "");
      problems.push({ level, origin: ORIGIN, file: path, message: `${count} record(s) skipped, ${reason}: ${shown}` });
    }
  }
};
var PARALLEL_FROM_BYTES = 16 * 1024 * 1024;
function screenRecord(text, where, skips, budget, judge2) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    skips.add(`invalid JSON (${err.message})`, where);
    return void 0;
  }
  const kept = judge2(raw);
  if (typeof kept === "string") {
    skips.add(kept, where);
    return void 0;
  }
  if (budget.accepted >= LIMITS.maxAdvisories) {
    skips.add(`over the ${LIMITS.maxAdvisories}-record limit`, where);
    return void 0;
  }
  budget.accepted++;
  return kept;
}
function parseRecord2(text, where, source, skips, budget) {
  return screenRecord(text, where, skips, budget, (raw) => {
    const r = normaliseOsv(raw, source);
    return r.advisory ?? r.skip;
  });
}
function indexRecord(text, where, skips, budget) {
  return screenRecord(text, where, skips, budget, (raw) => {
    const r = recordFacts(raw);
    return r.facts ?? r.skip;
  });
}
function keysOf(packages) {
  if (packages.length === 1) return [matchKey(packages[0].ecosystem, packages[0].name)];
  return [...new Set(packages.map((a) => matchKey(a.ecosystem, a.name)))];
}
async function buildBundle(path, budget, cacheDir, parallelFromBytes) {
  const problems = [];
  const skips = new SkipLog();
  const source = `osv-zip:${basename2(path)}`;
  let lookup = new MemoryLookup();
  const tally = new EcosystemTally();
  let complete = false;
  let scan;
  let sha256;
  const identity = cacheDir ? identityOf(path) : void 0;
  const builtAtNs = nowNs();
  let worker;
  try {
    scan = ZipArchive.open(path, "sequential");
    lookup = new MemoryLookup(scan.entryCount);
    if (cacheDir) sha256 = scan.digest();
    const want = (name) => name.endsWith(".json");
    const onEntry = (ref, text) => {
      const facts = indexRecord(text, ref.name, skips, budget);
      if (!facts) return;
      lookup.add(ref, facts.id, keysOf(facts.packages));
      tally.addRecord(facts.packages, facts.date, facts.withdrawn);
    };
    if (scan.size >= parallelFromBytes && availableParallelism() > 1) worker = InflateWorker.start();
    const res = worker ? await scan.forEachTextWith(worker, want, onEntry) : scan.forEachText(want, onEntry);
    for (const s of res.skipped) skips.add(s.reason, s.name);
    complete = true;
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN, file: path, message: `advisory bundle not read: ${err.message}` });
  } finally {
    worker?.close();
    scan?.close();
  }
  lookup.skips = skips.summary();
  lookup.ecosystems = tally.result();
  skips.flush(path, problems);
  let answers = lookup;
  if (complete && cacheDir && sha256 && identity && budget.accepted < LIMITS.maxAdvisories) {
    const failed = writeIndex(cacheDir, path, sha256, identity, builtAtNs, lookup);
    if (failed) problems.push({ level: "notice", origin: ORIGIN, file: path, message: failed });
    else answers = reopenIndex(cacheDir, path, sha256, builtAtNs) ?? lookup;
  }
  let zip;
  try {
    if (lookup.records > 0) zip = ZipArchive.open(path, false);
  } catch {
    zip = void 0;
  }
  const info = { kind: "osv-zip", path, records: lookup.records, ecosystems: lookup.ecosystems };
  return { kind: "indexed", info, source, lookup: answers, problems, built: true, ...zip ? { zip } : {} };
}
async function loadZip(path, budget, cacheDir, parallelFromBytes) {
  if (!cacheDir) return buildBundle(path, budget, void 0, parallelFromBytes);
  let zip;
  try {
    zip = ZipArchive.open(path, false);
  } catch {
    return buildBundle(path, budget, void 0, parallelFromBytes);
  }
  let lookup;
  try {
    lookup = openIndex(cacheDir, path, identityOf(path), () => zip.digest());
  } catch {
    lookup = void 0;
  }
  if (!lookup || budget.accepted + lookup.records > LIMITS.maxAdvisories) {
    lookup?.close();
    zip.close();
    return buildBundle(path, budget, cacheDir, parallelFromBytes);
  }
  budget.accepted += lookup.records;
  const problems = [];
  SkipLog.from(lookup.skips).flush(path, problems);
  const info = { kind: "osv-zip", path, records: lookup.records, ecosystems: lookup.ecosystems };
  return { kind: "indexed", info, source: `osv-zip:${basename2(path)}`, lookup, zip, problems, built: false };
}
async function rebuild(b, budget, cacheDir, parallelFromBytes) {
  b.lookup.close();
  b.zip?.close();
  budget.accepted -= b.lookup.records;
  const fresh = await buildBundle(b.info.path, budget, cacheDir, parallelFromBytes);
  Object.assign(b, { info: fresh.info, lookup: fresh.lookup, zip: fresh.zip, problems: fresh.problems, built: true });
}
async function guarded(b, budget, cacheDir, parallelFromBytes, ask) {
  try {
    return ask(b.lookup);
  } catch (err) {
    if (!(err instanceof IndexDamaged) || b.lookup instanceof MemoryLookup) throw err;
    await rebuild(b, budget, b.built ? void 0 : cacheDir, parallelFromBytes);
    return ask(b.lookup);
  }
}
function loadDir(path, budget, problems) {
  const skips = new SkipLog();
  const advisories = [];
  const source = `osv-dir:${basename2(path)}`;
  const walk = (dir, depth) => {
    if (depth > LIMITS.maxDepth) return;
    let names;
    try {
      names = readdirSync3(dir).sort();
    } catch (err) {
      skips.add(`folder not readable (${err.code ?? String(err)})`, relative2(path, dir));
      return;
    }
    for (const name of names) {
      const abs = join5(dir, name);
      const st = lstatSync2(abs);
      if (st.isDirectory()) walk(abs, depth + 1);
      else if (st.isFile() && name.endsWith(".json")) {
        const rel = relative2(path, abs);
        if (st.size > LIMITS.advisoryMaxFileBytes) {
          skips.add(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, rel);
          continue;
        }
        const advisory = parseRecord2(readFileSync2(abs, "utf8"), rel, source, skips, budget);
        if (advisory) advisories.push(advisory);
      }
    }
  };
  walk(path, 0);
  skips.flush(path, problems);
  return { kind: "records", info: { kind: "osv-dir", path, records: advisories.length, ecosystems: EcosystemTally.of(advisories) }, advisories };
}
function loadFile(path, budget, problems) {
  const skips = new SkipLog();
  const tooBig = statSync3(path).size > LIMITS.advisoryMaxFileBytes;
  if (tooBig) skips.add(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, basename2(path));
  const advisory = tooBig ? void 0 : parseRecord2(readFileSync2(path, "utf8"), basename2(path), `osv-file:${basename2(path)}`, skips, budget);
  skips.flush(path, problems);
  const advisories = advisory ? [advisory] : [];
  return { kind: "records", info: { kind: "osv-file", path, records: advisories.length, ecosystems: EcosystemTally.of(advisories) }, advisories };
}
function selected(lookup, keys, ids) {
  if (!keys) return lookup.all();
  const out = /* @__PURE__ */ new Map();
  lookup.expect("keys", keys.size);
  for (const key of keys) for (const e of lookup.byKey(key)) out.set(e.n, e);
  lookup.expect("ids", ids.size);
  for (const id of ids) for (const e of lookup.byId(id)) out.set(e.n, e);
  return [...out.values()].sort((a, b) => a.n - b.n);
}
function readChosen(b, chosen) {
  const skips = new SkipLog();
  const out = [];
  for (const { ref, id } of chosen) {
    const got = b.zip ? b.zip.read(ref) : { skip: "bundle not readable" };
    const result = got.data ? normaliseOsv(safeParse(got.data.toString("utf8")), b.source) : void 0;
    if (result?.advisory && result.advisory.id === id) {
      out.push(result.advisory);
      continue;
    }
    if (!b.built) throw new IndexDamaged(`${ref.name} does not read as indexed`);
    skips.add(`${got.skip ?? result?.skip ?? `id is not ${id}`} (the bundle changed after it was indexed)`, ref.name);
  }
  skips.flush(b.info.path, b.problems);
  return out;
}
function loadNativeTree(path, isDir2, found, budget, problems) {
  const kind = found.format.kind;
  const skips = new SkipLog();
  const accept = () => budget.accepted < LIMITS.maxAdvisories && ++budget.accepted > 0;
  let got;
  try {
    got = loadNative(path, isDir2, found, `${kind}:${basename2(path)}`, accept);
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN, file: path, message: `${found.format.title} not read: ${err.message}` });
    return { kind: "records", info: { kind, path, records: 0 }, advisories: [] };
  }
  for (const [reason, where] of got.skips) skips.add(reason, where);
  skips.flush(path, problems);
  return { kind: "records", info: { kind, path, records: got.advisories.length, ecosystems: EcosystemTally.of(got.advisories) }, advisories: got.advisories };
}
function safely(f) {
  try {
    return f();
  } catch {
    return void 0;
  }
}
function noRecords(path, isDir2) {
  const like = path.endsWith(".json") && !isDir2 ? safely(() => fileLooksLike(path)) : safely(() => layoutOf(listNames(path, isDir2)));
  const what = like ?? "OSV-style JSON, but no record could be used (see the skips reported for it)";
  return { level: "error", origin: ORIGIN, file: path, message: `no OSV record in this advisory database; it looks like ${what}` };
}
function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
async function loadOfflineAdvisories(paths, db = new AdvisoryDb(), options = {}) {
  const sources = [];
  const problems = [];
  let cacheDir = options.cacheDir;
  if (cacheDir !== void 0) {
    const unusable = prepareCacheDir(cacheDir);
    if (unusable) {
      problems.push({ level: "notice", origin: ORIGIN, message: `advisory index cache not used: ${unusable}` });
      cacheDir = void 0;
    }
  }
  const budget = { accepted: 0 };
  const parallelFromBytes = options.parallelFromBytes ?? PARALLEL_FROM_BYTES;
  const loaded = [];
  const perSource = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync3(path);
    } catch {
      problems.push({ level: "error", origin: ORIGIN, file: path, message: "advisory database not found" });
      continue;
    }
    const mine = [];
    const native = st.isDirectory() ? safely(() => recogniseNative(path, true)) : void 0;
    let l;
    if (native) l = loadNativeTree(path, true, native, budget, mine);
    else if (st.isDirectory()) l = loadDir(path, budget, mine);
    else if (path.endsWith(".zip")) {
      const b = await loadZip(path, budget, cacheDir, parallelFromBytes);
      const nativeZip = b.info.records === 0 ? safely(() => recogniseNative(path, false)) : void 0;
      if (nativeZip) {
        b.lookup.close();
        b.zip?.close();
        l = loadNativeTree(path, false, nativeZip, budget, mine);
      } else {
        loaded.push(b);
        perSource.push(problems.splice(0), b);
        if (b.info.records === 0 && !b.problems.some((p) => p.level === "error")) b.problems.push(noRecords(path, false));
        continue;
      }
    } else if (path.endsWith(".json")) l = loadFile(path, budget, mine);
    else {
      const like = safely(() => fileLooksLike(path));
      mine.push({ level: "error", origin: ORIGIN, file: path, message: `expected an OSV all.zip, a folder of OSV JSON records, or one .json record${like ? `; this looks like ${like}` : ""}` });
    }
    if (l) {
      loaded.push(l);
      if (l.info.records === 0 && !mine.some((p) => p.level === "error")) mine.push(noRecords(path, st.isDirectory()));
    }
    problems.push(...mine);
  }
  perSource.push(problems.splice(0));
  try {
    const keys = options.keys;
    const wantedIds = /* @__PURE__ */ new Set();
    if (keys) {
      for (const l of loaded) {
        if (l.kind === "records") {
          for (const a of l.advisories) if (keysOf(a.affected).some((k) => keys.has(k))) wantedIds.add(a.id);
        } else {
          await guarded(l, budget, cacheDir, parallelFromBytes, (lookup) => {
            lookup.expect("keys", keys.size);
            for (const key of keys) for (const e of lookup.byKey(key)) wantedIds.add(e.id);
          });
        }
      }
    }
    const chosen = /* @__PURE__ */ new Map();
    for (const l of loaded) {
      if (l.kind === "indexed") chosen.set(l, await guarded(l, budget, cacheDir, parallelFromBytes, (lookup) => readChosen(l, selected(lookup, keys, wantedIds))));
    }
    for (const l of loaded) {
      sources.push(l.info);
      for (const a of l.kind === "records" ? l.advisories : chosen.get(l)) db.add(a);
    }
  } finally {
    for (const l of loaded) {
      if (l.kind !== "indexed") continue;
      l.lookup.close();
      l.zip?.close();
    }
  }
  for (const p of perSource) problems.push(...Array.isArray(p) ? p : p.problems);
  return { db, sources, problems };
}
function offlineOsvSource(config) {
  const paths = config.db.osv;
  if (paths.length === 0) return void 0;
  return {
    gives: "osv",
    async advisoriesFor(components) {
      const keys = new Set(components.map((c) => matchKey(c.ecosystem, osAdvisoryName(c).name)));
      const loaded = await loadOfflineAdvisories(paths, new AdvisoryDb(), { keys, ...config.cacheDir ? { cacheDir: config.cacheDir } : {} });
      return { osv: loaded.db, sources: loaded.sources, problems: loaded.problems };
    }
  };
}

// src/advise/os-sources.ts
import { closeSync as closeSync4, openSync as openSync4, readdirSync as readdirSync5, readSync as readSync4, statSync as statSync8 } from "node:fs";

// src/advise/alpine-secdb.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
var ORIGIN2 = "advise/alpine-secdb";
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function load(path) {
  const problems = [];
  const info = { kind: "alpine-secdb", path, records: 0 };
  let doc;
  try {
    if (statSync4(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    doc = (0, import_yaml3.parse)(readFileSync3(path, "utf8"), { maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN2, file: path, message: `not read: ${err.message.split("\n", 1)[0]}` });
    return { info, advisories: [], problems };
  }
  const release = isRecord2(doc) && typeof doc.distroversion === "string" ? doc.distroversion : void 0;
  const ecosystem = release ? osEcosystem("alpine", release) : void 0;
  if (!isRecord2(doc) || !ecosystem?.includes(":") || !Array.isArray(doc.packages)) {
    problems.push({ level: "error", origin: ORIGIN2, file: path, message: "expected an Alpine secdb document: distroversion (like v3.20) and a packages list" });
    return { info, advisories: [], problems };
  }
  const repo = typeof doc.reponame === "string" ? doc.reponame : "main";
  const advisories = [];
  let skipped = 0;
  for (const entry of doc.packages) {
    const pkg = isRecord2(entry) && isRecord2(entry.pkg) ? entry.pkg : void 0;
    const name = typeof pkg?.name === "string" ? pkg.name : void 0;
    if (!pkg || !name || !isRecord2(pkg.secfixes)) {
      skipped++;
      continue;
    }
    for (const [fixed, cves] of Object.entries(pkg.secfixes)) {
      if (fixed === "0" || !Array.isArray(cves)) continue;
      const aliases = cves.filter((c) => typeof c === "string").map((c) => c.trim().split(/\s+/, 1)[0]).filter((c) => /^CVE-\d{4}-\d+$/.test(c));
      advisories.push({
        id: `ALPINE-${release}-${name}-${fixed}`,
        aliases,
        summary: `${name} ${fixed} fixes ${aliases.length > 0 ? aliases.join(", ") : "security issues"} (Alpine ${release} ${repo})`,
        affected: [{ ecosystem, name, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed }] }], versions: [] }],
        references: [],
        url: `https://security.alpinelinux.org/srcpkg/${encodeURIComponent(name)}`,
        source: `alpine-secdb:${path}`
      });
    }
  }
  if (skipped > 0) problems.push({ level: "warning", origin: ORIGIN2, file: path, message: `${skipped} package entr(ies) without pkg.name and pkg.secfixes; skipped` });
  problems.push({ level: "notice", origin: ORIGIN2, file: path, message: "Alpine's secdb has no dates: its findings' clocks follow the policy's unknownClock unless another source dates the fix" });
  info.records = advisories.length;
  return { info, advisories, problems };
}
var alpineSecdb = {
  id: "alpine-secdb",
  recognise: (_path, probe2) => !probe2.isDirectory && /(?:^|[\n{,])\s*"?distroversion"?\s*:/.test(probe2.head) && /"?packages"?\s*:/.test(probe2.head),
  load
};

// src/advise/debian-changelog.ts
import { readdirSync as readdirSync4, readFileSync as readFileSync4, statSync as statSync5 } from "node:fs";
import { join as join6 } from "node:path";
import { gunzipSync } from "node:zlib";
var ORIGIN3 = "advise/debian-changelog";
var HEADER = /^(\S+) \(([^)\s]+)\) ([^;]+);(.*)$/;
var TRAILER2 = /^ -- .*?>\s\s?(.+)$/;
var CVE = /CVE-\d{4}-\d{4,}/g;
var NAME = /(?:^|\.)changelog\.Debian(?:\.gz)?$/;
var MAX_TEXT = 16 * 1024 * 1024;
function parseChangelog(text) {
  const out = [];
  let cur;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const h = HEADER.exec(line);
    if (h) {
      cur = { source: h[1], version: h[2], suites: h[3].trim().split(/\s+/), cves: [], line: i + 1 };
      const urgency = /urgency=(\w+)/i.exec(h[4])?.[1];
      if (urgency) cur.urgency = urgency.toLowerCase();
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const t = TRAILER2.exec(line);
    if (t) {
      const d = Date.parse(t[1].trim());
      if (Number.isFinite(d)) cur.date = new Date(d).toISOString();
      cur = void 0;
      continue;
    }
    for (const m of line.matchAll(CVE)) if (!cur.cves.includes(m[0])) cur.cves.push(m[0]);
  }
  return out;
}
function readChangelog(file) {
  const raw = readFileSync4(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw, { maxOutputLength: MAX_TEXT }) : raw;
  return text.toString("utf8");
}
function load2(path, book) {
  const problems = [];
  let files;
  try {
    files = statSync5(path).isDirectory() ? readdirSync4(path).filter((n) => NAME.test(n)).sort().map((n) => join6(path, n)) : [path];
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN3, file: path, message: `cannot read: ${err.code ?? String(err)}` });
    return { info: { kind: "debian-changelog", path, records: 0 }, advisories: [], problems };
  }
  let entries = 0;
  for (const file of files) {
    let text;
    try {
      if (statSync5(file).size > LIMITS.advisoryMaxFileBytes) throw new Error("over the advisory file size limit");
      text = readChangelog(file);
    } catch (err) {
      problems.push({ level: "warning", origin: ORIGIN3, file, message: `not read: ${err.message}` });
      continue;
    }
    const parsed = parseChangelog(text);
    if (parsed.length === 0) problems.push({ level: "warning", origin: ORIGIN3, file, line: 1, message: 'no "source (version) suite; urgency=..." entry: not a Debian changelog' });
    for (const e of parsed) {
      entries++;
      for (const suite of e.suites) {
        const r = releaseOfCodename(suite);
        if (!r) continue;
        const ecosystem = osEcosystem(r.distro, r.release);
        book.noteUpload(ecosystem, e.source, e.version, { suite, cves: e.cves, ...e.urgency ? { urgency: e.urgency } : {} });
        if (/-security$/.test(suite) && e.date) {
          book.noteDate(ecosystem, e.source, e.version, {
            date: e.date,
            basis: "changelog",
            evidence: `changelog ${e.source} ${e.version} (${suite}${e.urgency ? `, urgency=${e.urgency}` : ""})`
          });
        }
      }
    }
  }
  return { info: { kind: "debian-changelog", path, records: entries }, advisories: [], problems };
}
var debianChangelogs = {
  id: "debian-changelog",
  recognise: (path, probe2) => probe2.isDirectory ? probe2.names.some((n) => NAME.test(n)) : NAME.test(path),
  load: load2
};

// src/advise/debian-dsa.ts
import { readFileSync as readFileSync5, statSync as statSync6 } from "node:fs";
var ORIGIN4 = "advise/debian-dsa";
var HEADER2 = /^\[(\d{1,2} [A-Z][a-z]{2} \d{4})\] (D[SL]A-\d+(?:-\d+)?) (\S+)(?: - (.*))?$/;
var FIX = /^\s+\[([a-z-]+)\] - (\S+)\s+(\S+)\s*$/;
var CVES = /^\s+\{([^}]*)\}/;
function load3(path, book) {
  const problems = [];
  const info = { kind: "debian-dsa", path, records: 0 };
  let text;
  try {
    if (statSync6(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    text = readFileSync5(path, "utf8");
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN4, file: path, message: `cannot read: ${err.message}` });
    return { info, advisories: [], problems };
  }
  const advisories = [];
  let cur;
  const unknownReleases = /* @__PURE__ */ new Set();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const h = HEADER2.exec(line);
    if (h) {
      const date2 = Date.parse(`${h[1]} UTC`);
      cur = {
        id: h[2],
        aliases: [],
        summary: `${h[3]} - ${h[4] ?? "security update"}`,
        affected: [],
        references: [],
        url: `https://security-tracker.debian.org/tracker/${h[2]}`,
        source: `debian-dsa:${path}`
      };
      if (Number.isFinite(date2)) cur.published = cur.modified = new Date(date2).toISOString();
      advisories.push(cur);
      continue;
    }
    if (!cur) continue;
    const c = CVES.exec(line);
    if (c) {
      cur.aliases.push(...c[1].split(/\s+/).filter((x) => /^CVE-\d{4}-\d+$/.test(x)));
      continue;
    }
    const f = FIX.exec(line);
    if (!f || f[3].startsWith("<")) continue;
    const r = releaseOfCodename(f[1]);
    if (!r) {
      unknownReleases.add(f[1]);
      continue;
    }
    const ecosystem = osEcosystem(r.distro, r.release);
    const pkg = { ecosystem, name: f[2], ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: f[3] }] }], versions: [] };
    cur.affected.push(pkg);
    if (cur.published) book.noteDate(ecosystem, pkg.name, f[3], { date: cur.published, basis: "advisory", evidence: `${cur.id} (${cur.published.slice(0, 10)})` });
  }
  if (unknownReleases.size > 0) {
    problems.push({ level: "notice", origin: ORIGIN4, file: path, message: `fixes for releases with no known Debian version skipped: ${[...unknownReleases].sort().join(", ")}` });
  }
  const kept = advisories.filter((a) => a.affected.length > 0);
  if (advisories.length === 0) problems.push({ level: "error", origin: ORIGIN4, file: path, message: 'no "[date] DSA-n-n package - ..." entries: not a DSA/DLA list' });
  info.records = kept.length;
  return { info, advisories: kept, problems };
}
var debianDsaList = {
  id: "debian-dsa",
  recognise: (_path, probe2) => !probe2.isDirectory && HEADER2.test(probe2.head.split("\n", 1)[0].replace(/\r$/, "")),
  load: load3
};

// src/advise/debian-packages.ts
import { readFileSync as readFileSync6, statSync as statSync7 } from "node:fs";
import { basename as basename3, dirname, join as join7 } from "node:path";
var ORIGIN5 = "advise/debian-packages";
function parseRelease(text, path) {
  const body = text.replace(/^-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:Hash:[^\n]*\n)*\r?\n/, "").split(/^-----BEGIN PGP SIGNATURE-----/m)[0];
  const fields = deb822(body)[0]?.fields ?? /* @__PURE__ */ new Map();
  const info = { path };
  const set = (k, field) => {
    const v = fields.get(field);
    if (v) info[k] = v;
  };
  set("origin", "Origin");
  set("suite", "Suite");
  set("codename", "Codename");
  set("version", "Version");
  const date2 = Date.parse(fields.get("Date") ?? "");
  if (Number.isFinite(date2)) info.date = new Date(date2).toISOString();
  return info;
}
function looksLikeRelease(head) {
  return /^(?:Suite|Codename):/m.test(head) && /^Date:/m.test(head) && !/^Package:/m.test(head);
}
var SECTION = /_(?:updates_)?(?:main|contrib|non-free|non-free-firmware|universe|multiverse|restricted)_binary-[^_]+_Packages$/;
function releaseBeside(path) {
  const dir = dirname(path);
  const name = basename3(path);
  const prefix = SECTION.test(name) ? name.replace(SECTION, "") : void 0;
  const candidates = [
    ...prefix ? [`${prefix}_InRelease`, `${prefix}_Release`] : [],
    "InRelease",
    "Release",
    "../../InRelease",
    "../../Release"
  ].map((c) => join7(dir, c));
  for (const c of candidates) {
    try {
      if (statSync7(c).size > LIMITS.advisoryMaxFileBytes) continue;
      return parseRelease(readFileSync6(c, "utf8"), c);
    } catch {
    }
  }
  return void 0;
}
function ecosystemOf(release, path) {
  const fromName = /(?:^|[_/])([a-z]+(?:-security|-updates)?)(?=_)/.exec(basename3(path))?.[1];
  const suite = release?.codename ?? release?.suite ?? fromName ?? "security";
  const origin = release?.origin?.toLowerCase();
  if (origin && release?.version) {
    const eco = osEcosystem(origin, release.version);
    if (eco && eco.includes(":")) return { ecosystem: eco, suite };
  }
  for (const name of [release?.codename, release?.suite, fromName]) {
    const r = name ? releaseOfCodename(name) : void 0;
    if (r) return { ecosystem: osEcosystem(r.distro, r.release), suite };
  }
  return { suite };
}
function trackerUrl(ecosystem, source) {
  return ecosystem.startsWith("Ubuntu") ? `https://launchpad.net/ubuntu/+source/${encodeURIComponent(source)}` : `https://security-tracker.debian.org/tracker/source-package/${encodeURIComponent(source)}`;
}
function load4(path, book) {
  const problems = [];
  const info = { kind: "debian-packages", path, records: 0 };
  let text;
  try {
    if (statSync7(path).size > LIMITS.advisoryMaxFileBytes) {
      problems.push({ level: "error", origin: ORIGIN5, file: path, message: `over the ${LIMITS.advisoryMaxFileBytes}-byte limit for an advisory file; not read` });
      return { info, advisories: [], problems };
    }
    text = readFileSync6(path, "utf8");
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN5, file: path, message: `cannot read: ${err.code ?? String(err)}` });
    return { info, advisories: [], problems };
  }
  const release = releaseBeside(path);
  const { ecosystem, suite } = ecosystemOf(release, path);
  if (!ecosystem) {
    problems.push({
      level: "error",
      origin: ORIGIN5,
      file: path,
      message: "cannot tell which distribution release this package index belongs to: put its InRelease or Release file beside it (apt names it <suite>_InRelease), or name the file after its suite (bookworm-security_..._Packages)"
    });
    return { info, advisories: [], problems };
  }
  if (!release?.date) {
    problems.push({ level: "warning", origin: ORIGIN5, file: path, message: "no Release/InRelease Date beside this index: fixes only it lists have no clock unless a changelog or DSA/DLA dates them" });
  }
  const bySource = /* @__PURE__ */ new Map();
  let bad = 0;
  for (const s of deb822(text, () => bad++)) {
    const pkg = s.fields.get("Package");
    const version = s.fields.get("Version");
    if (!pkg || !version) {
      bad++;
      continue;
    }
    const src = parseSourceField(s.fields.get("Source"));
    const name = src.name ?? pkg;
    const v = src.version ?? version;
    let versions = bySource.get(name);
    if (!versions) bySource.set(name, versions = /* @__PURE__ */ new Map());
    if (!versions.has(v)) versions.set(v, s.line);
  }
  if (bad > 0) problems.push({ level: "warning", origin: ORIGIN5, file: path, message: `${bad} malformed line(s) or stanza(s) without Package/Version; skipped` });
  const advisories = [];
  for (const [source, versions] of bySource) {
    const fixed = [...versions.keys()];
    for (const version of fixed) {
      const advisory = {
        id: `${suite}:${source}@${version}`,
        aliases: fixed.length > 1 ? [`${suite}:${source}`] : [],
        summary: `${source} ${version} published in ${suite} (${ecosystem} security archive)`,
        affected: [{ ecosystem, name: source, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: version }] }], versions: [] }],
        references: [],
        url: trackerUrl(ecosystem, source),
        source: `debian-packages:${path}`
      };
      if (release?.date) {
        advisory.modified = release.date;
        book.noteDate(ecosystem, source, version, { date: release.date, basis: "index-date", evidence: `${suite} index Date ${release.date.slice(0, 10)} (upper bound)` });
      }
      advisories.push(advisory);
    }
  }
  info.records = advisories.length;
  problems.push({ level: "notice", origin: ORIGIN5, file: path, message: "a package index carries no severity: its findings take the policy's unknownSeverity unless another record of the same CVE has one" });
  return { info: release?.date ? { ...info, fetched: release.date } : info, advisories, problems };
}
var debianPackagesIndex = {
  id: "debian-packages",
  recognise: (_path, probe2) => !probe2.isDirectory && /^Package: \S+/.test(probe2.head.trimStart()) && /^Version: /m.test(probe2.head) && !/^Status: /m.test(probe2.head),
  load: load4
};
var debianRelease = {
  id: "debian-release",
  recognise: (_path, probe2) => !probe2.isDirectory && looksLikeRelease(probe2.head),
  load: (path) => ({ info: { kind: "debian-release", path, records: 0 }, advisories: [], problems: [] })
};

// src/advise/os-sources.ts
var OS_SOURCES = [debianChangelogs, debianDsaList, debianPackagesIndex, debianRelease, alpineSecdb];
var HEAD_BYTES = 4096;
function probe(path) {
  try {
    const st = statSync8(path);
    if (st.isDirectory()) return { isDirectory: true, names: readdirSync5(path), head: "" };
    if (!st.isFile()) return void 0;
    const fd = openSync4(path, "r");
    try {
      const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
      const n = readSync4(fd, buf, 0, buf.length, 0);
      return { isDirectory: false, names: [], head: buf.subarray(0, n).toString("utf8") };
    } finally {
      closeSync4(fd);
    }
  } catch {
    return void 0;
  }
}
function distroPaths(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const p = probe(path);
    if (p && OS_SOURCES.some((s) => s.recognise(path, p))) out.add(path);
  }
  return out;
}
function distroDataSource(config) {
  const paths = config.db.distro;
  if (paths.length === 0) return void 0;
  return {
    gives: "osv",
    advisoriesFor() {
      const loaded = loadOsSources(paths);
      const osv = new AdvisoryDb();
      for (const a of loaded.advisories) osv.add(a);
      return Promise.resolve({ osv, osFixes: loaded.book, sources: loaded.sources, problems: loaded.problems });
    }
  };
}
function loadOsSources(paths) {
  const out = { handled: /* @__PURE__ */ new Set(), advisories: [], book: new OsFixBook(), sources: [], problems: [] };
  for (const path of paths) {
    const p = probe(path);
    const source = p && OS_SOURCES.find((s) => s.recognise(path, p));
    if (!source) continue;
    out.handled.add(path);
    const r = source.load(path, out.book);
    out.advisories.push(...r.advisories);
    out.sources.push(r.advisories.length > 0 ? { ...r.info, ecosystems: EcosystemTally.of(r.advisories) } : r.info);
    out.problems.push(...r.problems);
  }
  for (const a of out.advisories) {
    if (!a.source.startsWith("debian-packages:")) continue;
    const notes = [];
    for (const pkg of a.affected) {
      for (const range of pkg.ranges) {
        for (const e of range.events) {
          const upload = e.fixed === void 0 ? void 0 : out.book.upload(pkg.ecosystem, pkg.name, e.fixed);
          if (!upload) continue;
          for (const cve of upload.cves) if (!a.aliases.includes(cve)) a.aliases.push(cve);
          if (upload.urgency) a.distroUrgency = upload.urgency;
          notes.push(`${e.fixed} ${upload.suite}${upload.urgency ? ` urgency=${upload.urgency}` : ""}`);
        }
      }
    }
    if (notes.length > 0) a.summary += `; changelog: ${notes.join(", ")}`;
  }
  return out;
}

// src/advise/scanner-report.ts
import { readFileSync as readFileSync7, statSync as statSync9 } from "node:fs";
var ORIGIN6 = "advise/scanner-report";
var TOOL_NAME = { trivy: "Trivy", grype: "Grype" };
var LABEL = {
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  // Grype's lowest band (Ubuntu's and Debian's "negligible"/"unimportant").
  NEGLIGIBLE: "low"
};
function severityOf2(f) {
  const label = LABEL[(f.severity ?? "").toUpperCase()];
  const score = f.cvss?.score;
  const extra = { ...score !== void 0 ? { score } : {}, ...f.cvss?.vector ? { vector: f.cvss.vector } : {} };
  if (label) return { label, source: "label", ...extra };
  const byScore = score !== void 0 ? labelForScore(score) : void 0;
  return byScore ? { label: byScore, source: "cvss", ...extra } : void 0;
}
function advisoriesFromReport(report, path) {
  const tool = TOOL_NAME[report.tool];
  const byId = /* @__PURE__ */ new Map();
  const problems = [];
  for (const f of report.findings) {
    if (!f.os) continue;
    const read3 = componentFromPurl(f.purl, { file: path, line: f.line }, report.distro);
    if ("skip" in read3) {
      problems.push({ level: "warning", origin: ORIGIN6, file: path, line: f.line, message: `${f.id}: ${read3.skip}; not used` });
      continue;
    }
    const c = read3.component;
    const ranges = f.fixed.map((fixed) => ({ type: "ECOSYSTEM", events: [{ introduced: c.version }, { fixed }] }));
    const affected = [{ ecosystem: c.ecosystem, name: c.name, ranges, versions: [c.version] }];
    let advisory = byId.get(f.id);
    if (!advisory) {
      const published = realDate(report.tool === "grype" ? f.fixAvailable : f.published);
      const modified = realDate(f.modified);
      const severity = severityOf2(f);
      advisory = {
        id: f.id,
        aliases: [...f.aliases],
        summary: `${f.title ?? f.id} (reported by ${tool})`,
        affected: [],
        references: f.url ? [{ type: "WEB", url: f.url }] : [],
        url: advisoryUrl(f.id),
        source: `${report.tool}:${path}`,
        ...published ? { published } : {},
        ...modified ? { modified } : {},
        ...severity ? { severity } : {}
      };
      byId.set(f.id, advisory);
    } else {
      for (const a of f.aliases) if (!advisory.aliases.includes(a)) advisory.aliases.push(a);
    }
    advisory.affected.push(...affected);
  }
  return { advisories: [...byId.values()], problems };
}
function splitScannerReports(paths) {
  const reports = [];
  const rest = [];
  for (const path of paths) {
    let text;
    try {
      if (path.endsWith(".json") && statSync9(path).isFile()) text = readFileSync7(path, "utf8");
    } catch {
      text = void 0;
    }
    let doc;
    try {
      doc = text === void 0 ? void 0 : JSON.parse(text);
    } catch {
      doc = void 0;
    }
    const report = text === void 0 || doc === void 0 ? void 0 : readScannerReport(text, doc);
    if (report) reports.push({ path, report });
    else rest.push(path);
  }
  return { reports, rest };
}
function scannerReportAdvisories(files, known) {
  const covered = /* @__PURE__ */ new Set();
  for (const a of known.all()) for (const p of a.affected) covered.add(baseEcosystem(p.ecosystem));
  const db = new AdvisoryDb();
  const sources = [];
  const problems = [];
  const merged = /* @__PURE__ */ new Map();
  for (const { path, report } of files) {
    const tool = TOOL_NAME[report.tool];
    const got = advisoriesFromReport(report, path);
    problems.push(...got.problems);
    const left = /* @__PURE__ */ new Set();
    let records = 0;
    for (const advisory of got.advisories) {
      const kept = advisory.affected.filter((p) => {
        if (!covered.has(baseEcosystem(p.ecosystem))) return true;
        left.add(baseEcosystem(p.ecosystem));
        return false;
      });
      if (kept.length === 0) continue;
      records++;
      const have = merged.get(advisory.id);
      if (!have) {
        merged.set(advisory.id, { ...advisory, affected: kept });
        continue;
      }
      have.affected.push(...kept);
      for (const a of advisory.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
    }
    for (const ecosystem of [...left].sort()) {
      problems.push({ level: "notice", origin: ORIGIN6, file: path, message: `${tool}'s ${ecosystem} findings not used: another advisory source given to this run covers ${ecosystem}` });
    }
    sources.push({ kind: `${report.tool}-report`, path, records, ...report.created ? { fetched: report.created } : {} });
  }
  for (const advisory of merged.values()) {
    if (known.get(advisory.id)) {
      problems.push({ level: "warning", origin: ORIGIN6, message: `${advisory.id} is already loaded from another source; the scanner report's finding of it is not used` });
      continue;
    }
    db.add(advisory);
  }
  return { osv: db, sources, problems };
}
function scannerReportSource(config) {
  const reports = config.db.reports;
  if (reports.length === 0) return void 0;
  return {
    gives: "osv",
    advisoriesFor(_components, known) {
      return Promise.resolve(scannerReportAdvisories(reports, known.osv));
    }
  };
}

// src/advise/runtime/index.ts
import { readFile as readFile2, readdir, stat as stat2 } from "node:fs/promises";
import { basename as basename4, join as join8 } from "node:path";

// src/advise/runtime/nodejs-wg.ts
var import_semver = __toESM(require_semver(), 1);
var RUNTIME_ECOSYSTEM = "runtime";
var NODEJS_PRODUCT = "nodejs";
var LABELS = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]);
var RECORD_URL = "https://github.com/nodejs/security-wg/blob/main/vuln/core/";
function minVersion(set) {
  try {
    return import_semver.default.minVersion(new import_semver.default.Range(set.map((c) => c.value).join(" ") || "*"));
  } catch {
    return null;
  }
}
function inSet(v, set) {
  return set.every((c) => c.test(v));
}
function upperBound(set) {
  const c = set.find((x) => x.operator === "<" || x.operator === "<=");
  if (!c) return void 0;
  const v = c.semver;
  return { version: `${v.major}.${v.minor}.${v.patch}`, inclusive: c.operator === "<=" };
}
function exactEnd(set) {
  if (set.length !== 1 || set[0].operator !== "" || set[0].value === "") return void 0;
  const next = import_semver.default.inc(set[0].semver, "patch");
  return next ? { version: next, inclusive: false } : void 0;
}
function semverRangesToEvents(vulnerable, patched) {
  const v = new import_semver.default.Range(vulnerable);
  const p = patched.trim() === "" ? void 0 : new import_semver.default.Range(patched);
  const ranges = [];
  for (const set of v.set) {
    const lower = minVersion(set);
    if (!lower) continue;
    const events = [{ introduced: lower.version }];
    const fixes = (p?.set ?? []).map((q) => ({ lo: minVersion(q), hi: upperBound(q) ?? exactEnd(q) })).filter((q) => q.lo !== null && inSet(q.lo, set)).sort((a, b) => import_semver.default.compare(a.lo, b.lo));
    let open = true;
    for (const fix of fixes) {
      if (!open) continue;
      events.push({ fixed: fix.lo.version });
      open = false;
      if (fix.hi && !fix.hi.inclusive && inSet(fix.hi.version, set)) {
        events.push({ introduced: fix.hi.version });
        open = true;
      }
    }
    if (open) {
      const upper = upperBound(set);
      if (upper) events.push(upper.inclusive ? { last_affected: upper.version } : { fixed: upper.version });
      else if (set.length === 1 && set[0].operator === "") events.push({ last_affected: lower.version });
    }
    ranges.push({ type: "SEMVER", events });
  }
  return ranges;
}
function firstSentence(text) {
  const line = text.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
function parseNodeCoreRecord(n, value, source) {
  if (!isRecord(value)) return "not a JSON object";
  const vulnerable = typeof value.vulnerable === "string" ? value.vulnerable.trim() : "";
  const patched = typeof value.patched === "string" ? value.patched.trim() : "";
  if (vulnerable === "" || import_semver.default.validRange(vulnerable) === null) return `vulnerable range "${String(value.vulnerable)}" is not a semver range`;
  if (patched !== "" && import_semver.default.validRange(patched) === null) return `patched range "${patched}" is not a semver range`;
  const cves = Array.isArray(value.cve) ? value.cve.filter((c) => typeof c === "string" && c !== "") : [];
  const environments = Array.isArray(value.affectedEnvironments) ? value.affectedEnvironments.filter((e) => typeof e === "string") : [];
  const text = typeof value.description === "string" && value.description.trim() || typeof value.overview === "string" && value.overview.trim() || cves.join(", ") || `Node.js core vulnerability ${n}`;
  const onlyOn = environments.length > 0 && !environments.includes("all") ? ` (${environments.join(", ")} only)` : "";
  const label = typeof value.severity === "string" ? value.severity.toLowerCase() : "";
  let severity;
  if (LABELS.has(label)) {
    severity = { label, source: "label" };
    if (typeof value.cvss_score === "number") severity.score = value.cvss_score;
    if (typeof value.cvss === "string" && value.cvss !== "") severity.vector = value.cvss.startsWith("CVSS:") ? value.cvss : `CVSS:${value.cvss}`;
  }
  const ref = typeof value.ref === "string" && /^https?:\/\//.test(value.ref) ? value.ref : void 0;
  const url = ref ?? `${RECORD_URL}${n}.json`;
  const published = typeof value.publish_date === "string" && /^\d{4}-\d{2}-\d{2}/.test(value.publish_date) ? value.publish_date.slice(0, 10) : void 0;
  const advisory = {
    id: `NSWG-CORE-${n}`,
    aliases: cves,
    summary: firstSentence(text) + onlyOn,
    affected: [{ ecosystem: RUNTIME_ECOSYSTEM, name: NODEJS_PRODUCT, ranges: semverRangesToEvents(vulnerable, patched), versions: [] }],
    references: [{ type: "ADVISORY", url: `${RECORD_URL}${n}.json` }, ...ref ? [{ type: "WEB", url: ref }] : []],
    url,
    source: `nodejs-security-wg:${source}`
  };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  return { advisory, vulnerable, patched, environments };
}
var CORE_RECORD = /(?:^|\/)core\/(\d+)\.json$/;

// src/advise/runtime/index.ts
var ORIGIN7 = "advise/runtime";
var note = (message, file, level = "warning") => {
  const p = { level, origin: ORIGIN7, message };
  if (file !== void 0) p.file = file;
  return p;
};
async function isDir(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}
async function listFiles(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join8(dir, e.name)).sort();
  } catch {
    return [];
  }
}
async function readText(path, problems) {
  try {
    const info = await stat2(path);
    if (info.size > LIMITS.advisoryMaxFileBytes) {
      problems.push(note(`${info.size} bytes, over the ${LIMITS.advisoryMaxFileBytes}-byte limit; skipped`, path));
      return void 0;
    }
    return await readFile2(path, "utf8");
  } catch (err) {
    problems.push(note(`not read: ${err.code ?? String(err)}`, path));
    return void 0;
  }
}
function parseByName(name, text, source, problems) {
  const product2 = basename4(name).replace(/\.(md|json)$/i, "");
  let outcome;
  if (/\.md$/i.test(name)) outcome = parseProductMarkdown(text, product2, source);
  else {
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      problems.push(note(`invalid JSON: ${err.message}`, source));
      return { products: [], issues: [] };
    }
    outcome = parseEndoflifeJson(value, product2, source);
  }
  for (const issue of outcome.issues) problems.push(note(issue, source));
  return outcome;
}
var Collector = class {
  constructor(wanted) {
    this.wanted = wanted;
  }
  wanted;
  products = /* @__PURE__ */ new Map();
  /** Products already given by a plain file of each kind, so zip entries do not repeat them. */
  seen = /* @__PURE__ */ new Set();
  /** Keeps only the products wanted from now on (release data is then read for those alone). */
  narrow(wanted) {
    this.wanted = wanted;
    for (const name of [...this.products.keys()]) if (!wanted.has(name)) this.products.delete(name);
  }
  /** Every wanted product already has both a product page and release data from plain files. */
  complete() {
    return this.wanted !== void 0 && [...this.wanted].every((p) => this.seen.has(`md:${p}`) && this.seen.has(`json:${p}`));
  }
  wants(product2) {
    return this.wanted === void 0 || this.wanted.has(product2);
  }
  add(outcome) {
    for (const p of outcome.products) {
      if (!this.wants(p.product)) continue;
      const have = this.products.get(p.product);
      if (have) mergeProducts(have, p);
      else this.products.set(p.product, p);
    }
  }
};
var PRODUCT_ID = /^[a-z0-9][a-z0-9.+_-]*$/;
var productOf = (name) => basename4(name).replace(/\.(md|json)$/i, "");
async function readFolder(dir, kind, c, problems) {
  for (const path of await listFiles(dir)) {
    const isMd = /\.md$/i.test(path);
    const isJson = /\.json$/i.test(path);
    if (!(isMd || isJson) || kind === "md" && !isMd || kind === "json" && !isJson) continue;
    const product2 = productOf(path);
    if (!PRODUCT_ID.test(product2) || !c.wants(product2)) continue;
    const text = await readText(path, problems);
    if (text === void 0) continue;
    c.seen.add(`${isMd ? "md" : "json"}:${product2}`);
    c.add(parseByName(path, text, path, problems));
  }
}
async function readZips(dir, kind, c, problems) {
  if (c.complete()) return;
  for (const path of await listFiles(dir)) {
    if (!/\.zip$/i.test(path) || /(^|\/)vuln\.zip$/.test(path)) continue;
    const want = (name) => {
      const m = /(?:^|\/)([^/]+)\.(md|json)$/i.exec(name);
      return m !== null && m[2].toLowerCase() === kind && c.wants(m[1]) && !c.seen.has(`${kind}:${m[1]}`);
    };
    try {
      const r = await readZipText(path, want, (entry) => c.add(parseByName(entry.name, entry.text, `${path}!${entry.name}`, problems)));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`not read as a zip: ${err.message}`, path));
    }
  }
}
async function loadNodejsSecurityWg(path) {
  const problems = [];
  const vulnerabilities = [];
  const take = (name, text, source) => {
    const m = CORE_RECORD.exec(name);
    if (!m) return;
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      problems.push(note(`invalid JSON: ${err.message}`, source));
      return;
    }
    const r = parseNodeCoreRecord(m[1], value, source);
    if (typeof r === "string") problems.push(note(`${m[1]}.json not used: ${r}`, source));
    else vulnerabilities.push(r);
  };
  if (await isDir(path)) {
    for (const dir of [join8(path, "vuln", "core"), join8(path, "core")]) {
      for (const file of await listFiles(dir)) {
        const text = await readText(file, problems);
        if (text !== void 0) take(`core/${basename4(file)}`, text, file);
      }
    }
  } else {
    try {
      const r = await readZipText(path, (name) => CORE_RECORD.test(name), (e) => take(e.name, e.text, `${path}!${e.name}`));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`Node.js security WG data not read: ${err.message}`, path, "error"));
    }
  }
  vulnerabilities.sort((a, b) => Number(a.advisory.id.slice(10)) - Number(b.advisory.id.slice(10)));
  return { vulnerabilities, problems };
}
async function loadRuntimeData(dir, opts = {}) {
  const problems = [];
  const data = emptyRuntimeData();
  const wanted = /* @__PURE__ */ new Set([...opts.products ?? CATALOGUE_PRODUCTS, ...opts.alsoProducts ?? []]);
  const byIndex = opts.products === void 0 && (opts.images !== void 0 || opts.repositories !== void 0);
  const images = new Set([...opts.images ?? []].map(canonicalImageName));
  const repositories = new Set([...opts.repositories ?? []].map(canonicalRepository));
  const c = new Collector(byIndex ? void 0 : wanted);
  const narrow = () => {
    if (!byIndex) return;
    const named = [...c.products.values()].filter((p) => p.images?.some((i) => images.has(i)) || p.repositories?.some((r) => repositories.has(r.repo))).map((p) => p.product);
    c.narrow(/* @__PURE__ */ new Set([...wanted, ...named]));
  };
  let info;
  try {
    info = await stat2(dir);
  } catch (err) {
    problems.push(note(`release data not read: ${err.code ?? String(err)}`, dir, "error"));
    return { data, problems };
  }
  if (info.isFile()) {
    if (/\.zip$/i.test(dir)) {
      try {
        await readZipText(
          dir,
          (n) => /\.(md|json)$/i.test(n) && c.wants(productOf(n)),
          (e) => c.add(parseByName(e.name, e.text, `${dir}!${e.name}`, problems))
        );
        narrow();
      } catch (err) {
        problems.push(note(`not read as a zip: ${err.message}`, dir, "error"));
      }
    } else {
      const text = await readText(dir, problems);
      if (text !== void 0) c.add(parseByName(dir, text, dir, problems));
      narrow();
    }
  } else {
    for (const sub of [join8(dir, "endoflife.date", "products"), join8(dir, "products")]) await readFolder(sub, "md", c, problems);
    await readFolder(dir, "md", c, problems);
    const zipDirs = [join8(dir, "endoflife.date"), join8(dir, "release-data"), dir];
    for (const sub of zipDirs) await readZips(sub, "md", c, problems);
    narrow();
    await readFolder(dir, "json", c, problems);
    for (const sub of [join8(dir, "release-data", "releases"), join8(dir, "releases")]) await readFolder(sub, "json", c, problems);
    for (const sub of zipDirs) await readZips(sub, "json", c, problems);
  }
  data.products = c.products;
  const wg = opts.nodejsSecurityWg ?? await firstExisting([
    join8(dir, "vuln.zip"),
    join8(dir, "nodejs-security-wg", "vuln.zip"),
    join8(dir, "vuln"),
    join8(dir, "nodejs-security-wg")
  ]);
  if (wg !== void 0) {
    const r = await loadNodejsSecurityWg(wg);
    data.nodeVulnerabilities = r.vulnerabilities;
    problems.push(...r.problems);
  }
  if (data.products.size === 0) {
    problems.push(
      note(
        "no endoflife.date release data found (expected <product>.md / <product>.json files, release-data/releases/, endoflife.date/products/ or their zips)",
        dir
      )
    );
  }
  return { data, problems };
}
async function firstExisting(paths) {
  for (const p of paths) {
    try {
      await stat2(p);
      return p;
    } catch {
    }
  }
  return void 0;
}
function releaseFilesSource(config) {
  const dir = config.releases;
  if (!dir) return void 0;
  const wg = config.nodejsSecurityWg;
  return {
    gives: "runtime",
    async advisoriesFor(components) {
      const images = components.flatMap((c) => c.image ? [c.name] : []);
      const repositories = components.flatMap((c) => c.runtime?.repository !== void 0 ? [c.runtime.repository] : []);
      const alsoProducts = [...Object.values(config.policyImages ?? {}), ...components.flatMap((c) => c.runtime?.product !== void 0 ? [c.runtime.product] : [])];
      const loaded = await loadRuntimeData(dir, { images, repositories, alsoProducts, ...wg ? { nodejsSecurityWg: wg } : {} });
      const sources = [{ kind: "releases", path: dir, records: loaded.data.products.size }];
      if (loaded.data.nodeVulnerabilities.length > 0) {
        sources.push({ kind: "nodejs-security-wg", path: wg ?? dir, records: loaded.data.nodeVulnerabilities.length });
      }
      return { products: [...loaded.data.products.values()], nodeVulnerabilities: loaded.data.nodeVulnerabilities, sources, problems: loaded.problems };
    }
  };
}

// src/advise/sources.ts
function sortDb(paths) {
  const { reports, rest } = splitScannerReports(paths);
  const distro = distroPaths(rest);
  return { osv: rest.filter((p) => !distro.has(p)), distro: [...distro], reports };
}
var ADVISORY_SOURCES = [
  distroDataSource,
  offlineOsvSource,
  osvApiSource,
  releaseFilesSource,
  endoflifeApiSource,
  scannerReportSource
];
async function advise(components, config) {
  const sources = [];
  const problems = [];
  const sorted = { ...config, db: sortDb(config.db ?? []) };
  const configured = ADVISORY_SOURCES.map((make) => make(sorted)).filter((s) => s !== void 0);
  if (!configured.some((s) => s.gives === "osv") && components.some((c) => c.image === void 0)) {
    problems.push({ level: "error", origin: "advise", message: "no advisory source: no --db was given and the OSV API is off (--offline); nothing could be matched. Give an OSV bundle with --db, or run online" });
  }
  let known = { osv: new AdvisoryDb(), runtime: emptyRuntimeData() };
  const osvParts = [];
  for (const source of configured) {
    const answer = await source.advisoriesFor(components, known);
    sources.push(...answer.sources);
    problems.push(...answer.problems);
    if (answer.osv) osvParts.push(answer.osv);
    const osv = !answer.osv ? known.osv : osvParts.length === 1 ? answer.osv : AdvisoryDb.merge(osvParts);
    known = { osv, runtime: mergeRuntime(known.runtime, answer), ...answer.osFixes ?? known.osFixes ? { osFixes: answer.osFixes ?? known.osFixes } : {} };
  }
  return { advisories: known, sources, problems };
}
function mergeRuntime(into, answer) {
  if (!answer.products?.length && !answer.nodeVulnerabilities?.length) return into;
  const products = new Map(into.products);
  for (const p of answer.products ?? []) {
    const have = products.get(p.product);
    if (!have) {
      products.set(p.product, p);
      continue;
    }
    const copy = { ...have, cycles: have.cycles.map((c) => ({ ...c })), versions: new Map(have.versions), sources: [...have.sources] };
    mergeProducts(copy, p);
    products.set(p.product, copy);
  }
  return { ...into, products, nodeVulnerabilities: [...into.nodeVulnerabilities, ...answer.nodeVulnerabilities ?? []] };
}

// src/enrich/epss.ts
import { readFile as readFile3, stat as stat3 } from "node:fs/promises";
import { gunzipSync as gunzipSync2 } from "node:zlib";
var EPSS_ORIGIN = "advise/epss";
var MAX_EPSS_BYTES = 512 * 1024 * 1024;
var MAX_ROW_PROBLEMS = 20;
var CVE_RE = /^CVE-\d{4}-\d{4,19}$/;
var NUMBER_RE = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
function probability(text) {
  if (text === void 0) return void 0;
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return void 0;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : void 0;
}
function parseEpss(text, file = "epss.csv") {
  const scores = /* @__PURE__ */ new Map();
  const problems = [];
  const result = { scores, problems };
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  if (lines[0]?.charCodeAt(0) === 65279) lines[0] = lines[0].slice(1);
  for (; i < lines.length && lines[i].startsWith("#"); i++) {
    for (const part of lines[i].slice(1).split(",")) {
      const colon = part.indexOf(":");
      if (colon === -1) continue;
      const key = part.slice(0, colon).trim();
      const value = part.slice(colon + 1).trim();
      if (key === "model_version") result.modelVersion = value;
      else if (key === "score_date") result.scoreDate = value;
    }
  }
  const header = lines[i]?.split(",").map((h) => h.trim().toLowerCase());
  const cveCol = header?.indexOf("cve") ?? -1;
  const epssCol = header?.indexOf("epss") ?? -1;
  const pctCol = header?.indexOf("percentile") ?? -1;
  if (!header || cveCol === -1 || epssCol === -1) {
    problems.push(problem(EPSS_ORIGIN, file, `expected a header line "cve,epss,percentile", got ${JSON.stringify(lines[i] ?? "")}`, i + 1));
    return result;
  }
  let bad = 0;
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const cols = line.split(",");
    const id = cols[cveCol]?.trim().toUpperCase();
    const score = probability(cols[epssCol]);
    const pct = pctCol === -1 ? void 0 : probability(cols[pctCol]);
    let why;
    if (!id || !CVE_RE.test(id)) why = `expected a CVE id like CVE-2021-44228, got ${JSON.stringify(cols[cveCol] ?? "")}`;
    else if (score === void 0) why = `${id}: expected an EPSS score from 0 to 1, got ${JSON.stringify(cols[epssCol] ?? "")}`;
    else if (pctCol !== -1 && pct === void 0) why = `${id}: expected a percentile from 0 to 1, got ${JSON.stringify(cols[pctCol] ?? "")}`;
    if (why !== void 0) {
      bad++;
      if (bad <= MAX_ROW_PROBLEMS) problems.push(problem(EPSS_ORIGIN, file, `row skipped: ${why}`, i + 1, "warning"));
      continue;
    }
    const entry = { score };
    if (pct !== void 0) entry.percentile = pct;
    scores.set(id, entry);
  }
  if (bad > MAX_ROW_PROBLEMS) {
    problems.push(problem(EPSS_ORIGIN, file, `${bad - MAX_ROW_PROBLEMS} more rows skipped`, void 0, "warning"));
  }
  return result;
}
async function loadEpss(path) {
  try {
    const st = await stat3(path);
    if (!st.isFile()) return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, "EPSS file is not a file")] };
    if (st.size > MAX_EPSS_BYTES) {
      return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file is ${st.size} bytes; the limit is ${MAX_EPSS_BYTES}`)] };
    }
    let buf = await readFile3(path);
    if (path.endsWith(".gz")) buf = gunzipSync2(buf, { maxOutputLength: MAX_EPSS_BYTES });
    return parseEpss(buf.toString("utf8"), path);
  } catch (err) {
    return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file not read: ${err.message}`)] };
  }
}
function epssFile(config) {
  const path = config.epss;
  if (!path) return void 0;
  return {
    async lookupsFor() {
      const loaded = await loadEpss(path);
      return { lookups: { epss: loaded.scores }, problems: loaded.problems, sources: [{ kind: "epss", path, records: loaded.scores.size }] };
    }
  };
}

// src/enrich/kev.ts
import { readFile as readFile4, stat as stat4 } from "node:fs/promises";
var KEV_ORIGIN = "advise/kev";
var MAX_KEV_BYTES = 64 * 1024 * 1024;
var CVE_RE2 = /^CVE-\d{4}-\d{4,19}$/;
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function realDay(value) {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1970;
}
function elementLines(text) {
  const at = /"vulnerabilities"\s*:\s*\[/.exec(text);
  if (!at) return [];
  const index = new LineIndex(text);
  const lines = [];
  let depth = 0;
  for (let i = at.index + at[0].length; i < text.length; i++) {
    const c = text[i];
    if (depth === 0) {
      if (c === "]") break;
      if (c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "	") lines.push(index.lineOf(i));
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (depth === 0 && c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "	") {
      while (i + 1 < text.length && text[i + 1] !== "," && text[i + 1] !== "]") i++;
    }
  }
  return lines;
}
function parseKev(text, file) {
  const catalog = /* @__PURE__ */ new Map();
  const problems = [];
  const parsed = parseJson(text, KEV_ORIGIN, file);
  if (parsed.problem) return { catalog, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root) || !Array.isArray(root.vulnerabilities)) {
    problems.push(problem(KEV_ORIGIN, file, 'not a KEV catalogue: expected an object with a "vulnerabilities" list', 1));
    return { catalog, problems };
  }
  let lines;
  const lineOf = (i) => (lines ??= elementLines(text))[i];
  root.vulnerabilities.forEach((raw, i) => {
    const skip = (why) => {
      problems.push(problem(KEV_ORIGIN, file, `vulnerabilities[${i}] skipped: ${why}`, lineOf(i), "warning"));
    };
    if (!isRecord(raw)) return skip("expected an object");
    const id = typeof raw.cveID === "string" ? raw.cveID.trim().toUpperCase() : void 0;
    if (!id || !CVE_RE2.test(id)) return skip(`expected cveID like CVE-2021-44228, got ${JSON.stringify(raw.cveID ?? null)}`);
    if (!realDay(raw.dateAdded)) return skip(`${id}: expected dateAdded like 2021-12-10, got ${JSON.stringify(raw.dateAdded ?? null)}`);
    if (!realDay(raw.dueDate)) return skip(`${id}: expected dueDate like 2021-12-24, got ${JSON.stringify(raw.dueDate ?? null)}`);
    const entry = { dateAdded: raw.dateAdded, dueDate: raw.dueDate };
    if (typeof raw.knownRansomwareCampaignUse === "string") entry.knownRansomwareCampaignUse = raw.knownRansomwareCampaignUse;
    const prev = catalog.get(id);
    if (!prev || entry.dueDate < prev.dueDate) catalog.set(id, entry);
  });
  const result = { catalog, problems };
  if (typeof root.catalogVersion === "string") result.catalogVersion = root.catalogVersion;
  if (typeof root.dateReleased === "string") result.dateReleased = root.dateReleased;
  if (catalog.size === 0 && root.vulnerabilities.length > 0) {
    problems.push(problem(KEV_ORIGIN, file, "no usable entries in the KEV catalogue", 1));
  }
  return result;
}
async function loadKev(path) {
  try {
    const st = await stat4(path);
    if (!st.isFile()) return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, "KEV catalogue is not a file")] };
    if (st.size > MAX_KEV_BYTES) {
      return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue is ${st.size} bytes; the limit is ${MAX_KEV_BYTES}`)] };
    }
    return parseKev(await readFile4(path, "utf8"), path);
  } catch (err) {
    return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue not read: ${err.message}`)] };
  }
}
function kevFile(config) {
  const path = config.kev;
  if (!path) return void 0;
  return {
    async lookupsFor() {
      const loaded = await loadKev(path);
      return { lookups: { kev: loaded.catalog }, problems: loaded.problems, sources: [{ kind: "kev", path, records: loaded.catalog.size }] };
    }
  };
}

// src/enrich/epss-feed.ts
import { gunzipSync as gunzipSync3 } from "node:zlib";
var DEFAULT_EPSS_API_URL = "https://api.first.org/data/v1/epss";
var MAX_EPSS_URL_LENGTH = 2e3;
var MAX_CVES_PER_REQUEST = 100;
var MAX_CSV_BYTES = 512 * 1024 * 1024;
var CVE_RE3 = /^CVE-\d{4}-\d{4,19}$/;
var isAnswer2 = (v) => isRecord(v) && (v.score === null || typeof v.score === "number" && v.score >= 0 && v.score <= 1);
function probability2(v) {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : void 0;
}
function epssChunks(base, cves, maxLength = MAX_EPSS_URL_LENGTH) {
  const prefix = `${base}?cve=`.length;
  const chunks = [];
  let current = [];
  let length = prefix;
  for (const cve of cves) {
    const add = (current.length === 0 ? 0 : 1) + cve.length;
    if (current.length > 0 && (length + add >= maxLength || current.length >= MAX_CVES_PER_REQUEST)) {
      chunks.push(current);
      current = [];
      length = prefix;
    }
    length += (current.length === 0 ? 0 : 1) + cve.length;
    current.push(cve);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
async function askApi(ctx, base, cves) {
  const found = /* @__PURE__ */ new Map();
  let offset = 0;
  for (let page = 0; page < 10; page++) {
    const url = `${base}?cve=${cves.join(",")}${offset > 0 ? `&offset=${offset}` : ""}`;
    const res = await ctx.http.request({ url });
    const doc = parseJsonBody(res);
    if (!isRecord(doc) || !Array.isArray(doc.data)) throw new ShapeError(`${url}: expected {"data": [...]}`);
    for (const row of doc.data) {
      if (!isRecord(row) || typeof row.cve !== "string") continue;
      const score = probability2(row.epss);
      if (score === void 0) throw new ShapeError(`${url}: ${row.cve}: epss ${JSON.stringify(row.epss)} is not a probability`);
      const answer = { score };
      const pct = probability2(row.percentile);
      if (pct !== void 0) answer.percentile = pct;
      if (typeof row.date === "string") answer.date = row.date;
      found.set(row.cve.toUpperCase(), answer);
    }
    offset += doc.data.length;
    const total = typeof doc.total === "number" ? doc.total : 0;
    if (doc.data.length === 0 || offset >= total) break;
  }
  for (const cve of cves) if (!found.has(cve)) found.set(cve, { score: null });
  return found;
}
async function fetchEpssApi(ctx, base, cveList) {
  const cves = [...new Set([...cveList].map((c) => c.trim().toUpperCase()).filter((c) => CVE_RE3.test(c)))].sort();
  const req = (cve) => ({ source: "epss", key: `cve\0${cve}`, label: cve, check: isAnswer2 });
  const answers = /* @__PURE__ */ new Map();
  const ask = [];
  const looked = await mapLimit(cves, 32, (cve) => ctx.lookup(req(cve), base));
  for (let i = 0; i < cves.length; i++) {
    const cve = cves[i];
    const f = looked[i];
    if (f.hit) answers.set(cve, f.hit);
    else if (f.blocked !== void 0) answers.set(cve, await ctx.settle(req(cve), f.entry, { error: f.blocked }, base));
    else ask.push(cve);
  }
  const entryOf = new Map(cves.map((c, i) => [c, looked[i].entry]));
  for (const chunk of epssChunks(base, ask)) {
    let outcome;
    const down = ctx.downReason(base);
    try {
      if (down !== void 0) throw new Error(`skipped, the server failed earlier requests: ${down}`);
      outcome = { value: await askApi(ctx, base, chunk) };
    } catch (error) {
      outcome = { error };
    }
    for (const cve of chunk) {
      const one = "value" in outcome ? { value: outcome.value.get(cve) } : outcome;
      answers.set(cve, await ctx.settle(req(cve), entryOf.get(cve), one, base));
    }
  }
  const problems = ctx.problems("epss", EPSS_ORIGIN, `EPSS API ${base}`, "so those CVEs have no EPSS score and cannot be escalated by it");
  const scores = /* @__PURE__ */ new Map();
  let scoreDate;
  let any = false;
  for (const [cve, a] of answers) {
    if (!a.value) continue;
    any = true;
    if (a.value.score === null) continue;
    const s = { score: a.value.score };
    if (a.value.percentile !== void 0) s.percentile = a.value.percentile;
    scores.set(cve, s);
    if (a.value.date !== void 0 && (scoreDate === void 0 || a.value.date < scoreDate)) scoreDate = a.value.date;
  }
  if (!any && cves.length > 0) return { sources: [], problems };
  const epss = { scores, problems: [] };
  if (scoreDate !== void 0) epss.scoreDate = scoreDate;
  return { epss, sources: [ctx.sourceInfo("epss", "epss-api", base, scores.size)], problems };
}
async function fetchEpssCsv(ctx, url) {
  let parsed;
  const got = await ctx.cached(
    {
      source: "epss",
      key: "csv",
      label: "EPSS scores (CSV)",
      check: (v) => typeof v === "string",
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_CSV_BYTES, headers: { accept: "text/csv, application/gzip, */*" } });
        const gz = res.body[0] === 31 && res.body[1] === 139;
        let text;
        try {
          text = (gz ? gunzipSync3(res.body, { maxOutputLength: MAX_CSV_BYTES }) : res.body).toString("utf8");
        } catch (err) {
          throw new ShapeError(`${url}: not a readable gzip file (${err.message})`);
        }
        parsed = parseEpss(text, url);
        if (parsed.scores.size === 0) throw new ShapeError(`${url}: no EPSS scores in the file${parsed.problems[0] ? ` (${parsed.problems[0].message})` : ""}`);
        return text;
      }
    },
    url
  );
  const problems = ctx.problems("epss", EPSS_ORIGIN, `EPSS CSV ${url}`, "so no finding has an EPSS score");
  if (got.value === void 0) return { sources: [], problems };
  const epss = got.from === "network" && parsed ? parsed : parseEpss(got.value, url);
  problems.push(...epss.problems);
  return { epss, sources: [ctx.sourceInfo("epss", "epss-csv", url, epss.scores.size)], problems };
}

// src/enrich/kev-feed.ts
var DEFAULT_KEV_URL = "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";
var MAX_KEV_BYTES2 = 64 * 1024 * 1024;
async function fetchKev(ctx, url) {
  const got = await ctx.cached(
    {
      source: "kev",
      // The catalogue is one document whatever mirror serves it.
      key: "catalog",
      label: "KEV catalogue",
      check: (v) => typeof v === "string",
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_KEV_BYTES2 });
        const value = parseJsonBody(res);
        if (!isRecord(value) || !Array.isArray(value.vulnerabilities)) throw new ShapeError(`${url}: expected a KEV catalogue with a "vulnerabilities" list`);
        return res.body.toString("utf8");
      }
    },
    url
  );
  const problems = ctx.problems("kev", KEV_ORIGIN, `KEV feed ${url}`, "so no finding was checked against the KEV catalogue");
  if (got.value === void 0) return { sources: [], problems };
  const kev = parseKev(got.value, url);
  problems.push(...kev.problems);
  return { kev, sources: [ctx.sourceInfo("kev", "kev", url, kev.catalog.size)], problems };
}

// src/enrich/release-dates.ts
var FixReleaseDates = class _FixReleaseDates {
  dates;
  constructor(entries = []) {
    const dates = /* @__PURE__ */ new Map();
    for (const [key, date2, source] of entries) dates.set(key, { date: date2, source });
    this.dates = dates;
  }
  static key(ecosystem, name, version) {
    return `${ecosystem}\0${name}\0${version}`;
  }
  entry(m) {
    return m.fixedVersion === null ? void 0 : this.dates.get(_FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion));
  }
  /** The release time (ISO) of the match's fixed version, where it is dated. */
  of(m) {
    return this.entry(m)?.date;
  }
  /** What dated it. */
  sourceOf(m) {
    return this.entry(m)?.source;
  }
  /** A new table with another's dates added; a version this one dates keeps its date. */
  merged(other) {
    const rows = (t) => [...t.dates].map(([k, d]) => [k, d.date, d.source]);
    return new _FixReleaseDates([...rows(other), ...rows(this)]);
  }
  get size() {
    return this.dates.size;
  }
};

// src/enrich/registries.ts
var REGISTRY_ORIGIN = "advise/registry-dates";
var isTable = (v) => isRecord(v) && Object.values(v).every((x) => typeof x === "string");
async function getJson(http, url, accept = [404]) {
  const res = await http.request({ url, accept });
  if (res.status !== 200 && res.status >= 300) return void 0;
  return parseJsonBody(res);
}
function put(table, version, date2) {
  if (typeof version !== "string" || version === "") return;
  const iso = realDate(date2);
  if (iso !== void 0 && (table[version] === void 0 || iso < table[version])) table[version] = iso;
}
function npmPath(name) {
  return name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
function goEscape(path) {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
function expandComposerMinified(list) {
  const out = [];
  let previous = {};
  for (const item of list) {
    if (!isRecord(item)) continue;
    const expanded = { ...previous };
    for (const [k, v] of Object.entries(item)) {
      if (v === "__unset") delete expanded[k];
      else expanded[k] = v;
    }
    out.push(expanded);
    previous = expanded;
  }
  return out;
}
var ADAPTERS = [
  {
    registry: "npm",
    ecosystem: "npm",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${npmPath(name)}`;
      const res = await http.request({ url, accept: [404], headers: { accept: "application/json" }, maxBytes: 256 * 1024 * 1024 });
      if (res.status === 404) return {};
      const doc = parseJsonBody(res);
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected a packument object`);
      const table = {};
      if (isRecord(doc.time)) {
        for (const [v, t] of Object.entries(doc.time)) if (v !== "created" && v !== "modified") put(table, v, t);
      }
      return table;
    }
  },
  {
    registry: "pypi",
    ecosystem: "PyPI",
    perPackage: false,
    async fetch(http, base, name, version) {
      const url = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.urls)) throw new ShapeError(`${url}: expected a release with a "urls" list`);
      const table = {};
      for (const f of doc.urls) if (isRecord(f)) put(table, version, f.upload_time_iso_8601 ?? f.upload_time);
      return table;
    }
  },
  {
    registry: "go",
    ecosystem: "Go",
    perPackage: false,
    skip: (name) => name === "stdlib" || name === "toolchain" ? "the Go toolchain is not a module on the proxy" : void 0,
    async fetch(http, base, name, version) {
      const v = version.startsWith("v") ? version : `v${version}`;
      const url = `${base}/${goEscape(name)}/@v/${goEscape(v)}.info`;
      const doc = await getJson(http, url, [404, 410]);
      if (doc === void 0) return {};
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected {"Version", "Time"}`);
      const table = {};
      put(table, version, doc.Time);
      return table;
    }
  },
  {
    registry: "crates",
    ecosystem: "crates.io",
    perPackage: false,
    concurrency: 1,
    async fetch(http, base, name, version) {
      const url = `${base}/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !isRecord(doc.version)) throw new ShapeError(`${url}: expected {"version": {...}}`);
      const table = {};
      put(table, version, doc.version.created_at);
      return table;
    }
  },
  {
    registry: "rubygems",
    ecosystem: "RubyGems",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/v1/versions/${encodeURIComponent(name)}.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!Array.isArray(doc)) throw new ShapeError(`${url}: expected a list of versions`);
      const table = {};
      const platformOnly = {};
      for (const v of doc) {
        if (!isRecord(v)) continue;
        put(v.platform === "ruby" || v.platform === void 0 ? table : platformOnly, v.number, v.created_at);
      }
      return { ...platformOnly, ...table };
    }
  },
  {
    registry: "packagist",
    ecosystem: "Packagist",
    perPackage: true,
    async fetch(http, base, name) {
      const lower = name.toLowerCase();
      if (!/^[a-z0-9_.-]+\/[a-z0-9_.-]+$/.test(lower)) return {};
      const url = `${base}/p2/${lower}.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !isRecord(doc.packages)) throw new ShapeError(`${url}: expected {"packages": {...}}`);
      const list = doc.packages[lower];
      if (!Array.isArray(list)) return {};
      const versions = doc.minified === "composer/2.0" ? expandComposerMinified(list) : list.filter(isRecord);
      const table = {};
      for (const v of versions) {
        put(table, v.version, v.time);
        if (typeof v.version === "string" && /^v\d/.test(v.version)) put(table, v.version.slice(1), v.time);
      }
      return table;
    }
  },
  {
    registry: "maven",
    ecosystem: "Maven",
    perPackage: false,
    skip: (name) => /^[^:/]+:[^:/]+$/.test(name) ? void 0 : "not a groupId:artifactId name",
    async fetch(http, base, name, version) {
      const [group, artifact] = name.split(":");
      const url = `${base}/${group.split(".").map(encodeURIComponent).join("/")}/${encodeURIComponent(artifact)}/${encodeURIComponent(version)}/${encodeURIComponent(`${artifact}-${version}`)}.pom`;
      const res = await http.request({ url, method: "HEAD", accept: [404] });
      const table = {};
      if (res.status === 404) return table;
      const modified = res.headers.get("last-modified");
      if (modified === null) throw new ShapeError(`${url}: no Last-Modified header`);
      const at = Date.parse(modified);
      if (Number.isNaN(at)) throw new ShapeError(`${url}: Last-Modified "${modified}" is not an HTTP date`);
      put(table, version, new Date(at).toISOString());
      return table;
    }
  },
  {
    registry: "nuget",
    ecosystem: "NuGet",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${encodeURIComponent(name.toLowerCase())}/index.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.items)) throw new ShapeError(`${url}: expected a registration index with "items"`);
      const table = {};
      const take = (leaves) => {
        if (!Array.isArray(leaves)) return;
        for (const leaf of leaves) {
          if (isRecord(leaf) && isRecord(leaf.catalogEntry)) put(table, leaf.catalogEntry.version, leaf.catalogEntry.published);
        }
      };
      for (const page of doc.items) {
        if (!isRecord(page)) continue;
        if (Array.isArray(page.items)) take(page.items);
        else if (typeof page["@id"] === "string") {
          const pageDoc = await getJson(http, page["@id"]);
          if (!isRecord(pageDoc)) throw new ShapeError(`${page["@id"]}: expected a registration page`);
          take(pageDoc.items);
        }
      }
      return table;
    }
  },
  {
    registry: "pub",
    ecosystem: "Pub",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/packages/${encodeURIComponent(name)}`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.versions)) throw new ShapeError(`${url}: expected {"versions": [...]}`);
      const table = {};
      for (const v of doc.versions) if (isRecord(v)) put(table, v.version, v.published);
      return table;
    }
  }
];
var BY_ECOSYSTEM = new Map(ADAPTERS.map((a) => [a.ecosystem, a]));
var DATED_ECOSYSTEMS = ADAPTERS.map((a) => a.ecosystem);
function dateIn(table, ecosystem, version) {
  const exact = table[version];
  if (exact !== void 0) return exact;
  const scheme = schemeFor(ecosystem);
  if (!scheme || !scheme.isValid(version)) return void 0;
  for (const [v, d] of Object.entries(table)) if (scheme.isValid(v) && scheme.compare(v, version) === 0) return d;
  return void 0;
}
var ReleaseDates = class {
  constructor(ctx, urls = {}) {
    this.ctx = ctx;
    this.urls = urls;
  }
  ctx;
  urls;
  memo = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  /** Dates given, per registry, for the report's source list. */
  dated = /* @__PURE__ */ new Map();
  base(registry) {
    return (this.urls[registry] ?? DEFAULT_REGISTRY_URLS[registry]).replace(/\/+$/, "");
  }
  table(adapter, name, version, refresh) {
    const key = adapter.perPackage ? `${adapter.ecosystem}\0${name}` : `${adapter.ecosystem}\0${name}\0${version}`;
    const memoKey = refresh ? `${key}\0refresh` : key;
    let p = this.memo.get(memoKey);
    if (!p) {
      const base = this.base(adapter.registry);
      let limit = this.limits.get(adapter.registry);
      if (!limit) this.limits.set(adapter.registry, limit = new Semaphore(adapter.concurrency ?? 8));
      const gate = limit;
      p = this.ctx.cached(
        {
          source: "registry-dates",
          key,
          label: `${adapter.ecosystem} ${name}${adapter.perPackage ? "" : `@${version}`}`,
          check: isTable,
          // Release dates never change, but a package table fetched before a release lacks it.
          fresh: (e) => !refresh && dateIn(e.value, adapter.ecosystem, version) !== void 0,
          fetch: async () => {
            await gate.acquire();
            try {
              return await adapter.fetch(this.ctx.http, base, name, version);
            } finally {
              gate.release();
            }
          }
        },
        base
      ).then((r) => r.value ? { table: r.value, fromCache: r.from !== "network" } : { fromCache: false, error: r.error });
      this.memo.set(memoKey, p);
    }
    return p;
  }
  /** When `version` of the package was published, or why that is not known. Never throws. */
  async releaseDate(ecosystem, name, version) {
    const adapter = BY_ECOSYSTEM.get(ecosystem);
    const what = `${ecosystem} ${name}@${version}`;
    if (!adapter) return { reason: "unsupported", detail: `${what}: no registry adapter for ${ecosystem}` };
    const skip = adapter.skip?.(name);
    if (skip !== void 0) return { reason: "unsupported", detail: `${what}: ${skip}` };
    let got = await this.table(adapter, name, version, false);
    if (got.table && dateIn(got.table, ecosystem, version) === void 0 && got.fromCache && adapter.perPackage) {
      got = await this.table(adapter, name, version, true);
    }
    if (!got.table) return { reason: "failed", detail: `${what}: ${got.error ?? "no answer"}` };
    const date2 = dateIn(got.table, ecosystem, version);
    if (date2 === void 0) return { reason: "not-found", detail: what };
    this.dated.set(adapter.registry, (this.dated.get(adapter.registry) ?? 0) + 1);
    return { date: date2 };
  }
};
async function datesForMatches(matches, dates, ctx) {
  const wanted = matches.filter((m) => m.fixedVersion !== null && m.fixReleased === void 0 && BY_ECOSYSTEM.has(m.component.ecosystem));
  let dated = 0;
  const found = [];
  const notFound = /* @__PURE__ */ new Set();
  const unsupported = /* @__PURE__ */ new Set();
  await mapLimit(wanted, 32, async (m) => {
    const answer = await dates.releaseDate(m.component.ecosystem, m.component.name, m.fixedVersion);
    if (answer.date !== void 0) {
      found.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion), answer.date, "registry"]);
      dated++;
    } else if (answer.reason === "not-found") notFound.add(answer.detail);
    else if (answer.reason === "unsupported") unsupported.add(answer.detail);
  });
  const problems = ctx.problems("registry-dates", REGISTRY_ORIGIN, "package registries", "so those findings' clocks start at the advisory's publication");
  const list = (s) => {
    const all = [...s].sort();
    return all.slice(0, 5).join(", ") + (all.length > 5 ? `, \u2026 (${all.length - 5} more)` : "");
  };
  if (notFound.size > 0) {
    problems.push({
      level: "notice",
      origin: REGISTRY_ORIGIN,
      message: `${notFound.size} fixed version(s) not listed by their registry, clock starts at publication: ${list(notFound)}`
    });
  }
  if (unsupported.size > 0) {
    problems.push({ level: "notice", origin: REGISTRY_ORIGIN, message: `${unsupported.size} fixed version(s) have no registry date: ${list(unsupported)}` });
  }
  const sources = [];
  for (const adapter of ADAPTERS) {
    const n = dates.dated.get(adapter.registry);
    if (n !== void 0) sources.push(ctx.sourceInfo("registry-dates", `registry:${adapter.registry}`, dates.base(adapter.registry), n));
  }
  return { dates: new FixReleaseDates(found), dated, sources, problems };
}

// src/enrich/live.ts
async function liveFixReleaseDates(live, matches) {
  if (!live.enabled("registry-dates")) return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [] };
  const dates = new ReleaseDates(live.ctx, live.options.registryUrls ?? {});
  try {
    return live.withCacheProblems(await datesForMatches(matches, dates, live.ctx));
  } catch (err) {
    return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [internalProblem("advise/registry-dates", err, live.ctx.policy)] };
  }
}
async function liveKev(live) {
  if (!live.enabled("kev")) return { sources: [], problems: [] };
  try {
    return live.withCacheProblems(await fetchKev(live.ctx, live.options.kevUrl ?? DEFAULT_KEV_URL));
  } catch (err) {
    return { sources: [], problems: [internalProblem("advise/kev", err, live.ctx.policy)] };
  }
}
async function liveEpss(live, cves) {
  if (!live.enabled("epss")) return { sources: [], problems: [] };
  try {
    const result = live.options.epssCsvUrl ? await fetchEpssCsv(live.ctx, live.options.epssCsvUrl) : await fetchEpssApi(live.ctx, live.options.epssUrl ?? DEFAULT_EPSS_API_URL, cves);
    return live.withCacheProblems(result);
  } catch (err) {
    return { sources: [], problems: [internalProblem("advise/epss", err, live.ctx.policy)] };
  }
}
function kevFeed(config) {
  const live = config.live;
  if (config.kev || !live?.enabled("kev")) return void 0;
  return {
    async lookupsFor(matches) {
      if (matches.length === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveKev(live);
      return { lookups: got.kev ? { kev: got.kev.catalog } : {}, sources: got.sources, problems: got.problems };
    }
  };
}
function registryDates(config) {
  const live = config.live;
  if (!live) return void 0;
  return {
    async lookupsFor(matches, have) {
      const got = await liveFixReleaseDates(live, matches.filter((m) => have.fixReleases.of(m) === void 0));
      return { lookups: { fixReleases: have.fixReleases.merged(got.dates) }, sources: got.sources, problems: got.problems };
    }
  };
}
function epssFeed(config) {
  const live = config.live;
  if (config.epss || !live?.enabled("epss")) return void 0;
  return {
    async lookupsFor(matches) {
      const cves = new Set(matches.flatMap((m) => [m.advisory.id, ...m.aliases]).filter((id) => /^CVE-\d{4}-\d+$/.test(id)));
      if (cves.size === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveEpss(live, cves);
      return { lookups: got.epss ? { epss: got.epss.scores } : {}, sources: got.sources, problems: got.problems };
    }
  };
}

// src/enrich/go-releases.ts
var GO_MODULES = /* @__PURE__ */ new Set(["stdlib", "toolchain"]);
function goReleaseDates(matches, go) {
  const rows = [];
  for (const m of matches) {
    if (m.component.ecosystem !== "Go" || !GO_MODULES.has(m.component.name) || m.fixedVersion === null || m.fixReleased !== void 0) continue;
    const v = m.fixedVersion.replace(/^go/, "");
    const date2 = go.versions.get(v) ?? go.versions.get(v.replace(/\.0$/, ""));
    if (date2 === void 0) continue;
    rows.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion), `${date2}T00:00:00.000Z`, "release-data"]);
  }
  return new FixReleaseDates(rows);
}
function goReleases(config) {
  const go = config.goReleases;
  if (!go) return void 0;
  return {
    lookupsFor(matches, have) {
      return Promise.resolve({ lookups: { fixReleases: have.fixReleases.merged(goReleaseDates(matches, go)) }, sources: [], problems: [] });
    }
  };
}

// src/enrich/index.ts
var ENRICHMENTS = [kevFile, kevFeed, epssFile, goReleases, registryDates, epssFeed];
async function enrich(matches, config) {
  let lookups = { fixReleases: new FixReleaseDates() };
  const sources = [];
  const problems = [];
  for (const make of ENRICHMENTS) {
    const enrichment = make(config);
    if (!enrichment) continue;
    const answer = await enrichment.lookupsFor(matches, lookups);
    lookups = { ...lookups, ...answer.lookups };
    sources.push(...answer.sources);
    problems.push(...answer.problems);
  }
  return { lookups, sources, problems };
}

// src/match/runtime.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/advise/runtime/version.ts
function numbers(s) {
  return (s.match(/\d+/g) ?? []).map((d) => Number.parseInt(d, 10));
}
function compareNumbers(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function compareReleaseVersions(a, b) {
  const [mainA = "", buildA = ""] = a.split("+", 2);
  const [mainB = "", buildB = ""] = b.split("+", 2);
  return compareNumbers(numbers(mainA), numbers(mainB)) || compareNumbers(numbers(buildA), numbers(buildB));
}
function versionWithin(version, prefix) {
  if (version === prefix) return true;
  if (!version.startsWith(prefix)) return false;
  return !/[0-9]/.test(version[prefix.length]);
}
function isStableVersion(version) {
  const main = version.split("+")[0];
  return !/(?:^|[\d._-])(?:alpha|beta|rc|pre|preview|dev|snapshot|ea)(?:[._-]?\d+)?(?:$|[._-])/i.test(main) && !/\d(?:a|b|rc)\d+$/.test(main);
}

// src/match/runtime.ts
var ORIGIN8 = "match/runtime";
var EOL_SITE = "https://endoflife.date/";
function today(now) {
  return now.toISOString().slice(0, 10);
}
function findCycle(p, version) {
  let best;
  for (const c of p.cycles) {
    if (!versionWithin(version, c.cycle)) continue;
    if (!best || c.cycle.length > best.cycle.length) best = c;
  }
  return best ?? p.cycles.find((c) => c.codename !== void 0 && c.codename === version.toLowerCase());
}
function cycleReleases(p, cycle, day) {
  const longer = p.cycles.filter((c) => c !== cycle && c.cycle.length > cycle.cycle.length && versionWithin(c.cycle, cycle.cycle));
  const out = [];
  for (const [version, date2] of p.versions) {
    if (!versionWithin(version, cycle.cycle) || !isStableVersion(version)) continue;
    if (longer.some((c) => versionWithin(version, c.cycle))) continue;
    if (date2 !== void 0 && date2 > day) continue;
    out.push(date2 === void 0 ? { version } : { version, date: date2 });
  }
  return out.sort((a, b) => compareReleaseVersions(a.version, b.version));
}
function eolDate(c) {
  return typeof c.eol === "string" ? c.eol : void 0;
}
function isEndOfLife(c, day) {
  return c.eol === true || typeof c.eol === "string" && c.eol <= day;
}
function baseAdvisory(id, summary, component, product2, source) {
  const url = EOL_SITE + product2;
  return {
    id,
    aliases: [],
    summary,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: "WEB", url }],
    url,
    source
  };
}
function target(p, cycle, day) {
  const released = cycleReleases(p, cycle, day);
  const version = released.length > 0 ? released[released.length - 1].version : cycle.latest ?? cycle.cycle;
  return { version, cycle: cycle.cycle, eol: typeof cycle.eol === "string" ? cycle.eol : false };
}
function match(kind, component, advisory, fixedVersion, fixReleased) {
  const m = { kind, component, advisory, ids: [advisory.id], aliases: [...advisory.aliases], fixedVersion };
  if (fixReleased !== void 0) m.fixReleased = fixReleased;
  return m;
}
function unpinned(component, productVersion) {
  const image = component.image;
  if (!image || image.digest !== void 0 && image.tag !== void 0) return void 0;
  let why;
  if (image.tag === void 0 && image.digest !== void 0) why = "is pinned by digest only; the version it runs is unknown";
  else if (image.tag === void 0) why = "has no tag, so it runs whatever `latest` is when pulled";
  else if (productVersion === void 0 && isFloatingTag(image.tag)) why = `uses the moving tag "${image.tag}", which names no version`;
  else return void 0;
  const advisory = {
    id: `PW-UNPINNED-${component.name}@${component.version}`,
    aliases: [],
    summary: `${image.reference} ${why}`,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: "WEB", url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions" }],
    url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    source: "patchwarden:image-pinning"
  };
  return match("unpinned", component, advisory, null);
}
function patchLag(component, p, cycle, version, day, source) {
  const releases = cycleReleases(p, cycle, day);
  let effective = version;
  if (!p.versions.has(version)) {
    const covered = releases.filter((r) => r.version !== version && versionWithin(r.version, version));
    if (covered.length > 0) effective = covered[covered.length - 1].version;
  }
  const newer = releases.filter((r) => compareReleaseVersions(r.version, effective) > 0);
  if (newer.length === 0) return void 0;
  const newest = newer[newer.length - 1];
  const dated = newer.filter((r) => r.date !== void 0).sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : compareReleaseVersions(a.version, b.version));
  const first = dated[0];
  const product2 = p.product;
  const shown = effective === version ? version : `${version} (${effective})`;
  let summary = `${product2} ${shown} is behind ${newest.version}` + (newest.date ? ` (released ${newest.date})` : "");
  if (first && first.version !== newest.version) summary += `; the first newer release, ${first.version}, came out ${first.date}`;
  const advisory = baseAdvisory(`PW-PATCH-${product2}-${version}`, summary, component, product2, source);
  advisory.affected[0].ranges = [{ type: "ECOSYSTEM", events: [{ introduced: cycle.cycle }, { fixed: newest.version }] }];
  if (first?.date) advisory.published = first.date;
  const m = match("patch-lag", component, advisory, newest.version, first?.date);
  m.upgrade = { step: { version: newest.version, cycle: cycle.cycle, eol: typeof cycle.eol === "string" ? cycle.eol : false } };
  return m;
}
function endOfLife(component, p, cycle, day, source) {
  if (!isEndOfLife(cycle, day)) return void 0;
  const date2 = eolDate(cycle);
  const supported = p.cycles.filter((c) => !isEndOfLife(c, day) && compareReleaseVersions(c.cycle, cycle.cycle) > 0 && (c.releaseDate === void 0 || c.releaseDate <= day)).sort((a, b) => compareReleaseVersions(a.cycle, b.cycle));
  const step = supported[0] ? target(p, supported[0], day) : void 0;
  const last = supported[supported.length - 1];
  const newest = last && last !== supported[0] ? target(p, last, day) : void 0;
  const product2 = p.product;
  let summary = `${product2} ${cycle.cycle} reached end of life` + (date2 ? ` on ${date2}` : "");
  if (step) {
    summary += `; the oldest supported release cycle is ${step.cycle} (${step.version}, ${step.eol ? `supported until ${step.eol}` : "no end of life announced"})`;
    if (newest) summary += `, the newest ${newest.cycle} (${newest.version})`;
  } else summary += "; no newer supported release cycle is known";
  const advisory = baseAdvisory(`PW-EOL-${product2}-${cycle.cycle}`, summary, component, product2, source);
  if (date2) advisory.published = date2;
  const m = match("end-of-life", component, advisory, step?.version ?? null, date2);
  if (step) m.upgrade = newest ? { step, newest } : { step };
  return m;
}
function nodeVulnerabilities(component, version, data, day) {
  const v = import_semver2.default.valid(version);
  if (v === null) return [];
  const node = data.products.get(NODEJS_PRODUCT);
  const parsed = import_semver2.default.parse(v);
  const line = parsed.major === 0 ? `0.${parsed.minor}` : String(parsed.major);
  const out = [];
  for (const vuln of data.nodeVulnerabilities) {
    if (!import_semver2.default.satisfies(v, vuln.vulnerable) || vuln.patched !== "" && import_semver2.default.satisfies(v, vuln.patched)) continue;
    let fixed = null;
    if (vuln.patched !== "") {
      for (const set of new import_semver2.default.Range(vuln.patched).set) {
        const lo = import_semver2.default.minVersion(new import_semver2.default.Range(set.map((c) => c.value).join(" ") || "*"));
        if (!lo || !versionWithin(lo.version, line) || import_semver2.default.lte(lo, v)) continue;
        if (fixed === null || import_semver2.default.lt(lo, fixed)) fixed = lo.version;
      }
    }
    const released = fixed !== null ? node?.versions.get(fixed) : void 0;
    out.push(match("vulnerability", component, vuln.advisory, fixed, released !== void 0 && released <= day ? released : void 0));
  }
  return out;
}
function matchRuntime(components, data, now, policyImages) {
  const matches = [];
  const problems = [];
  const day = today(now);
  const images = components.filter((c) => (c.ecosystem === "image" || c.ecosystem === "os") && c.image);
  const noData = data.products.size === 0;
  const missing = /* @__PURE__ */ new Set();
  const unknownCycle = /* @__PURE__ */ new Set();
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  for (const component of components) {
    const rt = component.runtime;
    if (!rt || noData) continue;
    const product2 = pinProduct(rt, repositories);
    if (product2 === void 0) {
      problems.push(...noticeAtEach(component, `GitHub repository ${rt.repository ?? component.name} maps to no endoflife.date product (no product page names it as an identifier, release source or changelog); end of life and patch lag not checked`));
      continue;
    }
    const p = data.products.get(product2);
    if (!p) {
      missing.add(product2);
      continue;
    }
    const cycle = findCycle(p, rt.productVersion);
    if (!cycle) {
      if (!p.cycles.some((c) => versionWithin(c.cycle, rt.productVersion))) unknownCycle.add(`${product2} ${rt.productVersion}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product2}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (rt.productVersion !== cycle.cycle) {
      const lag = patchLag(component, p, cycle, rt.productVersion, day, source);
      if (lag) matches.push(lag);
    }
  }
  for (const component of images) {
    const image = component.image;
    const { product: product2, productVersion: version } = resolveImage(image, component.name, index, byPolicy);
    const u = unpinned(component, version);
    if (u) matches.push(u);
    if (product2 === void 0 && !noData) {
      problems.push(...noticeAtEach(component, `image ${image.reference} maps to no endoflife.date product (neither the policy's images:, the catalogue nor the release data's identifiers name ${component.name}); patch lag and end of life not checked`));
    }
    if (product2 === void 0 || version === void 0 || noData) continue;
    const p = data.products.get(product2);
    if (!p) {
      missing.add(product2);
      continue;
    }
    const cycle = findCycle(p, version);
    if (!cycle) {
      if (!p.cycles.some((c) => versionWithin(c.cycle, version))) unknownCycle.add(`${product2} ${version}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product2}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (version !== cycle.cycle && cycle.codename !== version) {
      const lag = patchLag(component, p, cycle, version, day, source);
      if (lag) matches.push(lag);
    }
    if (product2 === NODEJS_PRODUCT) matches.push(...nodeVulnerabilities(component, version, data, day));
  }
  const catalogued = images.some((c) => c.image.product !== void 0 && c.image.productVersion !== void 0);
  if (noData && catalogued) {
    problems.push({
      level: "notice",
      origin: ORIGIN8,
      message: "runtime checks (patch lag, end of life, Node.js vulnerabilities) skipped: no release data given (--releases DIR); unpinned images are still reported"
    });
  }
  if (missing.size > 0) {
    problems.push({ level: "notice", origin: ORIGIN8, message: `no release data for ${[...missing].sort().join(", ")}; their images were not checked` });
  }
  for (const what of [...unknownCycle].sort()) {
    problems.push({ level: "notice", origin: ORIGIN8, message: `${what}: no such release cycle in the release data; not checked` });
  }
  return { matches, problems };
}
function noticeAtEach(component, message) {
  return component.locations.map((at) => ({ level: "notice", origin: ORIGIN8, file: at.file, line: at.line, message }));
}

// src/match/os.ts
var ANY = () => true;
function matchTarget(c) {
  if (c.os === void 0) return { name: c.name, version: c.version, accepts: ANY };
  const { name, version } = osAdvisoryName(c);
  return { name, version, accepts: (ecosystem) => ecosystem === c.ecosystem };
}

// src/match/ranges.ts
function flatten(range) {
  const out = [];
  for (const e of range.events) {
    if (e.introduced !== void 0) out.push({ kind: "introduced", v: e.introduced });
    else if (e.fixed !== void 0) out.push({ kind: "fixed", v: e.fixed });
    else if (e.last_affected !== void 0) out.push({ kind: "last_affected", v: e.last_affected });
    else if (e.limit !== void 0) out.push({ kind: "limit", v: e.limit });
  }
  return out;
}
function rangeVerdict(version, range, scheme) {
  const events = flatten(range);
  for (const e of events) {
    const minusInfinity = e.kind === "introduced" && e.v === "0";
    const infinity = e.kind === "limit" && e.v === "*";
    if (!minusInfinity && !infinity && !scheme.isValid(e.v)) {
      return { affected: false, unevaluable: `${e.kind} "${e.v}" is not a valid ${scheme.ecosystem} version` };
    }
  }
  const cmp2 = (a, b) => {
    if (a.v === b.v && a.kind === b.kind) return 0;
    if (a.kind === "introduced" && a.v === "0") return -1;
    if (b.kind === "introduced" && b.v === "0") return 1;
    if (a.kind === "limit" && a.v === "*") return 1;
    if (b.kind === "limit" && b.v === "*") return -1;
    return scheme.compare(a.v, b.v);
  };
  const sorted = [...events].sort(cmp2);
  let affected = false;
  for (const e of sorted) {
    if (e.kind === "limit") continue;
    const c = e.kind === "introduced" && e.v === "0" ? 1 : scheme.compare(version, e.v);
    if (e.kind === "introduced") {
      if (c >= 0) affected = true;
    } else if (e.kind === "fixed") {
      if (c >= 0) affected = false;
    } else if (e.kind === "last_affected") {
      if (c > 0) affected = false;
    }
  }
  if (affected) {
    for (const e of sorted) {
      if (e.kind === "limit" && e.v !== "*" && scheme.compare(version, e.v) >= 0) affected = false;
    }
  }
  if (!affected) return { affected };
  let fixed;
  for (const e of sorted) {
    if (e.kind === "fixed" && scheme.compare(e.v, version) > 0 && (fixed === void 0 || scheme.compare(e.v, fixed) < 0)) {
      fixed = e.v;
    }
  }
  return fixed === void 0 ? { affected } : { affected, fixed };
}
function affects(version, pkg, ecosystemScheme, semverScheme) {
  const verdict = { affected: false };
  const note2 = (msg) => {
    verdict.unevaluable ??= msg;
  };
  for (const range of pkg.ranges) {
    if (range.type === "GIT") continue;
    const scheme = range.type === "SEMVER" ? semverScheme : ecosystemScheme;
    if (!scheme.isValid(version)) {
      note2(`version "${version}" is not a valid ${range.type === "SEMVER" ? "SemVer" : scheme.ecosystem} version`);
      continue;
    }
    const r = rangeVerdict(version, range, scheme);
    if (r.unevaluable) note2(r.unevaluable);
    if (!r.affected) continue;
    verdict.affected = true;
    if (r.fixed !== void 0 && (verdict.fixed === void 0 || scheme.compare(r.fixed, verdict.fixed) < 0)) verdict.fixed = r.fixed;
  }
  if (!verdict.affected && pkg.versions.length > 0) {
    const valid2 = ecosystemScheme.isValid(version);
    for (const v of pkg.versions) {
      if (v === version || valid2 && ecosystemScheme.isValid(v) && ecosystemScheme.compare(v, version) === 0) {
        verdict.affected = true;
        break;
      }
    }
  }
  return verdict;
}

// src/match/index.ts
var ORIGIN9 = "match";
function preference(a) {
  let score = 0;
  if (a.severity?.source === "label") score += 4;
  else if (a.severity) score += 2;
  if (a.id.startsWith("GHSA-")) score += 1;
  return score;
}
function groupByAlias(hits) {
  const parent = hits.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = /* @__PURE__ */ new Map();
  hits.forEach((h, i) => {
    for (const id of [h.advisory.id, ...h.advisory.aliases]) {
      const j = owner.get(id);
      if (j === void 0) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  hits.forEach((h, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(h);
    else groups.set(r, [h]);
  });
  return [...groups.values()];
}
function mergeGroup(component, group, scheme) {
  const sorted = [...group].sort((a, b) => preference(b.advisory) - preference(a.advisory) || (a.advisory.id < b.advisory.id ? -1 : 1));
  const primary = sorted[0].advisory;
  const ids = sorted.map((h) => h.advisory.id);
  const aliases = /* @__PURE__ */ new Set();
  for (const h of sorted) for (const a of [h.advisory.id, ...h.advisory.aliases]) if (a !== primary.id) aliases.add(a);
  let published = primary.published;
  for (const h of sorted) if (h.advisory.published && (!published || h.advisory.published < published)) published = h.advisory.published;
  const severity = primary.severity ?? sorted.find((h) => h.advisory.severity)?.advisory.severity;
  let fixed;
  for (const h of sorted) {
    if (h.fixed === void 0) continue;
    if (fixed === void 0 || scheme.isValid(h.fixed) && scheme.isValid(fixed) && scheme.compare(h.fixed, fixed) > 0) fixed = h.fixed;
  }
  const advisory = { ...primary, aliases: [...aliases].sort() };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  const kind = advisory.kind === "malicious" ? "malicious" : advisory.kind === "unmaintained" ? "end-of-life" : "vulnerability";
  return { kind, component, advisory, ids, aliases: advisory.aliases, fixedVersion: kind === "end-of-life" ? null : fixed ?? null };
}
function matchComponents(components, db) {
  const matches = [];
  const problems = [];
  const unknownEcosystems = /* @__PURE__ */ new Map();
  for (const component of components) {
    if (component.source && component.source !== "registry") continue;
    const target2 = matchTarget(component);
    const advisories = db.lookup(component.ecosystem, target2.name);
    if (advisories.length === 0) continue;
    const scheme = schemeFor(component.ecosystem);
    if (!scheme) {
      unknownEcosystems.set(component.ecosystem, (unknownEcosystems.get(component.ecosystem) ?? 0) + 1);
      continue;
    }
    const key = matchKey(component.ecosystem, target2.name);
    const hits = [];
    const unevaluable = /* @__PURE__ */ new Set();
    for (const advisory of advisories) {
      if (advisory.withdrawn) continue;
      let hit;
      for (const pkg of advisory.affected) {
        if (matchKey(pkg.ecosystem, pkg.name) !== key || !target2.accepts(pkg.ecosystem)) continue;
        const verdict = affects(target2.version, pkg, scheme, SEMVER_SCHEME);
        if (verdict.affected) {
          if (!hit) hit = { advisory, fixed: verdict.fixed };
          else if (verdict.fixed !== void 0 && (hit.fixed === void 0 || scheme.compare(verdict.fixed, hit.fixed) < 0)) hit.fixed = verdict.fixed;
        } else if (verdict.unevaluable) {
          unevaluable.add(`${advisory.id}: ${verdict.unevaluable}`);
        }
      }
      if (hit) hits.push(hit);
    }
    for (const group of groupByAlias(hits)) matches.push(mergeGroup(component, group, scheme));
    if (unevaluable.size > 0) {
      const loc = component.locations[0];
      problems.push({
        level: "warning",
        origin: ORIGIN9,
        ...loc ? { file: loc.file, line: loc.line } : {},
        message: `${component.ecosystem} ${component.name}@${component.version} could not be checked against ${[...unevaluable].join("; ")}`
      });
    }
  }
  for (const [ecosystem, count] of unknownEcosystems) {
    problems.push({
      level: "warning",
      origin: ORIGIN9,
      message: `${count} ${ecosystem} component(s) have advisories but patchwarden has no version ordering for ${ecosystem}; not matched`
    });
  }
  return { matches, problems };
}
function matchAll(components, advisories, now, policyImages) {
  const osv = matchComponents(components, advisories.osv);
  const runtime = matchRuntime(components, advisories.runtime, now, policyImages);
  return { matches: [...osv.matches, ...runtime.matches], problems: [...osv.problems, ...runtime.problems] };
}

// src/engine.ts
async function judge(opts, root, policy, walked, only, helmValues = []) {
  const live = opts.live ? new LiveSession(opts.live) : void 0;
  const cacheDir = opts.cacheDir === false ? void 0 : opts.cacheDir ?? defaultCacheDir();
  const found = walked && !walkHasFiles(walked) ? { components: [], files: [], problems: claim(walked, []).problems } : (await import("./inventory-2X7DU3L7.js")).inventoryOf(walked, root, { ...pick(opts, "distro"), ...helmValues.length > 0 ? { helmValues } : {}, ...only ? { only } : {} });
  const images = policy.settings.images;
  const advised = await advise(found.components, {
    ...pick(opts, "db", "releases", "nodejsSecurityWg"),
    ...cacheDir ? { cacheDir } : {},
    ...live ? { live } : {},
    ...images ? { policyImages: images } : {}
  });
  const matched = matchAll(found.components, advised.advisories, opts.now, images);
  const goReleases2 = advised.advisories.runtime.products.get("go");
  const enriched = await enrich(matched.matches, { ...pick(opts, "kev", "epss"), ...live ? { live } : {}, ...goReleases2 ? { goReleases: goReleases2 } : {} });
  const osFixes = advised.advisories.osFixes;
  const evaluated = evaluate({ matches: matched.matches, policy, now: opts.now, ...enriched.lookups, ...osFixes ? { osFixes } : {} });
  return {
    components: found.components,
    sources: [...advised.sources, ...enriched.sources],
    evaluated,
    problems: [...found.problems, ...advised.problems, ...matched.problems, ...enriched.problems, ...evaluated.problems],
    runtimeProducts: new Set(advised.advisories.runtime.products.keys()),
    productOf: runtimeProductResolver(advised.advisories.runtime, images)
  };
}
function pick(opts, ...keys) {
  const out = {};
  for (const k of keys) if (opts[k] !== void 0 && opts[k] !== null) out[k] = opts[k];
  return out;
}
export {
  judge
};
