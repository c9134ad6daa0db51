import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  scanString
} from "./chunk-KVOOFEH2.js";
import {
  osEcosystem,
  osManager,
  osvRelease
} from "./chunk-6KB27PZL.js";
import {
  normaliseName
} from "./chunk-JPMRHXET.js";
import {
  __commonJS,
  __toESM
} from "./chunk-X2NN6BVW.js";

// node_modules/packageurl-js/src/error.js
var require_error = __commonJS({
  "node_modules/packageurl-js/src/error.js"(exports, module) {
    "use strict";
    function formatPurlErrorMessage(message = "") {
      const { length } = message;
      let formatted = "";
      if (length) {
        const code0 = message.charCodeAt(0);
        formatted = code0 >= 65 || code0 <= 90 ? `${message[0].toLowerCase()}${message.slice(1)}` : message;
        if (length > 1 && message.charCodeAt(length - 1) === 46 && message.charCodeAt(length - 2) !== 46) {
          formatted = formatted.slice(0, -1);
        }
      }
      return `Invalid purl: ${formatted}`;
    }
    var PurlError = class extends Error {
      constructor(message) {
        super(formatPurlErrorMessage(message));
      }
    };
    module.exports = {
      formatPurlErrorMessage,
      PurlError
    };
  }
});

// node_modules/packageurl-js/src/decode.js
var require_decode = __commonJS({
  "node_modules/packageurl-js/src/decode.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error();
    var { decodeURIComponent: decodeURIComponent2 } = globalThis;
    function decodePurlComponent(comp, encodedURIComponent) {
      try {
        return decodeURIComponent2(encodedURIComponent);
      } catch {
      }
      throw new PurlError(`unable to decode "${comp}" component`);
    }
    module.exports = {
      decodePurlComponent
    };
  }
});

// node_modules/packageurl-js/src/constants.js
var require_constants = __commonJS({
  "node_modules/packageurl-js/src/constants.js"(exports, module) {
    "use strict";
    var LOOP_SENTINEL = 1e6;
    var REUSED_SEARCH_PARAMS = new URLSearchParams();
    var REUSED_SEARCH_PARAMS_KEY = "_";
    var REUSED_SEARCH_PARAMS_OFFSET = 2;
    module.exports = {
      LOOP_SENTINEL,
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    };
  }
});

// node_modules/packageurl-js/src/objects.js
var require_objects = __commonJS({
  "node_modules/packageurl-js/src/objects.js"(exports, module) {
    "use strict";
    var { LOOP_SENTINEL } = require_constants();
    function isObject(value) {
      return value !== null && typeof value === "object";
    }
    function recursiveFreeze(value_) {
      if (value_ === null || !(typeof value_ === "object" || typeof value_ === "function") || Object.isFrozen(value_)) {
        return value_;
      }
      const queue = [value_];
      let { length: queueLength } = queue;
      let pos = 0;
      while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
          throw new Error(
            "Detected infinite loop in object crawl of recursiveFreeze"
          );
        }
        const obj = queue[pos++];
        Object.freeze(obj);
        if (Array.isArray(obj)) {
          for (let i = 0, { length } = obj; i < length; i += 1) {
            const item = obj[i];
            if (item !== null && (typeof item === "object" || typeof item === "function") && !Object.isFrozen(item)) {
              queue[queueLength++] = item;
            }
          }
        } else {
          const keys = Reflect.ownKeys(obj);
          for (let i = 0, { length } = keys; i < length; i += 1) {
            const propValue = obj[keys[i]];
            if (propValue !== null && (typeof propValue === "object" || typeof propValue === "function") && !Object.isFrozen(propValue)) {
              queue[queueLength++] = propValue;
            }
          }
        }
      }
      return value_;
    }
    module.exports = {
      isObject,
      recursiveFreeze
    };
  }
});

// node_modules/packageurl-js/src/strings.js
var require_strings = __commonJS({
  "node_modules/packageurl-js/src/strings.js"(exports, module) {
    "use strict";
    var { compare: localeCompare } = new Intl.Collator();
    var regexSemverNumberedGroups = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    function isBlank(str2) {
      for (let i = 0, { length } = str2; i < length; i += 1) {
        const code = str2.charCodeAt(i);
        if (!// Whitespace characters according to ECMAScript spec:
        // https://tc39.es/ecma262/#sec-white-space
        (code === 32 || // Space
        code === 9 || // Tab
        code === 10 || // Line Feed
        code === 11 || // Vertical Tab
        code === 12 || // Form Feed
        code === 13 || // Carriage Return
        code === 160 || // No-Break Space
        code === 5760 || // Ogham Space Mark
        code === 8192 || // En Quad
        code === 8193 || // Em Quad
        code === 8194 || // En Space
        code === 8195 || // Em Space
        code === 8196 || // Three-Per-Em Space
        code === 8197 || // Four-Per-Em Space
        code === 8198 || // Six-Per-Em Space
        code === 8199 || // Figure Space
        code === 8200 || // Punctuation Space
        code === 8201 || // Thin Space
        code === 8202 || // Hair Space
        code === 8232 || // Line Separator
        code === 8233 || // Paragraph Separator
        code === 8239 || // Narrow No-Break Space
        code === 8287 || // Medium Mathematical Space
        code === 12288 || // Ideographic Space
        code === 65279)) {
          return false;
        }
      }
      return true;
    }
    function isNonEmptyString(value) {
      return typeof value === "string" && value.length > 0;
    }
    function isSemverString(value) {
      return typeof value === "string" && regexSemverNumberedGroups.test(value);
    }
    function lowerName(purl) {
      purl.name = purl.name.toLowerCase();
    }
    function lowerNamespace(purl) {
      const { namespace } = purl;
      if (typeof namespace === "string") {
        purl.namespace = namespace.toLowerCase();
      }
    }
    function lowerVersion(purl) {
      const { version } = purl;
      if (typeof version === "string") {
        purl.version = version.toLowerCase();
      }
    }
    function replaceDashesWithUnderscores(str2) {
      let result = "";
      let fromIndex = 0;
      let index = 0;
      while ((index = str2.indexOf("-", fromIndex)) !== -1) {
        result = result + str2.slice(fromIndex, index) + "_";
        fromIndex = index + 1;
      }
      return fromIndex ? result + str2.slice(fromIndex) : str2;
    }
    function replaceUnderscoresWithDashes(str2) {
      let result = "";
      let fromIndex = 0;
      let index = 0;
      while ((index = str2.indexOf("_", fromIndex)) !== -1) {
        result = result + str2.slice(fromIndex, index) + "-";
        fromIndex = index + 1;
      }
      return fromIndex ? result + str2.slice(fromIndex) : str2;
    }
    function trimLeadingSlashes(str2) {
      let start = 0;
      while (str2.charCodeAt(start) === 47) {
        start += 1;
      }
      return start === 0 ? str2 : str2.slice(start);
    }
    module.exports = {
      isBlank,
      isNonEmptyString,
      isSemverString,
      localeCompare,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes,
      trimLeadingSlashes
    };
  }
});

// node_modules/packageurl-js/src/encode.js
var require_encode = __commonJS({
  "node_modules/packageurl-js/src/encode.js"(exports, module) {
    "use strict";
    var {
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    } = require_constants();
    var { isObject } = require_objects();
    var { isNonEmptyString } = require_strings();
    var { encodeURIComponent: encodeURIComponent2 } = globalThis;
    function encodeNamespace(namespace) {
      return isNonEmptyString(namespace) ? encodeURIComponent2(namespace).replace(/%3A/g, ":").replace(/%2F/g, "/") : "";
    }
    function encodeQualifierParam(param) {
      if (isNonEmptyString(param)) {
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param);
        return replacePlusSignWithPercentEncodedSpace(
          REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        );
      }
      return "";
    }
    function encodeQualifiers(qualifiers) {
      if (isObject(qualifiers)) {
        const qualifiersKeys = Object.keys(qualifiers).sort();
        const searchParams = new URLSearchParams();
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
          const key = qualifiersKeys[i];
          searchParams.set(key, qualifiers[key]);
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString());
      }
      return "";
    }
    function encodeSubpath(subpath) {
      return isNonEmptyString(subpath) ? encodeURIComponent2(subpath).replace(/%2F/g, "/") : "";
    }
    function encodeVersion(version) {
      return isNonEmptyString(version) ? encodeURIComponent2(version).replace(/%3A/g, ":").replace(/%2B/g, "+") : "";
    }
    function replacePlusSignWithPercentEncodedSpace(str2) {
      return str2.replace(/\+/g, "%20");
    }
    module.exports = {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    };
  }
});

// node_modules/packageurl-js/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/packageurl-js/src/helpers.js"(exports, module) {
    "use strict";
    function createHelpersNamespaceObject(helpers, options_ = {}) {
      const { comparator, ...defaults } = { __proto__: null, ...options_ };
      const helperNames = Object.keys(helpers).sort();
      const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
      ].sort(comparator);
      const nsObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i];
        const helpersForProp = /* @__PURE__ */ Object.create(null);
        for (let j = 0, { length: length_j } = helperNames; j < length_j; j += 1) {
          const helperName = helperNames[j];
          const helperValue = helpers[helperName][propName] ?? defaults[helperName];
          if (helperValue !== void 0) {
            helpersForProp[helperName] = helperValue;
          }
        }
        nsObject[propName] = helpersForProp;
      }
      return nsObject;
    }
    module.exports = {
      createHelpersNamespaceObject
    };
  }
});

// node_modules/packageurl-js/src/normalize.js
var require_normalize = __commonJS({
  "node_modules/packageurl-js/src/normalize.js"(exports, module) {
    "use strict";
    var { isObject } = require_objects();
    var { isBlank } = require_strings();
    function normalizeName(rawName) {
      return typeof rawName === "string" ? rawName.trim() : void 0;
    }
    function normalizeNamespace(rawNamespace) {
      return typeof rawNamespace === "string" ? normalizePath(rawNamespace) : void 0;
    }
    function normalizePath(pathname, callback) {
      let collapsed = "";
      let start = 0;
      while (pathname.charCodeAt(start) === 47) {
        start += 1;
      }
      let nextIndex = pathname.indexOf("/", start);
      if (nextIndex === -1) {
        return pathname.slice(start);
      }
      while (nextIndex !== -1) {
        const segment = pathname.slice(start, nextIndex);
        if (callback === void 0 || callback(segment)) {
          collapsed = collapsed + (collapsed.length === 0 ? "" : "/") + segment;
        }
        start = nextIndex + 1;
        while (pathname.charCodeAt(start) === 47) {
          start += 1;
        }
        nextIndex = pathname.indexOf("/", start);
      }
      const lastSegment = pathname.slice(start);
      if (lastSegment.length !== 0 && (callback === void 0 || callback(lastSegment))) {
        collapsed = collapsed + "/" + lastSegment;
      }
      return collapsed;
    }
    function normalizeQualifiers(rawQualifiers) {
      let qualifiers;
      for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === "string" ? value : String(value);
        const trimmed = strValue.trim();
        if (trimmed.length === 0) {
          continue;
        }
        if (qualifiers === void 0) {
          qualifiers = { __proto__: null };
        }
        qualifiers[key.toLowerCase()] = trimmed;
      }
      return qualifiers;
    }
    function normalizeSubpath(rawSubpath) {
      return typeof rawSubpath === "string" ? normalizePath(rawSubpath, subpathFilter) : void 0;
    }
    function normalizeType(rawType) {
      return typeof rawType === "string" ? rawType.trim().toLowerCase() : void 0;
    }
    function normalizeVersion(rawVersion) {
      return typeof rawVersion === "string" ? rawVersion.trim() : void 0;
    }
    function qualifiersToEntries(rawQualifiers) {
      if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams ? rawQualifiers.entries() : Object.entries(rawQualifiers);
      }
      return typeof rawQualifiers === "string" ? new URLSearchParams(rawQualifiers).entries() : Object.entries({});
    }
    function subpathFilter(segment) {
      const { length } = segment;
      if (length === 1 && segment.charCodeAt(0) === 46) return false;
      if (length === 2 && segment.charCodeAt(0) === 46 && segment.charCodeAt(1) === 46) {
        return false;
      }
      return !isBlank(segment);
    }
    module.exports = {
      normalizeName,
      normalizeNamespace,
      normalizePath,
      normalizeQualifiers,
      normalizeSubpath,
      normalizeType,
      normalizeVersion
    };
  }
});

// node_modules/packageurl-js/src/lang.js
var require_lang = __commonJS({
  "node_modules/packageurl-js/src/lang.js"(exports, module) {
    "use strict";
    function isNullishOrEmptyString(value) {
      return value === null || value === void 0 || typeof value === "string" && value.length === 0;
    }
    module.exports = {
      isNullishOrEmptyString
    };
  }
});

// node_modules/packageurl-js/src/validate.js
var require_validate = __commonJS({
  "node_modules/packageurl-js/src/validate.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error();
    var { isNullishOrEmptyString } = require_lang();
    var { isNonEmptyString } = require_strings();
    function validateEmptyByType(type, name, value, throws2) {
      if (!isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`${type} "${name}" component must be empty`);
        }
        return false;
      }
      return true;
    }
    function validateName(name, throws2) {
      return validateRequired("name", name, throws2) && validateStrings("name", name, throws2);
    }
    function validateNamespace(namespace, throws2) {
      return validateStrings("namespace", namespace, throws2);
    }
    function validateQualifiers(qualifiers, throws2) {
      if (qualifiers === null || qualifiers === void 0) {
        return true;
      }
      if (typeof qualifiers !== "object") {
        if (throws2) {
          throw new PurlError('"qualifiers" must be an object');
        }
        return false;
      }
      const keysIterable = (
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === "function" ? qualifiers.keys() : Object.keys(qualifiers)
      );
      for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws2)) {
          return false;
        }
      }
      return true;
    }
    function validateQualifierKey(key, throws2) {
      if (!validateStartsWithoutNumber("qualifier", key, throws2)) {
        return false;
      }
      for (let i = 0, { length } = key; i < length; i += 1) {
        const code = key.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 45 || // -
        code === 95)) {
          if (throws2) {
            throw new PurlError(
              `qualifier "${key}" contains an illegal character`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateRequired(name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`"${name}" is a required component`);
        }
        return false;
      }
      return true;
    }
    function validateRequiredByType(type, name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`${type} requires a "${name}" component`);
        }
        return false;
      }
      return true;
    }
    function validateStartsWithoutNumber(name, value, throws2) {
      if (isNonEmptyString(value)) {
        const code = value.charCodeAt(0);
        if (code >= 48 && code <= 57) {
          if (throws2) {
            throw new PurlError(
              `${name} "${value}" cannot start with a number`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateStrings(name, value, throws2) {
      if (value === null || value === void 0 || typeof value === "string") {
        return true;
      }
      if (throws2) {
        throw new PurlError(`"'${name}" must be a string`);
      }
      return false;
    }
    function validateSubpath(subpath, throws2) {
      return validateStrings("subpath", subpath, throws2);
    }
    function validateType(type, throws2) {
      if (!validateRequired("type", type, throws2) || !validateStrings("type", type, throws2) || !validateStartsWithoutNumber("type", type, throws2)) {
        return false;
      }
      for (let i = 0, { length } = type; i < length; i += 1) {
        const code = type.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 43 || // +
        code === 45)) {
          if (throws2) {
            throw new PurlError(
              `type "${type}" contains an illegal character`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateVersion(version, throws2) {
      return validateStrings("version", version, throws2);
    }
    module.exports = {
      validateEmptyByType,
      validateName,
      validateNamespace,
      validateQualifiers,
      validateQualifierKey,
      validateRequired,
      validateRequiredByType,
      validateStartsWithoutNumber,
      validateStrings,
      validateSubpath,
      validateType,
      validateVersion
    };
  }
});

// node_modules/packageurl-js/src/purl-component.js
var require_purl_component = __commonJS({
  "node_modules/packageurl-js/src/purl-component.js"(exports, module) {
    "use strict";
    var {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    } = require_encode();
    var { createHelpersNamespaceObject } = require_helpers();
    var {
      normalizeType,
      normalizeNamespace,
      normalizeName,
      normalizeVersion,
      normalizeQualifiers,
      normalizeSubpath
    } = require_normalize();
    var { localeCompare, isNonEmptyString } = require_strings();
    var {
      validateType,
      validateNamespace,
      validateName,
      validateVersion,
      validateQualifiers,
      validateQualifierKey,
      validateSubpath
    } = require_validate();
    var PurlComponentEncoder = (comp) => isNonEmptyString(comp) ? encodeURIComponent2(comp) : "";
    var PurlComponentStringNormalizer = (comp) => typeof comp === "string" ? comp : void 0;
    var PurlComponentValidator = (_comp, _throws) => true;
    var componentSortOrderLookup = {
      __proto__: null,
      type: 0,
      namespace: 1,
      name: 2,
      version: 3,
      qualifiers: 4,
      qualifierKey: 5,
      qualifierValue: 6,
      subpath: 7
    };
    function componentSortOrder(comp) {
      return componentSortOrderLookup[comp] ?? comp;
    }
    function componentComparator(compA, compB) {
      return localeCompare(componentSortOrder(compA), componentSortOrder(compB));
    }
    module.exports = {
      // Rules for each purl component:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
      PurlComponent: createHelpersNamespaceObject(
        {
          encode: {
            namespace: encodeNamespace,
            version: encodeVersion,
            qualifiers: encodeQualifiers,
            qualifierKey: encodeQualifierParam,
            qualifierValue: encodeQualifierParam,
            subpath: encodeSubpath
          },
          normalize: {
            type: normalizeType,
            namespace: normalizeNamespace,
            name: normalizeName,
            version: normalizeVersion,
            qualifiers: normalizeQualifiers,
            subpath: normalizeSubpath
          },
          validate: {
            type: validateType,
            namespace: validateNamespace,
            name: validateName,
            version: validateVersion,
            qualifierKey: validateQualifierKey,
            qualifiers: validateQualifiers,
            subpath: validateSubpath
          }
        },
        {
          comparator: componentComparator,
          encode: PurlComponentEncoder,
          normalize: PurlComponentStringNormalizer,
          validate: PurlComponentValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/purl-qualifier-names.js
var require_purl_qualifier_names = __commonJS({
  "node_modules/packageurl-js/src/purl-qualifier-names.js"(exports, module) {
    "use strict";
    module.exports = {
      // Known qualifiers:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
      PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: "repository_url",
        DownloadUrl: "download_url",
        VcsUrl: "vcs_url",
        FileName: "file_name",
        Checksum: "checksum"
      }
    };
  }
});

// node_modules/packageurl-js/src/purl-type.js
var require_purl_type = __commonJS({
  "node_modules/packageurl-js/src/purl-type.js"(exports, module) {
    "use strict";
    var { isNullishOrEmptyString } = require_lang();
    var { createHelpersNamespaceObject } = require_helpers();
    var {
      isSemverString,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes
    } = require_strings();
    var { validateEmptyByType, validateRequiredByType } = require_validate();
    var { PurlError } = require_error();
    var PurlTypNormalizer = (purl) => purl;
    var PurlTypeValidator = (_purl, _throws) => true;
    module.exports = {
      // PURL types:
      // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
      PurlType: createHelpersNamespaceObject(
        {
          normalize: {
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
            alpm(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
            apk(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
            bitbucket(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
            bitnami(purl) {
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
            composer(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
            deb(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
            gitlab(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
            github(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            // golang(purl) {
            //     // Ignore case-insensitive rule because go.mod are case-sensitive.
            //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
            //     lowerNamespace(purl)
            //     lowerName(purl)
            //     return purl
            // },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
            hex(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
            huggingface(purl) {
              lowerVersion(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl) {
              if (purl.qualifiers?.repository_url?.includes("databricks")) {
                lowerName(purl);
              }
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
            npm(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
            luarocks(purl) {
              lowerVersion(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl) {
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl) {
              lowerName(purl);
              purl.name = replaceDashesWithUnderscores(purl.name);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
            pypi(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              purl.name = replaceUnderscoresWithDashes(purl.name);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
            qpkg(purl) {
              lowerNamespace(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
            rpm(purl) {
              lowerNamespace(purl);
              return purl;
            }
          },
          validate: {
            // TODO: cocoapods name validation
            // TODO: cpan namespace validation
            // TODO: swid qualifier validation
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
            conan(purl, throws2) {
              if (isNullishOrEmptyString(purl.namespace)) {
                if (purl.qualifiers?.channel) {
                  if (throws2) {
                    throw new PurlError(
                      'conan requires a "namespace" component when a "channel" qualifier is present'
                    );
                  }
                  return false;
                }
              } else if (isNullishOrEmptyString(purl.qualifiers)) {
                if (throws2) {
                  throw new PurlError(
                    'conan requires a "qualifiers" component when a namespace is present'
                  );
                }
                return false;
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
            cran(purl, throws2) {
              return validateRequiredByType(
                "cran",
                "version",
                purl.version,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            golang(purl) {
              const { version } = purl;
              const length = typeof version === "string" ? version.length : 0;
              if (length && version.charCodeAt(0) === 118 && !isSemverString(version.slice(1))) {
                if (throws) {
                  throw new PurlError(
                    'golang "version" component starting with a "v" must be followed by a valid semver version'
                  );
                }
                return false;
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
            maven(purl, throws2) {
              return validateRequiredByType(
                "maven",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl, throws2) {
              return validateEmptyByType(
                "mlflow",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl, throws2) {
              return validateEmptyByType(
                "oci",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl, throws2) {
              const { name } = purl;
              for (let i = 0, { length } = name; i < length; i += 1) {
                const code = name.charCodeAt(i);
                if (!(code >= 48 && code <= 57 || // 0-9
                code >= 97 && code <= 122 || // a-z
                code === 95)) {
                  if (throws2) {
                    throw new PurlError(
                      'pub "name" component may only contain [a-z0-9_] characters'
                    );
                  }
                  return false;
                }
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
            swift(purl, throws2) {
              return validateRequiredByType(
                "swift",
                "namespace",
                purl.namespace,
                throws2
              ) && validateRequiredByType(
                "swift",
                "version",
                purl.version,
                throws2
              );
            }
          }
        },
        {
          normalize: PurlTypNormalizer,
          validate: PurlTypeValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/package-url.js
var require_package_url = __commonJS({
  "node_modules/packageurl-js/src/package-url.js"(exports, module) {
    "use strict";
    var { decodePurlComponent } = require_decode();
    var { isObject, recursiveFreeze } = require_objects();
    var { isBlank, isNonEmptyString, trimLeadingSlashes } = require_strings();
    var { PurlComponent } = require_purl_component();
    var { PurlQualifierNames } = require_purl_qualifier_names();
    var { PurlType } = require_purl_type();
    var { PurlError } = require_error();
    var PackageURL2 = class _PackageURL {
      static Component = recursiveFreeze(PurlComponent);
      static KnownQualifierNames = recursiveFreeze(PurlQualifierNames);
      static Type = recursiveFreeze(PurlType);
      constructor(rawType, rawNamespace, rawName, rawVersion, rawQualifiers, rawSubpath) {
        const type = isNonEmptyString(rawType) ? PurlComponent.type.normalize(rawType) : rawType;
        PurlComponent.type.validate(type, true);
        const namespace = isNonEmptyString(rawNamespace) ? PurlComponent.namespace.normalize(rawNamespace) : rawNamespace;
        PurlComponent.namespace.validate(namespace, true);
        const name = isNonEmptyString(rawName) ? PurlComponent.name.normalize(rawName) : rawName;
        PurlComponent.name.validate(name, true);
        const version = isNonEmptyString(rawVersion) ? PurlComponent.version.normalize(rawVersion) : rawVersion;
        PurlComponent.version.validate(version, true);
        const qualifiers = typeof rawQualifiers === "string" || isObject(rawQualifiers) ? PurlComponent.qualifiers.normalize(rawQualifiers) : rawQualifiers;
        PurlComponent.qualifiers.validate(qualifiers, true);
        const subpath = isNonEmptyString(rawSubpath) ? PurlComponent.subpath.normalize(rawSubpath) : rawSubpath;
        PurlComponent.subpath.validate(subpath, true);
        this.type = type;
        this.name = name;
        this.namespace = namespace ?? void 0;
        this.version = version ?? void 0;
        this.qualifiers = qualifiers ?? void 0;
        this.subpath = subpath ?? void 0;
        const typeHelpers = PurlType[type];
        if (typeHelpers) {
          typeHelpers.normalize(this);
          typeHelpers.validate(this, true);
        }
      }
      toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this;
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
        if (namespace) {
          purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`;
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`;
        if (version) {
          purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`;
        }
        if (qualifiers) {
          purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`;
        }
        if (subpath) {
          purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`;
        }
        return purlStr;
      }
      static fromString(purlStr) {
        return new _PackageURL(..._PackageURL.parseString(purlStr));
      }
      static parseString(purlStr) {
        if (typeof purlStr !== "string") {
          throw new Error("A purl string argument is required.");
        }
        if (isBlank(purlStr)) {
          return [
            void 0,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        }
        const colonIndex = purlStr.indexOf(":");
        let url;
        let maybeUrlWithAuth;
        if (colonIndex !== -1) {
          try {
            const beforeColon = purlStr.slice(0, colonIndex);
            const afterColon = purlStr.slice(colonIndex + 1);
            const trimmedAfterColon = trimLeadingSlashes(afterColon);
            url = new URL(`${beforeColon}:${trimmedAfterColon}`);
            maybeUrlWithAuth = afterColon.length === trimmedAfterColon.length ? url : new URL(purlStr);
          } catch (e) {
            throw new PurlError("failed to parse as URL", {
              cause: e
            });
          }
        }
        if (url?.protocol !== "pkg:") {
          throw new PurlError('missing required "pkg" scheme component');
        }
        if (maybeUrlWithAuth.username !== "" || maybeUrlWithAuth.password !== "") {
          throw new PurlError('cannot contain a "user:pass@host:port"');
        }
        const { pathname } = url;
        const firstSlashIndex = pathname.indexOf("/");
        const rawType = decodePurlComponent(
          "type",
          firstSlashIndex === -1 ? pathname : pathname.slice(0, firstSlashIndex)
        );
        if (firstSlashIndex < 1) {
          return [
            rawType,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        }
        let rawVersion;
        let atSignIndex = pathname.lastIndexOf("@");
        if (atSignIndex !== -1 && pathname.charCodeAt(atSignIndex - 1) === 47) {
          atSignIndex = -1;
        }
        const beforeVersion = pathname.slice(
          rawType.length + 1,
          atSignIndex === -1 ? pathname.length : atSignIndex
        );
        if (atSignIndex !== -1) {
          rawVersion = decodePurlComponent(
            "version",
            pathname.slice(atSignIndex + 1)
          );
        }
        let rawNamespace;
        let rawName;
        const lastSlashIndex = beforeVersion.lastIndexOf("/");
        if (lastSlashIndex === -1) {
          rawName = decodePurlComponent("name", beforeVersion);
        } else {
          rawName = decodePurlComponent(
            "name",
            beforeVersion.slice(lastSlashIndex + 1)
          );
          rawNamespace = decodePurlComponent(
            "namespace",
            beforeVersion.slice(0, lastSlashIndex)
          );
        }
        let rawQualifiers;
        const { searchParams } = url;
        if (searchParams.size !== 0) {
          searchParams.forEach(
            (value) => decodePurlComponent("qualifiers", value)
          );
          rawQualifiers = searchParams;
        }
        let rawSubpath;
        const { hash } = url;
        if (hash.length !== 0) {
          rawSubpath = decodePurlComponent("subpath", hash.slice(1));
        }
        return [
          rawType,
          rawNamespace,
          rawName,
          rawVersion,
          rawQualifiers,
          rawSubpath
        ];
      }
    };
    for (const staticProp of ["Component", "KnownQualifierNames", "Type"]) {
      Reflect.defineProperty(PackageURL2, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL2, staticProp),
        writable: false
      });
    }
    Reflect.setPrototypeOf(PackageURL2.prototype, null);
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// node_modules/packageurl-js/index.js
var require_packageurl_js = __commonJS({
  "node_modules/packageurl-js/index.js"(exports, module) {
    "use strict";
    var {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    } = require_package_url();
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// src/model/purl-parse.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);

// src/model/purl.ts
var PURL_TYPE = {
  npm: "npm",
  PyPI: "pypi",
  Go: "golang",
  "crates.io": "cargo",
  RubyGems: "gem",
  Packagist: "composer",
  Maven: "maven",
  NuGet: "nuget",
  Pub: "pub",
  CocoaPods: "cocoapods",
  Hex: "hex",
  SwiftURL: "swift",
  image: "docker"
};
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function enc(segment) {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, "\uFFFD")).replace(/%3A/gi, ":");
}
function splitNamespace(ecosystem, name) {
  switch (ecosystem) {
    case "Maven": {
      const i = name.indexOf(":");
      return i === -1 ? [void 0, name] : [name.slice(0, i), name.slice(i + 1)];
    }
    case "npm":
    case "Go":
    case "Packagist":
    case "image":
    case "SwiftURL": {
      const i = name.lastIndexOf("/");
      return i === -1 ? [void 0, name] : [name.slice(0, i), name.slice(i + 1)];
    }
    default:
      return [void 0, name];
  }
}
function purlFor(ecosystem, name, version) {
  const type = PURL_TYPE[ecosystem] ?? ecosystem.toLowerCase().replace(/[^a-z0-9.+-]/g, "-");
  const canonical = ecosystem === "PyPI" ? name.toLowerCase().replace(/_/g, "-") : name;
  const [namespace, base] = splitNamespace(ecosystem, canonical);
  const ns = namespace === void 0 ? "" : namespace.split("/").map(enc).join("/") + "/";
  const v = version === "" ? "" : "@" + enc(version);
  return `pkg:${type}/${ns}${enc(base)}${v}`;
}

// src/model/purl-parse.ts
var LANGUAGE = {
  npm: "npm",
  pypi: "PyPI",
  golang: "Go",
  cargo: "crates.io",
  gem: "RubyGems",
  composer: "Packagist",
  maven: "Maven",
  nuget: "NuGet",
  pub: "Pub",
  cocoapods: "CocoaPods",
  hex: "Hex"
};
var OS_MANAGER = { deb: "dpkg", apk: "apk", rpm: "rpm" };
var NAMESPACE_DISTRO = { redhat: "rhel", rocky: "rocky", suse: "sles", opensuse: "opensuse-leap", amazon: "amzn", oracle: "ol" };
function distroOf(qualifier, namespace) {
  const nsId = namespace ? NAMESPACE_DISTRO[namespace.toLowerCase()] ?? namespace.toLowerCase() : void 0;
  if (qualifier === void 0 || qualifier.trim() === "") return void 0;
  const q = qualifier.trim().toLowerCase();
  const m = /^([a-z][a-z-]*?)-(\d[\w.]*)$/.exec(q);
  if (m) return { id: m[1] === "redhat" ? "rhel" : m[1], version: m[2] };
  return nsId ? { id: nsId, version: q } : void 0;
}
function sourceOf(type, raw) {
  if (!raw) return void 0;
  if (type === "rpm") {
    const srpm = /^(.+)-[^-]+-[^-]+\.src\.rpm$/.exec(raw);
    return { name: srpm ? srpm[1] : raw };
  }
  const at = raw.indexOf("@");
  return at === -1 ? { name: raw } : { name: raw.slice(0, at), version: raw.slice(at + 1) };
}
function osComponent(p, raw, at, hint) {
  const manager = OS_MANAGER[p.type];
  if (!p.version) return { skip: `${raw}: no version` };
  const q = p.qualifiers ?? {};
  const distro = distroOf(q.distro, p.namespace) ?? (hint ? { ...hint } : void 0) ?? (p.namespace ? { id: NAMESPACE_DISTRO[p.namespace.toLowerCase()] ?? p.namespace.toLowerCase() } : void 0);
  if (!distro) return { skip: `${raw}: the purl names no distribution and the document says none` };
  const version = q.epoch && q.epoch !== "0" && !p.version.includes(":") ? `${q.epoch}:${p.version}` : p.version;
  const os = { manager, distro: distro.id };
  const release = osvRelease(distro.id, distro.version);
  if (release) os.release = release;
  const source = sourceOf(p.type, q.upstream ?? q.source ?? q.origin);
  if (source && source.name !== p.name) os.sourceName = source.name;
  if (source?.version && source.version !== version) os.sourceVersion = source.version;
  if (q.arch) os.arch = q.arch;
  return {
    component: {
      // A distribution OSV does not cover keeps its own id, so the inventory still shows it.
      ecosystem: osEcosystem(distro.id, distro.version) ?? distro.id,
      name: p.name,
      version,
      purl: raw,
      layer: "os",
      locations: [{ ...at }],
      os
    }
  };
}
function componentFromPurl(raw, at, hint) {
  let p;
  try {
    p = import_packageurl_js.PackageURL.fromString(raw.trim());
  } catch (err) {
    return { skip: `"${raw}" is not a valid package URL (${err.message.replace(/\.$/, "")})` };
  }
  if (OS_MANAGER[p.type]) return osComponent(p, raw.trim(), at, hint);
  const ecosystem = LANGUAGE[p.type];
  if (!ecosystem) return { skip: `${raw.trim()}: purl type "${p.type}" is not an ecosystem patchwarden matches` };
  if (!p.version) return { skip: `${raw.trim()}: no version` };
  let name;
  switch (p.type) {
    case "maven":
      name = `${p.namespace}:${p.name}`;
      break;
    case "npm":
    case "golang":
    case "composer":
      name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
      break;
    default:
      name = p.name;
  }
  name = normaliseName(ecosystem, name);
  return {
    component: {
      ecosystem,
      name,
      version: p.version,
      purl: purlFor(ecosystem, name, p.version),
      layer: "library",
      locations: [{ ...at }]
    }
  };
}
function buildPurl(type, name, version, distro, epoch, arch) {
  if (!type) return void 0;
  let namespace;
  let base = name;
  const qualifiers = {};
  if (type === "deb" || type === "apk" || type === "rpm") {
    namespace = distro?.id;
    if (distro?.version) qualifiers.distro = /^\d/.test(distro.version) ? `${distro.id}-${distro.version}` : distro.version;
    if (epoch && epoch !== "0") qualifiers.epoch = epoch;
    if (arch) qualifiers.arch = arch;
  } else if (type === "maven") {
    const i = name.indexOf(":");
    if (i === -1) return void 0;
    namespace = name.slice(0, i);
    base = name.slice(i + 1);
  } else if (type === "npm" || type === "golang" || type === "composer") {
    const i = name.lastIndexOf("/");
    if (i !== -1) {
      namespace = name.slice(0, i);
      base = name.slice(i + 1);
    }
  }
  try {
    return new import_packageurl_js.PackageURL(type, namespace, base, version, Object.keys(qualifiers).length > 0 ? qualifiers : void 0).toString();
  } catch {
    return void 0;
  }
}

// src/parse/json-lines.ts
function jsonPathKey(path) {
  return path.join("\0");
}
function objectLines(text, want) {
  const found = /* @__PURE__ */ new Map();
  const frames = [];
  const path = [];
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 10:
        line++;
        break;
      case 13:
        if (text.charCodeAt(i + 1) !== 10) line++;
        break;
      case 34: {
        const start = i + 1;
        const { end: j, escaped, newlines } = scanString(text, start);
        line += newlines;
        const top = frames[frames.length - 1];
        if (top && !top.array && top.expectKey) {
          const raw = text.slice(start, j);
          top.key = escaped ? unescape(raw) : raw;
          top.expectKey = false;
        }
        i = j;
        break;
      }
      case 44: {
        const top = frames[frames.length - 1];
        if (top?.array) top.index++;
        else if (top) top.expectKey = true;
        break;
      }
      case 123:
      case 91: {
        const top = frames[frames.length - 1];
        if (top) path.push(top.array ? String(top.index) : top.key);
        if (c === 123 && want(path)) found.set(path.join("\0"), line);
        frames.push({ array: c === 91, index: 0, key: "", expectKey: c === 123, inPath: top !== void 0 });
        break;
      }
      case 125:
      case 93: {
        const f = frames.pop();
        if (f?.inPath) path.pop();
        break;
      }
      default:
        break;
    }
  }
  return found;
}
function unescape(raw) {
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return raw;
  }
}

// src/parse/deb822.ts
function deb822(text, bad, repeated) {
  const out = [];
  let cur;
  let last;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith("\r") ? lines[i].slice(0, -1) : lines[i];
    if (raw.trim() === "") {
      cur = void 0;
      last = void 0;
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (cur && last !== void 0) cur.fields.set(last, `${cur.fields.get(last)}
${raw.trim()}`);
      else bad?.(i + 1, raw);
      continue;
    }
    if (raw.startsWith("#")) continue;
    const colon = raw.indexOf(":");
    if (colon <= 0) {
      bad?.(i + 1, raw);
      continue;
    }
    if (!cur) {
      cur = { fields: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map(), line: i + 1 };
      out.push(cur);
    }
    last = raw.slice(0, colon);
    if (cur.fields.has(last)) {
      repeated?.(i + 1, last);
      last = void 0;
      continue;
    }
    cur.fields.set(last, raw.slice(colon + 1).trim());
    cur.lines.set(last, i + 1);
  }
  return out;
}
function parseSourceField(value) {
  if (value === void 0) return {};
  const m = /^(\S+)(?:\s+\(([^)]+)\))?\s*$/.exec(value.trim());
  if (!m) return {};
  return m[2] === void 0 ? { name: m[1] } : { name: m[1], version: m[2].trim() };
}

// src/parse/scanner-report.ts
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
var rec = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
var arr = (v) => Array.isArray(v) ? v : [];
function scannerOf(doc) {
  const d = rec(doc);
  if (!d) return void 0;
  if (typeof d.SchemaVersion === "number" && Array.isArray(d.Results)) return "trivy";
  if (Array.isArray(d.matches) && (str(rec(d.descriptor)?.name) === "grype" || rec(d.distro) !== void 0 || Array.isArray(d.ignoredMatches))) return "grype";
  return void 0;
}
var TRIVY_LANG = {
  npm: "npm",
  yarn: "npm",
  pnpm: "npm",
  bun: "npm",
  "node-pkg": "npm",
  pip: "pypi",
  pipenv: "pypi",
  poetry: "pypi",
  uv: "pypi",
  "python-pkg": "pypi",
  gomod: "golang",
  gobinary: "golang",
  cargo: "cargo",
  "rust-binary": "cargo",
  bundler: "gem",
  gemspec: "gem",
  composer: "composer",
  "composer-vendor": "composer",
  jar: "maven",
  pom: "maven",
  gradle: "maven",
  sbt: "maven",
  nuget: "nuget",
  "dotnet-core": "nuget",
  "packages-props": "nuget",
  pub: "pub"
};
var GRYPE_TYPE = {
  deb: "deb",
  apk: "apk",
  rpm: "rpm",
  npm: "npm",
  python: "pypi",
  "go-module": "golang",
  "rust-crate": "cargo",
  gem: "gem",
  "php-composer": "composer",
  "java-archive": "maven",
  "dotnet": "nuget",
  "dart-pub": "pub"
};
var PURL_MANAGER_TYPE = { dpkg: "deb", apk: "apk", rpm: "rpm" };
function trivySeverityCvss(v) {
  const cvss = rec(v.CVSS);
  if (!cvss) return void 0;
  const order = [str(v.SeveritySource), "nvd", ...Object.keys(cvss)].filter((s) => s !== void 0);
  for (const source of order) {
    const c = rec(cvss[source]);
    if (!c) continue;
    const score = typeof c.V3Score === "number" ? c.V3Score : typeof c.V40Score === "number" ? c.V40Score : void 0;
    const vector = str(c.V3Vector) ?? str(c.V40Vector);
    if (score !== void 0 || vector !== void 0) return { ...score !== void 0 ? { score } : {}, ...vector ? { vector } : {} };
  }
  return void 0;
}
function readTrivy(text, doc) {
  const lines = objectLines(text, (p) => p[0] === "Results" && (p.length === 2 || p.length === 4 && (p[2] === "Packages" || p[2] === "Vulnerabilities")));
  const os = rec(rec(doc.Metadata)?.OS);
  const family = str(os?.Family)?.toLowerCase();
  const distro = family ? { id: family, ...str(os?.Name) ? { version: str(os?.Name) } : {} } : void 0;
  const report = { tool: "trivy", ...str(doc.CreatedAt) ? { created: str(doc.CreatedAt) } : {}, ...distro ? { distro } : {}, packages: [], findings: [], skipped: [] };
  const byKey = /* @__PURE__ */ new Map();
  arr(doc.Results).forEach((r, i) => {
    const result = rec(r);
    if (!result) return;
    const isOs = str(result.Class) === "os-pkgs";
    const manager = isOs && family ? osManager(family) : void 0;
    const type = isOs ? manager ? PURL_MANAGER_TYPE[manager] : void 0 : TRIVY_LANG[str(result.Type) ?? ""];
    const pkgOf = (p, nameKey, versionKey, idKey, line) => {
      const name = str(p[nameKey]);
      const version = str(p[versionKey]);
      if (!name || !version) {
        report.skipped.push({ line, message: `${name ? `package "${name}" without a version` : "an entry without a package name"}` });
        return void 0;
      }
      const purl = str(rec(p[idKey])?.PURL) ?? buildPurl(type, name, version, distro, typeof p.Epoch === "number" ? String(p.Epoch) : void 0);
      if (!purl) {
        report.skipped.push({ line, message: `${name}@${version}: ${str(result.Type) ?? "this"} target's packages name no ecosystem patchwarden matches` });
        return void 0;
      }
      const key = `${i}\0${name}\0${version}`;
      const have = byKey.get(key);
      if (have) return have;
      const pkg = { purl, line };
      const srcName = str(p.SrcName);
      if (srcName && srcName !== name) pkg.sourceName = srcName;
      const srcVersion = str(p.SrcVersion);
      if (srcVersion && srcVersion !== version) pkg.sourceVersion = srcVersion;
      byKey.set(key, pkg);
      report.packages.push(pkg);
      return pkg;
    };
    arr(result.Packages).forEach((p, j) => {
      const pkg = rec(p);
      if (pkg) pkgOf(pkg, "Name", "Version", "Identifier", lines.get(jsonPathKey(["Results", i, "Packages", j])) ?? 1);
    });
    arr(result.Vulnerabilities).forEach((v, j) => {
      const vuln = rec(v);
      if (!vuln) return;
      const line = lines.get(jsonPathKey(["Results", i, "Vulnerabilities", j])) ?? 1;
      const id = str(vuln.VulnerabilityID);
      const pkg = pkgOf(vuln, "PkgName", "InstalledVersion", "PkgIdentifier", line);
      if (!pkg || !id) return;
      const cvss = trivySeverityCvss(vuln);
      const finding = {
        id,
        aliases: arr(vuln.VendorIDs).flatMap((a) => str(a) && str(a) !== id ? [str(a)] : []),
        purl: pkg.purl,
        line,
        fixed: (str(vuln.FixedVersion) ?? "").split(",").map((s) => s.trim()).filter((s) => s !== ""),
        os: isOs
      };
      const severity = str(vuln.Severity);
      if (severity) finding.severity = severity;
      if (cvss) finding.cvss = cvss;
      if (str(vuln.PublishedDate)) finding.published = str(vuln.PublishedDate);
      if (str(vuln.LastModifiedDate)) finding.modified = str(vuln.LastModifiedDate);
      if (str(vuln.Title)) finding.title = str(vuln.Title);
      if (str(vuln.PrimaryURL)) finding.url = str(vuln.PrimaryURL);
      report.findings.push(finding);
    });
  });
  return report;
}
function readGrype(text, doc) {
  const lines = objectLines(text, (p) => p[0] === "matches" && p.length === 3 && p[2] === "artifact");
  const d = rec(doc.distro);
  const distroName = str(d?.name)?.toLowerCase();
  const distro = distroName ? { id: distroName, ...str(d?.version) ? { version: str(d?.version) } : {} } : void 0;
  const created = str(rec(doc.descriptor)?.timestamp);
  const report = { tool: "grype", ...created ? { created } : {}, ...distro ? { distro } : {}, packages: [], findings: [], skipped: [] };
  const byPurl = /* @__PURE__ */ new Map();
  arr(doc.matches).forEach((m, i) => {
    const match = rec(m);
    const artifact = rec(match?.artifact);
    const vuln = rec(match?.vulnerability);
    const line = lines.get(jsonPathKey(["matches", i, "artifact"])) ?? 1;
    if (!artifact || !vuln) {
      report.skipped.push({ line, message: "a match without an artifact or a vulnerability" });
      return;
    }
    const name = str(artifact.name);
    const version = str(artifact.version);
    const type = str(artifact.type);
    if (!name || !version) {
      report.skipped.push({ line, message: name ? `artifact "${name}" without a version` : "an artifact without a name" });
      return;
    }
    const meta = rec(artifact.metadata);
    const epoch = typeof meta?.epoch === "number" ? String(meta.epoch) : void 0;
    const purl = str(artifact.purl) ?? buildPurl(GRYPE_TYPE[type ?? ""], name, version, distro, epoch);
    if (!purl) {
      report.skipped.push({ line, message: `${name}@${version}: Grype artifact type "${type ?? ""}" names no ecosystem patchwarden matches` });
      return;
    }
    let pkg = byPurl.get(purl);
    if (!pkg) {
      pkg = { purl, line };
      const upstream = rec(arr(artifact.upstreams)[0]);
      const upName = str(upstream?.name);
      if (upName && upName !== name) pkg.sourceName = upName;
      const upVersion = str(upstream?.version);
      if (upVersion && upVersion !== version) pkg.sourceVersion = upVersion;
      byPurl.set(purl, pkg);
      report.packages.push(pkg);
    }
    const id = str(vuln.id);
    if (!id) return;
    const fix = rec(vuln.fix);
    const fixed = str(fix?.state) === "fixed" ? arr(fix?.versions).flatMap((v) => str(v) ? [str(v)] : []) : [];
    const finding = {
      id,
      aliases: arr(match.relatedVulnerabilities).flatMap((r) => {
        const rid = str(rec(r)?.id);
        return rid && rid !== id ? [rid] : [];
      }),
      purl,
      line,
      fixed,
      os: type === "deb" || type === "apk" || type === "rpm" || /^pkg:(deb|apk|rpm)\//.test(purl)
    };
    const severity = str(vuln.severity);
    if (severity) finding.severity = severity;
    const cvss = arr(vuln.cvss).map(rec).find((c) => c && (str(c.version)?.startsWith("3") || str(c.version)?.startsWith("4")));
    if (cvss) {
      const score = rec(cvss.metrics)?.baseScore;
      finding.cvss = { ...typeof score === "number" ? { score } : {}, ...str(cvss.vector) ? { vector: str(cvss.vector) } : {} };
    }
    const dates = arr(fix?.available).flatMap((a) => {
      const av = rec(a);
      return av && fixed.includes(str(av.version) ?? "") && str(av.date) ? [str(av.date)] : [];
    });
    if (dates.length > 0) finding.fixAvailable = dates.sort()[0];
    const url = str(arr(vuln.urls)[0]) ?? str(vuln.dataSource);
    if (url) finding.url = url;
    report.findings.push(finding);
  });
  return report;
}
function readScannerReport(text, doc) {
  const tool = scannerOf(doc);
  if (tool === "trivy") return readTrivy(text, doc);
  if (tool === "grype") return readGrype(text, doc);
  return void 0;
}

// src/model/catalogue.ts
var LEADING_VERSION = /^v?(\d+(?:\.\d+){0,3})(?=$|[-_+])/;
var numericVersion = (tag) => LEADING_VERSION.exec(tag)?.[1];
var javaVersion = (tag) => {
  const eight = /^(\d+u\d+(?:-b\d+)?)(?=$|[-_])/.exec(tag);
  if (eight) return eight[1];
  const m = /^(\d+(?:\.\d+){0,3})(?:_(\d+))?(?=$|[-_.])/.exec(tag);
  if (!m) return void 0;
  return m[2] !== void 0 ? `${m[1]}+${m[2]}` : m[1];
};
var DEBIAN_CODENAMES = {
  wheezy: "7",
  jessie: "8",
  stretch: "9",
  buster: "10",
  bullseye: "11",
  bookworm: "12",
  trixie: "13",
  forky: "14"
};
var UBUNTU_CODENAMES = {
  trusty: "14.04",
  xenial: "16.04",
  bionic: "18.04",
  focal: "20.04",
  jammy: "22.04",
  kinetic: "22.10",
  lunar: "23.04",
  mantic: "23.10",
  noble: "24.04",
  oracular: "24.10",
  plucky: "25.04",
  questing: "25.10",
  resolute: "26.04"
};
var debianVersion = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  if (word !== void 0) return DEBIAN_CODENAMES[word];
  return numericVersion(tag);
};
var ubuntuVersion = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  if (word !== void 0) return UBUNTU_CODENAMES[word];
  return /^(\d{2}\.\d{2})(?=$|[-_.])/.exec(tag)?.[1];
};
var NODE_CODENAMES = {
  argon: "4",
  boron: "6",
  carbon: "8",
  dubnium: "10",
  erbium: "12",
  fermium: "14",
  gallium: "16",
  hydrogen: "18",
  iron: "20",
  jod: "22",
  krypton: "24"
};
var nodeVersion = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  return word !== void 0 ? NODE_CODENAMES[word] : numericVersion(tag);
};
var DOCKER_HUB = "docker.io/";
var official = (...names) => names.map((n) => `${DOCKER_HUB}library/${n}`);
var hub = (...names) => names.map((n) => DOCKER_HUB + n);
var ENTRIES = [
  { product: "nginx", layer: "runtime", names: [...official("nginx"), ...hub("nginxinc/nginx-unprivileged", "bitnami/nginx")], version: numericVersion },
  { product: "postgresql", layer: "runtime", names: [...official("postgres"), ...hub("bitnami/postgresql")], version: numericVersion },
  { product: "mysql", layer: "runtime", names: [...official("mysql"), ...hub("mysql/mysql-server", "bitnami/mysql")], version: numericVersion },
  { product: "mariadb", layer: "runtime", names: [...official("mariadb"), ...hub("bitnami/mariadb")], version: numericVersion },
  { product: "redis", layer: "runtime", names: [...official("redis"), ...hub("bitnami/redis", "redis/redis-stack-server")], version: numericVersion },
  { product: "valkey", layer: "runtime", names: [...official("valkey"), ...hub("valkey/valkey", "bitnami/valkey")], version: numericVersion },
  { product: "nodejs", layer: "runtime", names: [...official("node"), ...hub("bitnami/node")], version: nodeVersion },
  { product: "python", layer: "runtime", names: [...official("python"), ...hub("bitnami/python")], version: numericVersion },
  { product: "eclipse-temurin", layer: "runtime", names: official("eclipse-temurin", "openjdk"), version: javaVersion },
  { product: "amazon-corretto", layer: "runtime", names: official("amazoncorretto"), version: javaVersion },
  { product: "go", layer: "runtime", names: [...official("golang"), ...hub("bitnami/golang")], version: numericVersion },
  { product: "php", layer: "runtime", names: [...official("php"), ...hub("bitnami/php-fpm")], version: numericVersion },
  { product: "ruby", layer: "runtime", names: [...official("ruby"), ...hub("bitnami/ruby")], version: numericVersion },
  { product: "rabbitmq", layer: "runtime", names: [...official("rabbitmq"), ...hub("bitnami/rabbitmq")], version: numericVersion },
  { product: "mongodb", layer: "runtime", names: [...official("mongo"), ...hub("mongodb/mongodb-community-server", "bitnami/mongodb")], version: numericVersion },
  {
    product: "elasticsearch",
    layer: "runtime",
    names: [...official("elasticsearch"), "docker.elastic.co/elasticsearch/elasticsearch", ...hub("bitnami/elasticsearch")],
    version: numericVersion
  },
  { product: "keycloak", layer: "runtime", names: ["quay.io/keycloak/keycloak", ...hub("keycloak/keycloak", "jboss/keycloak", "bitnami/keycloak")], version: numericVersion },
  { product: "traefik", layer: "runtime", names: [...official("traefik"), ...hub("traefik/traefik")], version: numericVersion },
  { product: "haproxy", layer: "runtime", names: [...official("haproxy"), ...hub("haproxytech/haproxy-alpine", "haproxytech/haproxy-debian")], version: numericVersion },
  {
    product: "rocket-chat",
    layer: "runtime",
    names: [...official("rocket.chat"), ...hub("rocketchat/rocket.chat"), "registry.rocket.chat/rocketchat/rocket.chat"],
    version: numericVersion
  },
  {
    product: "mattermost",
    layer: "runtime",
    names: hub("mattermost/mattermost-team-edition", "mattermost/mattermost-enterprise-edition"),
    version: numericVersion
  },
  { product: "debian", layer: "os", names: official("debian"), version: debianVersion },
  { product: "ubuntu", layer: "os", names: official("ubuntu"), version: ubuntuVersion },
  { product: "alpine-linux", layer: "os", names: official("alpine"), version: numericVersion }
];
var BY_NAME = new Map(ENTRIES.flatMap((e) => e.names.map((n) => [n, e])));
var CATALOGUE_PRODUCTS = [...new Set(ENTRIES.map((e) => e.product))];
function osFromTag(tag) {
  const parts = tag.toLowerCase().split(/[-_]/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const alpine = /^alpine(\d+\.\d+)?$/.exec(part);
    if (alpine) return alpine[1] !== void 0 ? { product: "alpine-linux", version: alpine[1] } : { product: "alpine-linux" };
    const debian = DEBIAN_CODENAMES[part];
    if (debian !== void 0) return { product: "debian", version: debian };
    const ubuntu = UBUNTU_CODENAMES[part];
    if (ubuntu !== void 0) return { product: "ubuntu", version: ubuntu };
    const next = parts[i + 1];
    if (part === "debian" && next !== void 0 && /^\d+$/.test(next)) return { product: "debian", version: next };
    const ubuntuYear = /^ubuntu(\d{2})(\d{2})$/.exec(part);
    if (ubuntuYear) return { product: "ubuntu", version: `${ubuntuYear[1]}.${ubuntuYear[2]}` };
  }
  return void 0;
}
function lookupImage(name, tag) {
  const entry = BY_NAME.get(name);
  if (!entry) return void 0;
  const match = { product: entry.product, layer: entry.layer };
  if (tag === void 0) return match;
  const version = entry.version(tag);
  if (version !== void 0) match.productVersion = version;
  if (entry.layer !== "os") {
    const os = osFromTag(tag);
    if (os) match.os = os;
  }
  return match;
}
function lookupDataImage(product, tag) {
  const match = { product, layer: "runtime" };
  if (tag === void 0) return match;
  const version = numericVersion(tag);
  if (version !== void 0) match.productVersion = version;
  const os = osFromTag(tag);
  if (os) match.os = os;
  return match;
}
var FLOATING_WORDS = /* @__PURE__ */ new Set(["latest", "stable", "mainline", "lts", "current", "edge", "unstable", "nightly", "rolling", "master", "main", "dev", "develop"]);
var VARIANT_WORDS = /* @__PURE__ */ new Set([
  "alpine",
  "slim",
  "perl",
  "otel",
  "management",
  "fpm",
  "apache",
  "cli",
  "zts",
  "jdk",
  "jre",
  "windowsservercore",
  "nanoserver",
  ...Object.keys(DEBIAN_CODENAMES),
  ...Object.keys(UBUNTU_CODENAMES)
]);
function isFloatingTag(tag) {
  return tag.toLowerCase().split(/[-_.]/).every((part) => FLOATING_WORDS.has(part) || VARIANT_WORDS.has(part));
}

// src/model/image-names.ts
var DOCKER_HUB2 = "docker.io";
var HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var HUB_MIRRORS = [
  ["public.ecr.aws/docker/library/", "library/"],
  ["mirror.gcr.io/", ""]
];
var BITNAMI_NAMESPACES = /* @__PURE__ */ new Set(["bitnamilegacy", "bitnamisecure"]);
function hubPath(path) {
  return path.includes("/") ? path : `library/${path}`;
}
function canonicalImageName(name) {
  const lower = name.toLowerCase();
  let registry;
  let path;
  const mirror = HUB_MIRRORS.find(([prefix]) => lower.startsWith(prefix));
  if (mirror) {
    registry = DOCKER_HUB2;
    path = mirror[1] + name.slice(mirror[0].length);
  } else {
    const slash = name.indexOf("/");
    if (slash === -1) return name;
    registry = name.slice(0, slash);
    path = name.slice(slash + 1);
    if (!HUB_ALIASES.has(registry.toLowerCase())) return name;
    registry = DOCKER_HUB2;
  }
  path = hubPath(path);
  const ns = path.indexOf("/");
  if (BITNAMI_NAMESPACES.has(path.slice(0, ns))) path = `bitnami${path.slice(ns)}`;
  return `${registry}/${path}`;
}
function imageOfDockerPurl(purl) {
  const m = /^pkg:docker\/([^?#@]+)(?:@[^?#]*)?(?:\?([^#]*))?/i.exec(purl.trim());
  if (!m) return void 0;
  let path;
  try {
    path = decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return void 0;
  }
  if (path === "" || path.split("/").some((s) => s === "")) return void 0;
  let registry = DOCKER_HUB2;
  for (const pair of (m[2] ?? "").split("&")) {
    const [k, v] = pair.split("=");
    if (k === "repository_url" && v) registry = decodeURIComponent(v).replace(/^https?:\/\//, "").replace(/\/+$/, "").toLowerCase();
  }
  return canonicalImageName(registry === DOCKER_HUB2 ? `${DOCKER_HUB2}/${hubPath(path)}` : `${registry}/${path}`);
}

// src/model/repositories.ts
function canonicalRepository(name) {
  return name.trim().replace(/^(?:https?:\/\/)?github\.com\//i, "").replace(/\.git$/i, "").replace(/\/+$/, "").toLowerCase();
}

export {
  purlFor,
  componentFromPurl,
  buildPurl,
  jsonPathKey,
  objectLines,
  NODE_CODENAMES,
  CATALOGUE_PRODUCTS,
  lookupImage,
  lookupDataImage,
  isFloatingTag,
  canonicalImageName,
  imageOfDockerPurl,
  canonicalRepository,
  deb822,
  parseSourceField,
  readScannerReport
};
/*! Bundled license information:

packageurl-js/src/package-url.js:
packageurl-js/index.js:
  (*!
  Copyright (c) the purl authors
  
  Permission is hereby granted, free of charge, to any person obtaining a copy
  of this software and associated documentation files (the "Software"), to deal
  in the Software without restriction, including without limitation the rights
  to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
  copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions:
  
  The above copyright notice and this permission notice shall be included in all
  copies or substantial portions of the Software.
  
  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
  IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
  FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
  AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
  LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
  OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
  SOFTWARE.
  *)
*/
