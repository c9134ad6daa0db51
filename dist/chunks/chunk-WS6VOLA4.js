import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  builtinFile,
  parseBuiltinRef,
  policySpec,
  schemaPath
} from "./chunk-KFMM3UJA.js";
import {
  parseYaml,
  toJs
} from "./chunk-CZ6J6QWZ.js";
import {
  isPartialDayDuration,
  parseDuration
} from "./chunk-OPTHUYL4.js";
import {
  globProblem
} from "./chunk-YDRWGAGK.js";
import {
  isInside
} from "./chunk-RPU4CLOY.js";
import {
  clipMessage
} from "./chunk-EKFZ64EB.js";
import {
  require_dist
} from "./chunk-JAWFNDPB.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-X2NN6BVW.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/evaluate/policy/validate-v1.cjs
var require_validate_v1 = __commonJS({
  "src/evaluate/policy/validate-v1.cjs"(exports, module) {
    "use strict";
    module.exports = validate20;
    module.exports.default = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/patchwarden/patchwarden/raw/main/policies/schema/patch-policy.v1.json", "title": "patchwarden patch policy (patchwarden/v1)", "description": "How late is too late: per-severity patch deadlines, escalation by CISA KEV and EPSS, scopes, exceptions. Put `# yaml-language-server: $schema=<this file's URL>` at the top of a policy for editor completion.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata"], "properties": { "$schema": { "title": "Schema", "description": "URL of this schema, for editors that read it from the document. Ignored by patchwarden.", "type": "string" }, "apiVersion": { "title": "API version", "description": "The schema this document follows. This schema is `patchwarden/v1`.", "const": "patchwarden/v1" }, "kind": { "title": "Kind", "description": "Always `PatchPolicy`.", "const": "PatchPolicy" }, "metadata": { "$ref": "#/$defs/metadata" }, "extends": { "title": "Extends", "description": "Policies this one builds on, in order: `builtin:NAME@MAJOR` or a path relative to this file inside the repository. Later entries, then this file, override earlier ones field by field.", "type": ["string", "array"], "items": { "title": "Base policy", "description": "`builtin:NAME@MAJOR` (see `patchwarden policy list`) or a repository-relative path to another policy file.", "type": "string", "minLength": 1 } }, "deadlines": { "$ref": "#/$defs/deadlines" }, "dueSoon": { "$ref": "#/$defs/dueSoon" }, "gate": { "title": "Gate", "description": "The lowest severity whose overdue findings fail a pull request's check; `none` never fails.", "enum": ["critical", "high", "medium", "low", "none"] }, "unknownSeverity": { "title": "Unknown severity", "description": "Severity given to advisories that carry neither a label nor a CVSS vector.", "$ref": "#/$defs/severity" }, "unknownClock": { "title": "Unknown clock", "description": "What to do when neither the advisory's publication nor the fix's release has a real date (OSV's `0001-01-01` means not set): `modified` starts the clock at the advisory's last modification when that is a real date; `none` starts no clock. A finding whose clock cannot start has the status `unknown-clock`, counted apart and never as within its deadline.", "enum": ["modified", "none"] }, "coverage": { "title": "Coverage", "description": "What a run does when its data did not cover everything it found: an ecosystem with components but no advisory records (`no-data`), data older than `maxDataAge` (`stale`), components that could not be checked, such as images with no runtime product or git- and path-sourced packages (`partial`), or an empty scan. Such a run's gate is `incomplete`, never `pass`.", "type": "object", "additionalProperties": false, "properties": { "missingData": { "title": "Missing data", "description": "`fail`: an incomplete run fails the step with exit code 3; `warn` (the default): a warning says what was not checked and the exit code follows the findings; `ignore`: the report says it, without a warning. The gate is `incomplete` in all three.", "enum": ["fail", "warn", "ignore"] }, "maxDataAge": { "title": "Maximum data age", "description": "Advisory data whose newest record (its `modified`, else `published`) is older than this at the run's date is `stale`. Default `7d`.", "$ref": "#/$defs/duration" } } }, "kinds": { "title": "Advisory kinds", "description": "Advisory records that are not plain vulnerabilities. `malicious`: OpenSSF malicious-package records (`MAL-*`), which OSV's npm and PyPI bundles carry; the package must be removed. `unsound`: RustSec informational records of unsound APIs, judged like vulnerabilities when they have a fix. `unmaintained`: RustSec records of unmaintained crates, a library at its end of life (no fix; replace it).", "type": "object", "additionalProperties": false, "properties": { "malicious": { "title": "Malicious packages", "description": "Findings of `MAL-*` records: recommendation `remove`, never `no-fix`.", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Severity", "description": "Default `critical`.", "$ref": "#/$defs/severity" }, "deadline": { "title": "Deadline", "description": "From the record's publication (or the run's day when it has no date). Default `0d`: overdue at once.", "$ref": "#/$defs/duration" }, "failsGate": { "title": "Fails the gate", "description": "Whether such a finding fails the gate whatever the gate severity (unless the gate is `none` or an exception applies). Default `true`.", "type": "boolean" } } }, "unsound": { "title": "Unsound APIs", "description": "RustSec `unsound` records.", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Severity", "description": "When the record has none. Default `low`.", "$ref": "#/$defs/severity" } } }, "unmaintained": { "title": "Unmaintained libraries", "description": "RustSec `unmaintained` records: an end-of-life finding with no fix and recommendation `replace`.", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Severity", "description": "Default `medium`.", "$ref": "#/$defs/severity" } } } } }, "exposure": { "title": "Exposure", "description": "Whether components are reachable from public networks by default (`public`) or not (`internal`); scopes set it per path. Used by `rules` (BOD 26-04's publicly exposed decision point).", "$ref": "#/$defs/exposure" }, "cooldown": { "title": "Cooldown", "description": "A fixed version released less than this long ago is not recommended yet (wait for community feedback); `0d` recommends every fix at once.", "$ref": "#/$defs/duration" }, "kev": { "$ref": "#/$defs/kev" }, "epss": { "$ref": "#/$defs/epss" }, "ssvc": { "$ref": "#/$defs/ssvc" }, "rules": { "title": "Rules", "description": "A decision table for vulnerability findings, read top to bottom: the first rule whose conditions all hold sets the deadline (and may set the severity), instead of `deadlines`, `kev` and `epss`. A later layer's `rules` replace an earlier layer's.", "type": "array", "items": { "$ref": "#/$defs/rule" } }, "runtime": { "$ref": "#/$defs/runtime" }, "images": { "title": "Images", "description": "Images that neither the catalogue nor endoflife.date's identifiers name, such as private mirrors, by repository as Docker names it (`registry.acme.internal/hub/postgres`, no tag), each mapped to the endoflife.date product it runs (`postgresql`). Takes precedence over the catalogue and the release data.", "type": "object", "patternProperties": { "^[a-z0-9][a-z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)+$": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.+_-]*$", "patternErrorMessage": "an endoflife.date product id: `postgresql`, `nodejs`, `alpine-linux`" } }, "additionalProperties": false, "patternErrorMessage": "an image repository without tag, as Docker names it: `registry.acme.internal/hub/postgres`" }, "helm": { "title": "Helm", "description": "How the repository's Helm charts are installed, so that their images are read as Helm renders them.", "type": "object", "additionalProperties": false, "properties": { "values": { "title": "Values files", "description": "Values files given to `helm install -f`, in order, as paths relative to the repository root (`charts/mastodon/values-production.yaml`). Each is layered over the values.yaml of the chart it sits in (the nearest folder at or above it with a Chart.yaml): later files override earlier ones key by key, a `null` deletes a key, and subchart conditions are decided on the result. Images are located at the line of the file whose value Helm renders. A list in a later policy layer replaces an earlier one.", "type": "array", "items": { "title": "Values file", "description": "A repository-relative path to a YAML file, without `..`.", "type": "string", "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+\\.ya?ml$", "patternErrorMessage": "a repository-relative path to a .yaml or .yml file, like `charts/mastodon/values-production.yaml`" } } } }, "scopes": { "title": "Scopes", "description": "Parts of the repository with their own settings (internet-facing paths stricter, development dependencies looser). Every scope that matches a finding applies, in order; a later one overrides an earlier one field by field. Layers merge scopes by name.", "type": "array", "items": { "$ref": "#/$defs/scope" } }, "exceptions": { "title": "Exceptions", "description": "Accepted risks: findings they match are reported as `excepted` until the exception expires. Layers' exceptions add up.", "type": "array", "items": { "$ref": "#/$defs/exception" } }, "exceptionLimits": { "title": "Exception limits", "description": "The longest an exception may run for a finding of each severity, counted from its `created` date (or from the run's date when it has none). An exception over the limit does not apply to that finding.", "type": "object", "additionalProperties": false, "properties": { "critical": { "title": "Critical", "description": "Longest exception for a critical finding.", "$ref": "#/$defs/duration" }, "high": { "title": "High", "description": "Longest exception for a high finding.", "$ref": "#/$defs/duration" }, "medium": { "title": "Medium", "description": "Longest exception for a medium finding.", "$ref": "#/$defs/duration" }, "low": { "title": "Low", "description": "Longest exception for a low finding.", "$ref": "#/$defs/duration" } } }, "owners": { "title": "Owners", "description": "Who owns which part of the repository, and where their alerts go. The first entry that selects a finding names its owner (shown in issues, alerts and the report) and routes its alerts; a finding no entry selects is owned by its CODEOWNERS team and alerted on the run's own channels. A layer's list replaces its parent's.", "type": "array", "items": { "$ref": "#/$defs/owner" } } }, "$defs": { "severity": { "title": "Severity", "description": "One of critical, high, medium, low.", "enum": ["critical", "high", "medium", "low"] }, "exposure": { "title": "Exposure", "description": "`public`: reachable by unauthenticated or untrusted parties over public networks; `internal`: not.", "enum": ["public", "internal"] }, "duration": { "title": "Duration", "description": "Whole days: `7d`, `2w`, `1mo` (a calendar month) or `48h` (hours in multiples of 24).", "type": "string", "pattern": "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", "patternErrorMessage": "a duration like 30d" }, "deadline": { "title": "Deadline", "description": "Time from the clock start (the later of the advisory's publication and the fix's release) to the deadline, like `30d`; `none` sets no deadline.", "type": "string", "pattern": "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "a duration like 30d" }, "dueSoon": { "title": "Due soon", "description": "The window before a deadline in which a finding is `due-soon`: a duration like `7d`, or a share of the deadline window like `25%` (rounded up to whole days). The deadline day itself is inside the window; `0d` turns it off.", "type": "string", "pattern": "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", "patternErrorMessage": "a duration like 7d or a share like 25%" }, "deadlines": { "title": "Deadlines", "description": "Time allowed to patch, per severity, from the clock start.", "type": "object", "additionalProperties": false, "properties": { "critical": { "title": "Critical", "description": "Deadline for critical findings.", "$ref": "#/$defs/deadline" }, "high": { "title": "High", "description": "Deadline for high findings.", "$ref": "#/$defs/deadline" }, "medium": { "title": "Medium", "description": "Deadline for medium findings.", "$ref": "#/$defs/deadline" }, "low": { "title": "Low", "description": "Deadline for low findings.", "$ref": "#/$defs/deadline" } } }, "metadata": { "title": "Metadata", "description": "Who this policy is and which version of its content this is. Not inherited: every file names itself.", "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "title": "Name", "description": "Lower-case name, letters, digits and dashes, like `chat-platform`.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "patternErrorMessage": "a name like chat-platform (lower-case letters, digits, dashes)" }, "version": { "title": "Version", "description": "Semantic version of this policy's content, like `1.2.0`; raise it whenever a rule changes so reports name the rules in force.", "type": "string", "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "patternErrorMessage": "a semantic version like 1.0.0" }, "title": { "title": "Title", "description": "A human title.", "type": "string" }, "description": { "title": "Description", "description": "What the policy is for.", "type": "string" }, "owner": { "title": "Owner", "description": "Team or person responsible for the policy.", "type": "string" }, "sources": { "title": "Sources", "description": "Documents the policy implements.", "type": "array", "items": { "title": "Source", "description": "A cited document.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "title": { "title": "Title", "description": "Document title and section.", "type": "string" }, "url": { "title": "URL", "description": "Where the document is published.", "type": "string", "format": "uri" } } } }, "supersededBy": { "title": "Superseded by", "description": "The policy that replaces this one (`builtin:NAME@MAJOR`); kept for historical comparison.", "type": "string" } } }, "kev": { "title": "KEV escalation", "description": "What happens when a finding's CVE is in CISA's Known Exploited Vulnerabilities catalogue (`--kev`).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Escalate to", "description": "Raise the finding's severity to at least this; `none` turns escalation off (to undo an inherited one).", "enum": ["critical", "high", "medium", "low", "none"] }, "deadline": { "title": "KEV deadline", "description": "`kev-due-date`: the catalogue's `dueDate`; a duration: that long from the clock start; `none`: no KEV deadline. The finding's deadline is the earlier of this and its severity's deadline.", "type": "string", "pattern": "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "kev-due-date, a duration like 14d, or none" } } }, "epss": { "title": "EPSS escalation", "description": "What happens when a finding's CVE has an EPSS score (`--epss`) at or above a threshold.", "type": "object", "additionalProperties": false, "properties": { "threshold": { "title": "Score threshold", "description": "Probability of exploitation in the next 30 days, 0 to 1, at or above which the finding is escalated.", "type": "number", "minimum": 0, "maximum": 1 }, "percentile": { "title": "Percentile threshold", "description": "EPSS percentile, 0 to 1, at or above which the finding is escalated (either threshold suffices).", "type": "number", "minimum": 0, "maximum": 1 }, "severity": { "title": "Escalate to", "description": "Raise the finding's severity to at least this; `none` turns escalation off (to undo an inherited one).", "enum": ["critical", "high", "medium", "low", "none"] }, "deadline": { "title": "EPSS deadline", "description": "A deadline from the clock start for escalated findings; the earlier of this and the severity's deadline applies.", "$ref": "#/$defs/deadline" } } }, "ssvc": { "title": "SSVC decision points", "description": "Where `rules` get the automatable and technical impact decision points, which OSV advisories do not carry.", "type": "object", "additionalProperties": false, "properties": { "deriveFromCvss": { "title": "Derive from CVSS", "description": "Read them from the advisory's CVSS vector: automatable when the attack is network, low complexity, no privileges and no user interaction; total impact when confidentiality and integrity impact are both high.", "type": "boolean" }, "automatable": { "title": "Automatable", "description": "Assumed when it cannot be derived.", "type": "boolean" }, "technicalImpact": { "title": "Technical impact", "description": "Assumed when it cannot be derived.", "enum": ["partial", "total"] } } }, "rule": { "title": "Rule", "description": "One row of the decision table.", "type": "object", "additionalProperties": false, "required": ["name", "deadline"], "properties": { "name": { "title": "Name", "description": "Short name, shown in each finding's `rule`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "patternErrorMessage": "a short name like kev-exposed (letters, digits, dots, dashes, underscores)" }, "description": { "title": "Description", "description": "Why the row exists.", "type": "string" }, "when": { "title": "Conditions", "description": "All must hold; a rule without conditions always matches.", "type": "object", "additionalProperties": false, "properties": { "kev": { "title": "In KEV", "description": "The CVE is (true) or is not (false) in the KEV catalogue.", "type": "boolean" }, "ransomware": { "title": "Ransomware use", "description": "The KEV entry says known ransomware campaign use.", "type": "boolean" }, "exposure": { "title": "Exposure", "description": "The component's exposure (from its scope).", "$ref": "#/$defs/exposure" }, "automatable": { "title": "Automatable", "description": "The automatable decision point (see `ssvc`).", "type": "boolean" }, "technicalImpact": { "title": "Technical impact", "description": "The technical impact decision point (see `ssvc`).", "enum": ["partial", "total"] }, "urgency": { "title": "Distribution urgency", "description": "OS packages: the distribution's own word for how urgent its fix is, one of these. Debian's changelog urgency of the security upload (low, medium, high, emergency, critical) or Ubuntu's priority of the notice's CVEs (negligible, low, medium, high, critical). Debian's urgency is not a severity, so the finding keeps its severity unless the rule sets one.", "type": "array", "minItems": 1, "items": { "title": "Urgency", "description": "A Debian urgency or Ubuntu priority.", "enum": ["negligible", "low", "medium", "high", "emergency", "critical"] } }, "severity": { "title": "Severities", "description": "The finding's severity, after escalation, is one of these.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/severity" } } } }, "deadline": { "title": "Deadline", "description": "`kev-due-date` (the catalogue's due date), a duration from the clock start, or `none`.", "type": "string", "pattern": "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "kev-due-date, a duration like 14d, or none" }, "severity": { "title": "Severity", "description": "Raise the finding's severity to at least this.", "$ref": "#/$defs/severity" } } }, "runtimeRule": { "title": "Runtime finding rule", "description": "Severity and deadline of a kind of runtime finding.", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Severity", "description": "Severity of these findings.", "$ref": "#/$defs/severity" }, "deadline": { "title": "Deadline", "description": "Time from the clock start (the newer release's date, or the end-of-life date).", "$ref": "#/$defs/deadline" }, "dueSoon": { "title": "Due soon", "description": "Due-soon window for these findings; defaults to the policy's `dueSoon`.", "$ref": "#/$defs/dueSoon" } } }, "runtime": { "title": "Runtime findings", "description": "Runtime images (nginx, postgres, redis, node) have no OSV advisories; these set how their own findings are priced.", "type": "object", "additionalProperties": false, "properties": { "patchLag": { "title": "Patch lag", "description": "A newer patch release of the same release cycle exists.", "$ref": "#/$defs/runtimeRule" }, "endOfLife": { "title": "End of life", "description": "The release cycle is, or is about to be, out of support.", "$ref": "#/$defs/runtimeRule" }, "unpinned": { "title": "Unpinned", "description": "The image tag names no version (`latest`, a bare major).", "$ref": "#/$defs/runtimeRule" } } }, "scope": { "title": "Scope", "description": "Settings for the findings it selects. A finding is selected when every selector given holds (for `paths`, any of the finding's locations).", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Name", "description": "Short name, shown in rules like `scopes[internet].deadlines.critical`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "patternErrorMessage": "a short name like internet (letters, digits, dots, dashes, underscores)" }, "description": { "title": "Description", "description": "What the scope covers.", "type": "string" }, "paths": { "title": "Paths", "description": "Globs (picomatch syntax) on repository-relative paths with `/`, like `deploy/public/**`.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "layers": { "title": "Layers", "description": "Component layers: `os` (base image), `runtime` (middleware image), `library` (application dependency).", "type": "array", "minItems": 1, "items": { "title": "Layer", "description": "A layer.", "enum": ["os", "runtime", "library"] } }, "ecosystems": { "title": "Ecosystems", "description": "OSV ecosystem names, like `npm`, `PyPI`, `Go`.", "type": "array", "minItems": 1, "items": { "title": "Ecosystem", "description": "An OSV ecosystem name.", "type": "string", "minLength": 1 } }, "dev": { "title": "Development", "description": "Select only development (true) or only non-development (false) dependencies.", "type": "boolean" }, "direct": { "title": "Direct", "description": "Select only direct (true) or only transitive (false) dependencies.", "type": "boolean" }, "exposure": { "title": "Exposure", "description": "Exposure of the selected components.", "$ref": "#/$defs/exposure" }, "deadlines": { "$ref": "#/$defs/deadlines" }, "dueSoon": { "$ref": "#/$defs/dueSoon" }, "unknownSeverity": { "title": "Unknown severity", "description": "Severity for unrated advisories here.", "$ref": "#/$defs/severity" }, "cooldown": { "title": "Cooldown", "description": "Cooldown here.", "$ref": "#/$defs/duration" }, "kev": { "$ref": "#/$defs/kev" }, "epss": { "$ref": "#/$defs/epss" }, "runtime": { "$ref": "#/$defs/runtime" } } }, "exception": { "title": "Exception", "description": "An accepted risk. Names an advisory and/or a package, optionally limited to paths.", "type": "object", "additionalProperties": false, "required": ["reason", "approvedBy", "expires"], "properties": { "advisory": { "title": "Advisory", "description": "An advisory id or any of its aliases (GHSA-..., CVE-..., GO-...).", "type": "string", "minLength": 1 }, "package": { "title": "Package", "description": "A package URL (`pkg:npm/ws`, with `@version` to name one version) or `ecosystem/name` (`npm/ws`).", "type": "string", "minLength": 1 }, "paths": { "title": "Paths", "description": "Globs; the exception applies only to findings with a location under one of them.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "reason": { "title": "Reason", "description": "Why the risk is accepted.", "type": "string", "minLength": 1 }, "approvedBy": { "title": "Approved by", "description": "Who accepted it.", "type": "string", "minLength": 1 }, "created": { "title": "Created", "description": "When it was approved (YYYY-MM-DD); `exceptionLimits` count from here.", "type": "string", "format": "date" }, "expires": { "title": "Expires", "description": "Last day (UTC, YYYY-MM-DD) on which it applies.", "type": "string", "format": "date" }, "ticket": { "title": "Ticket", "description": "Link to the risk acceptance record.", "type": "string", "format": "uri" } } }, "owner": { "title": "Owner", "description": "A team and the findings it owns. A finding is selected when every selector given holds (for `paths`, any of the finding's locations).", "type": "object", "additionalProperties": false, "required": ["team"], "properties": { "team": { "title": "Team", "description": "The owner's name as alerts and issues show it, like `payments` or `@acme/payments`.", "type": "string", "pattern": "^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "patternErrorMessage": "a team name like payments or @acme/payments (letters, digits, dots, dashes, underscores, slashes)" }, "paths": { "title": "Paths", "description": "Globs (picomatch syntax) on repository-relative paths with `/`, like `services/payments/**`.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "layers": { "title": "Layers", "description": "Component layers: `os`, `runtime`, `library`.", "type": "array", "minItems": 1, "items": { "title": "Layer", "description": "A layer.", "enum": ["os", "runtime", "library"] } }, "ecosystems": { "title": "Ecosystems", "description": "OSV ecosystem names, like `npm`, `PyPI`, `Debian`.", "type": "array", "minItems": 1, "items": { "title": "Ecosystem", "description": "An OSV ecosystem name.", "type": "string", "minLength": 1 } }, "alerts": { "title": "Alert channels", "description": "Where this owner's alerts go instead of the run's own channels. Each value is the NAME of an environment variable that holds the webhook URL (a URL is a secret and never belongs in a committed policy).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "slack": { "title": "Slack incoming webhook", "description": "Environment variable holding the Slack incoming webhook URL, like `PAYMENTS_SLACK_WEBHOOK`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" }, "teams": { "title": "Microsoft Teams workflow webhook", "description": "Environment variable holding the Microsoft Teams workflow webhook URL, like `PAYMENTS_TEAMS_WEBHOOK`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" }, "webhook": { "title": "generic webhook", "description": "Environment variable holding the generic webhook URL, like `PAYMENTS_WEBHOOK_URL`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" } } } } } } };
    var schema32 = { "title": "Metadata", "description": "Who this policy is and which version of its content this is. Not inherited: every file names itself.", "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "title": "Name", "description": "Lower-case name, letters, digits and dashes, like `chat-platform`.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "patternErrorMessage": "a name like chat-platform (lower-case letters, digits, dashes)" }, "version": { "title": "Version", "description": "Semantic version of this policy's content, like `1.2.0`; raise it whenever a rule changes so reports name the rules in force.", "type": "string", "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "patternErrorMessage": "a semantic version like 1.0.0" }, "title": { "title": "Title", "description": "A human title.", "type": "string" }, "description": { "title": "Description", "description": "What the policy is for.", "type": "string" }, "owner": { "title": "Owner", "description": "Team or person responsible for the policy.", "type": "string" }, "sources": { "title": "Sources", "description": "Documents the policy implements.", "type": "array", "items": { "title": "Source", "description": "A cited document.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "title": { "title": "Title", "description": "Document title and section.", "type": "string" }, "url": { "title": "URL", "description": "Where the document is published.", "type": "string", "format": "uri" } } } }, "supersededBy": { "title": "Superseded by", "description": "The policy that replaces this one (`builtin:NAME@MAJOR`); kept for historical comparison.", "type": "string" } } };
    var schema38 = { "title": "Due soon", "description": "The window before a deadline in which a finding is `due-soon`: a duration like `7d`, or a share of the deadline window like `25%` (rounded up to whole days). The deadline day itself is inside the window; `0d` turns it off.", "type": "string", "pattern": "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", "patternErrorMessage": "a duration like 7d or a share like 25%" };
    var schema39 = { "title": "Severity", "description": "One of critical, high, medium, low.", "enum": ["critical", "high", "medium", "low"] };
    var schema40 = { "title": "Duration", "description": "Whole days: `7d`, `2w`, `1mo` (a calendar month) or `48h` (hours in multiples of 24).", "type": "string", "pattern": "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", "patternErrorMessage": "a duration like 30d" };
    var schema45 = { "title": "Exposure", "description": "`public`: reachable by unauthenticated or untrusted parties over public networks; `internal`: not.", "enum": ["public", "internal"] };
    var schema47 = { "title": "KEV escalation", "description": "What happens when a finding's CVE is in CISA's Known Exploited Vulnerabilities catalogue (`--kev`).", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Escalate to", "description": "Raise the finding's severity to at least this; `none` turns escalation off (to undo an inherited one).", "enum": ["critical", "high", "medium", "low", "none"] }, "deadline": { "title": "KEV deadline", "description": "`kev-due-date`: the catalogue's `dueDate`; a duration: that long from the clock start; `none`: no KEV deadline. The finding's deadline is the earlier of this and its severity's deadline.", "type": "string", "pattern": "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "kev-due-date, a duration like 14d, or none" } } };
    var schema50 = { "title": "SSVC decision points", "description": "Where `rules` get the automatable and technical impact decision points, which OSV advisories do not carry.", "type": "object", "additionalProperties": false, "properties": { "deriveFromCvss": { "title": "Derive from CVSS", "description": "Read them from the advisory's CVSS vector: automatable when the attack is network, low complexity, no privileges and no user interaction; total impact when confidentiality and integrity impact are both high.", "type": "boolean" }, "automatable": { "title": "Automatable", "description": "Assumed when it cannot be derived.", "type": "boolean" }, "technicalImpact": { "title": "Technical impact", "description": "Assumed when it cannot be derived.", "enum": ["partial", "total"] } } };
    var schema66 = { "title": "Exception", "description": "An accepted risk. Names an advisory and/or a package, optionally limited to paths.", "type": "object", "additionalProperties": false, "required": ["reason", "approvedBy", "expires"], "properties": { "advisory": { "title": "Advisory", "description": "An advisory id or any of its aliases (GHSA-..., CVE-..., GO-...).", "type": "string", "minLength": 1 }, "package": { "title": "Package", "description": "A package URL (`pkg:npm/ws`, with `@version` to name one version) or `ecosystem/name` (`npm/ws`).", "type": "string", "minLength": 1 }, "paths": { "title": "Paths", "description": "Globs; the exception applies only to findings with a location under one of them.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "reason": { "title": "Reason", "description": "Why the risk is accepted.", "type": "string", "minLength": 1 }, "approvedBy": { "title": "Approved by", "description": "Who accepted it.", "type": "string", "minLength": 1 }, "created": { "title": "Created", "description": "When it was approved (YYYY-MM-DD); `exceptionLimits` count from here.", "type": "string", "format": "date" }, "expires": { "title": "Expires", "description": "Last day (UTC, YYYY-MM-DD) on which it applies.", "type": "string", "format": "date" }, "ticket": { "title": "Ticket", "description": "Link to the risk acceptance record.", "type": "string", "format": "uri" } } };
    var schema71 = { "title": "Owner", "description": "A team and the findings it owns. A finding is selected when every selector given holds (for `paths`, any of the finding's locations).", "type": "object", "additionalProperties": false, "required": ["team"], "properties": { "team": { "title": "Team", "description": "The owner's name as alerts and issues show it, like `payments` or `@acme/payments`.", "type": "string", "pattern": "^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "patternErrorMessage": "a team name like payments or @acme/payments (letters, digits, dots, dashes, underscores, slashes)" }, "paths": { "title": "Paths", "description": "Globs (picomatch syntax) on repository-relative paths with `/`, like `services/payments/**`.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "layers": { "title": "Layers", "description": "Component layers: `os`, `runtime`, `library`.", "type": "array", "minItems": 1, "items": { "title": "Layer", "description": "A layer.", "enum": ["os", "runtime", "library"] } }, "ecosystems": { "title": "Ecosystems", "description": "OSV ecosystem names, like `npm`, `PyPI`, `Debian`.", "type": "array", "minItems": 1, "items": { "title": "Ecosystem", "description": "An OSV ecosystem name.", "type": "string", "minLength": 1 } }, "alerts": { "title": "Alert channels", "description": "Where this owner's alerts go instead of the run's own channels. Each value is the NAME of an environment variable that holds the webhook URL (a URL is a secret and never belongs in a committed policy).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "slack": { "title": "Slack incoming webhook", "description": "Environment variable holding the Slack incoming webhook URL, like `PAYMENTS_SLACK_WEBHOOK`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" }, "teams": { "title": "Microsoft Teams workflow webhook", "description": "Environment variable holding the Microsoft Teams workflow webhook URL, like `PAYMENTS_TEAMS_WEBHOOK`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" }, "webhook": { "title": "generic webhook", "description": "Environment variable holding the generic webhook URL, like `PAYMENTS_WEBHOOK_URL`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "patternErrorMessage": "an environment variable name like PAYMENTS_SLACK_WEBHOOK" } } } } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");
    var pattern5 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");
    var pattern10 = new RegExp("^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", "u");
    var pattern11 = new RegExp("^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", "u");
    var pattern14 = new RegExp("^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "u");
    var pattern20 = new RegExp("^[a-z0-9][a-z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)+$", "u");
    var pattern22 = new RegExp("^[a-z0-9][a-z0-9.+_-]*$", "u");
    var pattern23 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+\\.ya?ml$", "u");
    var pattern32 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "u");
    var pattern33 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
    var formats0 = require_formats().fullFormats.uri;
    var formats2 = require_formats().fullFormats.date;
    var schema33 = { "title": "Deadlines", "description": "Time allowed to patch, per severity, from the clock start.", "type": "object", "additionalProperties": false, "properties": { "critical": { "title": "Critical", "description": "Deadline for critical findings.", "$ref": "#/$defs/deadline" }, "high": { "title": "High", "description": "Deadline for high findings.", "$ref": "#/$defs/deadline" }, "medium": { "title": "Medium", "description": "Deadline for medium findings.", "$ref": "#/$defs/deadline" }, "low": { "title": "Low", "description": "Deadline for low findings.", "$ref": "#/$defs/deadline" } } };
    var schema34 = { "title": "Deadline", "description": "Time from the clock start (the later of the advisory's publication and the fix's release) to the deadline, like `30d`; `none` sets no deadline.", "type": "string", "pattern": "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "a duration like 30d" };
    var pattern6 = new RegExp("^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "u");
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "critical" || key0 === "high" || key0 === "medium" || key0 === "low")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.critical !== void 0) {
          let data0 = data.critical;
          if (typeof data0 === "string") {
            if (!pattern6.test(data0)) {
              const err1 = { instancePath: instancePath + "/critical", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data0 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/critical", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.high !== void 0) {
          let data1 = data.high;
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err3 = { instancePath: instancePath + "/high", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/high", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.medium !== void 0) {
          let data2 = data.medium;
          if (typeof data2 === "string") {
            if (!pattern6.test(data2)) {
              const err5 = { instancePath: instancePath + "/medium", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/medium", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.low !== void 0) {
          let data3 = data.low;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err7 = { instancePath: instancePath + "/low", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/low", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema48 = { "title": "EPSS escalation", "description": "What happens when a finding's CVE has an EPSS score (`--epss`) at or above a threshold.", "type": "object", "additionalProperties": false, "properties": { "threshold": { "title": "Score threshold", "description": "Probability of exploitation in the next 30 days, 0 to 1, at or above which the finding is escalated.", "type": "number", "minimum": 0, "maximum": 1 }, "percentile": { "title": "Percentile threshold", "description": "EPSS percentile, 0 to 1, at or above which the finding is escalated (either threshold suffices).", "type": "number", "minimum": 0, "maximum": 1 }, "severity": { "title": "Escalate to", "description": "Raise the finding's severity to at least this; `none` turns escalation off (to undo an inherited one).", "enum": ["critical", "high", "medium", "low", "none"] }, "deadline": { "title": "EPSS deadline", "description": "A deadline from the clock start for escalated findings; the earlier of this and the severity's deadline applies.", "$ref": "#/$defs/deadline" } } };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "threshold" || key0 === "percentile" || key0 === "severity" || key0 === "deadline")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.threshold !== void 0) {
          let data0 = data.threshold;
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 1 || isNaN(data0)) {
              const err1 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema48.properties.threshold, data: data0 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data0 < 0 || isNaN(data0)) {
              const err2 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.threshold, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.threshold.type, parentSchema: schema48.properties.threshold, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.percentile !== void 0) {
          let data1 = data.percentile;
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 1 || isNaN(data1)) {
              const err4 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema48.properties.percentile, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err5 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.percentile, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.percentile.type, parentSchema: schema48.properties.percentile, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data2 = data.severity;
          if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "none")) {
            const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema48.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.severity.enum, parentSchema: schema48.properties.severity, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.deadline !== void 0) {
          let data3 = data.deadline;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err8 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      validate23.errors = vErrors;
      return errors === 0;
    }
    validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema51 = { "title": "Rule", "description": "One row of the decision table.", "type": "object", "additionalProperties": false, "required": ["name", "deadline"], "properties": { "name": { "title": "Name", "description": "Short name, shown in each finding's `rule`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "patternErrorMessage": "a short name like kev-exposed (letters, digits, dots, dashes, underscores)" }, "description": { "title": "Description", "description": "Why the row exists.", "type": "string" }, "when": { "title": "Conditions", "description": "All must hold; a rule without conditions always matches.", "type": "object", "additionalProperties": false, "properties": { "kev": { "title": "In KEV", "description": "The CVE is (true) or is not (false) in the KEV catalogue.", "type": "boolean" }, "ransomware": { "title": "Ransomware use", "description": "The KEV entry says known ransomware campaign use.", "type": "boolean" }, "exposure": { "title": "Exposure", "description": "The component's exposure (from its scope).", "$ref": "#/$defs/exposure" }, "automatable": { "title": "Automatable", "description": "The automatable decision point (see `ssvc`).", "type": "boolean" }, "technicalImpact": { "title": "Technical impact", "description": "The technical impact decision point (see `ssvc`).", "enum": ["partial", "total"] }, "urgency": { "title": "Distribution urgency", "description": "OS packages: the distribution's own word for how urgent its fix is, one of these. Debian's changelog urgency of the security upload (low, medium, high, emergency, critical) or Ubuntu's priority of the notice's CVEs (negligible, low, medium, high, critical). Debian's urgency is not a severity, so the finding keeps its severity unless the rule sets one.", "type": "array", "minItems": 1, "items": { "title": "Urgency", "description": "A Debian urgency or Ubuntu priority.", "enum": ["negligible", "low", "medium", "high", "emergency", "critical"] } }, "severity": { "title": "Severities", "description": "The finding's severity, after escalation, is one of these.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/severity" } } } }, "deadline": { "title": "Deadline", "description": "`kev-due-date` (the catalogue's due date), a duration from the clock start, or `none`.", "type": "string", "pattern": "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", "patternErrorMessage": "kev-due-date, a duration like 14d, or none" }, "severity": { "title": "Severity", "description": "Raise the finding's severity to at least this.", "$ref": "#/$defs/severity" } } };
    var pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
    function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate25.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.required, parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.deadline === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deadline" }, message: "must have required property 'deadline'", schema: schema51.required, parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "description" || key0 === "when" || key0 === "deadline" || key0 === "severity")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (!pattern16.test(data0)) {
              const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema51.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.name.type, parentSchema: schema51.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data1 = data.description;
          if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.description.type, parentSchema: schema51.properties.description, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.when !== void 0) {
          let data2 = data.when;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              if (!(key1 === "kev" || key1 === "ransomware" || key1 === "exposure" || key1 === "automatable" || key1 === "technicalImpact" || key1 === "urgency" || key1 === "severity")) {
                const err6 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.when, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.kev !== void 0) {
              let data3 = data2.kev;
              if (typeof data3 !== "boolean") {
                const err7 = { instancePath: instancePath + "/when/kev", schemaPath: "#/properties/when/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.when.properties.kev.type, parentSchema: schema51.properties.when.properties.kev, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.ransomware !== void 0) {
              let data4 = data2.ransomware;
              if (typeof data4 !== "boolean") {
                const err8 = { instancePath: instancePath + "/when/ransomware", schemaPath: "#/properties/when/properties/ransomware/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.when.properties.ransomware.type, parentSchema: schema51.properties.when.properties.ransomware, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.exposure !== void 0) {
              let data5 = data2.exposure;
              if (!(data5 === "public" || data5 === "internal")) {
                const err9 = { instancePath: instancePath + "/when/exposure", schemaPath: "#/$defs/exposure/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.automatable !== void 0) {
              let data6 = data2.automatable;
              if (typeof data6 !== "boolean") {
                const err10 = { instancePath: instancePath + "/when/automatable", schemaPath: "#/properties/when/properties/automatable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.when.properties.automatable.type, parentSchema: schema51.properties.when.properties.automatable, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.technicalImpact !== void 0) {
              let data7 = data2.technicalImpact;
              if (!(data7 === "partial" || data7 === "total")) {
                const err11 = { instancePath: instancePath + "/when/technicalImpact", schemaPath: "#/properties/when/properties/technicalImpact/enum", keyword: "enum", params: { allowedValues: schema51.properties.when.properties.technicalImpact.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.when.properties.technicalImpact.enum, parentSchema: schema51.properties.when.properties.technicalImpact, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.urgency !== void 0) {
              let data8 = data2.urgency;
              if (Array.isArray(data8)) {
                if (data8.length < 1) {
                  const err12 = { instancePath: instancePath + "/when/urgency", schemaPath: "#/properties/when/properties/urgency/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.when.properties.urgency, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data9 = data8[i0];
                  if (!(data9 === "negligible" || data9 === "low" || data9 === "medium" || data9 === "high" || data9 === "emergency" || data9 === "critical")) {
                    const err13 = { instancePath: instancePath + "/when/urgency/" + i0, schemaPath: "#/properties/when/properties/urgency/items/enum", keyword: "enum", params: { allowedValues: schema51.properties.when.properties.urgency.items.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.when.properties.urgency.items.enum, parentSchema: schema51.properties.when.properties.urgency.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/when/urgency", schemaPath: "#/properties/when/properties/urgency/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.when.properties.urgency.type, parentSchema: schema51.properties.when.properties.urgency, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data2.severity !== void 0) {
              let data10 = data2.severity;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err15 = { instancePath: instancePath + "/when/severity", schemaPath: "#/properties/when/properties/severity/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.when.properties.severity, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (!(data11 === "critical" || data11 === "high" || data11 === "medium" || data11 === "low")) {
                    const err16 = { instancePath: instancePath + "/when/severity/" + i1, schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/when/severity", schemaPath: "#/properties/when/properties/severity/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.when.properties.severity.type, parentSchema: schema51.properties.when.properties.severity, data: data10 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.when.type, parentSchema: schema51.properties.when, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.deadline !== void 0) {
          let data12 = data.deadline;
          if (typeof data12 === "string") {
            if (!pattern14.test(data12)) {
              const err19 = { instancePath: instancePath + "/deadline", schemaPath: "#/properties/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema51.properties.deadline, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/deadline", schemaPath: "#/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.deadline.type, parentSchema: schema51.properties.deadline, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data13 = data.severity;
          if (!(data13 === "critical" || data13 === "high" || data13 === "medium" || data13 === "low")) {
            const err21 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      validate25.errors = vErrors;
      return errors === 0;
    }
    validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema55 = { "title": "Runtime findings", "description": "Runtime images (nginx, postgres, redis, node) have no OSV advisories; these set how their own findings are priced.", "type": "object", "additionalProperties": false, "properties": { "patchLag": { "title": "Patch lag", "description": "A newer patch release of the same release cycle exists.", "$ref": "#/$defs/runtimeRule" }, "endOfLife": { "title": "End of life", "description": "The release cycle is, or is about to be, out of support.", "$ref": "#/$defs/runtimeRule" }, "unpinned": { "title": "Unpinned", "description": "The image tag names no version (`latest`, a bare major).", "$ref": "#/$defs/runtimeRule" } } };
    var schema56 = { "title": "Runtime finding rule", "description": "Severity and deadline of a kind of runtime finding.", "type": "object", "additionalProperties": false, "properties": { "severity": { "title": "Severity", "description": "Severity of these findings.", "$ref": "#/$defs/severity" }, "deadline": { "title": "Deadline", "description": "Time from the clock start (the newer release's date, or the end-of-life date).", "$ref": "#/$defs/deadline" }, "dueSoon": { "title": "Due soon", "description": "Due-soon window for these findings; defaults to the policy's `dueSoon`.", "$ref": "#/$defs/dueSoon" } } };
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate28.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "severity" || key0 === "deadline" || key0 === "dueSoon")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data0 = data.severity;
          if (!(data0 === "critical" || data0 === "high" || data0 === "medium" || data0 === "low")) {
            const err1 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.deadline !== void 0) {
          let data1 = data.deadline;
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err2 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/deadline", schemaPath: "#/$defs/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.dueSoon !== void 0) {
          let data2 = data.dueSoon;
          if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
              const err4 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/pattern", keyword: "pattern", params: { pattern: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$" }, message: 'must match pattern "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$"', schema: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", parentSchema: schema38, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      validate28.errors = vErrors;
      return errors === 0;
    }
    validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate27.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "patchLag" || key0 === "endOfLife" || key0 === "unpinned")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.patchLag !== void 0) {
          if (!validate28(data.patchLag, { instancePath: instancePath + "/patchLag", parentData: data, parentDataProperty: "patchLag", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data.endOfLife !== void 0) {
          if (!validate28(data.endOfLife, { instancePath: instancePath + "/endOfLife", parentData: data, parentDataProperty: "endOfLife", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data.unpinned !== void 0) {
          if (!validate28(data.unpinned, { instancePath: instancePath + "/unpinned", parentData: data, parentDataProperty: "unpinned", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate27.errors = vErrors;
      return errors === 0;
    }
    validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema60 = { "title": "Scope", "description": "Settings for the findings it selects. A finding is selected when every selector given holds (for `paths`, any of the finding's locations).", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Name", "description": "Short name, shown in rules like `scopes[internet].deadlines.critical`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "patternErrorMessage": "a short name like internet (letters, digits, dots, dashes, underscores)" }, "description": { "title": "Description", "description": "What the scope covers.", "type": "string" }, "paths": { "title": "Paths", "description": "Globs (picomatch syntax) on repository-relative paths with `/`, like `deploy/public/**`.", "type": "array", "minItems": 1, "items": { "title": "Glob", "description": "A path glob.", "type": "string", "minLength": 1 } }, "layers": { "title": "Layers", "description": "Component layers: `os` (base image), `runtime` (middleware image), `library` (application dependency).", "type": "array", "minItems": 1, "items": { "title": "Layer", "description": "A layer.", "enum": ["os", "runtime", "library"] } }, "ecosystems": { "title": "Ecosystems", "description": "OSV ecosystem names, like `npm`, `PyPI`, `Go`.", "type": "array", "minItems": 1, "items": { "title": "Ecosystem", "description": "An OSV ecosystem name.", "type": "string", "minLength": 1 } }, "dev": { "title": "Development", "description": "Select only development (true) or only non-development (false) dependencies.", "type": "boolean" }, "direct": { "title": "Direct", "description": "Select only direct (true) or only transitive (false) dependencies.", "type": "boolean" }, "exposure": { "title": "Exposure", "description": "Exposure of the selected components.", "$ref": "#/$defs/exposure" }, "deadlines": { "$ref": "#/$defs/deadlines" }, "dueSoon": { "$ref": "#/$defs/dueSoon" }, "unknownSeverity": { "title": "Unknown severity", "description": "Severity for unrated advisories here.", "$ref": "#/$defs/severity" }, "cooldown": { "title": "Cooldown", "description": "Cooldown here.", "$ref": "#/$defs/duration" }, "kev": { "$ref": "#/$defs/kev" }, "epss": { "$ref": "#/$defs/epss" }, "runtime": { "$ref": "#/$defs/runtime" } } };
    function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate33.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.required, parentSchema: schema60, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema60.properties, key0)) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (!pattern16.test(data0)) {
              const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema60.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.name.type, parentSchema: schema60.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data1 = data.description;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.description.type, parentSchema: schema60.properties.description, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.paths !== void 0) {
          let data2 = data.paths;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err5 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.paths, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err6 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.paths.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.paths.items.type, parentSchema: schema60.properties.paths.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.paths.type, parentSchema: schema60.properties.paths, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.layers !== void 0) {
          let data4 = data.layers;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err9 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.layers, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (!(data5 === "os" || data5 === "runtime" || data5 === "library")) {
                const err10 = { instancePath: instancePath + "/layers/" + i1, schemaPath: "#/properties/layers/items/enum", keyword: "enum", params: { allowedValues: schema60.properties.layers.items.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.layers.items.enum, parentSchema: schema60.properties.layers.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.layers.type, parentSchema: schema60.properties.layers, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.ecosystems !== void 0) {
          let data6 = data.ecosystems;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err12 = { instancePath: instancePath + "/ecosystems", schemaPath: "#/properties/ecosystems/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.ecosystems, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err13 = { instancePath: instancePath + "/ecosystems/" + i2, schemaPath: "#/properties/ecosystems/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.ecosystems.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/ecosystems/" + i2, schemaPath: "#/properties/ecosystems/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.ecosystems.items.type, parentSchema: schema60.properties.ecosystems.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/ecosystems", schemaPath: "#/properties/ecosystems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.ecosystems.type, parentSchema: schema60.properties.ecosystems, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.dev !== void 0) {
          let data8 = data.dev;
          if (typeof data8 !== "boolean") {
            const err16 = { instancePath: instancePath + "/dev", schemaPath: "#/properties/dev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.dev.type, parentSchema: schema60.properties.dev, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.direct !== void 0) {
          let data9 = data.direct;
          if (typeof data9 !== "boolean") {
            const err17 = { instancePath: instancePath + "/direct", schemaPath: "#/properties/direct/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.direct.type, parentSchema: schema60.properties.direct, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.exposure !== void 0) {
          let data10 = data.exposure;
          if (!(data10 === "public" || data10 === "internal")) {
            const err18 = { instancePath: instancePath + "/exposure", schemaPath: "#/$defs/exposure/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.deadlines !== void 0) {
          if (!validate21(data.deadlines, { instancePath: instancePath + "/deadlines", parentData: data, parentDataProperty: "deadlines", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.dueSoon !== void 0) {
          let data12 = data.dueSoon;
          if (typeof data12 === "string") {
            if (!pattern10.test(data12)) {
              const err19 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/pattern", keyword: "pattern", params: { pattern: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$" }, message: 'must match pattern "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$"', schema: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", parentSchema: schema38, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.unknownSeverity !== void 0) {
          let data13 = data.unknownSeverity;
          if (!(data13 === "critical" || data13 === "high" || data13 === "medium" || data13 === "low")) {
            const err21 = { instancePath: instancePath + "/unknownSeverity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.cooldown !== void 0) {
          let data14 = data.cooldown;
          if (typeof data14 === "string") {
            if (!pattern11.test(data14)) {
              const err22 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data14 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data.kev !== void 0) {
          let data15 = data.kev;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key1 in data15) {
              if (!(key1 === "severity" || key1 === "deadline")) {
                const err24 = { instancePath: instancePath + "/kev", schemaPath: "#/$defs/kev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data15.severity !== void 0) {
              let data16 = data15.severity;
              if (!(data16 === "critical" || data16 === "high" || data16 === "medium" || data16 === "low" || data16 === "none")) {
                const err25 = { instancePath: instancePath + "/kev/severity", schemaPath: "#/$defs/kev/properties/severity/enum", keyword: "enum", params: { allowedValues: schema47.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.severity.enum, parentSchema: schema47.properties.severity, data: data16 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data15.deadline !== void 0) {
              let data17 = data15.deadline;
              if (typeof data17 === "string") {
                if (!pattern14.test(data17)) {
                  const err26 = { instancePath: instancePath + "/kev/deadline", schemaPath: "#/$defs/kev/properties/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema47.properties.deadline, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/kev/deadline", schemaPath: "#/$defs/kev/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.deadline.type, parentSchema: schema47.properties.deadline, data: data17 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/kev", schemaPath: "#/$defs/kev/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.epss !== void 0) {
          if (!validate23(data.epss, { instancePath: instancePath + "/epss", parentData: data, parentDataProperty: "epss", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.runtime !== void 0) {
          if (!validate27(data.runtime, { instancePath: instancePath + "/runtime", parentData: data, parentDataProperty: "runtime", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      validate33.errors = vErrors;
      return errors === 0;
    }
    validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.kind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.metadata === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          if (typeof data0 !== "string") {
            const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.apiVersion !== void 0) {
          let data1 = data.apiVersion;
          if ("patchwarden/v1" !== data1) {
            const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "patchwarden/v1" }, message: "must be equal to constant", schema: "patchwarden/v1", parentSchema: schema31.properties.apiVersion, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          let data2 = data.kind;
          if ("PatchPolicy" !== data2) {
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "PatchPolicy" }, message: "must be equal to constant", schema: "PatchPolicy", parentSchema: schema31.properties.kind, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.metadata !== void 0) {
          let data3 = data.metadata;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.version === void 0) {
              const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema32.required, parentSchema: schema32, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "name" || key1 === "version" || key1 === "title" || key1 === "description" || key1 === "owner" || key1 === "sources" || key1 === "supersededBy")) {
                const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              let data4 = data3.name;
              if (typeof data4 === "string") {
                if (!pattern4.test(data4)) {
                  const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema32.properties.name, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.version !== void 0) {
              let data5 = data3.version;
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err12 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/$defs/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"', schema: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", parentSchema: schema32.properties.version, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/$defs/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.version.type, parentSchema: schema32.properties.version, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.title !== void 0) {
              let data6 = data3.title;
              if (typeof data6 !== "string") {
                const err14 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/$defs/metadata/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data7 = data3.description;
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/$defs/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data3.owner !== void 0) {
              let data8 = data3.owner;
              if (typeof data8 !== "string") {
                const err16 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/$defs/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.owner.type, parentSchema: schema32.properties.owner, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.sources !== void 0) {
              let data9 = data3.sources;
              if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data10 = data9[i0];
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.url === void 0) {
                      const err17 = { instancePath: instancePath + "/metadata/sources/" + i0, schemaPath: "#/$defs/metadata/properties/sources/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema32.properties.sources.items.required, parentSchema: schema32.properties.sources.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    for (const key2 in data10) {
                      if (!(key2 === "title" || key2 === "url")) {
                        const err18 = { instancePath: instancePath + "/metadata/sources/" + i0, schemaPath: "#/$defs/metadata/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.sources.items, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                    if (data10.title !== void 0) {
                      let data11 = data10.title;
                      if (typeof data11 !== "string") {
                        const err19 = { instancePath: instancePath + "/metadata/sources/" + i0 + "/title", schemaPath: "#/$defs/metadata/properties/sources/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.sources.items.properties.title.type, parentSchema: schema32.properties.sources.items.properties.title, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data10.url !== void 0) {
                      let data12 = data10.url;
                      if (typeof data12 === "string") {
                        if (!formats0(data12)) {
                          const err20 = { instancePath: instancePath + "/metadata/sources/" + i0 + "/url", schemaPath: "#/$defs/metadata/properties/sources/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema32.properties.sources.items.properties.url, data: data12 };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                      } else {
                        const err21 = { instancePath: instancePath + "/metadata/sources/" + i0 + "/url", schemaPath: "#/$defs/metadata/properties/sources/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.sources.items.properties.url.type, parentSchema: schema32.properties.sources.items.properties.url, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/metadata/sources/" + i0, schemaPath: "#/$defs/metadata/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.sources.items.type, parentSchema: schema32.properties.sources.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/metadata/sources", schemaPath: "#/$defs/metadata/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.sources.type, parentSchema: schema32.properties.sources, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data3.supersededBy !== void 0) {
              let data13 = data3.supersededBy;
              if (typeof data13 !== "string") {
                const err24 = { instancePath: instancePath + "/metadata/supersededBy", schemaPath: "#/$defs/metadata/properties/supersededBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.supersededBy.type, parentSchema: schema32.properties.supersededBy, data: data13 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.extends !== void 0) {
          let data14 = data.extends;
          if (typeof data14 !== "string" && !Array.isArray(data14)) {
            const err26 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema31.properties.extends.type }, message: "must be string,array", schema: schema31.properties.extends.type, parentSchema: schema31.properties.extends, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err27 = { instancePath: instancePath + "/extends/" + i1, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.extends.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/extends/" + i1, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.extends.items.type, parentSchema: schema31.properties.extends.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          }
        }
        if (data.deadlines !== void 0) {
          if (!validate21(data.deadlines, { instancePath: instancePath + "/deadlines", parentData: data, parentDataProperty: "deadlines", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.dueSoon !== void 0) {
          let data17 = data.dueSoon;
          if (typeof data17 === "string") {
            if (!pattern10.test(data17)) {
              const err29 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/pattern", keyword: "pattern", params: { pattern: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$" }, message: 'must match pattern "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$"', schema: "^((0|[1-9][0-9]{0,4})(d|w|h|mo)|(100|[1-9]?[0-9])(\\.[0-9]{1,4})?%)$", parentSchema: schema38, data: data17 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/dueSoon", schemaPath: "#/$defs/dueSoon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data17 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.gate !== void 0) {
          let data18 = data.gate;
          if (!(data18 === "critical" || data18 === "high" || data18 === "medium" || data18 === "low" || data18 === "none")) {
            const err31 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gate.enum, parentSchema: schema31.properties.gate, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.unknownSeverity !== void 0) {
          let data19 = data.unknownSeverity;
          if (!(data19 === "critical" || data19 === "high" || data19 === "medium" || data19 === "low")) {
            const err32 = { instancePath: instancePath + "/unknownSeverity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.unknownClock !== void 0) {
          let data20 = data.unknownClock;
          if (!(data20 === "modified" || data20 === "none")) {
            const err33 = { instancePath: instancePath + "/unknownClock", schemaPath: "#/properties/unknownClock/enum", keyword: "enum", params: { allowedValues: schema31.properties.unknownClock.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.unknownClock.enum, parentSchema: schema31.properties.unknownClock, data: data20 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.coverage !== void 0) {
          let data21 = data.coverage;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key3 in data21) {
              if (!(key3 === "missingData" || key3 === "maxDataAge")) {
                const err34 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.coverage, data: data21 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data21.missingData !== void 0) {
              let data22 = data21.missingData;
              if (!(data22 === "fail" || data22 === "warn" || data22 === "ignore")) {
                const err35 = { instancePath: instancePath + "/coverage/missingData", schemaPath: "#/properties/coverage/properties/missingData/enum", keyword: "enum", params: { allowedValues: schema31.properties.coverage.properties.missingData.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.coverage.properties.missingData.enum, parentSchema: schema31.properties.coverage.properties.missingData, data: data22 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.maxDataAge !== void 0) {
              let data23 = data21.maxDataAge;
              if (typeof data23 === "string") {
                if (!pattern11.test(data23)) {
                  const err36 = { instancePath: instancePath + "/coverage/maxDataAge", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/coverage/maxDataAge", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data23 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.coverage.type, parentSchema: schema31.properties.coverage, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data.kinds !== void 0) {
          let data24 = data.kinds;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key4 in data24) {
              if (!(key4 === "malicious" || key4 === "unsound" || key4 === "unmaintained")) {
                const err39 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kinds, data: data24 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data24.malicious !== void 0) {
              let data25 = data24.malicious;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key5 in data25) {
                  if (!(key5 === "severity" || key5 === "deadline" || key5 === "failsGate")) {
                    const err40 = { instancePath: instancePath + "/kinds/malicious", schemaPath: "#/properties/kinds/properties/malicious/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kinds.properties.malicious, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data25.severity !== void 0) {
                  let data26 = data25.severity;
                  if (!(data26 === "critical" || data26 === "high" || data26 === "medium" || data26 === "low")) {
                    const err41 = { instancePath: instancePath + "/kinds/malicious/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data25.deadline !== void 0) {
                  let data27 = data25.deadline;
                  if (typeof data27 === "string") {
                    if (!pattern11.test(data27)) {
                      const err42 = { instancePath: instancePath + "/kinds/malicious/deadline", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/kinds/malicious/deadline", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data25.failsGate !== void 0) {
                  let data28 = data25.failsGate;
                  if (typeof data28 !== "boolean") {
                    const err44 = { instancePath: instancePath + "/kinds/malicious/failsGate", schemaPath: "#/properties/kinds/properties/malicious/properties/failsGate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.kinds.properties.malicious.properties.failsGate.type, parentSchema: schema31.properties.kinds.properties.malicious.properties.failsGate, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/kinds/malicious", schemaPath: "#/properties/kinds/properties/malicious/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kinds.properties.malicious.type, parentSchema: schema31.properties.kinds.properties.malicious, data: data25 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data24.unsound !== void 0) {
              let data29 = data24.unsound;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key6 in data29) {
                  if (!(key6 === "severity")) {
                    const err46 = { instancePath: instancePath + "/kinds/unsound", schemaPath: "#/properties/kinds/properties/unsound/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kinds.properties.unsound, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data29.severity !== void 0) {
                  let data30 = data29.severity;
                  if (!(data30 === "critical" || data30 === "high" || data30 === "medium" || data30 === "low")) {
                    const err47 = { instancePath: instancePath + "/kinds/unsound/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/kinds/unsound", schemaPath: "#/properties/kinds/properties/unsound/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kinds.properties.unsound.type, parentSchema: schema31.properties.kinds.properties.unsound, data: data29 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data24.unmaintained !== void 0) {
              let data31 = data24.unmaintained;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key7 in data31) {
                  if (!(key7 === "severity")) {
                    const err49 = { instancePath: instancePath + "/kinds/unmaintained", schemaPath: "#/properties/kinds/properties/unmaintained/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kinds.properties.unmaintained, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data31.severity !== void 0) {
                  let data32 = data31.severity;
                  if (!(data32 === "critical" || data32 === "high" || data32 === "medium" || data32 === "low")) {
                    const err50 = { instancePath: instancePath + "/kinds/unmaintained/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/kinds/unmaintained", schemaPath: "#/properties/kinds/properties/unmaintained/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kinds.properties.unmaintained.type, parentSchema: schema31.properties.kinds.properties.unmaintained, data: data31 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kinds.type, parentSchema: schema31.properties.kinds, data: data24 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data.exposure !== void 0) {
          let data33 = data.exposure;
          if (!(data33 === "public" || data33 === "internal")) {
            const err53 = { instancePath: instancePath + "/exposure", schemaPath: "#/$defs/exposure/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data33 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data.cooldown !== void 0) {
          let data34 = data.cooldown;
          if (typeof data34 === "string") {
            if (!pattern11.test(data34)) {
              const err54 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data34 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data34 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data.kev !== void 0) {
          let data35 = data.kev;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (const key8 in data35) {
              if (!(key8 === "severity" || key8 === "deadline")) {
                const err56 = { instancePath: instancePath + "/kev", schemaPath: "#/$defs/kev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data35 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data35.severity !== void 0) {
              let data36 = data35.severity;
              if (!(data36 === "critical" || data36 === "high" || data36 === "medium" || data36 === "low" || data36 === "none")) {
                const err57 = { instancePath: instancePath + "/kev/severity", schemaPath: "#/$defs/kev/properties/severity/enum", keyword: "enum", params: { allowedValues: schema47.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.severity.enum, parentSchema: schema47.properties.severity, data: data36 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data35.deadline !== void 0) {
              let data37 = data35.deadline;
              if (typeof data37 === "string") {
                if (!pattern14.test(data37)) {
                  const err58 = { instancePath: instancePath + "/kev/deadline", schemaPath: "#/$defs/kev/properties/deadline/pattern", keyword: "pattern", params: { pattern: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$" }, message: 'must match pattern "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$"', schema: "^(none|kev-due-date|(0|[1-9][0-9]{0,4})(d|w|h|mo))$", parentSchema: schema47.properties.deadline, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/kev/deadline", schemaPath: "#/$defs/kev/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.deadline.type, parentSchema: schema47.properties.deadline, data: data37 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/kev", schemaPath: "#/$defs/kev/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data35 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data.epss !== void 0) {
          if (!validate23(data.epss, { instancePath: instancePath + "/epss", parentData: data, parentDataProperty: "epss", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.ssvc !== void 0) {
          let data39 = data.ssvc;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key9 in data39) {
              if (!(key9 === "deriveFromCvss" || key9 === "automatable" || key9 === "technicalImpact")) {
                const err61 = { instancePath: instancePath + "/ssvc", schemaPath: "#/$defs/ssvc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data39 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data39.deriveFromCvss !== void 0) {
              let data40 = data39.deriveFromCvss;
              if (typeof data40 !== "boolean") {
                const err62 = { instancePath: instancePath + "/ssvc/deriveFromCvss", schemaPath: "#/$defs/ssvc/properties/deriveFromCvss/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.deriveFromCvss.type, parentSchema: schema50.properties.deriveFromCvss, data: data40 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data39.automatable !== void 0) {
              let data41 = data39.automatable;
              if (typeof data41 !== "boolean") {
                const err63 = { instancePath: instancePath + "/ssvc/automatable", schemaPath: "#/$defs/ssvc/properties/automatable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.automatable.type, parentSchema: schema50.properties.automatable, data: data41 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data39.technicalImpact !== void 0) {
              let data42 = data39.technicalImpact;
              if (!(data42 === "partial" || data42 === "total")) {
                const err64 = { instancePath: instancePath + "/ssvc/technicalImpact", schemaPath: "#/$defs/ssvc/properties/technicalImpact/enum", keyword: "enum", params: { allowedValues: schema50.properties.technicalImpact.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.technicalImpact.enum, parentSchema: schema50.properties.technicalImpact, data: data42 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/ssvc", schemaPath: "#/$defs/ssvc/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data39 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data43 = data.rules;
          if (Array.isArray(data43)) {
            const len2 = data43.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate25(data43[i2], { instancePath: instancePath + "/rules/" + i2, parentData: data43, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.rules.type, parentSchema: schema31.properties.rules, data: data43 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data.runtime !== void 0) {
          if (!validate27(data.runtime, { instancePath: instancePath + "/runtime", parentData: data, parentDataProperty: "runtime", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data.images !== void 0) {
          let data46 = data.images;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key10 in data46) {
              if (!pattern20.test(key10)) {
                const err67 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.images, data: data46 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            for (const key11 in data46) {
              if (pattern20.test(key11)) {
                let data47 = data46[key11];
                if (typeof data47 === "string") {
                  if (!pattern22.test(data47)) {
                    const err68 = { instancePath: instancePath + "/images/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/images/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9._-%5D*(%3A%5B0-9%5D%2B)%3F(~1%5Ba-z0-9%5D%2B(%5B._-%5D%2B%5Ba-z0-9%5D%2B)*)%2B%24/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.+_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.+_-]*$"', schema: "^[a-z0-9][a-z0-9.+_-]*$", parentSchema: schema31.properties.images.patternProperties["^[a-z0-9][a-z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)+$"], data: data47 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                } else {
                  const err69 = { instancePath: instancePath + "/images/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/images/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9._-%5D*(%3A%5B0-9%5D%2B)%3F(~1%5Ba-z0-9%5D%2B(%5B._-%5D%2B%5Ba-z0-9%5D%2B)*)%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.images.patternProperties["^[a-z0-9][a-z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)+$"].type, parentSchema: schema31.properties.images.patternProperties["^[a-z0-9][a-z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)+$"], data: data47 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.images.type, parentSchema: schema31.properties.images, data: data46 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data.helm !== void 0) {
          let data48 = data.helm;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key12 in data48) {
              if (!(key12 === "values")) {
                const err71 = { instancePath: instancePath + "/helm", schemaPath: "#/properties/helm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.helm, data: data48 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data48.values !== void 0) {
              let data49 = data48.values;
              if (Array.isArray(data49)) {
                const len3 = data49.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data50 = data49[i3];
                  if (typeof data50 === "string") {
                    if (!pattern23.test(data50)) {
                      const err72 = { instancePath: instancePath + "/helm/values/" + i3, schemaPath: "#/properties/helm/properties/values/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+\\.ya?ml$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+\\.ya?ml$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+\\.ya?ml$", parentSchema: schema31.properties.helm.properties.values.items, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/helm/values/" + i3, schemaPath: "#/properties/helm/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.helm.properties.values.items.type, parentSchema: schema31.properties.helm.properties.values.items, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/helm/values", schemaPath: "#/properties/helm/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.helm.properties.values.type, parentSchema: schema31.properties.helm.properties.values, data: data49 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/helm", schemaPath: "#/properties/helm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.helm.type, parentSchema: schema31.properties.helm, data: data48 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data.scopes !== void 0) {
          let data51 = data.scopes;
          if (Array.isArray(data51)) {
            const len4 = data51.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate33(data51[i4], { instancePath: instancePath + "/scopes/" + i4, parentData: data51, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.scopes.type, parentSchema: schema31.properties.scopes, data: data51 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data.exceptions !== void 0) {
          let data53 = data.exceptions;
          if (Array.isArray(data53)) {
            const len5 = data53.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data54 = data53[i5];
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.reason === void 0) {
                  const err77 = { instancePath: instancePath + "/exceptions/" + i5, schemaPath: "#/$defs/exception/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema66.required, parentSchema: schema66, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data54.approvedBy === void 0) {
                  const err78 = { instancePath: instancePath + "/exceptions/" + i5, schemaPath: "#/$defs/exception/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'", schema: schema66.required, parentSchema: schema66, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data54.expires === void 0) {
                  const err79 = { instancePath: instancePath + "/exceptions/" + i5, schemaPath: "#/$defs/exception/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema66.required, parentSchema: schema66, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key13 in data54) {
                  if (!(key13 === "advisory" || key13 === "package" || key13 === "paths" || key13 === "reason" || key13 === "approvedBy" || key13 === "created" || key13 === "expires" || key13 === "ticket")) {
                    const err80 = { instancePath: instancePath + "/exceptions/" + i5, schemaPath: "#/$defs/exception/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data54.advisory !== void 0) {
                  let data55 = data54.advisory;
                  if (typeof data55 === "string") {
                    if (func2(data55) < 1) {
                      const err81 = { instancePath: instancePath + "/exceptions/" + i5 + "/advisory", schemaPath: "#/$defs/exception/properties/advisory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.advisory, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/exceptions/" + i5 + "/advisory", schemaPath: "#/$defs/exception/properties/advisory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.advisory.type, parentSchema: schema66.properties.advisory, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data54.package !== void 0) {
                  let data56 = data54.package;
                  if (typeof data56 === "string") {
                    if (func2(data56) < 1) {
                      const err83 = { instancePath: instancePath + "/exceptions/" + i5 + "/package", schemaPath: "#/$defs/exception/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.package, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/exceptions/" + i5 + "/package", schemaPath: "#/$defs/exception/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.package.type, parentSchema: schema66.properties.package, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data54.paths !== void 0) {
                  let data57 = data54.paths;
                  if (Array.isArray(data57)) {
                    if (data57.length < 1) {
                      const err85 = { instancePath: instancePath + "/exceptions/" + i5 + "/paths", schemaPath: "#/$defs/exception/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.paths, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    const len6 = data57.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data58 = data57[i6];
                      if (typeof data58 === "string") {
                        if (func2(data58) < 1) {
                          const err86 = { instancePath: instancePath + "/exceptions/" + i5 + "/paths/" + i6, schemaPath: "#/$defs/exception/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.paths.items, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                      } else {
                        const err87 = { instancePath: instancePath + "/exceptions/" + i5 + "/paths/" + i6, schemaPath: "#/$defs/exception/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.paths.items.type, parentSchema: schema66.properties.paths.items, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/exceptions/" + i5 + "/paths", schemaPath: "#/$defs/exception/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.paths.type, parentSchema: schema66.properties.paths, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data54.reason !== void 0) {
                  let data59 = data54.reason;
                  if (typeof data59 === "string") {
                    if (func2(data59) < 1) {
                      const err89 = { instancePath: instancePath + "/exceptions/" + i5 + "/reason", schemaPath: "#/$defs/exception/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.reason, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/exceptions/" + i5 + "/reason", schemaPath: "#/$defs/exception/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.reason.type, parentSchema: schema66.properties.reason, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data54.approvedBy !== void 0) {
                  let data60 = data54.approvedBy;
                  if (typeof data60 === "string") {
                    if (func2(data60) < 1) {
                      const err91 = { instancePath: instancePath + "/exceptions/" + i5 + "/approvedBy", schemaPath: "#/$defs/exception/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.approvedBy, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/exceptions/" + i5 + "/approvedBy", schemaPath: "#/$defs/exception/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.approvedBy.type, parentSchema: schema66.properties.approvedBy, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data54.created !== void 0) {
                  let data61 = data54.created;
                  if (typeof data61 === "string") {
                    if (!formats2.validate(data61)) {
                      const err93 = { instancePath: instancePath + "/exceptions/" + i5 + "/created", schemaPath: "#/$defs/exception/properties/created/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema66.properties.created, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/exceptions/" + i5 + "/created", schemaPath: "#/$defs/exception/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.created.type, parentSchema: schema66.properties.created, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data54.expires !== void 0) {
                  let data62 = data54.expires;
                  if (typeof data62 === "string") {
                    if (!formats2.validate(data62)) {
                      const err95 = { instancePath: instancePath + "/exceptions/" + i5 + "/expires", schemaPath: "#/$defs/exception/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema66.properties.expires, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/exceptions/" + i5 + "/expires", schemaPath: "#/$defs/exception/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.expires.type, parentSchema: schema66.properties.expires, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data54.ticket !== void 0) {
                  let data63 = data54.ticket;
                  if (typeof data63 === "string") {
                    if (!formats0(data63)) {
                      const err97 = { instancePath: instancePath + "/exceptions/" + i5 + "/ticket", schemaPath: "#/$defs/exception/properties/ticket/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema66.properties.ticket, data: data63 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/exceptions/" + i5 + "/ticket", schemaPath: "#/$defs/exception/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.ticket.type, parentSchema: schema66.properties.ticket, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/exceptions/" + i5, schemaPath: "#/$defs/exception/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data: data54 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exceptions.type, parentSchema: schema31.properties.exceptions, data: data53 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data.exceptionLimits !== void 0) {
          let data64 = data.exceptionLimits;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key14 in data64) {
              if (!(key14 === "critical" || key14 === "high" || key14 === "medium" || key14 === "low")) {
                const err101 = { instancePath: instancePath + "/exceptionLimits", schemaPath: "#/properties/exceptionLimits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.exceptionLimits, data: data64 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data64.critical !== void 0) {
              let data65 = data64.critical;
              if (typeof data65 === "string") {
                if (!pattern11.test(data65)) {
                  const err102 = { instancePath: instancePath + "/exceptionLimits/critical", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/exceptionLimits/critical", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data65 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data64.high !== void 0) {
              let data66 = data64.high;
              if (typeof data66 === "string") {
                if (!pattern11.test(data66)) {
                  const err104 = { instancePath: instancePath + "/exceptionLimits/high", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/exceptionLimits/high", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data66 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data64.medium !== void 0) {
              let data67 = data64.medium;
              if (typeof data67 === "string") {
                if (!pattern11.test(data67)) {
                  const err106 = { instancePath: instancePath + "/exceptionLimits/medium", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/exceptionLimits/medium", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data67 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data64.low !== void 0) {
              let data68 = data64.low;
              if (typeof data68 === "string") {
                if (!pattern11.test(data68)) {
                  const err108 = { instancePath: instancePath + "/exceptionLimits/low", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$"', schema: "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$", parentSchema: schema40, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/exceptionLimits/low", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data68 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/exceptionLimits", schemaPath: "#/properties/exceptionLimits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.exceptionLimits.type, parentSchema: schema31.properties.exceptionLimits, data: data64 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data.owners !== void 0) {
          let data69 = data.owners;
          if (Array.isArray(data69)) {
            const len7 = data69.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data70 = data69[i7];
              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                if (data70.team === void 0) {
                  const err111 = { instancePath: instancePath + "/owners/" + i7, schemaPath: "#/$defs/owner/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'", schema: schema71.required, parentSchema: schema71, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                for (const key15 in data70) {
                  if (!(key15 === "team" || key15 === "paths" || key15 === "layers" || key15 === "ecosystems" || key15 === "alerts")) {
                    const err112 = { instancePath: instancePath + "/owners/" + i7, schemaPath: "#/$defs/owner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data70.team !== void 0) {
                  let data71 = data70.team;
                  if (typeof data71 === "string") {
                    if (!pattern32.test(data71)) {
                      const err113 = { instancePath: instancePath + "/owners/" + i7 + "/team", schemaPath: "#/$defs/owner/properties/team/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", parentSchema: schema71.properties.team, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/owners/" + i7 + "/team", schemaPath: "#/$defs/owner/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.team.type, parentSchema: schema71.properties.team, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data70.paths !== void 0) {
                  let data72 = data70.paths;
                  if (Array.isArray(data72)) {
                    if (data72.length < 1) {
                      const err115 = { instancePath: instancePath + "/owners/" + i7 + "/paths", schemaPath: "#/$defs/owner/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema71.properties.paths, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    const len8 = data72.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data73 = data72[i8];
                      if (typeof data73 === "string") {
                        if (func2(data73) < 1) {
                          const err116 = { instancePath: instancePath + "/owners/" + i7 + "/paths/" + i8, schemaPath: "#/$defs/owner/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema71.properties.paths.items, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/owners/" + i7 + "/paths/" + i8, schemaPath: "#/$defs/owner/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.paths.items.type, parentSchema: schema71.properties.paths.items, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/owners/" + i7 + "/paths", schemaPath: "#/$defs/owner/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.properties.paths.type, parentSchema: schema71.properties.paths, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data70.layers !== void 0) {
                  let data74 = data70.layers;
                  if (Array.isArray(data74)) {
                    if (data74.length < 1) {
                      const err119 = { instancePath: instancePath + "/owners/" + i7 + "/layers", schemaPath: "#/$defs/owner/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema71.properties.layers, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    const len9 = data74.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data75 = data74[i9];
                      if (!(data75 === "os" || data75 === "runtime" || data75 === "library")) {
                        const err120 = { instancePath: instancePath + "/owners/" + i7 + "/layers/" + i9, schemaPath: "#/$defs/owner/properties/layers/items/enum", keyword: "enum", params: { allowedValues: schema71.properties.layers.items.enum }, message: "must be equal to one of the allowed values", schema: schema71.properties.layers.items.enum, parentSchema: schema71.properties.layers.items, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/owners/" + i7 + "/layers", schemaPath: "#/$defs/owner/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.properties.layers.type, parentSchema: schema71.properties.layers, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data70.ecosystems !== void 0) {
                  let data76 = data70.ecosystems;
                  if (Array.isArray(data76)) {
                    if (data76.length < 1) {
                      const err122 = { instancePath: instancePath + "/owners/" + i7 + "/ecosystems", schemaPath: "#/$defs/owner/properties/ecosystems/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema71.properties.ecosystems, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                    const len10 = data76.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data77 = data76[i10];
                      if (typeof data77 === "string") {
                        if (func2(data77) < 1) {
                          const err123 = { instancePath: instancePath + "/owners/" + i7 + "/ecosystems/" + i10, schemaPath: "#/$defs/owner/properties/ecosystems/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema71.properties.ecosystems.items, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/owners/" + i7 + "/ecosystems/" + i10, schemaPath: "#/$defs/owner/properties/ecosystems/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.ecosystems.items.type, parentSchema: schema71.properties.ecosystems.items, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err125 = { instancePath: instancePath + "/owners/" + i7 + "/ecosystems", schemaPath: "#/$defs/owner/properties/ecosystems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.properties.ecosystems.type, parentSchema: schema71.properties.ecosystems, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data70.alerts !== void 0) {
                  let data78 = data70.alerts;
                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    if (Object.keys(data78).length < 1) {
                      const err126 = { instancePath: instancePath + "/owners/" + i7 + "/alerts", schemaPath: "#/$defs/owner/properties/alerts/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema71.properties.alerts, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                    for (const key16 in data78) {
                      if (!(key16 === "slack" || key16 === "teams" || key16 === "webhook")) {
                        const err127 = { instancePath: instancePath + "/owners/" + i7 + "/alerts", schemaPath: "#/$defs/owner/properties/alerts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71.properties.alerts, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data78.slack !== void 0) {
                      let data79 = data78.slack;
                      if (typeof data79 === "string") {
                        if (!pattern33.test(data79)) {
                          const err128 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/slack", schemaPath: "#/$defs/owner/properties/alerts/properties/slack/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,127}$", parentSchema: schema71.properties.alerts.properties.slack, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                      } else {
                        const err129 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/slack", schemaPath: "#/$defs/owner/properties/alerts/properties/slack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.alerts.properties.slack.type, parentSchema: schema71.properties.alerts.properties.slack, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data78.teams !== void 0) {
                      let data80 = data78.teams;
                      if (typeof data80 === "string") {
                        if (!pattern33.test(data80)) {
                          const err130 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/teams", schemaPath: "#/$defs/owner/properties/alerts/properties/teams/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,127}$", parentSchema: schema71.properties.alerts.properties.teams, data: data80 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/teams", schemaPath: "#/$defs/owner/properties/alerts/properties/teams/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.alerts.properties.teams.type, parentSchema: schema71.properties.alerts.properties.teams, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data78.webhook !== void 0) {
                      let data81 = data78.webhook;
                      if (typeof data81 === "string") {
                        if (!pattern33.test(data81)) {
                          const err132 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/webhook", schemaPath: "#/$defs/owner/properties/alerts/properties/webhook/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,127}$", parentSchema: schema71.properties.alerts.properties.webhook, data: data81 };
                          if (vErrors === null) {
                            vErrors = [err132];
                          } else {
                            vErrors.push(err132);
                          }
                          errors++;
                        }
                      } else {
                        const err133 = { instancePath: instancePath + "/owners/" + i7 + "/alerts/webhook", schemaPath: "#/$defs/owner/properties/alerts/properties/webhook/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.alerts.properties.webhook.type, parentSchema: schema71.properties.alerts.properties.webhook, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err134 = { instancePath: instancePath + "/owners/" + i7 + "/alerts", schemaPath: "#/$defs/owner/properties/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.properties.alerts.type, parentSchema: schema71.properties.alerts, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
              } else {
                const err135 = { instancePath: instancePath + "/owners/" + i7, schemaPath: "#/$defs/owner/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data: data70 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
          } else {
            const err136 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.owners.type, parentSchema: schema31.properties.owners, data: data69 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
      } else {
        const err137 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/evaluate/policy/load.ts
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

// src/evaluate/policy/canonical.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function sha256Digest(value) {
  return "sha256:" + createHash("sha256").update(canonicalJson(value)).digest("hex");
}

// src/evaluate/policy/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function deref(doc, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
}
function locate(doc, lines, path, key = false) {
  let node = doc.contents;
  let found = node ?? void 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    node = deref(doc, node);
    let next;
    let keyNode;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      next = pair.value;
      keyNode = pair.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      next = node.items[seg];
    } else {
      break;
    }
    if (key && i === path.length - 1 && keyNode) {
      found = keyNode;
      break;
    }
    if (next === void 0 || next === null) {
      found = keyNode ?? found;
      break;
    }
    node = next;
    found = next;
  }
  const range = found?.range;
  if (!range) return void 0;
  const pos = lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}
function displayPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

// src/evaluate/policy/merge.ts
var DEFAULT_SETTINGS = {
  exposure: "public",
  deadlines: { critical: "7d", high: "30d", medium: "90d", low: "180d" },
  dueSoon: "25%",
  gate: "critical",
  unknownSeverity: "medium",
  unknownClock: "modified",
  coverage: { missingData: "warn", maxDataAge: "7d" },
  kinds: { malicious: { severity: "critical", deadline: "0d", failsGate: true }, unsound: { severity: "low" }, unmaintained: { severity: "medium" } },
  cooldown: "0d",
  kev: {},
  epss: {},
  ssvc: { deriveFromCvss: true, automatable: true, technicalImpact: "total" },
  rules: [],
  runtime: {
    patchLag: { severity: "medium", deadline: "30d" },
    endOfLife: { severity: "high", deadline: "0d", dueSoon: "90d" },
    unpinned: { severity: "low", deadline: "none" }
  },
  scopes: [],
  exceptions: [],
  exceptionLimits: {}
};
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function clone(v) {
  return structuredClone(v);
}
function forget(origins, prefix) {
  for (const k of Object.keys(origins)) {
    if (k === prefix || k.startsWith(prefix + ".") || k.startsWith(prefix + "[")) delete origins[k];
  }
}
function note(origins, value, shown, local, describe) {
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) note(origins, v, [...shown, k], [...local, k], describe);
  } else if (Array.isArray(value) && value.some((x) => isObj(x))) {
    value.forEach((v, i) => note(origins, v, [...shown, i], [...local, i], describe));
  } else {
    origins[displayPath(shown)] = describe(local).text;
  }
}
function mergeObj(target, src, shown, local, state, describe) {
  for (const [key, value] of Object.entries(src)) {
    if (value === void 0 || key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const s = [...shown, key];
    const l = [...local, key];
    if (shown.length === 0 && key === "scopes" && Array.isArray(value)) {
      mergeScopes(target, value, l, state, describe);
    } else if (shown.length === 0 && key === "exceptions" && Array.isArray(value)) {
      const list = Array.isArray(target.exceptions) ? target.exceptions : [];
      value.forEach((ex, i) => {
        note(state.origins, ex, ["exceptions", list.length], [...l, i], describe);
        state.exceptionSources.push(describe([...l, i]).location);
        list.push(clone(ex));
      });
      target.exceptions = list;
    } else if (isObj(value) && isObj(target[key])) {
      mergeObj(target[key], value, s, l, state, describe);
    } else {
      forget(state.origins, displayPath(s));
      target[key] = clone(value);
      note(state.origins, value, s, l, describe);
    }
  }
}
function mergeScopes(target, scopes, local, state, describe) {
  const list = Array.isArray(target.scopes) ? target.scopes : [];
  scopes.forEach((scope, i) => {
    const name = String(scope.name);
    const shownBase = [`scopes[${name}]`];
    const existing = list.find((s) => s.name === name);
    if (existing) {
      mergeObj(existing, scope, shownBase, [...local, i], state, describe);
    } else {
      list.push(clone(scope));
      note(state.origins, scope, shownBase, [...local, i], describe);
    }
  });
  target.scopes = list;
}
function newMergeState() {
  const state = { settings: {}, origins: {}, exceptionSources: [] };
  mergeObj(state.settings, DEFAULT_SETTINGS, [], [], state, () => ({ text: "default" }));
  return state;
}
function mergeLayer(state, settings, describe) {
  mergeObj(state.settings, settings, [], [], state, describe);
}

// src/evaluate/policy/schema.ts
import { basename } from "node:path";
var import_validate_v1 = __toESM(require_validate_v1(), 1);
var POLICY_ORIGIN = "policy";
var VALIDATORS = {
  "patch-policy.v1.json": import_validate_v1.default
};
function validatorFor(schemaFile) {
  const v = VALIDATORS[basename(schemaFile)];
  if (!v) throw new Error(`no compiled validator for ${schemaFile}: run npm run gen:validator`);
  return v;
}
function policyProblem(src, path, message, opts = {}) {
  const where = displayPath(path);
  const p = {
    level: opts.level ?? "error",
    origin: POLICY_ORIGIN,
    message: where === "" ? message : `${where}: ${message}`
  };
  const file = opts.file ?? src?.file;
  if (file !== void 0) p.file = file;
  if (src) {
    const pos = locate(src.doc, src.lines, path, opts.key);
    if (pos) {
      p.line = pos.line;
      p.column = pos.column;
    }
  }
  return p;
}
function show(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return `'${value.length > 60 ? value.slice(0, 57) + "..." : value}'`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
var TYPE_WORDS = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "nothing"
};
function typeWords(t) {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(" or ");
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
var FORMAT_WORDS = { date: "a date like 2026-12-31", uri: "a URL like https://example.com/" };
function messageFor(e) {
  const path = pointerToPath(e.instancePath);
  const schema = e.parentSchema ?? {};
  const params = e.params;
  switch (e.keyword) {
    case "type":
      return { path, message: `expected ${params.type !== "object" && schema.patternErrorMessage || typeWords(params.type)}, got ${show(e.data)}` };
    case "pattern":
      return { path, message: `expected ${schema.patternErrorMessage ?? `text matching ${String(params.pattern)}`}, got ${show(e.data)}` };
    case "format":
      return { path, message: `expected ${FORMAT_WORDS[String(params.format)] ?? String(params.format)}, got ${show(e.data)}` };
    case "enum":
      return { path, message: `expected one of ${params.allowedValues.join(", ")}, got ${show(e.data)}` };
    case "const":
      return { path, message: `expected ${String(params.allowedValue)}, got ${show(e.data)}` };
    case "required":
      return { path, message: `missing required field '${String(params.missingProperty)}'` };
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {}).filter((k) => k !== "$schema");
      const near = known.map((k) => ({ k, d: distance(extra, k) })).filter((x) => x.d <= Math.max(1, Math.floor(x.k.length / 3))).sort((a, b) => a.d - b.d)[0];
      const keys = known.length === 0 && typeof schema.patternErrorMessage === "string" ? `expected ${schema.patternErrorMessage}` : void 0;
      const hint = near ? `did you mean '${near.k}'?` : keys ?? `expected one of ${known.join(", ")}`;
      return { path: [...path, extra], message: `unknown field; ${hint}`, key: true };
    }
    case "minItems":
      return { path, message: `expected at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}, got none` };
    case "minLength":
      return { path, message: `expected non-empty text, got ${show(e.data)}` };
    case "minimum":
    case "maximum":
      return { path, message: `expected a number from ${schema.minimum ?? "-\u221E"} to ${schema.maximum ?? "\u221E"}, got ${show(e.data)}` };
    default:
      return { path, message: e.message ?? `fails ${e.keyword}` };
  }
}
function schemaProblems(errors, src) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") continue;
    const m = messageFor(e);
    const p = policyProblem(src, m.path, m.message, { key: m.key === true });
    const k = p.message;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// src/evaluate/policy/versions/v1.ts
var DURATION_KEYS = /* @__PURE__ */ new Set(["critical", "high", "medium", "low", "dueSoon", "cooldown", "deadline", "maxDataAge"]);
function semanticProblems(doc, src) {
  const out = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "metadata") continue;
        if (typeof v === "string" && DURATION_KEYS.has(k) && isPartialDayDuration(v)) {
          out.push(policyProblem(src, [...path, k], `expected whole days, got '${v}' (hours must be a multiple of 24)`));
        } else walk(v, [...path, k]);
      }
    }
  };
  walk(doc, []);
  const unique = (list, field) => {
    const first = /* @__PURE__ */ new Map();
    list?.forEach((item, i) => {
      const prev = first.get(item.name);
      if (prev !== void 0) out.push(policyProblem(src, [field, i, "name"], `'${item.name}' is already used by ${field}[${prev}]`));
      else first.set(item.name, i);
    });
  };
  unique(doc.scopes, "scopes");
  unique(doc.rules, "rules");
  doc.exceptions?.forEach((ex, i) => {
    if (ex.advisory === void 0 && ex.package === void 0) {
      out.push(policyProblem(src, ["exceptions", i], "needs an advisory, a package, or both"));
    }
    if (ex.package !== void 0 && !/^pkg:[a-z][a-z0-9.+-]*\/./i.test(ex.package) && !/^[^/\s]+\/\S/.test(ex.package)) {
      out.push(policyProblem(src, ["exceptions", i, "package"], `expected a package URL like pkg:npm/ws or ecosystem/name like npm/ws, got '${ex.package}'`));
    }
    if (ex.created !== void 0 && ex.created > ex.expires) {
      out.push(policyProblem(src, ["exceptions", i, "expires"], `expires before it was created (${ex.created})`));
    }
  });
  const epssChecks = (epss, path) => {
    if (epss && (epss.severity !== void 0 || epss.deadline !== void 0) && epss.threshold === void 0 && epss.percentile === void 0) {
      out.push(policyProblem(src, path, "sets an escalation but neither threshold nor percentile"));
    }
  };
  epssChecks(doc.epss, ["epss"]);
  doc.scopes?.forEach((s, i) => epssChecks(s.epss, ["scopes", i, "epss"]));
  const globs = (list, path) => {
    list?.forEach((g, j) => {
      const why = globProblem(g);
      if (why !== void 0) out.push(policyProblem(src, [...path, j], why));
    });
  };
  doc.scopes?.forEach((s, i) => globs(s.paths, ["scopes", i, "paths"]));
  doc.exceptions?.forEach((e, i) => globs(e.paths, ["exceptions", i, "paths"]));
  doc.owners?.forEach((o, i) => globs(o.paths, ["owners", i, "paths"]));
  return out;
}
var V1 = {
  apiVersion: "patchwarden/v1",
  schemaFile: () => schemaPath("patchwarden/v1"),
  read(value, src) {
    let validate;
    try {
      validate = validatorFor(this.schemaFile());
    } catch (err) {
      return { problems: [policyProblem(void 0, [], `cannot load the policy schema ${this.schemaFile()}: ${err.message}`, { file: src.file })] };
    }
    if (!validate(value)) return { problems: schemaProblems(validate.errors ?? [], src) };
    const doc = value;
    const problems = semanticProblems(doc, src);
    if (problems.length > 0) return { problems };
    const { $schema: _s, apiVersion, kind: _k, metadata, extends: ext, ...settings } = doc;
    const refs = ext === void 0 ? [] : typeof ext === "string" ? [{ ref: ext, path: ["extends"] }] : ext.map((ref, i) => ({ ref, path: ["extends", i] }));
    const layer = { apiVersion, metadata, extends: refs, settings };
    return { layer, problems: [] };
  }
};

// src/evaluate/policy/versions/index.ts
var READERS = /* @__PURE__ */ new Map([[V1.apiVersion, V1]]);

// src/evaluate/policy/load.ts
var MAX_POLICY_BYTES = LIMITS.policyMaxBytes;
var MAX_EXTENDS_DEPTH = LIMITS.policyMaxExtendsDepth;
function error(file, message, line, column) {
  const p = { level: "error", origin: POLICY_ORIGIN, message };
  if (file !== void 0) p.file = file;
  if (line !== void 0) p.line = line;
  if (column !== void 0) p.column = column;
  return p;
}
function displayFor(root, abs) {
  return isInside(root, abs) ? relative(root, abs).split(sep).join("/") : abs;
}
function builtinSource(ref) {
  const b = parseBuiltinRef(ref);
  if (!b) return void 0;
  return { id: ref, display: ref, path: builtinFile(b.name, b.major), builtin: true };
}
function readLayer(src, ctx) {
  let text;
  try {
    const st = statSync(src.path);
    if (!st.isFile()) {
      ctx.problems.push(error(src.display, "policy is not a file"));
      return {};
    }
    if (st.size > MAX_POLICY_BYTES) {
      ctx.problems.push(error(src.display, `policy file is ${st.size} bytes; the limit is ${MAX_POLICY_BYTES}`));
      return {};
    }
    text = readFileSync(src.path, "utf8");
  } catch {
    ctx.problems.push(error(src.display, src.builtin ? `unknown built-in policy ${src.id} (see patchwarden policy list)` : "policy file not found"));
    return {};
  }
  const parsed = parseYaml(text, POLICY_ORIGIN, src.display);
  if (parsed.problems.length > 0) {
    ctx.problems.push(...parsed.problems);
    return {};
  }
  if (parsed.docs.length !== 1) {
    const second = parsed.docs[1]?.contents?.range?.[0];
    ctx.problems.push(
      error(
        src.display,
        parsed.docs.length === 0 ? "policy file is empty" : `expected one YAML document, found ${parsed.docs.length}`,
        second === void 0 ? void 0 : parsed.lines.linePos(second).line
      )
    );
    return {};
  }
  const doc = parsed.docs[0];
  const map = { file: src.display, doc, lines: parsed.lines };
  const value = toJs(doc, POLICY_ORIGIN, src.display, ctx.problems, parsed.lines);
  if (value === void 0) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.problems.push(policyProblem(map, [], "expected a mapping with apiVersion, kind and metadata"));
    return {};
  }
  const apiVersion = value.apiVersion;
  if (apiVersion === void 0) {
    ctx.problems.push(policyProblem(map, [], "missing required field 'apiVersion'"));
    return {};
  }
  const reader = typeof apiVersion === "string" ? READERS.get(apiVersion) : void 0;
  if (!reader) {
    const known = [...READERS.keys()].join(", ");
    ctx.problems.push(policyProblem(map, ["apiVersion"], `unsupported version ${typeof apiVersion === "string" ? `'${apiVersion}'` : String(apiVersion)}; this patchwarden reads ${known}`));
    return {};
  }
  const result = reader.read(value, map);
  ctx.problems.push(...result.problems);
  return result.layer ? { layer: result.layer, map } : {};
}
function extendsSource(ref, path, from, map, ctx) {
  if (ref.startsWith("builtin:")) {
    const s = builtinSource(ref);
    if (!s) ctx.problems.push(policyProblem(map, path, `expected builtin:NAME@MAJOR like builtin:baseline@1, got '${ref}'`));
    else if (!existsSync(s.path)) {
      ctx.problems.push(policyProblem(map, path, `unknown built-in policy '${ref}' (see patchwarden policy list)`));
      return void 0;
    }
    return s;
  }
  if (from.builtin) {
    ctx.problems.push(policyProblem(map, path, `a built-in policy can only extend built-ins, got '${ref}'`));
    return void 0;
  }
  if (isAbsolute(ref) || /^[A-Za-z]:[\\/]/.test(ref) || ref.startsWith("\\")) {
    ctx.problems.push(policyProblem(map, path, `expected a path relative to the repository, got '${ref}'`));
    return void 0;
  }
  const abs = resolve(dirname(from.path), ref);
  if (!isInside(ctx.root, abs)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' is outside the repository`));
    return void 0;
  }
  if (!existsSync(abs)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' does not exist`));
    return void 0;
  }
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    ctx.problems.push(policyProblem(map, path, `'${ref}' cannot be read`));
    return void 0;
  }
  if (!isInside(ctx.rootReal, real)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' leads outside the repository through a symbolic link`));
    return void 0;
  }
  return { id: real, display: displayFor(ctx.root, abs), path: real, builtin: false };
}
function apply(src, stack, ctx) {
  const { layer, map } = readLayer(src, ctx);
  if (!layer || !map) return void 0;
  for (const ext of layer.extends) {
    const target = extendsSource(ext.ref, ext.path, src, map, ctx);
    if (!target) continue;
    const cycleAt = [...stack, src].findIndex((s) => s.id === target.id);
    if (cycleAt !== -1) {
      const names = [...stack, src].slice(cycleAt).map((s) => s.display);
      ctx.problems.push(policyProblem(map, ext.path, `extends cycle: ${[...names, target.display].join(" -> ")}`));
      continue;
    }
    if (stack.length + 1 >= MAX_EXTENDS_DEPTH) {
      ctx.problems.push(policyProblem(map, ext.path, `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files`));
      continue;
    }
    apply(target, [...stack, src], ctx);
  }
  const label = src.display;
  mergeLayer(ctx.state, layer.settings, (local) => {
    const pos = locate(map.doc, map.lines, local);
    const location = pos ? { file: label, line: pos.line } : void 0;
    return { text: pos ? `${label} line ${pos.line}` : label, location };
  });
  ctx.chain.push(src.display);
  if (layer.metadata.supersededBy !== void 0) {
    ctx.problems.push({
      level: "warning",
      origin: POLICY_ORIGIN,
      file: src.display,
      message: `${src.display} is superseded by ${layer.metadata.supersededBy}`
    });
  }
  return layer;
}
function approxDays(text) {
  const d = text === void 0 ? void 0 : parseDuration(text);
  return d ? d.days + d.months * 30 : void 0;
}
function warnings(settings, file) {
  const out = [];
  const cooldown = approxDays(settings.cooldown) ?? 0;
  const shortest = Math.min(...Object.values(settings.deadlines).map((d) => approxDays(d) ?? Infinity));
  if (cooldown > 0 && cooldown >= shortest) {
    out.push({
      level: "warning",
      origin: POLICY_ORIGIN,
      file,
      message: `cooldown ${settings.cooldown} is as long as the shortest deadline (${shortest}d): fixes will be overdue before they are recommended`
    });
  }
  return out;
}
function loadPolicy(opts) {
  const root = resolve(opts.root);
  let rootReal = root;
  try {
    rootReal = realpathSync(root);
  } catch {
  }
  const ctx = { root, rootReal, problems: [], state: newMergeState(), chain: [] };
  const spec = policySpec(opts.spec, root);
  let top;
  if (spec.startsWith("builtin:")) {
    top = builtinSource(spec);
    if (!top) ctx.problems.push(error(void 0, `expected builtin:NAME@MAJOR like builtin:baseline@1, got '${spec}'`));
  } else {
    const abs = resolve(spec);
    let id = abs;
    try {
      id = realpathSync(abs);
    } catch {
    }
    if (isInside(root, abs) && !isInside(rootReal, id)) {
      ctx.problems.push(error(displayFor(root, abs), "policy file leads outside the repository through a symbolic link; not read"));
    } else {
      top = { id, display: displayFor(root, abs), path: abs, builtin: false };
    }
  }
  const layer = top ? apply(top, [], ctx) : void 0;
  ctx.problems = ctx.problems.map(clipMessage);
  if (!layer || ctx.problems.some((p) => p.level === "error")) return { problems: ctx.problems };
  const settings = ctx.state.settings;
  ctx.problems.push(...warnings(settings, top.display));
  const metadata = layer.metadata;
  const digest = sha256Digest({ apiVersion: layer.apiVersion, metadata, settings });
  const policy = {
    identity: { apiVersion: layer.apiVersion, name: metadata.name, version: metadata.version, digest },
    gate: settings.gate,
    metadata,
    settings,
    chain: ["default", ...ctx.chain],
    origins: ctx.state.origins,
    exceptionSources: ctx.state.exceptionSources
  };
  return { policy, problems: ctx.problems };
}

export {
  loadPolicy
};
