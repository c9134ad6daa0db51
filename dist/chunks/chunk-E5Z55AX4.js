import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  import_yaml,
  lineOfNode,
  parseYaml,
  parseYamlStream,
  refusedProblem,
  toJs
} from "./chunk-CZ6J6QWZ.js";
import {
  NODE_CODENAMES,
  buildPurl,
  canonicalImageName,
  canonicalRepository,
  componentFromPurl,
  deb822,
  jsonPathKey,
  lookupImage,
  objectLines,
  parseSourceField,
  purlFor,
  readScannerReport
} from "./chunk-YEE6VURB.js";
import {
  require_semver
} from "./chunk-PCXDXHAE.js";
import {
  KEY_SEP,
  LineIndex,
  createScanner,
  getNodeValue,
  isRecord,
  jsonErrorAt,
  locateJsonKeys,
  parseJson,
  parseTree,
  printParseErrorCode,
  splitLines
} from "./chunk-KVOOFEH2.js";
import {
  osComponent,
  parseOsRelease
} from "./chunk-6KB27PZL.js";
import {
  byCodePoint,
  normaliseName
} from "./chunk-JPMRHXET.js";
import {
  problem
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

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/extract/os-release.ts
function distroOf(path, usual, ctx, origin, fallback, problems) {
  const candidates2 = [];
  const m = usual.exec(path);
  if (m) {
    const root = path.slice(0, m.index + (m[0].startsWith("/") ? 1 : 0));
    candidates2.push(`${root}etc/os-release`, `${root}usr/lib/os-release`);
  } else {
    const slash = path.lastIndexOf("/");
    const dot = path.indexOf(".", slash + 2);
    if (dot > slash + 1) candidates2.push(`${path.slice(0, dot)}.os-release`);
    candidates2.push(`${path.slice(0, slash + 1)}os-release`);
  }
  for (const c of candidates2) {
    const text = ctx.readFile(c);
    if (text === void 0) continue;
    const os = parseOsRelease(text);
    if (!os) {
      problems.push(problem(origin, c, "os-release without an ID= line; not used", void 0, "warning"));
      continue;
    }
    const guess = { distro: os.id, from: c };
    if (os.versionId !== void 0) guess.release = os.versionId;
    if (guess.release === void 0) {
      problems.push(problem(origin, path, `${c} names ${os.id} but no VERSION_ID: release unknown, so no release-specific advisory applies`, void 0, "warning"));
    }
    return guess;
  }
  if (ctx.distro) return { ...ctx.distro, from: "--distro" };
  problems.push(
    problem(
      origin,
      path,
      `distribution release unknown (no ${candidates2.join(" or ")}, no --distro): read as ${fallback} with no release, so no release-specific advisory applies`,
      void 0,
      "warning"
    )
  );
  return { distro: fallback, from: "assumed" };
}

// src/extract/apk/index.ts
var ORIGIN = "extract/apk";
var USUAL = /(?:^|\/)lib\/apk\/db\/installed$/;
function blocks(text) {
  const out = [];
  let cur;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    if (raw === "") {
      cur = void 0;
      continue;
    }
    if (raw.length < 2 || raw[1] !== ":") continue;
    const key2 = raw[0];
    if (!cur) {
      cur = { fields: /* @__PURE__ */ new Map(), line: i + 1 };
      out.push(cur);
    }
    cur.fields.set(key2, raw.slice(2));
    if (key2 === "P") cur.line = i + 1;
  }
  return out;
}
function extract(file, ctx) {
  const problems = [];
  const components = [];
  const all = blocks(file.text);
  if (all.length === 0) return { components, problems };
  const os = distroOf(file.path, USUAL, ctx, ORIGIN, "alpine", problems);
  for (const b of all) {
    const name = b.fields.get("P");
    const version = b.fields.get("V");
    if (!name || !version) {
      problems.push(problem(ORIGIN, file.path, `package block without ${name ? "a V: (version)" : "a P: (package)"} line; skipped`, b.line, "warning"));
      continue;
    }
    components.push(osComponent({ manager: "apk", distro: os.distro, release: os.release, name, version, arch: b.fields.get("A"), sourceName: b.fields.get("o"), file: file.path, line: b.line }));
  }
  return { components, problems };
}
var apkInstalled = {
  id: "apk",
  description: "apk installed database (lib/apk/db/installed, *.apk-installed): installed Alpine packages",
  claims: (path) => USUAL.test(path) || path.endsWith(".apk-installed"),
  extract
};

// src/extract/ansible/index.ts
import { posix } from "node:path";

// src/extract/purl-collector.ts
var MAX_LISTED_SKIPS = 20;
var PurlCollector = class {
  constructor(origin, file, format, hint) {
    this.origin = origin;
    this.file = file;
    this.format = format;
    this.hint = hint;
  }
  origin;
  file;
  format;
  hint;
  byPurl = /* @__PURE__ */ new Map();
  problems = [];
  skipped = /* @__PURE__ */ new Map();
  listed = 0;
  /** A package by purl; returns the component (new or merged) or undefined when skipped. */
  add(purl, line) {
    const read3 = componentFromPurl(purl, { file: this.file, line }, this.hint);
    if ("skip" in read3) {
      const type = /^pkg:([^/]+)\//i.exec(purl.trim())?.[1]?.toLowerCase();
      this.skip(type ? `purl type ${type}` : "an unreadable purl", read3.skip, line);
      return void 0;
    }
    const c = read3.component;
    const key2 = `${c.ecosystem}\0${c.purl}`;
    const have = this.byPurl.get(key2);
    if (have) {
      if (!have.locations.some((l) => l.line === line)) have.locations.push({ file: this.file, line });
      return have;
    }
    this.byPurl.set(key2, c);
    return c;
  }
  /** A package that cannot be matched; `kind` groups the count in the file's summary. */
  skip(kind, message, line) {
    this.skipped.set(kind, (this.skipped.get(kind) ?? 0) + 1);
    if (this.listed++ < MAX_LISTED_SKIPS) this.problems.push(problem(this.origin, this.file, `${message}; not checked`, line, "notice"));
  }
  note(p) {
    this.problems.push(p);
  }
  result() {
    const total = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      const parts = [...this.skipped].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).map(([k, n]) => `${n} with ${k}`);
      const more = total > MAX_LISTED_SKIPS ? ` (the first ${MAX_LISTED_SKIPS} are listed)` : "";
      this.problems.push(problem(this.origin, this.file, `${this.format}: ${total} of ${total + this.byPurl.size} packages not checked: ${parts.join(", ")}${more}`, void 0, "warning"));
    }
    return { components: [...this.byPurl.values()], problems: this.problems };
  }
};

// src/extract/ansible/index.ts
var ORIGIN2 = "extract/ansible";
var FILE_NAMES = /^(package[_-]facts\.json|.+\.package[_-]facts\.json)$/i;
var FOLDERS = /(^|\/)(package[_-]facts|ansible[_-]facts|facts?[_-]cache)\/[^/]+$/i;
var DISTRIBUTION_ID = {
  debian: "debian",
  ubuntu: "ubuntu",
  alpine: "alpine",
  redhat: "rhel",
  rocky: "rocky",
  almalinux: "almalinux",
  centos: "centos",
  fedora: "fedora",
  amazon: "amzn",
  oraclelinux: "ol",
  sles: "sles",
  "opensuse leap": "opensuse-leap"
};
var SOURCE_TYPE = { apt: "deb", rpm: "rpm", apk: "apk" };
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : void 0;
function fact(facts, name) {
  return str(facts[name]) ?? str(facts[`ansible_${name}`]);
}
function distroOf2(facts) {
  const name = fact(facts, "distribution")?.toLowerCase();
  const id = name ? DISTRIBUTION_ID[name] : void 0;
  if (!id) return void 0;
  const version = fact(facts, "distribution_version") ?? fact(facts, "distribution_major_version") ?? fact(facts, "distribution_release");
  return { id, ...version ? { version } : {} };
}
function versionOf(source, entry) {
  const version = str(entry.version);
  if (!version) return void 0;
  const release = str(entry.release);
  if (source === "apt" || !release) return version;
  return `${version}-${release}`;
}
function extract2(file) {
  const parsed = parseJson(file.text, ORIGIN2, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const doc = parsed.value;
  const nested = isRecord(doc) && isRecord(doc.ansible_facts);
  const facts = isRecord(doc) ? nested ? doc.ansible_facts : doc : void 0;
  const packages = facts && isRecord(facts.packages) ? facts.packages : void 0;
  if (!facts || !packages) {
    return { components: [], problems: [problem(ORIGIN2, file.path, "no ansible_facts.packages map (the output of ansible.builtin.package_facts); skipped", 1, "notice")] };
  }
  const host2 = fact(facts, "hostname") ?? fact(facts, "fqdn") ?? posix.basename(file.path).replace(/(\.package[_-]facts)?\.json$/i, "");
  let distro = distroOf2(facts);
  const problems = [];
  if (!distro) {
    const first = Object.values(packages).flatMap((v) => Array.isArray(v) ? v : []).find(isRecord);
    const origin = first ? str(first.origin)?.toLowerCase() : void 0;
    const source = first ? str(first.source) : void 0;
    const id = origin === "debian" || origin === "ubuntu" ? origin : source === "apk" ? "alpine" : void 0;
    if (id) distro = { id };
    problems.push(
      problem(
        ORIGIN2,
        file.path,
        `host ${host2}: no distribution facts (ansible_distribution, ansible_distribution_version) beside the packages, so the release is unknown${id ? `; read as ${id} of no particular release` : ""}. Gather them with setup (gather_facts) in the same play`,
        1,
        "warning"
      )
    );
  }
  const out = new PurlCollector(ORIGIN2, file.path, `package_facts of ${host2}`, distro);
  for (const p of problems) out.note(p);
  const prefix = nested ? ["ansible_facts", "packages"] : ["packages"];
  const lines = objectLines(file.text, (p) => p.length === prefix.length + 2 && p[0] === prefix[0] && p[prefix.length - 1] === "packages");
  for (const [key2, list] of Object.entries(packages)) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const line = lines.get(jsonPathKey([...prefix, key2, i])) ?? 1;
      const name = str(entry.name) ?? key2;
      const source = str(entry.source) ?? "";
      const version = versionOf(source, entry);
      const type = SOURCE_TYPE[source];
      if (!version) {
        out.skip("no version", `${name}: no version`, line);
        return;
      }
      if (!type) {
        out.skip(`source ${source || "(none)"}`, `${name}@${version}: package manager "${source || "(none)"}" is not one patchwarden matches (apt, apk, rpm)`, line);
        return;
      }
      const epoch = source === "rpm" ? str(entry.epoch) : void 0;
      const purl = buildPurl(type, name, version, distro, epoch, str(entry.arch));
      if (purl) out.add(purl, line);
      else out.skip("an unreadable name", `${name}@${version}: not a valid package name`, line);
    });
  }
  return out.result();
}
var ansiblePackageFacts = {
  id: "ansible-package-facts",
  description: "Ansible package_facts output (apt, apk, rpm), one JSON file per host: a fleet as one inventory",
  claims: (path) => FILE_NAMES.test(posix.basename(path)) || FOLDERS.test(path) && !/\.(ya?ml|md|txt)$/i.test(path),
  extract: extract2
};

// src/model/endoflife-products.ts
var ENDOFLIFE_PRODUCT_IDS = /* @__PURE__ */ new Set([
  "adonisjs",
  "akeneo-pim",
  "alibaba-ack",
  "alibaba-dragonwell",
  "almalinux",
  "alpine-linux",
  "amazon-aurora-postgresql",
  "amazon-cdk",
  "amazon-corretto",
  "amazon-documentdb",
  "amazon-eks",
  "amazon-elasticache-redis",
  "amazon-glue",
  "amazon-linux",
  "amazon-mq-activemq",
  "amazon-mq-rabbitmq",
  "amazon-msk",
  "amazon-neptune",
  "amazon-opensearch",
  "amazon-rds-mariadb",
  "amazon-rds-mysql",
  "amazon-rds-postgresql",
  "android",
  "angular",
  "angularjs",
  "ansible",
  "ansible-core",
  "anthropic-claude",
  "antix-linux",
  "apache-activemq",
  "apache-airflow",
  "apache-ant",
  "apache-apisix",
  "apache-artemis",
  "apache-camel",
  "apache-cassandra",
  "apache-couchdb",
  "apache-flink",
  "apache-groovy",
  "apache-hadoop",
  "apache-hop",
  "apache-http-server",
  "apache-kafka",
  "apache-lucene",
  "apache-maven",
  "apache-nifi",
  "apache-pulsar",
  "apache-spark",
  "apache-struts",
  "apache-subversion",
  "api-platform",
  "apple-tvos",
  "arangodb",
  "argo-cd",
  "argo-workflows",
  "artifactory",
  "authentik",
  "aws-lambda",
  "azul-zulu",
  "azure-database-for-mysql",
  "azure-database-for-postgresql",
  "azure-devops-server",
  "azure-kubernetes-service",
  "backdrop",
  "bamboo",
  "bazel",
  "beats",
  "behat",
  "bellsoft-liberica",
  "big-ip",
  "bigbluebutton",
  "bitbucket",
  "bitcoin-core",
  "blender",
  "bootstrap",
  "boundary",
  "bun",
  "cachet",
  "caddy",
  "cakephp",
  "calico",
  "centos",
  "centos-stream",
  "centreon",
  "cert-manager",
  "cfengine",
  "checkmk",
  "chef-infra-client",
  "chef-infra-server",
  "chef-inspec",
  "chef-supermarket",
  "chef-workstation",
  "chrome",
  "cilium",
  "cisco-ios-xe",
  "citrix-vad",
  "ckeditor",
  "clamav",
  "clearlinux",
  "clickhouse",
  "cloud-sql-auth-proxy",
  "cnspec",
  "cockroachdb",
  "coder",
  "coldfusion",
  "commvault",
  "composer",
  "concrete-cms",
  "confluence",
  "consul",
  "containerd",
  "contao",
  "contour",
  "controlm",
  "cos",
  "couchbase-server",
  "craft-cms",
  "dbt-core",
  "dce",
  "debian",
  "deno",
  "dependency-track",
  "devuan",
  "discourse",
  "django",
  "docker-engine",
  "dotnet",
  "dotnetfx",
  "dovecot",
  "dropwizard",
  "drupal",
  "drush",
  "duckdb",
  "eclipse-jetty",
  "eclipse-temurin",
  "elasticsearch",
  "electron",
  "elixir",
  "emberjs",
  "envoy",
  "erlang",
  "eslint",
  "etcd",
  "eurolinux",
  "exim",
  "express",
  "fedora",
  "ffmpeg",
  "filemaker",
  "firefox",
  "fluent-bit",
  "flux",
  "font-awesome",
  "foreman",
  "forgejo",
  "fortios",
  "freebsd",
  "freedesktop-sdk",
  "gatekeeper",
  "gerrit",
  "ghc",
  "github-actions-runner-images",
  "gitlab",
  "gitlab-runner",
  "gleam",
  "go",
  "goaccess",
  "godot",
  "google-kubernetes-engine",
  "gorilla",
  "graalvm-ce",
  "gradle",
  "grafana",
  "grafana-loki",
  "grails",
  "graylog",
  "greenlight",
  "grumphp",
  "grunt",
  "gstreamer",
  "guzzle",
  "haproxy",
  "haproxy-ingress",
  "harbor",
  "hashicorp-packer",
  "hashicorp-vault",
  "hbase",
  "hibernate-orm",
  "ibm-aix",
  "ibm-db2",
  "ibm-i",
  "ibm-mq",
  "ibm-semeru",
  "icinga",
  "icinga-web",
  "idl",
  "influxdb",
  "internet-explorer",
  "ionic",
  "ios",
  "ipados",
  "isc-dhcp",
  "istio",
  "jaeger",
  "jekyll",
  "jenkins",
  "jhipster",
  "jira-software",
  "joomla",
  "jquery",
  "jquery-ui",
  "jreleaser",
  "jruby",
  "julia",
  "karpenter",
  "kde-plasma",
  "keda",
  "keycloak",
  "kibana",
  "kirby",
  "knative",
  "kong-gateway",
  "kotlin",
  "kubernetes",
  "kubernetes-csi-node-driver-registrar",
  "kubernetes-node-feature-discovery",
  "kuma",
  "kyverno",
  "laravel",
  "ldap-account-manager",
  "libreoffice",
  "lineageos",
  "linux-kernel",
  "linuxmint",
  "liquibase",
  "log4j",
  "logstash",
  "longhorn",
  "looker",
  "lua",
  "macos",
  "mageia",
  "magento",
  "mandrel",
  "mariadb",
  "mastodon",
  "matomo",
  "mattermost",
  "mautic",
  "mediawiki",
  "meilisearch",
  "memcached",
  "metallb",
  "micronaut",
  "microsoft-build-of-openjdk",
  "mongodb",
  "moodle",
  "msexchange",
  "mssqlserver",
  "mule-runtime",
  "mxlinux",
  "mysql",
  "neo4j",
  "neos",
  "netapp-ontap",
  "netbackup-appliance-os",
  "netbsd",
  "nextcloud",
  "nextjs",
  "nexus",
  "nginx",
  "nix",
  "nixos",
  "nodejs",
  "nomad",
  "notepad-plus-plus",
  "numpy",
  "nutanix-aos",
  "nutanix-files",
  "nutanix-prism",
  "nuxt",
  "nvidia-driver",
  "nvm",
  "office",
  "omnissa-horizon",
  "oniguruma",
  "openbao",
  "openbsd",
  "openjdk-builds-from-oracle",
  "opensearch",
  "openssl",
  "opensuse",
  "opentofu",
  "openvpn",
  "openwrt",
  "openzfs",
  "opnsense",
  "oracle-apex",
  "oracle-database",
  "oracle-graalvm",
  "oracle-jdk",
  "oracle-linux",
  "oracle-solaris",
  "otobo",
  "ovirt",
  "pan-cortex-xdr",
  "pan-gp",
  "pan-os",
  "perl",
  "phoenix-framework",
  "php",
  "phpbb",
  "phpmyadmin",
  "pigeonhole",
  "plesk",
  "plone",
  "pnpm",
  "podman",
  "pop-os",
  "postfix",
  "postgresql",
  "postmarketos",
  "powershell",
  "privatebin",
  "proftpd",
  "prometheus",
  "protractor",
  "proxmox-backup-server",
  "proxmox-datacenter-manager",
  "proxmox-mail-gateway",
  "proxmox-ve",
  "puppet",
  "python",
  "qt",
  "quarkus-framework",
  "quasar",
  "rabbitmq",
  "rancher",
  "react",
  "react-native",
  "red-hat-ansible-automation-platform",
  "red-hat-build-of-openjdk",
  "red-hat-jboss-eap",
  "red-hat-openshift",
  "red-hat-satellite",
  "redis",
  "redmine",
  "renovate",
  "rhel",
  "robo",
  "rocket-chat",
  "rocky-linux",
  "ros",
  "ros-2",
  "roundcube",
  "routeros",
  "rtpengine",
  "ruby",
  "ruby-on-rails",
  "rust",
  "salt",
  "sapmachine",
  "scala",
  "sharepoint",
  "shopware",
  "silverstripe",
  "slackware",
  "sles",
  "sns-firmware",
  "sns-smc",
  "solr",
  "sonarqube-community",
  "sonarqube-server",
  "sourcegraph",
  "splunk",
  "spring-boot",
  "spring-cloud",
  "spring-framework",
  "spring-security",
  "sqlite",
  "squid",
  "statamic",
  "steamos",
  "strapi",
  "suse-linux-micro",
  "suse-manager",
  "svelte",
  "symfony",
  "tails",
  "tailwind-css",
  "tarantool",
  "tarteaucitron",
  "telegraf",
  "teleport",
  "terraform",
  "thumbor",
  "tomcat",
  "traefik",
  "twig",
  "typo3",
  "ubuntu",
  "umbraco",
  "unity",
  "unrealircd",
  "valkey",
  "veeam-backup-and-replication",
  "veeam-backup-for-microsoft-365",
  "veeam-one",
  "vinyl-cache",
  "virtualbox",
  "visionos",
  "visual-cobol",
  "visual-studio",
  "vitess",
  "vmware-cloud-foundation",
  "vmware-esxi",
  "vmware-harbor-registry",
  "vmware-photon",
  "vmware-srm",
  "vmware-vcenter",
  "vue",
  "vuetify",
  "wagtail",
  "watchos",
  "weakforced",
  "weechat",
  "windows",
  "windows-embedded",
  "windows-nano-server",
  "windows-powershell",
  "windows-server",
  "windows-server-core",
  "wireshark",
  "wordpress",
  "xcp-ng",
  "yarn",
  "yocto",
  "youtrack",
  "zabbix",
  "zentyal",
  "zerto",
  "zookeeper"
]);

// src/model/component.ts
function makeComponent(init) {
  const c = {
    ecosystem: init.ecosystem,
    name: init.name,
    version: init.version,
    purl: purlFor(init.ecosystem, init.name, init.version),
    layer: init.layer ?? "library",
    locations: [{ file: init.file, line: init.line }]
  };
  if (init.direct !== void 0) c.direct = init.direct;
  if (init.dev !== void 0) c.dev = init.dev;
  if (init.source !== void 0 && init.source !== "registry") c.source = init.source;
  return c;
}

// src/extract/images/reference.ts
var alphanumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|[-]+)";
var domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var optionalPort = "(?::[0-9]+)?";
var tagPat = "[\\w][\\w.-]{0,127}";
var digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
var ipv6address = "\\[(?:[a-fA-F0-9:]+)\\]";
var domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
var host = `(?:${domainName}|${ipv6address})`;
var domainAndPort = host + optionalPort;
var pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
var remoteName = `${pathComponent}(?:/${pathComponent})*`;
var namePat = `(?:${domainAndPort}/)?${remoteName}`;
var REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
var ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
var ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
var GO_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
var REPOSITORY_NAME_MAX = 255;
var REFERENCE_MAX_LENGTH = 2048;
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPO_PREFIX = "library/";
var fail = (reason) => ({ ok: false, reason });
function validateDigest(digest) {
  const i = digest.indexOf(":");
  if (i <= 0 || i + 1 === digest.length) return "invalid checksum digest format";
  const algorithm = digest.slice(0, i);
  const encoded = digest.slice(i + 1);
  const size = DIGEST_HEX_LENGTH[algorithm];
  if (size === void 0) {
    return GO_DIGEST.test(digest) ? "unsupported digest algorithm" : "invalid checksum digest format";
  }
  if (encoded.length !== size) return "invalid checksum digest length";
  if (!/^[a-f0-9]+$/.test(encoded)) return "invalid checksum digest format";
  return void 0;
}
function parseReference(input) {
  if (input === "") return fail("repository name must have at least one component");
  if (input.length > REFERENCE_MAX_LENGTH) return fail(`longer than ${REFERENCE_MAX_LENGTH} characters`);
  const m = REFERENCE.exec(input);
  if (!m) {
    const lower = input.toLowerCase();
    if (lower !== input && REFERENCE.test(lower)) return fail("repository name must be lowercase");
    return fail("invalid reference format");
  }
  if (m[1].length > REPOSITORY_NAME_MAX) return fail(`repository name must not be more than ${REPOSITORY_NAME_MAX} characters`);
  const nameMatch = ANCHORED_NAME.exec(m[1]);
  const registry = nameMatch?.[1] ?? "";
  const repository = nameMatch ? nameMatch[2] : m[1];
  const ref = { registry, repository, name: registry ? `${registry}/${repository}` : repository };
  if (m[2] !== void 0) ref.tag = m[2];
  if (m[3] !== void 0) {
    const bad = validateDigest(m[3]);
    if (bad) return fail(bad);
    ref.digest = m[3];
  }
  return { ok: true, ref };
}
function splitDockerDomain(name) {
  const slash = name.indexOf("/");
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain;
  let remote;
  if (maybeDomain === "localhost") [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes("/")) remote = OFFICIAL_REPO_PREFIX + remote;
  return [domain, remote];
}
function parseImageReference(input) {
  if (input.length > REFERENCE_MAX_LENGTH) return fail(`longer than ${REFERENCE_MAX_LENGTH} characters`);
  if (ANCHORED_IDENTIFIER.test(input)) {
    return fail("cannot specify 64-byte hexadecimal strings (an image id, not a repository name)");
  }
  const [domain, remainder] = splitDockerDomain(input);
  const colon = remainder.indexOf(":");
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return fail(`repository name (${remote}) must be lowercase`);
  return parseReference(`${domain}/${remainder}`);
}

// src/extract/images/component.ts
var DOCKER_HUB = "docker.io";
function imageComponent(reference, file, line, origin) {
  if (reference.includes("{{")) {
    return { problem: problem(origin, file, `image "${reference}" is a template expression; not resolved`, line, "notice") };
  }
  const parsed = parseImageReference(reference);
  if (!parsed.ok) {
    return { problem: problem(origin, file, `image "${reference}" is not a valid image reference: ${parsed.reason}`, line, "warning") };
  }
  const ref = parsed.ref;
  const version = ref.tag ?? ref.digest ?? "latest";
  const known = lookupImage(canonicalImageName(ref.name), ref.tag);
  const component = makeComponent({
    ecosystem: "image",
    name: ref.name,
    version,
    file,
    line,
    layer: known?.layer ?? "runtime",
    direct: true,
    source: "image"
  });
  const purl = purlFor("image", ref.repository, version);
  component.purl = ref.registry === DOCKER_HUB ? purl : `${purl}?repository_url=${encodeURIComponent(ref.registry)}`;
  const image = { reference, registry: ref.registry, repository: ref.repository };
  if (ref.tag !== void 0) image.tag = ref.tag;
  if (ref.digest !== void 0) image.digest = ref.digest;
  if (known) {
    image.product = known.product;
    if (known.productVersion !== void 0) image.productVersion = known.productVersion;
    if (known.os) image.os = known.os;
  }
  component.image = image;
  return { component };
}

// src/extract/shared/runtime-pin.ts
var RUNTIME_ECOSYSTEM = "runtime";
function productVersion(product, written) {
  let v = written.trim();
  if (product === "nodejs") {
    const lts = /^lts\/([a-z]+)$/i.exec(v);
    if (lts) return NODE_CODENAMES[lts[1].toLowerCase()];
  }
  if (product === "ruby") v = v.replace(/^ruby-/, "");
  if (product === "python") v = v.replace(/^python-/, "");
  v = v.replace(/\.[x*]$/i, "");
  const m = /^v?(\d+(?:\.\d+){0,2})$/.exec(v);
  return m?.[1];
}
function runtimeComponent(pin, components, problems) {
  const version = pin.version ?? productVersion(pin.product, pin.written);
  if (version === void 0) {
    problems.push(problem(pin.origin, pin.file, `${pin.name} "${pin.written}" names no version (a channel or alias such as lts/*, latest or system); not checked`, pin.line, "notice"));
    return;
  }
  const c = makeComponent({ ecosystem: RUNTIME_ECOSYSTEM, name: pin.name, version: pin.written.trim(), file: pin.file, line: pin.line, layer: "runtime", direct: true });
  c.runtime = { productVersion: version };
  if (pin.product !== void 0) c.runtime.product = pin.product;
  if (pin.repository !== void 0) c.runtime.repository = pin.repository;
  components.push(c);
}

// src/extract/shared/renovate-annotations.ts
var ANNOTATION = /^\s*(?:#|\/\/)\s*renovate:\s*(.*)$/;
var ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?["']?[A-Za-z_][\w.-]*["']?[ \t]*[:=][ \t]*["']?([^"'\s#,]+)["']?/;
function assignedValue(line) {
  const m = ASSIGNMENT.exec(line);
  if (!m) return void 0;
  let rest = line.slice(m[0].length).trimStart();
  if (rest.startsWith(",")) rest = rest.slice(1).trimStart();
  return rest === "" || rest.startsWith("#") ? m[1] : void 0;
}
var registryPackage = (ecosystem) => (pin, components) => {
  components.push(makeComponent({ ecosystem, name: pin.name, version: pin.value, file: pin.file, line: pin.line, direct: true }));
};
function extractVersionPrefix(pattern) {
  const m = /^\^?((?:[A-Za-z0-9_/-]|\\[.\-/_])*)\(\?<version>/.exec(pattern);
  return m ? m[1].replace(/\\(.)/g, "$1") : void 0;
}
var unversioned = (pin) => problem(pin.origin, pin.file, `renovate annotation for ${pin.name}: "${pin.value}" names no release version (a tag prefix is stated as extractVersion=^prefix(?<version>.*)$); not checked`, pin.line, "notice");
function releaseVersion(pin, product) {
  let v = pin.value;
  const pattern = pin.fields.get("extractVersion");
  const prefix = pattern === void 0 ? void 0 : extractVersionPrefix(pattern);
  if (prefix !== void 0 && prefix !== "" && v.startsWith(prefix)) v = v.slice(prefix.length);
  return productVersion(product, v);
}
function repositoryPin(pin, components, problems) {
  const repository = canonicalRepository(pin.name);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    problems.push(problem(pin.origin, pin.file, `renovate annotation for ${pin.name}: not a GitHub owner/repository; skipped`, pin.line - 1, "warning"));
    return;
  }
  const version = releaseVersion(pin, void 0);
  if (version === void 0) {
    problems.push(unversioned(pin));
    return;
  }
  runtimeComponent({ repository, name: repository, written: pin.value, version, file: pin.file, line: pin.line, origin: pin.origin }, components, problems);
}
var DATASOURCES = {
  docker: (pin, components, problems) => {
    const made = imageComponent(`${pin.name}:${pin.value}`, pin.file, pin.line, pin.origin);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
  },
  npm: registryPackage("npm"),
  pypi: registryPackage("PyPI"),
  // The product itself, by endoflife.date's id (`postgresql`, `amazon-eks`).
  "endoflife-date": (pin, components, problems) => {
    const product = pin.name.toLowerCase();
    const version = releaseVersion(pin, product);
    if (version === void 0) {
      problems.push(unversioned(pin));
      return;
    }
    runtimeComponent({ product, name: product, written: pin.value, version, file: pin.file, line: pin.line, origin: pin.origin }, components, problems);
  },
  // A repository's releases (or tags): the product is the one whose endoflife.date page names
  // the repository, found when the release data is read (advise/runtime/repositories.ts).
  "github-releases": repositoryPin,
  "github-tags": repositoryPin
};
var READ = Object.keys(DATASOURCES).join(", ");
function fields(text) {
  const out = /* @__PURE__ */ new Map();
  const words = text.split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const eq = word.indexOf("=");
    const key2 = word.slice(0, eq);
    if (eq <= 0 || !/^[A-Za-z]+$/.test(key2)) continue;
    let value = word.slice(eq + 1);
    if (value.startsWith('"')) {
      while (!(value.length > 1 && value.endsWith('"')) && i + 1 < words.length) value += ` ${words[++i]}`;
      value = value.replace(/^"|"$/g, "");
    }
    out.set(key2, value);
  }
  return out;
}
function readAnnotations(path, text, origin) {
  const components = [];
  const problems = [];
  const used = /* @__PURE__ */ new Set();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const note = ANNOTATION.exec(lines[i]);
    if (!note) continue;
    const at2 = i + 1;
    const f = fields(note[1]);
    const datasource = f.get("datasource");
    const name = f.get("packageName") ?? f.get("depName");
    if (i + 1 < lines.length) used.add(at2 + 1);
    if (datasource === void 0 || name === void 0) {
      problems.push(problem(origin, path, "renovate annotation without datasource= and depName= (or packageName=); skipped", at2, "warning"));
      continue;
    }
    const make = DATASOURCES[datasource];
    if (!make) {
      problems.push(problem(origin, path, `renovate annotation for ${name}: datasource ${datasource} is not read (${READ} are); skipped`, at2, "notice"));
      continue;
    }
    const next = lines[i + 1];
    const value = next === void 0 ? void 0 : assignedValue(next);
    if (value === void 0 || value.includes("{{") || value.includes("${")) {
      problems.push(problem(origin, path, `renovate annotation for ${name}: the next line assigns no literal version; skipped`, next === void 0 ? at2 : at2 + 1, "warning"));
      continue;
    }
    make({ name, value, fields: f, file: path, line: at2 + 1, origin }, components, problems);
  }
  return { components, problems, lines: used };
}

// src/extract/ansible-vars/index.ts
var ORIGIN3 = "extract/ansible-vars";
var CLAIMED = /(?:^|\/)(?:(?:defaults|vars)\/[^/]+\.ya?ml|(?:group_vars|host_vars)\/(?:.+\.ya?ml|[^/.]+))$/;
var IMAGE_KEY = /^(.+?)_(?:container_image|docker_image|image)$/;
var NAME_SUFFIXES = ["_image_name", "_docker_image", "_image", "_repository", "_container_image_name"];
var VERSION_SUFFIXES = ["_image_tag", "_container_image_tag", "_version", "_tag"];
var MAX_DEPTH = 16;
var MAX_SUBSTITUTIONS = 256;
var MAX_VALUE = 2048;
var Resolver = class {
  constructor(vars) {
    this.vars = vars;
  }
  vars;
  /** The variable whose literal a chain of `{{ other }}` values ends at, for the line of a pin. */
  origin(name) {
    let at2 = name;
    for (let i = 0; i < MAX_DEPTH; i++) {
      const v = this.vars.get(at2);
      if (!v) return void 0;
      const m = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(v.value.trim());
      if (!m) return { ...v, name: at2 };
      at2 = m[1];
    }
    return void 0;
  }
  /** Lines of every variable a value's expressions name, through the variables they name in turn. */
  references(text) {
    const out = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const queue = [text];
    while (queue.length > 0 && seen.size < 256) {
      for (const block of queue.pop().matchAll(/\{\{([\s\S]*?)\}\}/g)) {
        for (const [name] of block[1].matchAll(/[A-Za-z_]\w*/g)) {
          const v = this.vars.get(name);
          if (!v || seen.has(name)) continue;
          seen.add(name);
          out.add(v.line);
          queue.push(v.value);
        }
      }
    }
    return out;
  }
  budget = 0;
  /** The value with every expression substituted, or the first expression that could not be. */
  value(text) {
    this.budget = MAX_SUBSTITUTIONS;
    return this.substitute(text, 0);
  }
  substitute(text, depth) {
    if (depth > MAX_DEPTH || this.budget-- <= 0 || text.length > MAX_VALUE) return { ok: false, expression: text.slice(0, 200) };
    let out = "";
    let rest = text;
    for (; ; ) {
      const open = rest.indexOf("{{");
      if (open === -1) break;
      const close = rest.indexOf("}}", open);
      if (close === -1) return { ok: false, expression: rest.slice(open) };
      out += rest.slice(0, open);
      const expr = rest.slice(open + 2, close).trim();
      const got = this.expression(expr, depth);
      if (!got.ok) return got;
      out += got.value;
      if (out.length > MAX_VALUE) return { ok: false, expression: expr };
      rest = rest.slice(close + 2);
    }
    if (rest.includes("{%")) return { ok: false, expression: rest };
    return { ok: true, value: out + rest };
  }
  operand(t, depth) {
    const lit = /^(['"])([^'"]*)\1$/.exec(t);
    if (lit) return { ok: true, value: lit[2] };
    if (/^[A-Za-z_]\w*$/.test(t)) {
      const v = this.vars.get(t);
      return v ? this.substitute(v.value, depth + 1) : { ok: false, expression: t };
    }
    return { ok: false, expression: t };
  }
  expression(expr, depth) {
    const cond = /^(.+?)\s+if\s+(not\s+)?([A-Za-z_]\w*)\s+else\s+(.+)$/.exec(expr);
    if (cond) {
      const flag = this.operand(cond[3], depth);
      if (!flag.ok) return { ok: false, expression: expr };
      const truthy = /^(?:true|yes|on|1)$/i.test(flag.value.trim());
      const falsy = /^(?:false|no|off|0|)$/i.test(flag.value.trim());
      if (!truthy && !falsy) return { ok: false, expression: expr };
      return this.operand(truthy !== Boolean(cond[2]) ? cond[1].trim() : cond[4].trim(), depth);
    }
    return this.operand(expr, depth);
  }
};
function topLevelScalars(text) {
  const vars = /* @__PURE__ */ new Map();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_]\w*)\s*:(?:[ \t]+(.*))?$/.exec(lines[i]);
    if (!m || m[2] === void 0) continue;
    const value = scalar(m[2].trim());
    if (value !== void 0) vars.set(m[1], { value, line: i + 1 });
  }
  return vars;
}
function scalar(raw) {
  if (raw === "" || /^[|>[{&*!%@`]/.test(raw)) return void 0;
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
    return m ? m[1].replace(/\\(.)/g, "$1") : void 0;
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(raw);
    return m ? m[1].replace(/''/g, "'") : void 0;
  }
  const hash = raw.search(/[ \t]#/);
  return (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
}
var isTemplated = (v) => v.includes("{{") || v.includes("{%");
function imageName(v) {
  if (v === "" || /[\s]|:\/\/|^\//.test(v)) return false;
  const parsed = parseImageReference(v);
  return parsed.ok && parsed.ref.tag === void 0 && parsed.ref.digest === void 0;
}
function read(file) {
  const annotations = readAnnotations(file.path, file.text, ORIGIN3);
  const components = [...annotations.components];
  const problems = [...annotations.problems];
  const taken = new Set(annotations.lines);
  const vars = topLevelScalars(file.text);
  const resolver = new Resolver(vars);
  for (const [key2, v] of vars) {
    const m = IMAGE_KEY.exec(key2);
    if (!m || !v.value.includes(":") || /:\/\//.test(v.value)) continue;
    const tagVar = /:[^:{}/]*\{\{\s*([A-Za-z_]\w*)\s*\}\}[^:{}/]*$/.exec(v.value.trim());
    const pin = tagVar ? resolver.origin(tagVar[1]) : void 0;
    const line = pin?.line ?? v.line;
    if (taken.has(line) || taken.has(v.line)) continue;
    if ([...resolver.references(v.value)].some((l) => taken.has(l))) continue;
    const got = resolver.value(v.value);
    if (!got.ok) {
      problems.push(problem(ORIGIN3, file.path, `${key2}: "${got.expression}" is a Jinja expression this file does not resolve; image not checked`, v.line, "notice"));
      taken.add(v.line);
      continue;
    }
    if (got.value === "" || !/:[^/]+$/.test(got.value)) continue;
    const made = imageComponent(got.value, file.path, line, ORIGIN3);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
    taken.add(line).add(v.line);
  }
  for (const [key2, v] of vars) {
    const suffix = VERSION_SUFFIXES.find((s) => key2.endsWith(s));
    if (!suffix) continue;
    const line = resolver.origin(key2)?.line ?? v.line;
    if (taken.has(v.line) || taken.has(line)) continue;
    const stem = key2.slice(0, -suffix.length);
    const nameVar = NAME_SUFFIXES.map((s) => vars.get(stem + s)).find((n) => n !== void 0);
    if (!nameVar) continue;
    const name = resolver.value(nameVar.value);
    const version = resolver.value(v.value);
    if (!name.ok || !imageName(name.value)) continue;
    if (!version.ok) {
      problems.push(problem(ORIGIN3, file.path, `${key2}: "${version.expression}" is a Jinja expression this file does not resolve; image ${name.value} not checked`, v.line, "notice"));
      taken.add(v.line);
      continue;
    }
    const made = imageComponent(`${name.value}:${version.value}`, file.path, line, ORIGIN3);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
    taken.add(v.line).add(line);
  }
  for (const [key2, v] of vars) {
    if (!key2.endsWith("_version") || taken.has(v.line)) continue;
    const product = key2.slice(0, -"_version".length).replace(/_/g, "-").toLowerCase();
    if (!ENDOFLIFE_PRODUCT_IDS.has(product)) continue;
    taken.add(v.line);
    if (isTemplated(v.value)) {
      problems.push(problem(ORIGIN3, file.path, `${key2}: "${v.value}" is a Jinja expression; ${product} not checked`, v.line, "notice"));
      continue;
    }
    runtimeComponent({ product, name: product, written: v.value, file: file.path, line: v.line, origin: ORIGIN3 }, components, problems);
  }
  return { components, problems };
}
var ansibleVars = {
  id: "ansible-vars",
  description: "Ansible role defaults/vars and group_vars/host_vars: Renovate annotations, image references built from the file's variables, versions beside image names, and `<product>_version` for endoflife.date products",
  claims: (path) => CLAIMED.test(path),
  extract(file, _ctx) {
    return read(file);
  }
};

// src/extract/bun/index.ts
import { posix as posix2 } from "node:path";

// src/extract/yarn/npm-family.ts
function splitDescriptor(spec) {
  let from = 1;
  if (spec.startsWith("@")) {
    const slash = spec.indexOf("/");
    if (slash <= 1) return void 0;
    from = slash + 1;
  }
  const at2 = spec.indexOf("@", from);
  if (at2 === -1 || from > 1 && at2 === from) return void 0;
  return { name: spec.slice(0, at2), rest: spec.slice(at2 + 1) };
}
var GIT_PROTOCOL = /^(?:git\+|git:|git@|ssh:|github:|gitlab:|bitbucket:|gist:)/;
var GITHUB_SHORTHAND = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:#.*)?$/;
function sourceOfReference(ref) {
  if (ref.startsWith("workspace:")) return "workspace";
  if (ref.startsWith("link:") || ref.startsWith("portal:")) return "link";
  if (ref.startsWith("file:") || ref.startsWith("exec:")) return "path";
  if (ref.startsWith("npm:")) return "registry";
  if (GIT_PROTOCOL.test(ref)) return "git";
  if (/^https?:\/\//i.test(ref)) return /\.git(?:#|$)|#commit=/.test(ref) ? "git" : "url";
  if (/^(?:\.{1,2}\/|\/|~\/)/.test(ref)) return "path";
  if (GITHUB_SHORTHAND.test(ref)) return "git";
  return "registry";
}
var DEV_RANK = { none: 0, dev: 1, unknown: 2, prod: 3 };
var NpmComponents = class {
  constructor(file) {
    this.file = file;
  }
  file;
  byKey = /* @__PURE__ */ new Map();
  /** Returns the component's key, for markDirect/noteDev. */
  add(name, version, source, line) {
    const key2 = `${name}\0${version}\0${source}`;
    const existing = this.byKey.get(key2);
    if (existing) {
      if (line < existing.line) existing.line = line;
    } else {
      this.byKey.set(key2, { name, version, source, line, direct: false, dev: "none" });
    }
    return key2;
  }
  markDirect(key2) {
    const c = this.byKey.get(key2);
    if (c) c.direct = true;
  }
  /** One entry's dev status: false (needed at run time) outweighs unknown, which outweighs true. */
  noteDev(key2, dev) {
    const c = this.byKey.get(key2);
    if (!c) return;
    const state = dev === void 0 ? "unknown" : dev ? "dev" : "prod";
    if (DEV_RANK[state] > DEV_RANK[c.dev]) c.dev = state;
  }
  /** `directKnown`: the file says what the project depends on, so an unmarked component is indirect. */
  build(directKnown) {
    const out = [];
    for (const c of this.byKey.values()) {
      out.push(
        makeComponent({
          ecosystem: "npm",
          name: c.name,
          version: c.version,
          file: this.file,
          line: c.line,
          source: c.source,
          direct: c.direct ? true : directKnown ? false : void 0,
          dev: c.dev === "dev" ? true : c.dev === "prod" ? false : void 0
        })
      );
    }
    return out;
  }
};
function devByReachability(nodeCount, edges, roots) {
  const walk = (starts) => {
    const seen = new Uint8Array(nodeCount);
    const queue = [];
    for (const s of starts) {
      if (s >= 0 && s < nodeCount && !seen[s]) {
        seen[s] = 1;
        queue.push(s);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      for (const t of edges[queue[q]] ?? []) {
        if (!seen[t]) {
          seen[t] = 1;
          queue.push(t);
        }
      }
    }
    return seen;
  };
  const prod = walk(roots.prod);
  const unknown = walk(roots.unknown);
  const dev = walk(roots.dev);
  const out = new Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    out[i] = prod[i] ? false : unknown[i] ? void 0 : dev[i] ? true : null;
  }
  return out;
}
function manifestDeps(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(value)) return void 0;
  const entries2 = (field) => {
    const deps2 = value[field];
    if (!isRecord(deps2)) return [];
    return Object.entries(deps2).filter((e) => typeof e[1] === "string");
  };
  const prod = new Map([...entries2("optionalDependencies"), ...entries2("dependencies")]);
  const dev = new Map(entries2("devDependencies"));
  return { prod, dev, hasWorkspaces: value.workspaces !== void 0 };
}

// src/extract/bun/index.ts
var ID = "bun";
var ORIGIN4 = `extract/${ID}`;
var MAX_SYNTAX_ERRORS = 5;
var VERSIONS = /* @__PURE__ */ new Set([0, 1]);
function prop(obj, name) {
  if (obj?.type !== "object") return void 0;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === name) return p.children[1];
  }
  return void 0;
}
function depNames(manifest, field) {
  const deps2 = manifest[field];
  return isRecord(deps2) ? Object.keys(deps2) : [];
}
function pathNames(key2) {
  const segs = key2.split("/");
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    if (segs[i].startsWith("@") && i + 1 < segs.length) {
      out.push(`${segs[i]}/${segs[i + 1]}`);
      i++;
    } else {
      out.push(segs[i]);
    }
  }
  return out;
}
var bunLock = {
  id: ID,
  description: "bun.lock (Bun text lockfile, lockfileVersion 0 and 1), with workspaces, aliases and nested copies",
  claims: (path) => posix2.basename(path) === "bun.lock",
  extract(file) {
    try {
      return read2(file);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      const line = lineTooDeep(file.text);
      return { components: [], problems: [problem(ORIGIN4, file.path, `nested too deeply to read (over ${LIMITS.maxNestingDepth} levels from this line)`, line)] };
    }
  }
};
function lineTooDeep(text) {
  const scanner = createScanner(text, false);
  const EOF = 17;
  let depth = 0;
  for (let t = scanner.scan(); t !== EOF; t = scanner.scan()) {
    const c = text[scanner.getTokenOffset()];
    if (c === "{" || c === "[") {
      if (++depth > LIMITS.maxNestingDepth) return scanner.getTokenStartLine() + 1;
    } else if (c === "}" || c === "]") {
      depth--;
    }
  }
  return 1;
}
function read2(file) {
  const problems = [];
  const lines = new LineIndex(file.text);
  const errors = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: true, disallowComments: false });
  errors.slice(0, MAX_SYNTAX_ERRORS).forEach((e) => {
    const what = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    problems.push(problem(ORIGIN4, file.path, `invalid JSON: ${what}`, lines.lineOf(e.offset)));
  });
  if (errors.length > MAX_SYNTAX_ERRORS) {
    const next = lines.lineOf(errors[MAX_SYNTAX_ERRORS].offset);
    problems.push(problem(ORIGIN4, file.path, `${errors.length - MAX_SYNTAX_ERRORS} more syntax errors not listed, the next at this line`, next));
  }
  const errorOffsets = errors.map((e) => e.offset).sort((a, b) => a - b);
  const damaged = (n) => {
    let lo = 0;
    let hi = errorOffsets.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (errorOffsets[mid] < n.offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < errorOffsets.length && errorOffsets[lo] <= n.offset + n.length;
  };
  if (root?.type !== "object") {
    problems.push(problem(ORIGIN4, file.path, "not a bun.lock: expected a JSON object with lockfileVersion and packages", 1));
    return { components: [], problems };
  }
  const versionNode = prop(root, "lockfileVersion");
  const version = versionNode ? getNodeValue(versionNode) : void 0;
  if (typeof version !== "number" || !VERSIONS.has(version)) {
    problems.push(
      problem(
        ORIGIN4,
        file.path,
        `lockfileVersion ${JSON.stringify(version) ?? "missing"} is not 0 or 1; read as version 1`,
        versionNode ? lines.lineOf(versionNode.offset) : 1,
        "warning"
      )
    );
  }
  const workspaces = /* @__PURE__ */ new Map();
  const wsNode = prop(root, "workspaces");
  for (const p of wsNode?.type === "object" ? wsNode.children ?? [] : []) {
    const path = p.children?.[0]?.value;
    const value = p.children?.[1] ? getNodeValue(p.children[1]) : void 0;
    if (typeof path === "string" && isRecord(value) && !damaged(p)) workspaces.set(path, value);
  }
  const out = new NpmComponents(file.path);
  const nodes = [];
  const index = /* @__PURE__ */ new Map();
  const packages = prop(root, "packages");
  if (packages && packages.type !== "object") {
    problems.push(problem(ORIGIN4, file.path, "`packages` is not an object", lines.lineOf(packages.offset)));
  }
  for (const p of packages?.type === "object" ? packages.children ?? [] : []) {
    const keyNode = p.children?.[0];
    const key2 = keyNode?.value;
    const line = lines.lineOf((keyNode ?? p).offset);
    if (typeof key2 !== "string") continue;
    if (damaged(p)) {
      problems.push(problem(ORIGIN4, file.path, `packages["${key2}"]: entry damaged by a syntax error; not read`, line));
      continue;
    }
    const value = p.children?.[1] ? getNodeValue(p.children[1]) : void 0;
    const ident = Array.isArray(value) ? value[0] : void 0;
    const d = typeof ident === "string" ? splitDescriptor(ident) : void 0;
    if (!Array.isArray(value) || !d || d.rest === "") {
      problems.push(problem(ORIGIN4, file.path, `packages["${key2}"]: expected ["name@version", ...]; not read`, line));
      continue;
    }
    const ref = d.rest;
    if (ref === "root:") continue;
    const source = sourceOfReference(ref);
    let version2 = ref;
    const info = source === "registry" ? value[2] : value[1];
    if (source === "workspace") {
      const ws = workspaces.get(ref.slice("workspace:".length));
      const wsVersion = ws?.version;
      if (typeof wsVersion !== "string" || wsVersion === "") {
        index.set(key2, nodes.length);
        nodes.push({ key: key2, workspace: true });
        continue;
      }
      version2 = wsVersion;
    }
    index.set(key2, nodes.length);
    nodes.push({
      key: key2,
      component: out.add(d.name, version2, source, line),
      workspace: source === "workspace",
      ...isRecord(info) ? { info } : {}
    });
  }
  const resolveFrom = (names, dep) => {
    for (let n = names.length; n >= 0; n--) {
      const hit = index.get([...names.slice(0, n), dep].join("/"));
      if (hit !== void 0) return hit;
    }
    return void 0;
  };
  const edges = nodes.map((node) => {
    if (node.workspace || !node.info) return [];
    const optionalPeers = new Set(Array.isArray(node.info.optionalPeers) ? node.info.optionalPeers : []);
    const names = pathNames(node.key);
    const targets2 = [];
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
      for (const dep of depNames(node.info, field)) {
        if (field === "peerDependencies" && optionalPeers.has(dep)) continue;
        const t = resolveFrom(names, dep);
        if (t !== void 0) targets2.push(t);
      }
    }
    return targets2;
  });
  const roots = { prod: [], dev: [], unknown: [] };
  for (const [path, manifest] of workspaces) {
    const owner = path === "" || typeof manifest.name !== "string" ? [] : [manifest.name];
    const add = (field, into) => {
      for (const dep of depNames(manifest, field)) {
        const t = resolveFrom(owner, dep);
        if (t === void 0) continue;
        const component = nodes[t].component;
        if (component !== void 0) out.markDirect(component);
        into.push(t);
      }
    };
    add("dependencies", roots.prod);
    add("optionalDependencies", roots.prod);
    add("devDependencies", roots.dev);
  }
  if (workspaces.size > 0) {
    const dev = devByReachability(nodes.length, edges, roots);
    nodes.forEach((node, i) => {
      const d = dev[i];
      if (node.component !== void 0 && d !== null) out.noteDev(node.component, d);
    });
  }
  return { components: out.build(workspaces.size > 0), problems };
}

// src/extract/bundler/index.ts
var ORIGIN5 = "extract/bundler";
var SOURCE_SECTIONS = {
  GEM: "registry",
  GIT: "git",
  PATH: "path",
  // A Bundler plugin decides where these come from; they are not rubygems.org gems.
  "PLUGIN SOURCE": "url"
};
var OTHER_SECTIONS = /* @__PURE__ */ new Set(["PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"]);
var AFTER_DEPENDENCIES = /* @__PURE__ */ new Set(["RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"]);
var HEADER = /^[A-Z][A-Z ]*$/;
var OPTION = /^ {2}[a-z_]+:/;
var SPEC = /^ {4}([^\s()]+) \(([^\s()]+)\)$/;
var SPEC_REQUIREMENT = /^ {6}\S/;
var DEPENDENCY = /^ {2}([^\s()!]+)(!)?(?: \([^()]*\))?$/;
function extract3(file) {
  const problems = [];
  const specs = [];
  const direct = /* @__PURE__ */ new Set();
  const lines = splitLines(file.text);
  const lineCount = lines.length > 1 && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
  const bad = (n, what) => {
    problems.push(problem(ORIGIN5, file.path, what, n));
  };
  let section;
  let inSpecs = false;
  let sawDependencies = false;
  let sawAfterDependencies = false;
  for (let i = 0; i < lineCount; i++) {
    const n = i + 1;
    const line = lines[i].trimEnd();
    if (line === "") continue;
    if (HEADER.test(line)) {
      section = line;
      inSpecs = false;
      if (section === "DEPENDENCIES") sawDependencies = true;
      if (AFTER_DEPENDENCIES.has(section)) sawAfterDependencies = true;
      if (!(section in SOURCE_SECTIONS) && !OTHER_SECTIONS.has(section)) {
        problems.push(problem(ORIGIN5, file.path, `unknown section "${section}"; skipped`, n, "notice"));
      }
      continue;
    }
    if (section === void 0) {
      bad(n, "expected a section header such as GEM or DEPENDENCIES before any entry");
      continue;
    }
    const source = SOURCE_SECTIONS[section];
    if (source !== void 0) {
      if (line === "  specs:") {
        inSpecs = true;
      } else if (inSpecs && SPEC_REQUIREMENT.test(line)) {
      } else if (inSpecs && line.startsWith("    ")) {
        const m = SPEC.exec(line);
        if (!m) {
          bad(n, `expected a locked gem as "    name (version)" in ${section} specs`);
          continue;
        }
        const dash = m[2].indexOf("-");
        const version = dash === -1 ? m[2] : m[2].slice(0, dash);
        if (version === "") {
          bad(n, `gem ${m[1]} has no version before its platform`);
          continue;
        }
        specs.push({ name: m[1], version, line: n, source });
      } else if (!inSpecs && OPTION.test(line)) {
      } else {
        bad(n, `unexpected line in ${section} section`);
      }
    } else if (section === "DEPENDENCIES") {
      const m = DEPENDENCY.exec(line);
      if (m) direct.add(m[1]);
      else bad(n, 'expected a dependency as "  name", "  name!" or "  name (requirement)"');
    }
  }
  const last = Math.max(lineCount, 1);
  if (!sawDependencies) {
    bad(last, "no DEPENDENCIES section: the file looks truncated; direct dependencies are unknown");
  } else if (!sawAfterDependencies) {
    problems.push(
      problem(
        ORIGIN5,
        file.path,
        "no BUNDLED WITH section after DEPENDENCIES (written by Bundler since 1.10): the file may be truncated",
        last,
        "warning"
      )
    );
  }
  const components = specs.map(
    (s) => makeComponent({
      ecosystem: "RubyGems",
      name: s.name,
      version: s.version,
      file: file.path,
      line: s.line,
      source: s.source,
      ...sawDependencies ? { direct: direct.has(s.name) } : {}
    })
  );
  return { components, problems };
}
var bundlerLock = {
  id: "bundler",
  description: "Gemfile.lock and gems.locked (Bundler): GEM, GIT and PATH sources, platform-specific gems, DEPENDENCIES as direct",
  claims: (path) => /(^|\/)(Gemfile\.lock|gems\.locked)$/.test(path),
  extract: extract3
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str7 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str7 = str7.replaceAll("_", "");
  return state > 1 ? parseFloat(str7) : parseInteger(ctx, str7, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str7 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str7 = str7.replaceAll("_", "");
  return parseInteger(ctx, str7, base, startPtr);
}
function parseInteger(ctx, str7, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str7, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str7) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str7);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str7, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str7, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str7 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str7);
      case 2:
        return Temporal.PlainDateTime.from(str7);
      case 3:
        return Temporal.PlainDate.from(str7);
      case 4:
        return Temporal.PlainTime.from(str7);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key2, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key2[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/parse/toml-lock.ts
var PACKAGE_HEADER = /^[ \t]*\[\[[ \t]*package[ \t]*\]\][ \t]*(?:#.*)?$/;
var ANY_HEADER = /^[ \t]*\[\[?[ \t]*("?)([A-Za-z0-9_-]+)\1/;
var KEY_LINE = /^[ \t]*[A-Za-z0-9_"'.-][^=]*=/;
function scanLine(line, state) {
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (state === "basic") {
      const c2 = line[i];
      if (c2 === "\\") {
        i += 2;
        continue;
      }
      if (line.startsWith('"""', i)) {
        i += 3;
        while (line[i] === '"') i++;
        state = "none";
        continue;
      }
      i++;
      continue;
    }
    if (state === "literal") {
      if (line.startsWith("'''", i)) {
        i += 3;
        while (line[i] === "'") i++;
        state = "none";
        continue;
      }
      i++;
      continue;
    }
    const c = line[i];
    if (c === "#") return state;
    if (line.startsWith('"""', i)) {
      state = "basic";
      i += 3;
      continue;
    }
    if (line.startsWith("'''", i)) {
      state = "literal";
      i += 3;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      i = end === -1 ? n : end + 1;
      continue;
    }
    i++;
  }
  return state;
}
function sections(text) {
  const lines = splitLines(text);
  const out = [{ kind: "prelude", start: 1, lines: [] }];
  let state = "none";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (state === "none") {
      if (PACKAGE_HEADER.test(line)) {
        out.push({ kind: "package", start: i + 1, lines: [] });
      } else {
        const h = ANY_HEADER.exec(line);
        if (h && h[2] !== "package") out.push({ kind: "other", start: i + 1, lines: [] });
      }
    }
    out[out.length - 1].lines.push(line);
    state = scanLine(line, state);
  }
  return out;
}
function firstLine(message) {
  const nl = message.indexOf("\n");
  return nl === -1 ? message : message.slice(0, nl);
}
function parseSection(section, origin, file, problems) {
  try {
    return parse(section.lines.join("\n"), { unsafeKeyBehaviour: "drop", maxDepth: 64 });
  } catch (err) {
    const p = problem(origin, file, `invalid TOML: ${firstLine(err instanceof Error ? err.message : String(err))}`, section.start);
    if (err instanceof TomlError && err.line > 0) {
      p.line = section.start + err.line - 1;
      p.column = err.column;
    }
    problems.push(p);
    return void 0;
  }
}
function salvageKeys(section) {
  const out = {};
  let state = "none";
  for (let i = 1; i < section.lines.length; i++) {
    const line = section.lines[i];
    const inString = state !== "none";
    state = scanLine(line, state);
    if (inString) continue;
    if (/^[ \t]*\[/.test(line)) break;
    if (!KEY_LINE.test(line)) continue;
    try {
      const one = parse(line, { unsafeKeyBehaviour: "drop", maxDepth: 8 });
      for (const [k, v] of Object.entries(one)) if (!(k in out)) out[k] = v;
    } catch {
    }
  }
  return out;
}
function mergeInto(into, from) {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (isRecord(existing) && isRecord(v)) mergeInto(existing, v);
    else if (Array.isArray(existing) && Array.isArray(v)) existing.push(...v);
    else into[k] = v;
  }
}
function readTomlLock(text, origin, file) {
  const top = {};
  const packages = [];
  const problems = [];
  for (const section of sections(text)) {
    if (section.lines.every((l) => /^\s*(#.*)?$/.test(l))) continue;
    const parsed = parseSection(section, origin, file, problems);
    if (section.kind !== "package") {
      if (parsed) mergeInto(top, parsed);
      continue;
    }
    if (!parsed) {
      const salvaged = salvageKeys(section);
      if (Object.keys(salvaged).length > 0) packages.push({ table: salvaged, line: section.start, partial: true });
      continue;
    }
    const arr = parsed.package;
    const table = Array.isArray(arr) && arr.length === 1 ? arr[0] : void 0;
    if (!isRecord(table)) {
      problems.push(problem(origin, file, "[[package]]: expected one table", section.start));
      continue;
    }
    packages.push({ table, line: section.start, partial: false });
  }
  return { top, packages, problems };
}
function str2(table, key2) {
  const v = table[key2];
  return typeof v === "string" ? v : void 0;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((x) => typeof x === "string") : [];
}
function incompleteLock(origin, file, dangling) {
  const first = dangling[0];
  if (!first) return void 0;
  const more = dangling.length > 1 ? ` and ${dangling.length - 1} more` : "";
  return problem(
    origin,
    file,
    `"${first.from}" depends on "${first.to}"${more}, which the lock does not contain: it is incomplete or was cut short`,
    first.line,
    "warning"
  );
}
function keyLine(text, key2) {
  const re = new RegExp(`^${key2.replace(/[-.]/g, "\\$&")}\\s*=`);
  return splitLines(text).findIndex((l) => re.test(l)) + 1 || 1;
}

// src/extract/cargo/index.ts
var ORIGIN6 = "extract/cargo";
var ECOSYSTEM = "crates.io";
var CRATES_IO = /* @__PURE__ */ new Set(["registry+https://github.com/rust-lang/crates.io-index", "sparse+https://index.crates.io/"]);
function sourceOf(source) {
  if (source === void 0) return "path";
  if (CRATES_IO.has(source)) return "registry";
  if (source.startsWith("git+")) return "git";
  if (source.startsWith("path+")) return "path";
  return "url";
}
function resolveDep(dep, byName) {
  const m = /^(\S+)(?:\s+(\S+))?(?:\s+\((.+)\))?$/.exec(dep.trim());
  if (!m) return [];
  const [, name, version, source] = m;
  return (byName.get(name) ?? []).filter((e) => (version === void 0 || e.version === version) && (source === void 0 || e.source === source));
}
function rootLine(text) {
  const i = splitLines(text).findIndex((l) => /^\s*\[\s*root\s*\]\s*(#.*)?$/.test(l));
  return i + 1 || 1;
}
function extract4(file) {
  const lock = readTomlLock(file.text, ORIGIN6, file.path);
  const problems = [...lock.problems];
  const version = lock.top.version;
  if (version !== void 0 && !(typeof version === "number" && version >= 1 && version <= 4)) {
    problems.push(problem(ORIGIN6, file.path, `Cargo.lock version ${JSON.stringify(version)} is not 1 to 4; read as version 4`, keyLine(file.text, "version"), "warning"));
  }
  const tables = [...lock.packages];
  if (isRecord(lock.top.root)) tables.unshift({ table: lock.top.root, line: rootLine(file.text), partial: false });
  const entries2 = [];
  for (const { table, line, partial } of tables) {
    const name = str2(table, "name");
    const v = str2(table, "version");
    if (!name || !v) {
      if (!partial || name) {
        problems.push(problem(ORIGIN6, file.path, `package ${name ? `"${name}"` : ""} without a ${name ? "version" : "name"}; not matched`, line, "warning"));
      }
      continue;
    }
    entries2.push({ name, version: v, source: str2(table, "source"), line, dependencies: strings(table.dependencies) });
  }
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries2) {
    const list = byName.get(e.name);
    if (list) list.push(e);
    else byName.set(e.name, [e]);
  }
  const direct = /* @__PURE__ */ new Set();
  const dangling = [];
  for (const e of entries2) {
    for (const d of e.dependencies) {
      const targets2 = resolveDep(d, byName);
      if (targets2.length === 0) dangling.push({ from: e.name, to: d, line: e.line });
      if (e.source === void 0) for (const t of targets2) direct.add(t);
    }
  }
  const gap = incompleteLock(ORIGIN6, file.path, dangling);
  if (gap) problems.push(gap);
  if (!entries2.some((e) => e.source === void 0)) {
    const line = entries2[entries2.length - 1]?.line ?? 1;
    problems.push(problem(ORIGIN6, file.path, "no workspace crate (a package without source): the lock is incomplete or was cut short", line, "warning"));
  }
  const components = [];
  const otherRegistries = /* @__PURE__ */ new Map();
  for (const e of entries2) {
    const source = sourceOf(e.source);
    if (source === "url" && e.source !== void 0 && !otherRegistries.has(e.source)) otherRegistries.set(e.source, e.line);
    components.push(
      makeComponent({
        ecosystem: ECOSYSTEM,
        name: e.name,
        version: e.version,
        file: file.path,
        line: e.line,
        source,
        direct: source === "path" ? void 0 : direct.has(e)
      })
    );
  }
  for (const [s, line] of otherRegistries) {
    problems.push(problem(ORIGIN6, file.path, `crates from "${s}" are not from crates.io; listed but not matched`, line, "notice"));
  }
  return { components, problems };
}
var cargoLock = {
  id: "cargo",
  description: "Cargo.lock versions 1 to 4 (path and git crates listed, not matched; direct from workspace members)",
  claims: (path) => /(^|\/)Cargo\.lock$/.test(path),
  extract: extract4
};

// src/parse/yaml-salvage.ts
function parseYamlSalvaging(text, origin, file) {
  const first = parseYaml(text, origin, file);
  const problems = [...first.problems];
  let parsed = first;
  const failure = problems.find((p) => p.level === "error");
  if (parsed.docs.length === 0 && failure?.line !== void 0) {
    const all = splitLines(text);
    let errorLine = failure.line;
    let readable = 0;
    for (let round = 0; round < 16 && errorLine > 1; round++) {
      parsed = parseYaml(all.slice(0, errorLine - 1).join("\n"), origin, file);
      if (parsed.docs.length > 0) {
        readable = errorLine - 1;
        break;
      }
      const next = parsed.problems.find((p) => p.level === "error")?.line;
      errorLine = next !== void 0 && next < errorLine ? next : errorLine - 1;
    }
    if (readable > 0) {
      if (readable + 1 !== failure.line) failure.message += ` (noticed at line ${failure.line})`;
      failure.line = readable + 1;
      failure.message += "; entries from this line on were not read";
    } else {
      failure.message += "; nothing could be read";
    }
  }
  const doc = parsed.docs[0];
  if (parsed.docs.length > 1) {
    const line = lineOfNode(parsed.docs[1].contents, parsed.lines);
    problems.push({ level: "warning", origin, file, line, message: "more than one YAML document; only the first is read" });
  }
  return { root: doc?.contents ?? null, lines: parsed.lines, problems };
}
function mapEntries(node, lines) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  const out = [];
  for (const pair of node.items) {
    const key2 = pair.key;
    const text = (0, import_yaml.isScalar)(key2) ? writtenText(key2) : void 0;
    if (text === void 0) continue;
    out.push({ key: text, line: lineOfNode(key2, lines) ?? 1, value: pair.value ?? null });
  }
  return out;
}
function seqItems(node) {
  return (0, import_yaml.isSeq)(node) ? node.items : void 0;
}
function writtenText(node) {
  if (!(0, import_yaml.isScalar)(node)) return void 0;
  if (typeof node.value === "string") return node.value;
  if (typeof node.source === "string") return node.source;
  return node.value === null || node.value === void 0 ? void 0 : String(node.value);
}
function readYamlLock(file, origin, expected) {
  const { root, lines, problems } = parseYamlSalvaging(file.text, origin, file.path);
  const lastLine = new LineIndex(file.text).lineOf(Math.max(0, file.text.trimEnd().length - 1));
  const top = mapEntries(root, lines);
  if (!top) {
    if (root !== null) {
      problems.push(problem(origin, file.path, `expected a mapping with ${expected} at the top level`, lineOfNode(root, lines) ?? 1));
    } else if (problems.length === 0) {
      problems.push(problem(origin, file.path, `the file is empty or holds only comments: no ${expected}`, lastLine, "warning"));
    }
  }
  return { top, lines, problems, lastLine };
}

// src/extract/cocoapods/index.ts
var ORIGIN7 = "extract/cocoapods";
var SPEC2 = /^([^\s()]+) \(([^\s()]+)\)$/;
function podOf(spec) {
  const slash = spec.indexOf("/");
  return slash === -1 ? spec : spec.slice(0, slash);
}
function externalSource(options) {
  if (options.has(":git")) return "git";
  if (options.has(":path")) return "path";
  const spec = options.get(":podspec") ?? options.get(":http");
  return spec !== void 0 && /^https?:/i.test(spec) ? "url" : "path";
}
function extract5(file) {
  const components = [];
  const { top, lines, problems, lastLine } = readYamlLock(file, ORIGIN7, "PODS");
  if (!top) return { components, problems };
  const section = (key2) => top.find((e) => e.key === key2);
  if (!section("COCOAPODS")) {
    problems.push(problem(ORIGIN7, file.path, "no COCOAPODS line, which CocoaPods writes last: the file looks truncated", lastLine, "warning"));
  }
  const depsEntry = section("DEPENDENCIES");
  let direct;
  const depItems = seqItems(depsEntry?.value);
  if (depsEntry && depItems) {
    direct = /* @__PURE__ */ new Set();
    for (const item of depItems) {
      const text = writtenText(item);
      const name = text === void 0 ? void 0 : /^\S+/.exec(text)?.[0];
      if (name === void 0) {
        problems.push(problem(ORIGIN7, file.path, 'DEPENDENCIES: expected "Name" or "Name (requirement)"', lineOfNode(item, lines) ?? depsEntry.line));
        continue;
      }
      direct.add(podOf(name));
    }
  }
  const sources = /* @__PURE__ */ new Map();
  for (const { key: key2, line, value } of mapEntries(section("EXTERNAL SOURCES")?.value, lines) ?? []) {
    const options = /* @__PURE__ */ new Map();
    for (const o of mapEntries(value, lines) ?? []) {
      const v = writtenText(o.value);
      if (v !== void 0) options.set(o.key, v);
    }
    if (options.size === 0) {
      problems.push(problem(ORIGIN7, file.path, `EXTERNAL SOURCES ${key2}: expected :path, :git or :podspec`, line, "warning"));
    }
    sources.set(key2, externalSource(options));
  }
  const podsEntry = section("PODS");
  const pods = seqItems(podsEntry?.value);
  if (!podsEntry || !pods) {
    problems.push(problem(ORIGIN7, file.path, "no PODS list", podsEntry?.line ?? 1));
    return { components, problems };
  }
  const seen = /* @__PURE__ */ new Map();
  for (const item of pods) {
    const keyNode = (0, import_yaml.isMap)(item) && item.items.length === 1 ? item.items[0].key : item;
    const text = writtenText(keyNode);
    const line = lineOfNode(keyNode, lines) ?? podsEntry.line;
    const m = text === void 0 ? null : SPEC2.exec(text);
    if (!m) {
      problems.push(problem(ORIGIN7, file.path, 'PODS: expected "Name (version)"', line));
      continue;
    }
    const pod = podOf(m[1]);
    const version = m[2];
    const earlier = seen.get(pod);
    if (earlier !== void 0) {
      if (earlier !== version) {
        problems.push(problem(ORIGIN7, file.path, `${m[1]} is at ${version} but ${pod} was at ${earlier}`, line, "warning"));
      }
      continue;
    }
    seen.set(pod, version);
    components.push(
      makeComponent({
        ecosystem: "CocoaPods",
        name: pod,
        version,
        file: file.path,
        line,
        source: sources.get(pod) ?? "registry",
        ...direct ? { direct: direct.has(pod) } : {}
      })
    );
  }
  return { components, problems };
}
var cocoapodsLock = {
  id: "cocoapods",
  description: "Podfile.lock (CocoaPods): pods with subspecs folded, direct from DEPENDENCIES, path/git sources (inventory only)",
  claims: (path) => /(^|\/)Podfile\.lock$/.test(path),
  extract: extract5
};

// src/extract/images/interpolate.ts
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
var MAX_DEPTH2 = 16;
function readName(s, i) {
  if (i >= s.length || !NAME_START.test(s[i])) return i;
  let j = i + 1;
  while (j < s.length && NAME_CHAR.test(s[j])) j++;
  return j;
}
function scan(s, i, inBraces, depth, opts) {
  let value = "";
  const missing = [];
  const errors = [];
  while (i < s.length) {
    const c = s[i];
    if (inBraces && c === "}") return { value, end: i, missing, errors };
    if (opts.escape === "\\" && c === "\\" && s[i + 1] === "$") {
      value += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      value += c;
      i++;
      continue;
    }
    const next = s[i + 1];
    if (opts.escape === "$$" && next === "$") {
      value += "$";
      i += 2;
      continue;
    }
    if (next !== "{") {
      const end = readName(s, i + 1);
      if (end === i + 1) {
        value += "$";
        i++;
        continue;
      }
      const name2 = s.slice(i + 1, end);
      const v2 = opts.lookup(name2);
      if (v2 === void 0) missing.push(name2);
      value += v2 ?? "";
      i = end;
      continue;
    }
    const nameEnd = readName(s, i + 2);
    const name = s.slice(i + 2, nameEnd);
    if (name === "") {
      errors.push(`invalid variable reference at "${s.slice(i, i + 12)}"`);
      return { value, end: s.length, missing, errors };
    }
    let j = nameEnd;
    let op = "";
    const isOp = (ch) => ch === "-" || ch === "+" || ch === "?";
    if (s[j] === ":" && isOp(s[j + 1])) {
      op = s.slice(j, j + 2);
      j += 2;
    } else if (isOp(s[j])) {
      op = s[j];
      j += 1;
    } else if (s[j] !== "}") {
      errors.push(`unsupported or unterminated variable reference "\${${name}${s.slice(j, j + 8)}"`);
      return { value, end: s.length, missing, errors };
    }
    let word = { value: "", end: j, missing: [], errors: [] };
    if (op !== "") {
      if (depth >= MAX_DEPTH2) {
        errors.push(`variable references nested deeper than ${MAX_DEPTH2}`);
        return { value, end: s.length, missing, errors };
      }
      word = scan(s, j, true, depth + 1, opts);
      errors.push(...word.errors);
    }
    if (s[word.end] !== "}") {
      errors.push(`unterminated variable reference "\${${name}"`);
      return { value, end: s.length, missing, errors };
    }
    const v = opts.lookup(name);
    const unset = v === void 0;
    const empty = unset || v === "";
    const orDefault = (use) => {
      if (use) {
        value += word.value;
        missing.push(...word.missing);
      } else value += v ?? "";
    };
    switch (op) {
      case "":
        if (unset) missing.push(name);
        value += v ?? "";
        break;
      case ":-":
        orDefault(empty);
        break;
      case "-":
        orDefault(unset);
        break;
      case ":+":
        if (!empty) orDefault(true);
        break;
      case "+":
        if (!unset) orDefault(true);
        break;
      case ":?":
      case "?":
        if (op === ":?" ? empty : unset) errors.push(`${name}: ${word.value || "required variable is not set"}`);
        else value += v;
        break;
    }
    i = word.end + 1;
  }
  if (inBraces) errors.push("unterminated variable reference");
  return { value, end: i, missing, errors };
}
function interpolate(text, opts) {
  const r = scan(text, 0, false, 0, opts);
  return { value: r.value, missing: [...new Set(r.missing)], errors: r.errors };
}

// src/parse/yaml-nodes.ts
var import_yaml4 = __toESM(require_dist(), 1);
function yamlDoc(doc, lines, report) {
  const anchors = /* @__PURE__ */ new Map();
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml4.isMap)(node)) {
      for (const pair of node.items) stack.push(pair.value, pair.key);
    } else if ((0, import_yaml4.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
    if (((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node) || (0, import_yaml4.isScalar)(node)) && node.anchor && node.range) {
      const list = anchors.get(node.anchor) ?? [];
      list.push({ offset: node.range[0], node });
      anchors.set(node.anchor, list);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => a.offset - b.offset);
  return { doc, lines, anchors, merged: /* @__PURE__ */ new Map(), mergeBudget: LIMITS.yamlMaxMergedEntries, report, mergeRefused: false };
}
function resolve(y, node) {
  if (!(0, import_yaml4.isAlias)(node)) return node ?? void 0;
  const list = y.anchors.get(node.source);
  if (!list) return void 0;
  const at2 = node.range?.[0] ?? Infinity;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (list[mid].offset < at2) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? void 0 : list[lo - 1].node;
}
function asMap(y, node) {
  const n = resolve(y, node);
  return (0, import_yaml4.isMap)(n) ? n : void 0;
}
function asSeq(y, node) {
  const n = resolve(y, node);
  return (0, import_yaml4.isSeq)(n) ? n : void 0;
}
function scalarText(y, node) {
  const n = resolve(y, node);
  if (!(0, import_yaml4.isScalar)(n) || n.value === null || n.value === void 0) return void 0;
  if (typeof n.value === "string") return n.value;
  return n.type === "PLAIN" && n.source !== void 0 ? n.source : String(n.value);
}
function entries(y, node) {
  const map = asMap(y, node);
  if (!map) return /* @__PURE__ */ new Map();
  const cached = y.merged.get(map);
  if (cached) return cached;
  const stack = [{ map }];
  const entered = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const top = stack.pop();
    if (top.sources) {
      y.merged.set(top.map, mergedEntries(y, top.map, top.sources));
      continue;
    }
    if (y.merged.has(top.map) || entered.has(top.map)) continue;
    entered.add(top.map);
    const sources = mergeSources(y, top.map);
    stack.push({ map: top.map, sources });
    for (let i = sources.length - 1; i >= 0; i--) {
      const src = sources[i].from;
      if (!y.merged.has(src) && !entered.has(src)) stack.push({ map: src });
    }
  }
  return y.merged.get(map);
}
function mergeSources(y, map) {
  const out = [];
  for (const pair of map.items) {
    if (!isMergeKey(y, pair.key)) continue;
    for (const src of asSeq(y, pair.value)?.items ?? [pair.value]) {
      const from = asMap(y, src);
      if (from) out.push({ from, key: pair.key });
    }
  }
  return out;
}
function isMergeKey(y, key2) {
  return (0, import_yaml4.isScalar)(key2) && key2.type === "PLAIN" && scalarText(y, key2) === "<<";
}
function mergedEntries(y, map, sources) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    const k = scalarText(y, pair.key);
    if (k === void 0 || isMergeKey(y, pair.key)) continue;
    out.set(k, { key: pair.key, value: pair.value ?? void 0 });
  }
  for (const { from: src, key: key2 } of sources) {
    const from = y.merged.get(src);
    if (!from) continue;
    if (from.size > y.mergeBudget) {
      refuseMerge(y, key2);
      continue;
    }
    y.mergeBudget -= from.size;
    for (const [k, v] of from) if (!out.has(k)) out.set(k, v);
  }
  return out;
}
function refuseMerge(y, key2) {
  if (y.mergeRefused) return;
  y.mergeRefused = true;
  const { report } = y;
  report?.problems.push(
    problem(
      report.origin,
      report.file,
      `YAML merge key not applied: merging more than ${LIMITS.yamlMaxMergedEntries} entries in one document; this and later merges past the limit are ignored`,
      lineOf(y, key2),
      "warning"
    )
  );
}
function get(y, node, key2) {
  return entries(y, node).get(key2)?.value;
}
function lineOf(y, node) {
  return lineOfNode(node, y.lines) ?? 1;
}
function parseYamlLastKeyWins(text, origin, file) {
  const lines = new import_yaml4.LineCounter();
  let docs;
  try {
    const stream = parseYamlStream(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (stream.docs === void 0) return { docs: [], lines, problems: [refusedProblem(origin, file, lines.linePos(stream.refused.at).line, stream.refused.reason)] };
    docs = stream.docs;
  } catch {
    return parseYaml(text, origin, file);
  }
  const problems = [];
  const good = [];
  for (const doc of docs) {
    const fatal = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
    const line = (pos) => lines.linePos(pos).line;
    if (fatal) {
      problems.push(problem(origin, file, `invalid YAML: ${fatal.message.split("\n")[0]}`, line(fatal.pos[0])));
      continue;
    }
    for (const dup of doc.errors) {
      problems.push(problem(origin, file, `repeated key; the last one wins, as Helm reads it`, line(dup.pos[0]), "warning"));
    }
    good.push(doc);
  }
  return { docs: good, lines, problems };
}

// src/extract/images/dotenv.ts
var KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function parseDotenv(text) {
  const vars = /* @__PURE__ */ new Map();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("export ")) line = line.slice(7).trimStart();
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    const key2 = line.slice(0, eq).trim();
    if (!KEY.test(key2)) continue;
    let raw = line.slice(eq + 1).trimStart();
    let value;
    const quote = raw[0];
    if (quote === "'" || quote === '"') {
      let body = raw.slice(1);
      let close = findClose(body, quote);
      while (close === -1 && i + 1 < lines.length) {
        body += "\n" + lines[++i];
        close = findClose(body, quote);
      }
      raw = close === -1 ? body : body.slice(0, close);
      value = quote === "'" ? raw : expand(
        raw.replace(/\\([\\"nrt$])/g, (_, c) => ({ n: "\n", r: "\r", t: "	", $: "$$" })[c] ?? c),
        vars
      );
    } else {
      const hash = raw.search(/\s#/);
      value = expand((hash === -1 ? raw : raw.slice(0, hash)).trim(), vars);
    }
    vars.set(key2, value);
  }
  return vars;
}
function findClose(body, quote) {
  for (let j = 0; j < body.length; j++) {
    if (body[j] === "\\" && quote === '"') {
      j++;
      continue;
    }
    if (body[j] === quote) return j;
  }
  return -1;
}
function expand(value, vars) {
  return interpolate(value, { escape: "$$", lookup: (name) => vars.get(name) }).value;
}

// src/extract/images/repo-paths.ts
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash + 1);
}
function besideFile(from, named) {
  const parts = [];
  for (const part of `${dirOf(from)}${named}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts.push(part);
    else if (parts.pop() === void 0) return void 0;
  }
  return parts.join("/");
}

// src/extract/images/compose.ts
var ORIGIN8 = "extract/compose";
function composeEnvironment(path, ctx) {
  const slash = path.lastIndexOf("/");
  const envPath = (slash === -1 ? "" : path.slice(0, slash + 1)) + ".env";
  const text = ctx.readFile(envPath);
  return text === void 0 ? { vars: /* @__PURE__ */ new Map() } : { vars: parseDotenv(text), source: envPath };
}
function looksLikeCompose(y) {
  const services = entries(y, y.doc.contents).get("services")?.value;
  const list = [...entries(y, services).values()];
  return list.length > 0 && list.every((s) => entries(y, s.value).size > 0) && list.some((s) => {
    const e = entries(y, s.value);
    return e.has("image") || e.has("build") || e.has("extends");
  });
}
function composeImages(y, path, env, components, problems, ctx) {
  const services = entries(y, y.doc.contents).get("services")?.value;
  const seen = /* @__PURE__ */ new Set();
  const add = (written, at2, where, also) => {
    const r = interpolate(written, { escape: "$$", lookup: (name) => env.vars.get(name) });
    if (r.errors.length > 0) {
      problems.push(problem(ORIGIN8, at2.file, `${where}: ${r.errors.join("; ")}`, at2.line, "warning"));
      return;
    }
    if (r.missing.length > 0) {
      const names = r.missing.map((n) => "${" + n + "}").join(", ");
      const from = env.source ? `${env.source} does not set it` : "there is no .env beside the compose file";
      problems.push(problem(ORIGIN8, at2.file, `${where}: ${names} has no value and no default (${from}); image not recorded`, at2.line, "warning"));
      return;
    }
    const made = imageComponent(r.value, at2.file, at2.line, ORIGIN8);
    if (!made.component) {
      problems.push(made.problem);
      return;
    }
    if (also) made.component.locations.push(also);
    components.push(made.component);
  };
  const files = /* @__PURE__ */ new Map([[path, y]]);
  for (const [service, entry] of entries(y, services)) {
    const own = entries(y, entry.value);
    const imageNode = own.get("image")?.value;
    const written = scalarText(y, imageNode);
    if (written === void 0 && own.has("extends") && !own.has("build")) {
      const inherited = extended(y, path, service, ctx, files, problems);
      if (inherited) add(inherited.written, inherited.at, `services.${service} (extends ${inherited.from}) image "${inherited.written}"`, { file: path, line: lineOf(y, own.get("extends").key) });
      continue;
    }
    if (written === void 0 || written === "" || !imageNode || seen.has(imageNode)) continue;
    seen.add(imageNode);
    add(written, { file: path, line: lineOf(y, imageNode) }, `services.${service}.image "${written}"`);
  }
}
function extended(y, path, service, ctx, files, problems) {
  let cur = { y, path, service };
  const visited = /* @__PURE__ */ new Set();
  for (let step = 0; step < LIMITS.composeMaxExtends; step++) {
    visited.add(`${cur.path}\0${cur.service}`);
    const ext = entries(cur.y, entries(cur.y, entries(cur.y, cur.y.doc.contents).get("services")?.value).get(cur.service)?.value).get("extends");
    if (!ext) return void 0;
    const warn = (message) => {
      problems.push(problem(ORIGIN8, cur.path, `services.${cur.service}.extends: ${message}`, lineOf(cur.y, ext.key), "warning"));
      return void 0;
    };
    const e = entries(cur.y, ext.value);
    const target = e.size > 0 ? scalarText(cur.y, e.get("service")?.value) : scalarText(cur.y, ext.value);
    if (!target) return warn("names no service; its image is not seen");
    const named = e.size > 0 ? scalarText(cur.y, e.get("file")?.value)?.trim() : void 0;
    let file = cur.path;
    if (named) {
      const resolved = besideFile(cur.path, named);
      if (resolved === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(named)) return warn(`file ${named} is outside the scanned folder; the image of ${target} is not seen`);
      file = resolved;
      if (!files.has(file)) files.set(file, readCompose(file, ctx, problems));
    }
    const ty = files.get(file);
    if (!ty) return warn(`file ${named ?? file} is missing or could not be read; the image of ${target} is not seen`);
    const t = entries(ty, entries(ty, ty.doc.contents).get("services")?.value).get(target);
    if (!t) return warn(`no service ${target} in ${file}; its image is not seen`);
    if (visited.has(`${file}\0${target}`)) return warn(`extends ${target} in a cycle; not followed`);
    const te = entries(ty, t.value);
    const imageNode = te.get("image")?.value;
    const written = scalarText(ty, imageNode);
    if (written !== void 0 && written !== "") return { written, at: { file, line: lineOf(ty, imageNode) }, from: file === path ? target : `${target} in ${file}` };
    if (te.has("build")) return void 0;
    cur = { y: ty, path: file, service: target };
  }
  problems.push(problem(ORIGIN8, path, `services.${service}.extends: more than ${LIMITS.composeMaxExtends} services deep; not followed`, lineOf(y, entries(y, entries(y, entries(y, y.doc.contents).get("services")?.value).get(service)?.value).get("extends")?.key), "warning"));
  return void 0;
}
function readCompose(path, ctx, problems) {
  const text = ctx?.readFile(path);
  if (text === void 0) return void 0;
  const parsed = parseYaml(text, ORIGIN8, path);
  problems.push(...parsed.problems);
  const doc = parsed.docs[0];
  return doc ? yamlDoc(doc, parsed.lines, { origin: ORIGIN8, file: path, problems }) : void 0;
}

// src/extract/images/file-names.ts
var COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][A-Za-z0-9_.-]+)?\.ya?ml$/i;
function isComposeFileName(path) {
  return COMPOSE_NAME.test(path.slice(path.lastIndexOf("/") + 1));
}
var VALUES_NAME = /^values(?:[.-][A-Za-z0-9_.-]+)?\.ya?ml$/i;
function isHelmFileName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base === "Chart.yaml" || VALUES_NAME.test(base);
}
var NAMES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
function isKustomizationName(path) {
  return NAMES.has(path.slice(path.lastIndexOf("/") + 1));
}

// src/extract/compose/index.ts
var ORIGIN9 = "extract/compose";
var composeFiles = {
  id: "compose",
  description: "Compose files (docker-compose*.yml, compose*.yaml): service images, with ${VAR} interpolation from .env, inherited through extends",
  claims: isComposeFileName,
  extract(file, ctx) {
    const parsed = parseYaml(file.text, ORIGIN9, file.path);
    const components = [];
    const problems = [...parsed.problems];
    const env = composeEnvironment(file.path, ctx);
    for (const doc of parsed.docs) composeImages(yamlDoc(doc, parsed.lines, { origin: ORIGIN9, file: file.path, problems }), file.path, env, components, problems, ctx);
    return { components, problems };
  }
};

// src/extract/composer/element-lines.ts
function memberLinesInArrays(text, arrayKeys, member) {
  const out = /* @__PURE__ */ new Map();
  let line = 1;
  let depth = 0;
  let topKey;
  let target;
  let index = -1;
  let elementStarted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) line++;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (target && depth === 2 && c !== 44 && c !== 93 && !elementStarted) {
      elementStarted = true;
      index++;
      target[index] = line;
    }
    switch (c) {
      case 34: {
        const start = i + 1;
        let j = start;
        const keyLine2 = line;
        while (j < n && text.charCodeAt(j) !== 34) {
          if (text.charCodeAt(j) === 10) line++;
          j += text.charCodeAt(j) === 92 ? 2 : 1;
        }
        const raw = text.slice(start, j);
        i = j;
        let k = j + 1;
        while (k < n && /\s/.test(text[k])) k++;
        if (text.charCodeAt(k) !== 58) break;
        if (depth === 1) topKey = raw;
        else if (depth === 3 && target && raw === member) target[index] = keyLine2;
        break;
      }
      case 123:
      case 91:
        depth++;
        if (c === 91 && depth === 2 && topKey !== void 0 && arrayKeys.includes(topKey)) {
          target = [];
          out.set(topKey, target);
          index = -1;
          elementStarted = false;
        }
        break;
      case 125:
      case 93:
        if (depth === 2 && target) target = void 0;
        depth = Math.max(0, depth - 1);
        break;
      case 44:
        if (depth === 2) elementStarted = false;
        break;
      default:
        break;
    }
  }
  return out;
}

// src/parse/json-salvage.ts
function failureOffset(text) {
  const at2 = jsonErrorAt(text, "");
  return Math.min(new LineIndex(text).startOf(at2.line) + at2.column - 1, text.length);
}
function closedPrefix(text, limit) {
  const stack = [];
  let cut = -1;
  let closers = "";
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (j < limit && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= limit) break;
      i = j;
    } else if (c === 123 || c === 91) {
      stack.push(c === 123 ? "}" : "]");
      cut = i + 1;
      closers = stack.slice().reverse().join("");
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44 && stack.length > 0) {
      cut = i;
      closers = stack.slice().reverse().join("");
    }
  }
  return cut === -1 ? void 0 : { cut, candidate: text.slice(0, cut) + closers };
}
function parseJsonSalvaging(text, origin, file) {
  const parsed = parseJson(text, origin, file);
  if (!parsed.problem) return { value: parsed.value, problems: [] };
  const p = parsed.problem;
  let limit = failureOffset(text);
  p.line ??= new LineIndex(text).lineOf(limit);
  for (let attempt = 0; attempt < 8 && limit > 0; attempt++) {
    const prefix = closedPrefix(text, limit);
    if (prefix === void 0) break;
    try {
      const value = JSON.parse(prefix.candidate);
      p.message += "; entries from this line on were not read";
      return { value, problems: [p] };
    } catch {
      limit = Math.min(failureOffset(prefix.candidate), prefix.cut - 1);
    }
  }
  p.message += "; nothing could be read";
  return { value: void 0, problems: [p] };
}
function parseJsonObjectSalvaging(text, origin, file) {
  const { value, problems } = parseJsonSalvaging(text, origin, file);
  if (value === void 0 || isRecord(value)) return { root: value, problems };
  problems.push(problem(origin, file, "expected a JSON object at the top level", 1));
  return { root: void 0, problems };
}

// src/extract/composer/index.ts
var ORIGIN10 = "extract/composer";
var SECTIONS = [
  { key: "packages", dev: false },
  { key: "packages-dev", dev: true }
];
function directNames(lockPath, ctx, problems) {
  const slash = lockPath.lastIndexOf("/");
  const manifestPath = (slash === -1 ? "" : lockPath.slice(0, slash + 1)) + "composer.json";
  const text = ctx.readFile(manifestPath);
  if (text === void 0) return void 0;
  const parsed = parseJson(text, ORIGIN10, manifestPath);
  if (parsed.problem) {
    parsed.problem.level = "warning";
    parsed.problem.message += "; direct dependencies of the lock are unknown";
    problems.push(parsed.problem);
    return void 0;
  }
  const names = /* @__PURE__ */ new Set();
  if (!isRecord(parsed.value)) return names;
  for (const field of ["require", "require-dev"]) {
    const deps2 = parsed.value[field];
    if (isRecord(deps2)) for (const name of Object.keys(deps2)) names.add(normaliseName("Packagist", name));
  }
  return names;
}
function sourceOf2(pkg) {
  const dist = pkg.dist;
  const src = pkg.source;
  if (isRecord(dist) && dist.type === "path" || isRecord(src) && src.type === "path") return "path";
  return "registry";
}
function extract6(file, ctx) {
  const components = [];
  const { root, problems } = parseJsonObjectSalvaging(file.text, ORIGIN10, file.path);
  if (!root) return { components, problems };
  const keyLines = locateJsonKeys(file.text, (p) => p.length === 1);
  const nameLines = memberLinesInArrays(file.text, SECTIONS.map((s) => s.key), "name");
  const direct = directNames(file.path, ctx, problems);
  for (const { key: key2, dev } of SECTIONS) {
    const list = root[key2];
    const sectionLine = keyLines.get(key2) ?? 1;
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push(problem(ORIGIN10, file.path, `"${key2}": expected an array of packages`, sectionLine));
      continue;
    }
    const lines = nameLines.get(key2) ?? [];
    list.forEach((pkg, i) => {
      const where = `"${key2}"[${i}]`;
      const line = lines[i] ?? sectionLine;
      if (!isRecord(pkg)) {
        problems.push(problem(ORIGIN10, file.path, `${where}: expected a package object`, line));
        return;
      }
      const name = pkg.name;
      const version = pkg.version;
      if (typeof name !== "string" || name === "") {
        problems.push(problem(ORIGIN10, file.path, `${where}: no package name`, line));
        return;
      }
      if (typeof version !== "string" || version === "") {
        problems.push(problem(ORIGIN10, file.path, `${where} ${name}: no version; not matched`, line, "warning"));
        return;
      }
      components.push(
        makeComponent({
          ecosystem: "Packagist",
          name,
          version,
          file: file.path,
          line,
          dev,
          source: sourceOf2(pkg),
          ...direct ? { direct: direct.has(normaliseName("Packagist", name)) } : {}
        })
      );
    });
  }
  return { components, problems };
}
var composerLock = {
  id: "composer",
  description: "composer.lock (PHP Composer): packages and packages-dev, direct from composer.json",
  claims: (path) => /(^|\/)composer\.lock$/.test(path),
  extract: extract6
};

// src/extract/dockerfile/index.ts
var ORIGIN11 = "extract/dockerfile";
var TEMPLATE_SUFFIX = /\.(j2|jinja2?|tmpl|tpl|template|erb|mustache|hbs|in|dockerignore)$/i;
function isDockerfileName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (TEMPLATE_SUFFIX.test(base)) return false;
  return /^(?:docker|container)file(?:[.-][A-Za-z0-9_.-]+)?$/i.test(base) || /\.(?:docker|container)file$/i.test(base);
}
function instructions(text) {
  const lines = splitLines(text);
  let escape = "\\";
  let i = 0;
  for (; i < lines.length; i++) {
    const d = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]);
    if (!d) break;
    if (d[1].toLowerCase() === "escape" && (d[2] === "`" || d[2] === "\\")) escape = d[2];
  }
  const out = [];
  while (i < lines.length) {
    const first = lines[i];
    const start = i + 1;
    i++;
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = "";
    let current = first;
    for (; ; ) {
      const trimmed = current.trimEnd();
      if (trimmed.endsWith(escape)) {
        joined += trimmed.slice(0, -1);
        while (i < lines.length && /^\s*(#|$)/.test(lines[i])) i++;
        if (i >= lines.length) break;
        current = lines[i++];
        continue;
      }
      joined += current;
      break;
    }
    const m = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(joined);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    const args = (m[2] ?? "").trim();
    out.push({ keyword, args, line: start });
    const heredoc = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(args);
    if (heredoc && ["RUN", "COPY", "ADD"].includes(keyword)) {
      const word = heredoc[3];
      while (i < lines.length && (heredoc[1] ? lines[i].trim() : lines[i]) !== word) i++;
      i++;
    }
  }
  return out;
}
function argDeclarations(args) {
  const out = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (const m of args.matchAll(re)) {
    const raw = m[2];
    if (raw === void 0) {
      out.push({ name: m[1] });
      continue;
    }
    const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    out.push({ name: m[1], value });
  }
  return out;
}
function stagePattern(written) {
  const parts = written.split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/).map((p) => p.toLowerCase());
  if (parts.length > 5) return void 0;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return {
    test(stage) {
      const s = stage.toLowerCase();
      if (parts.length === 1) return s === first;
      if (s.length < first.length + last.length || !s.startsWith(first) || !s.endsWith(last)) return false;
      let at2 = first.length;
      const end = s.length - last.length;
      for (const mid of parts.slice(1, -1)) {
        const i = s.indexOf(mid, at2);
        if (i === -1 || i + mid.length > end) return false;
        at2 = i + mid.length;
      }
      return true;
    }
  };
}
var dockerfiles = {
  id: "dockerfile",
  description: "Dockerfiles and Containerfiles: the base image of every FROM, with global ARG defaults substituted",
  claims: isDockerfileName,
  extract(file) {
    const components = [];
    const problems = [];
    const globals = /* @__PURE__ */ new Map();
    const stages = [];
    let seenFrom = false;
    for (const ins of instructions(file.text)) {
      if (ins.keyword === "ARG") {
        if (seenFrom) continue;
        for (const decl of argDeclarations(ins.args)) {
          const value = decl.value === void 0 ? void 0 : interpolate(decl.value, { escape: "\\", lookup: (n) => globals.get(n) }).value;
          globals.set(decl.name, value);
        }
        continue;
      }
      if (ins.keyword !== "FROM") continue;
      seenFrom = true;
      const words = ins.args.split(/\s+/).filter((w) => w !== "");
      while (words.length > 0 && words[0].startsWith("--")) words.shift();
      const written = words[0];
      if (written === void 0) {
        problems.push(problem(ORIGIN11, file.path, "FROM without an image", ins.line));
        continue;
      }
      if (words.length >= 3 && words[1].toLowerCase() === "as") stages.push(words[2].toLowerCase());
      const r = interpolate(written, { escape: "\\", lookup: (n) => globals.get(n) });
      if (r.errors.length > 0) {
        problems.push(problem(ORIGIN11, file.path, `FROM ${written}: ${r.errors.join("; ")}`, ins.line, "warning"));
        continue;
      }
      const earlier = stages.slice(0, words.length >= 3 && words[1].toLowerCase() === "as" ? -1 : void 0);
      if (earlier.includes(r.value.toLowerCase()) || r.value.toLowerCase() === "scratch") continue;
      if (r.missing.length > 0) {
        const pattern = stagePattern(written);
        if (pattern && earlier.some((s) => pattern.test(s))) continue;
        const names = r.missing.map((n) => "${" + n + "}").join(", ");
        problems.push(
          problem(
            ORIGIN11,
            file.path,
            `FROM ${written}: ${names} has no default before the first FROM (it is set with --build-arg or by the builder); image not recorded`,
            ins.line,
            "warning"
          )
        );
        continue;
      }
      const made = imageComponent(r.value, file.path, ins.line, ORIGIN11);
      if (made.component) components.push(made.component);
      else {
        if (r.value !== written) made.problem.message += ` (FROM ${written} with the ARG defaults above)`;
        problems.push(made.problem);
      }
    }
    return { components, problems };
  }
};

// src/extract/dpkg/index.ts
var ORIGIN12 = "extract/dpkg";
var STATUS = /(?:^|\/)var\/lib\/dpkg\/status$/;
var STATUS_D = /(?:^|\/)var\/lib\/dpkg\/status\.d\/[^/]+$/;
var USUAL2 = /(?:^|\/)var\/lib\/dpkg\/status(?:\.d\/[^/]+)?$/;
function claims(path) {
  if (STATUS.test(path) || path.endsWith(".dpkg-status")) return true;
  return STATUS_D.test(path) && !path.endsWith(".md5sums");
}
function extract7(file, ctx) {
  const problems = [];
  const components = [];
  let badLines = 0;
  let firstBad;
  const stanzas = deb822(
    file.text,
    (line) => {
      badLines++;
      firstBad ??= line;
    },
    (line, field) => problems.push(problem(ORIGIN12, file.path, `field ${field} given twice in one stanza (dpkg refuses this); the first value is used`, line, "error"))
  );
  if (badLines > 0) {
    problems.push(problem(ORIGIN12, file.path, `${badLines} line(s) are neither a "Field: value" line nor a continuation; ignored`, firstBad, "warning"));
  }
  const distroless = STATUS_D.test(file.path);
  const installed = stanzas.filter((s) => {
    const status = s.fields.get("Status");
    if (status === void 0) return distroless;
    return status.split(/\s+/)[2] === "installed";
  });
  if (stanzas.length > 0 && installed.length === 0 && !distroless && !stanzas.some((s) => s.fields.has("Status"))) {
    problems.push(problem(ORIGIN12, file.path, "no stanza has a Status field: not a dpkg status database; nothing read", stanzas[0].line, "warning"));
    return { components, problems };
  }
  if (installed.length === 0) return { components, problems };
  const os = distroOf(file.path, USUAL2, ctx, ORIGIN12, "debian", problems);
  for (const s of installed) {
    const name = s.fields.get("Package");
    const version = s.fields.get("Version");
    const line = s.lines.get("Package") ?? s.line;
    if (!name || !version) {
      problems.push(problem(ORIGIN12, file.path, `installed package stanza without ${name ? "a Version" : "a Package"} field; skipped`, line, "warning"));
      continue;
    }
    const source = parseSourceField(s.fields.get("Source"));
    const arch = s.fields.get("Architecture");
    components.push(osComponent({ manager: "dpkg", distro: os.distro, release: os.release, name, version, arch, sourceName: source.name, sourceVersion: source.version, file: file.path, line }));
  }
  return { components, problems };
}
var dpkgStatus = {
  id: "dpkg",
  description: "dpkg status database (var/lib/dpkg/status, distroless status.d/, *.dpkg-status): installed Debian/Ubuntu packages",
  claims,
  extract: extract7
};

// src/extract/engines/index.ts
var import_semver = __toESM(require_semver(), 1);
var ORIGIN13 = "extract/engines";
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
function nodeVersion(range) {
  const r = range.trim();
  const exact = /^v?(\d+(?:\.\d+){0,2})$/.exec(r);
  if (exact) return { version: exact[1], exact: exact[1].split(".").length === 3 };
  const valid = import_semver.default.validRange(r);
  if (valid === null) return "is not a semver range";
  const sets = new import_semver.default.Range(valid).set;
  if (sets.length !== 1) return "allows several release lines (a compatibility range)";
  const floor = import_semver.default.minVersion(valid);
  if (floor === null || floor.major === 0) return "has no lower bound";
  return { version: String(floor.major), exact: false };
}
var packageEngines = {
  id: "engines",
  description: 'package.json `engines.node` of an application (`"private": true`): the Node.js release line it ships on',
  claims: (path) => baseName(path) === "package.json" && !/(?:^|\/)node_modules\//.test(path),
  extract(file, _ctx) {
    const components = [];
    const problems = [];
    if (!file.text.includes('"engines"')) return { components, problems };
    const parsed = parseJson(file.text, ORIGIN13, file.path);
    if (parsed.problem) return { components, problems: [parsed.problem] };
    const pkg = parsed.value;
    if (!isRecord(pkg) || !isRecord(pkg.engines) || pkg.private !== true) return { components, problems };
    const lines = locateJsonKeys(file.text, (p) => p.length === 2 && p[0] === "engines");
    const node = pkg.engines.node;
    if (typeof node !== "string") return { components, problems };
    const line = lines.get(`engines${KEY_SEP}node`) ?? 1;
    const got = nodeVersion(node);
    if (typeof got === "string") {
      problems.push(problem(ORIGIN13, file.path, `engines.node "${node}" ${got}; the Node.js release that ships is not checked`, line, "notice"));
      return { components, problems };
    }
    runtimeComponent({ product: "nodejs", name: "nodejs", written: node, version: got.version, file: file.path, line, origin: ORIGIN13 }, components, problems);
    return { components, problems };
  }
};

// src/extract/gomod/index.ts
var ORIGIN14 = "extract/gomod";
var ECOSYSTEM2 = "Go";
var KNOWN_VERBS = /* @__PURE__ */ new Set(["module", "go", "toolchain", "require", "replace", "exclude", "retract", "tool", "godebug", "ignore"]);
var BLOCK_VERBS = /* @__PURE__ */ new Set(["require", "replace", "exclude", "retract", "tool", "godebug", "ignore"]);
var MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
var MAX_GOSUM_PROBLEMS = 20;
var GO_VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;
function lex(text) {
  const args = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "	") {
      i++;
    } else if (text.startsWith("//", i)) {
      return { args, comment: text.slice(i + 2).trim() };
    } else if (c === '"') {
      let j = i + 1;
      let value = "";
      while (j < n && text[j] !== '"') {
        if (text[j] === "\\" && j + 1 < n) j++;
        value += text[j];
        j++;
      }
      if (j >= n) return void 0;
      args.push(value);
      i = j + 1;
    } else if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end === -1) return void 0;
      args.push(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === "(" || c === ")") {
      args.push(c);
      i++;
    } else {
      let j = i;
      while (j < n && !' 	"`()'.includes(text[j]) && !text.startsWith("//", j)) j++;
      args.push(text.slice(i, j));
      i = j;
    }
  }
  return { args, comment: "" };
}
function directives(file, problems) {
  const out = [];
  let block;
  const lines = splitLines(file.text);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const lexed = lex(raw);
    if (!lexed) {
      problems.push(problem(ORIGIN14, file.path, "unterminated quoted string", line));
      return;
    }
    const { args, comment } = lexed;
    if (args.length === 0) return;
    if (block) {
      if (args.length === 1 && args[0] === ")") {
        block = void 0;
        return;
      }
      out.push({ verb: block.verb, line, args, comment });
      return;
    }
    const [verb, ...rest] = args;
    if (!KNOWN_VERBS.has(verb)) {
      problems.push(problem(ORIGIN14, file.path, `unknown directive "${verb}"; line ignored`, line, "warning"));
      return;
    }
    if (rest.length === 1 && rest[0] === "(" && BLOCK_VERBS.has(verb)) {
      block = { verb, line };
      return;
    }
    out.push({ verb, line, args: rest, comment });
  });
  if (block) {
    const last = out[out.length - 1];
    const cut = last !== void 0 && last.line === lines.length && !/[\r\n]$/.test(file.text);
    if (cut) out.pop();
    problems.push(
      problem(ORIGIN14, file.path, `"${block.verb} (" block is never closed; read to the end of the file${cut ? " except its unfinished last line" : ""}`, block.line)
    );
  }
  return out;
}
function goVersionToOsv(v) {
  const m = GO_VERSION.exec(v);
  if (!m) return void 0;
  const [, major, minor, patch, pre, preN] = m;
  return `${major}.${minor}.${patch ?? "0"}${pre ? `-${pre}.${preN}` : ""}`;
}
function isLocalPath(p) {
  return p.startsWith("./") || p.startsWith("../") || p.startsWith("/") || p === "." || p === ".." || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith(".\\") || p.startsWith("..\\");
}
function readReplace(d, file, problems) {
  const arrow = d.args.indexOf("=>");
  const left = arrow === -1 ? [] : d.args.slice(0, arrow);
  const right = arrow === -1 ? [] : d.args.slice(arrow + 1);
  if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    problems.push(problem(ORIGIN14, file, 'expected "replace old [version] => new [version]"', d.line, "warning"));
    return void 0;
  }
  const [newPath, newVersion] = right;
  if (!isLocalPath(newPath) && newVersion === void 0) {
    problems.push(problem(ORIGIN14, file, `replacement "${newPath}" needs a version (only a local directory may omit it)`, d.line, "warning"));
    return void 0;
  }
  return [left[0], { line: d.line, oldVersion: left[1], path: newPath, version: newVersion }];
}
function goSumPairs(text) {
  const pairs = /* @__PURE__ */ new Set();
  for (const l of splitLines(text)) {
    const [mod, ver] = l.trim().split(/\s+/);
    if (mod && ver) pairs.add(`${mod} ${ver.replace(/\/go\.mod$/, "")}`);
  }
  return pairs;
}
function onGoClock(c, written, exact) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(written);
  if (m) c.runtime = { product: "go", productVersion: exact && m[3] !== void 0 ? written : `${m[1]}.${m[2]}` };
  return c;
}
function stdlib(ds, file, problems) {
  const toolchain = ds.find((d) => d.verb === "toolchain");
  const go = ds.find((d) => d.verb === "go");
  if (toolchain && toolchain.args[0] !== "default") {
    const m = /^go([^-+]+)/.exec(toolchain.args[0] ?? "");
    const v2 = m ? goVersionToOsv(m[1]) : void 0;
    if (v2) return onGoClock(makeComponent({ ecosystem: ECOSYSTEM2, name: "stdlib", version: v2, file, line: toolchain.line, layer: "runtime" }), m[1], true);
    problems.push(problem(ORIGIN14, file, `toolchain "${toolchain.args.join(" ")}" is not a Go release name; using the go line`, toolchain.line, "warning"));
  }
  if (!go) return void 0;
  const v = goVersionToOsv(go.args[0] ?? "");
  if (v) return onGoClock(makeComponent({ ecosystem: ECOSYSTEM2, name: "stdlib", version: v, file, line: go.line, layer: "runtime" }), go.args[0], false);
  problems.push(problem(ORIGIN14, file, `go "${go.args.join(" ")}" is not a Go version; no stdlib component`, go.line, "warning"));
  return void 0;
}
function beforeGraphPruning(ds, file) {
  if (!ds.some((d) => d.verb === "require")) return void 0;
  const go = ds.find((d) => d.verb === "go");
  const m = /^1\.(\d+)(?:\.|$)/.exec(go?.args[0] ?? "1.16");
  if (!m || Number(m[1]) > 16) return void 0;
  const p = problem(ORIGIN14, file, `go ${go?.args[0] ?? "(none, read as 1.16)"}: before Go 1.17 a go.mod lists only some of the indirect modules the build selects; those are not checked (versions are never guessed from go.sum). Run \`go mod tidy -go=1.17\` to list them`, go?.line ?? 1, "warning");
  p.coverage = { layer: "library", ecosystem: ECOSYSTEM2, note: "a go.mod before Go 1.17 lists only some indirect modules; run `go mod tidy -go=1.17`" };
  return p;
}
function extract8(file, ctx) {
  const problems = [];
  const ds = directives(file, problems);
  const components = [];
  const std = stdlib(ds, file.path, problems);
  if (std) components.push(std);
  const partial = beforeGraphPruning(ds, file.path);
  if (partial) problems.push(partial);
  const replaces = /* @__PURE__ */ new Map();
  for (const d of ds) {
    if (d.verb !== "replace") continue;
    const r = readReplace(d, file.path, problems);
    if (!r) continue;
    const list = replaces.get(r[0]);
    if (list) list.push(r[1]);
    else replaces.set(r[0], [r[1]]);
  }
  const replacementFor = (path, version) => {
    const rs = replaces.get(path) ?? [];
    return rs.find((r) => r.oldVersion === version) ?? rs.find((r) => r.oldVersion === void 0);
  };
  const goSumText = ctx.readFile(file.path.slice(0, file.path.lastIndexOf("/") + 1) + "go.sum");
  const goSum = goSumText === void 0 ? void 0 : goSumPairs(goSumText);
  let missing = 0;
  let firstUnlisted = 0;
  for (const d of ds) {
    if (d.verb !== "require") continue;
    const [path, version] = d.args;
    if (d.args.length !== 2 || !path || !version) {
      problems.push(problem(ORIGIN14, file.path, 'expected "require module version"', d.line, "warning"));
      continue;
    }
    if (!MODULE_VERSION.test(version)) {
      problems.push(problem(ORIGIN14, file.path, `"${path}": "${version}" is not a canonical module version; not matched`, d.line, "warning"));
      continue;
    }
    const direct = !/^indirect(;|$)/.test(d.comment);
    const r = replacementFor(path, version);
    let name = path;
    let ver = version;
    let line = d.line;
    let source = "registry";
    if (r) {
      line = r.line;
      if (isLocalPath(r.path)) source = "path";
      else if (r.version !== void 0 && MODULE_VERSION.test(r.version)) {
        name = r.path;
        ver = r.version;
      } else {
        problems.push(problem(ORIGIN14, file.path, `replacement "${r.path} ${r.version ?? ""}" is not a canonical module version; not matched`, r.line, "warning"));
        continue;
      }
    }
    components.push(makeComponent({ ecosystem: ECOSYSTEM2, name, version: ver, file: file.path, line, direct, source }));
    if (goSum && source === "registry" && !goSum.has(`${name} ${ver}`)) {
      if (++missing <= MAX_GOSUM_PROBLEMS) problems.push(problem(ORIGIN14, file.path, `go.sum has no entry for ${name} ${ver}; run "go mod tidy"`, line, "warning"));
      else firstUnlisted ||= line;
    }
  }
  if (missing > MAX_GOSUM_PROBLEMS) {
    problems.push(problem(ORIGIN14, file.path, `go.sum lacks ${missing - MAX_GOSUM_PROBLEMS} more required module versions`, firstUnlisted, "warning"));
  }
  return { components, problems };
}
var goMod = {
  id: "gomod",
  description: "go.mod (require, // indirect, replace applied, go/toolchain as stdlib; go.sum cross-checked)",
  claims: (path) => /(^|\/)go\.mod$/.test(path),
  extract: extract8
};

// src/extract/gradle/index.ts
var ORIGIN15 = "extract/gradle";
var ENTRY = /^([^\s:=]+):([^\s:=]+):([^\s:=]+)(?:=(.*))?$/;
var LEGACY = /(?:^|\/)gradle\/dependency-locks\/([^/]+)\.lockfile$/;
var TEST_CONFIGURATION = /(?:^test|Test)(?=[A-Z]|$)/;
function isTestConfiguration(name) {
  return TEST_CONFIGURATION.test(name);
}
function extract9(file) {
  const components = [];
  const problems = [];
  const legacyConfiguration = LEGACY.exec(file.path)?.[1];
  const lines = splitLines(file.text);
  let sawEmpty = false;
  let lastContent = 1;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === "") return;
    lastContent = n;
    if (line.startsWith("#")) return;
    if (line.startsWith("empty=")) {
      sawEmpty = true;
      return;
    }
    const m = ENTRY.exec(line);
    if (!m) {
      problems.push(problem(ORIGIN15, file.path, 'expected "group:artifact:version=configurations"', n));
      return;
    }
    let configurations;
    if (m[4] !== void 0) {
      configurations = m[4].split(",").map((c) => c.trim()).filter((c) => c !== "");
    } else if (legacyConfiguration !== void 0) {
      configurations = [legacyConfiguration];
    } else {
      problems.push(problem(ORIGIN15, file.path, `${m[1]}:${m[2]}: no "=configurations" after the version; not read`, n));
      return;
    }
    components.push(
      makeComponent({
        ecosystem: "Maven",
        name: `${m[1]}:${m[2]}`,
        version: m[3],
        file: file.path,
        line: n,
        dev: configurations.length > 0 && configurations.every(isTestConfiguration)
      })
    );
  });
  if (legacyConfiguration === void 0 && !sawEmpty) {
    problems.push(
      problem(ORIGIN15, file.path, 'no "empty=" line, which Gradle writes last: the file looks truncated', lastContent, "warning")
    );
  }
  return { components, problems };
}
var gradleLock = {
  id: "gradle",
  description: "Gradle dependency lock files (gradle.lockfile, *-gradle.lockfile, gradle/dependency-locks/*.lockfile)",
  claims: (path) => /(^|\/)([^/]+-)?gradle\.lockfile$/.test(path) || LEGACY.test(path),
  extract: extract9
};

// src/extract/helm/index.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/extract/images/helm-chart.ts
var HELM_ECOSYSTEM = "helm";
function helmChartComponent(name, version, repository, file, line) {
  const local = repository === "" || repository.startsWith("file://");
  const c = makeComponent({ ecosystem: HELM_ECOSYSTEM, name, version, file, line, layer: "runtime", direct: true, source: local ? "path" : "registry" });
  if (!local) c.purl = `${purlFor(HELM_ECOSYSTEM, name, version)}?repository_url=${encodeURIComponent(repository.toWellFormed())}`;
  return c;
}

// src/extract/images/value-tree.ts
var import_yaml8 = __toESM(require_dist(), 1);
var APP_VERSION = /appversion/i;
function valueDocuments(path, text, origin, problems) {
  const parsed = parseYamlLastKeyWins(text, origin, path);
  problems.push(...parsed.problems);
  const out = [];
  for (const doc of parsed.docs) {
    const y = yamlDoc(doc, parsed.lines, { origin, file: path, problems });
    const tree = valueTree(y, path, text, doc.contents, origin, problems);
    if (tree) out.push(tree);
  }
  return out;
}
function valueTree(y, file, text, root, origin, problems) {
  const memo = /* @__PURE__ */ new Map();
  let tooDeep = false;
  const walk = (raw, depth) => {
    const node = resolve(y, raw);
    if (!node) return void 0;
    const known = memo.get(node);
    if (known) return known;
    if (depth > LIMITS.maxNestingDepth) {
      if (!tooDeep) problems.push(problem(origin, file, `values nested deeper than ${LIMITS.maxNestingDepth} levels through aliases; the rest is not read`, lineOf(y, node), "warning"));
      tooDeep = true;
      return void 0;
    }
    const at2 = { file, line: lineOf(y, node) };
    if ((0, import_yaml8.isScalar)(node)) {
      const out2 = { kind: "scalar", ...at2, text: scalarText(y, node), value: node.value ?? null };
      memo.set(node, out2);
      return out2;
    }
    if ((0, import_yaml8.isSeq)(node)) {
      const out2 = { kind: "seq", ...at2, items: [] };
      memo.set(node, out2);
      for (const item of node.items) {
        const v = walk(item, depth + 1);
        if (v) out2.items.push(v);
      }
      return out2;
    }
    if (!(0, import_yaml8.isMap)(node)) return void 0;
    const range = node.range;
    const out = { kind: "map", ...at2, entries: /* @__PURE__ */ new Map(), mentionsAppVersion: range ? APP_VERSION.test(text.slice(range[0], range[2])) : false };
    memo.set(node, out);
    for (const [key2, { key: keyNode, value }] of entries(y, node)) {
      const keyAt = { file, line: lineOf(y, keyNode) };
      const v = value === void 0 || value === null ? { kind: "scalar", ...keyAt, text: void 0, value: null } : walk(value, depth + 1);
      if (!v) continue;
      const start = keyNode.range?.[0];
      const end = (resolve(y, value) ?? keyNode).range?.[2];
      const mentions = start !== void 0 && end !== void 0 && end > start && APP_VERSION.test(text.slice(start, end));
      out.entries.set(key2, { ...keyAt, value: v, keys: [keyAt], mentionsAppVersion: mentions });
    }
    return out;
  };
  return walk(root, 0);
}
var isNull = (v) => v.kind === "scalar" && v.value === null;
function mergedEntry(base, top, value) {
  return { file: top.file, line: top.line, value, keys: [...base.keys, ...top.keys], mentionsAppVersion: base.mentionsAppVersion || top.mentionsAppVersion };
}
function layer(base, top, nullDeletes, memo) {
  if (base.kind !== "map" || top.kind !== "map") return top;
  const seen = memo.get(base)?.get(top);
  if (seen) return seen;
  const out = { ...top, entries: new Map(base.entries), mentionsAppVersion: base.mentionsAppVersion || top.mentionsAppVersion };
  if (!memo.has(base)) memo.set(base, /* @__PURE__ */ new Map());
  memo.get(base).set(top, out);
  for (const [key2, entry] of top.entries) {
    const under = base.entries.get(key2);
    if (nullDeletes && isNull(entry.value)) {
      out.entries.delete(key2);
      continue;
    }
    out.entries.set(key2, under ? mergedEntry(under, entry, layer(under.value, entry.value, nullDeletes, memo)) : entry);
  }
  return out;
}
function layerValues(chartDefaults, supplied) {
  const memo = /* @__PURE__ */ new Map();
  let user;
  for (const v of supplied) user = user === void 0 ? v : layer(user, v, false, memo);
  if (user === void 0) return chartDefaults;
  return layer(chartDefaults ?? { kind: "map", file: user.file, line: 1, entries: /* @__PURE__ */ new Map(), mentionsAppVersion: false }, user, true, /* @__PURE__ */ new Map());
}
function lookup(values, path) {
  let at2 = values;
  for (const part of path.split(".")) {
    if (at2?.kind !== "map") return void 0;
    at2 = at2.entries.get(part)?.value;
  }
  return at2;
}

// src/extract/helm/layers.ts
function chartDirOf(path, ctx) {
  let dir = dirOf(path);
  for (; ; ) {
    if (ctx.readFile(`${dir}Chart.yaml`) !== void 0) return dir;
    if (dir === "") return void 0;
    dir = dirOf(dir.slice(0, -1));
  }
}
function namedOverlays(chartDir, ctx) {
  return (ctx.helmValues ?? []).filter((path) => chartDirOf(path, ctx) === chartDir);
}
function chartInstallValues(chartDir, ctx, origin, extra, problems = []) {
  const read3 = (path, text) => text === void 0 ? void 0 : valueDocuments(path, text, origin, problems)[0];
  const defaults = read3(`${chartDir}values.yaml`, ctx.readFile(`${chartDir}values.yaml`));
  const supplied = [];
  for (const path of namedOverlays(chartDir, ctx)) {
    const v = read3(path, ctx.readFile(path));
    if (v) supplied.push(v);
  }
  if (extra) {
    const v = read3(extra.path, extra.text);
    if (v) supplied.push(v);
  }
  return layerValues(defaults, supplied);
}

// src/extract/helm/render.ts
var ORIGIN16 = "extract/helm";
function plain(text, path) {
  if (text === void 0) return void 0;
  const parsed = parseYaml(text, ORIGIN16, path);
  const doc = parsed.docs[0];
  return doc ? toJs(doc, ORIGIN16, path, []) : void 0;
}
function disabledBy(dep, values) {
  const bool = (node) => node?.kind === "scalar" && typeof node.value === "boolean" ? node.value : void 0;
  if (typeof dep.condition === "string") {
    for (const path of dep.condition.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
      const v = bool(lookup(values, path));
      if (v !== void 0) return v ? void 0 : `condition ${path} is false`;
    }
  }
  if (Array.isArray(dep.tags)) {
    const set = dep.tags.filter((t) => typeof t === "string");
    const tags = lookup(values, "tags");
    const tag = (t) => bool(tags?.kind === "map" ? tags.entries.get(t)?.value : void 0);
    if (set.some((t) => tag(t) === true)) return void 0;
    const off = set.filter((t) => tag(t) === false);
    if (off.length > 0) return `tag${off.length > 1 ? "s" : ""} ${off.join(", ")} false`;
  }
  return void 0;
}
function chartValues(dir, ctx, extra) {
  return decide(dir, ctx, chartInstallValues(dir, ctx, ORIGIN16, extra));
}
function decide(dir, ctx, values) {
  const out = { disabled: /* @__PURE__ */ new Map(), installed: /* @__PURE__ */ new Map() };
  const registry = lookup(values, "global.imageRegistry");
  if (registry?.kind === "scalar" && typeof registry.value === "string" && registry.value.trim() !== "") out.globalRegistry = registry.value.trim();
  const chart = plain(ctx.readFile(`${dir}Chart.yaml`), `${dir}Chart.yaml`);
  if (!isRecord(chart) || !Array.isArray(chart.dependencies)) return out;
  for (const dep of chart.dependencies) {
    if (!isRecord(dep)) continue;
    const key2 = typeof dep.alias === "string" && dep.alias !== "" ? dep.alias : dep.name;
    if (typeof key2 !== "string") continue;
    const reason = disabledBy(dep, values);
    if (reason !== void 0) out.disabled.set(key2, { key: key2, reason });
    else if (typeof dep.name === "string") {
      out.installed.set(key2, {
        name: dep.name,
        ...typeof dep.version === "string" ? { version: dep.version } : {},
        ...typeof dep.repository === "string" ? { repository: dep.repository } : {}
      });
    }
  }
  return out;
}
function skippedNotice(file, line, sub, chartYaml) {
  return {
    level: "notice",
    origin: ORIGIN16,
    file,
    line,
    message: `images of subchart ${sub.key} skipped: Helm does not install it (${chartYaml} dependency, ${sub.reason} in the values)`
  };
}

// src/extract/images/values-images.ts
function isImageKey(key2) {
  return key2 !== void 0 && key2.toLowerCase().endsWith("image");
}
var nonEmpty = (s) => s === void 0 || s.trim() === "" ? void 0 : s.trim();
var textOf = (v) => v?.kind === "scalar" ? v.text : void 0;
function places(list) {
  const out = [];
  for (const l of list) if (l && !out.some((o) => o.file === l.file && o.line === l.line)) out.push(l);
  return out;
}
function imageBlock(map, key2, entry, topLevel, opts) {
  const globalRegistry = opts.globalRegistry;
  const e = map.entries;
  const repoNode = e.get("repository")?.value ?? (isImageKey(key2) ? e.get("name")?.value : void 0);
  const repo = nonEmpty(textOf(repoNode));
  if (repo === void 0 || repoNode === void 0) return void 0;
  const tagNode = e.get("tag")?.value ?? e.get("imageTag")?.value;
  const digestNode = e.get("digest")?.value;
  if (!isImageKey(key2) && !e.has("tag") && !e.has("imageTag") && !e.has("digest") && !e.has("registry")) return void 0;
  const registryNode = e.get("registry")?.value;
  const registry = e.has("registry") ? globalRegistry ?? nonEmpty(textOf(registryNode)) : void 0;
  let tag = nonEmpty(textOf(tagNode));
  const digest = nonEmpty(textOf(digestNode));
  let fromAppVersion = false;
  if (tag === void 0 && digest === void 0 && (topLevel || (entry?.mentionsAppVersion ?? map.mentionsAppVersion))) {
    const appVersion = opts.appVersion?.();
    if (appVersion !== void 0) {
      tag = appVersion;
      fromAppVersion = true;
    }
  }
  const reference = (registry ? `${registry}/` : "") + repo + (tag ? `:${tag}` : "") + (digest ? `@${digest}` : "");
  const at2 = (field) => {
    if (field === void 0 || field.kind === "scalar" && field.text === void 0) return void 0;
    const decl = isImageKey(key2) ? entry?.keys.find((k) => k.file === field.file) : repoNode.file === field.file ? repoNode : void 0;
    const where = decl ?? field;
    return { file: where.file, line: where.line };
  };
  const used = [digest ? digestNode : void 0, tag && !fromAppVersion ? tagNode : void 0, repoNode, registry && registry !== globalRegistry ? registryNode : void 0];
  return { reference, locations: places(used.map(at2)), fromAppVersion, ...tag === void 0 && digest === void 0 ? { tagless: true } : {}, path: [] };
}
function imagesInValues(tree, opts) {
  const visited = /* @__PURE__ */ new Set();
  const stack = [{ node: tree, depth: 0, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop();
    const node = item.node;
    if (visited.has(node)) continue;
    visited.add(node);
    const off = item.depth === 1 && item.key !== void 0 ? opts.disabled?.get(item.key) : void 0;
    if (off) {
      opts.onSkipped?.(off, { file: item.entry?.file ?? node.file, line: item.entry?.line ?? node.line });
      continue;
    }
    if (node.kind === "scalar") {
      if (!isImageKey(item.key) || typeof node.value !== "string") continue;
      const written = nonEmpty(node.value);
      if (written === void 0) continue;
      const imageTag2 = nonEmpty(textOf(item.imageTag));
      const withTag = item.key === "image" && imageTag2 !== void 0 && !/[:@]/.test(written);
      const tagAt = withTag && item.imageTag ? { file: item.imageTag.file, line: item.imageTag.line } : void 0;
      opts.onFound({ reference: written + (withTag ? `:${imageTag2}` : ""), locations: places([tagAt?.file !== node.file ? tagAt : void 0, { file: node.file, line: node.line }]), fromAppVersion: false, path: item.path });
      continue;
    }
    if (node.kind === "seq") {
      for (const child2 of [...node.items].reverse()) stack.push({ node: child2, key: item.key, depth: item.depth + 1, path: item.path });
      continue;
    }
    const block = imageBlock(node, item.key, item.entry, item.depth === 1 && item.key === "image", opts);
    if (block) {
      opts.onFound({ ...block, path: item.path });
      continue;
    }
    const imageTag = node.entries.get("imageTag")?.value;
    for (const [key2, entry] of [...node.entries].reverse()) {
      stack.push({ node: entry.value, key: key2, entry, depth: item.depth + 1, path: [...item.path, key2], ...imageTag ? { imageTag } : {} });
    }
  }
}

// src/extract/helm/index.ts
var ORIGIN17 = "extract/helm";
function baseName2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function readChart(dir, ctx) {
  const path = `${dir}Chart.yaml`;
  const text = ctx.readFile(path);
  if (text === void 0) return void 0;
  const parsed = parseYaml(text, ORIGIN17, path);
  const doc = parsed.docs[0];
  if (!doc) return { path };
  const y = yamlDoc(doc, parsed.lines);
  const node = entries(y, doc.contents).get("appVersion")?.value;
  const appVersion = scalarText(y, node);
  return appVersion ? { path, appVersion, appVersionLine: lineOf(y, node) } : { path };
}
function rendering(file, ctx, values) {
  const dir = dirOf(file.path);
  const own = decide(dir, ctx, values);
  const vendored = /^(.*\/)?charts\/([^/]+)\/$/.exec(dir);
  if (!vendored) return { own };
  const parentDir = vendored[1] ?? "";
  const parent = chartValues(parentDir, ctx);
  if (own.globalRegistry === void 0 && parent.globalRegistry !== void 0) own.globalRegistry = parent.globalRegistry;
  const off = parent.disabled.get(vendored[2]);
  return off ? { own, offBy: { parent: `${parentDir}Chart.yaml`, sub: off.key, reason: off.reason } } : { own };
}
function valueTrees(file, ctx, problems) {
  const dir = dirOf(file.path);
  const chartDir = ctx.helmValues === void 0 || ctx.helmValues.length === 0 ? void 0 : chartDirOf(file.path, ctx);
  const named = chartDir === void 0 ? [] : namedOverlays(chartDir, ctx);
  const isNamed = named.includes(file.path);
  if (chartDir !== void 0 && named.length > 0) {
    const isDefaults = file.path === `${chartDir}values.yaml`;
    const hasDefaults = ctx.readFile(`${chartDir}values.yaml`) !== void 0;
    if (isDefaults || isNamed && !hasDefaults && file.path === named[0]) {
      const values = chartInstallValues(chartDir, ctx, ORIGIN17, void 0, problems);
      return { trees: values ? [values] : [], decidedBy: values };
    }
    if (isNamed) return { trees: [], decidedBy: void 0 };
  }
  if (baseName2(file.path) !== "values.yaml") {
    const read3 = [];
    const values = chartInstallValues(dir, ctx, ORIGIN17, file, read3);
    problems.push(...read3.filter((p) => p.file === file.path));
    return { trees: values ? [values] : [], decidedBy: values, onlyOwn: true };
  }
  const trees = valueDocuments(file.path, file.text, ORIGIN17, problems);
  return { trees, decidedBy: trees[0] };
}
function valuesImages(file, ctx, components, problems) {
  const { trees, decidedBy, onlyOwn } = valueTrees(file, ctx, problems);
  if (trees.length === 0) return;
  const render = rendering(file, ctx, decidedBy);
  if (render.offBy) {
    problems.push(skippedNotice(file.path, 1, { key: render.offBy.sub, reason: render.offBy.reason }, render.offBy.parent));
    return;
  }
  const { disabled, globalRegistry } = render.own;
  const chartYaml = `${dirOf(file.path)}Chart.yaml`;
  let chartCache = null;
  const chart = () => {
    if (chartCache === null) chartCache = readChart(dirOf(file.path), ctx) ?? readChart(dirOf(dirOf(file.path).slice(0, -1)), ctx);
    return chartCache;
  };
  const add = (found) => {
    if (onlyOwn && !found.locations.some((l) => l.file === file.path)) return;
    const first = found.locations[0] ?? { file: file.path, line: 1 };
    const sub = found.tagless && found.path.length >= 2 ? render.own.installed.get(found.path[0]) : void 0;
    if (sub) {
      const tag = subchartTag(dirOf(file.path), sub.name, found.path.slice(1), ctx);
      if (tag) {
        found = { ...found, reference: `${found.reference}:${tag.tag}`, locations: [...found.locations, tag.at] };
      } else {
        const chartRef = `${sub.name}${sub.version ? ` ${sub.version}` : ""}${sub.repository ? ` from ${sub.repository}` : ""}`;
        problems.push({
          ...problem(ORIGIN17, first.file, `image ${found.reference} sets no tag: the subchart ${chartRef} supplies it from its own values, which are not in the repository (no charts/${sub.name}/values.yaml); not checked`, first.line, "notice"),
          coverage: { layer: "runtime", ecosystem: "image", note: "images whose tag a subchart sets were not checked (vendor the subchart under charts/ with helm dependency build, or set the tag)" }
        });
        return;
      }
    }
    const made = imageComponent(found.reference, first.file, first.line, ORIGIN17);
    if (!made.component) {
      problems.push(made.problem);
      return;
    }
    made.component.locations.push(...found.locations.slice(1));
    const c = chart();
    if (found.fromAppVersion && c?.appVersionLine !== void 0) {
      const loc = { file: c.path, line: c.appVersionLine };
      made.component.locations.push(loc);
    }
    components.push(made.component);
  };
  for (const tree of trees) {
    imagesInValues(tree, {
      disabled,
      ...globalRegistry !== void 0 ? { globalRegistry } : {},
      appVersion: () => chart()?.appVersion,
      onFound: add,
      onSkipped: (sub, at2) => {
        if (!onlyOwn || at2.file === file.path) problems.push(skippedNotice(at2.file, at2.line, sub, chartYaml));
      }
    });
  }
}
function subchartTag(chartDir, name, path, ctx) {
  const valuesPath = `${chartDir}charts/${name}/values.yaml`;
  const text = ctx.readFile(valuesPath);
  if (text === void 0) return void 0;
  const tree = valueDocuments(valuesPath, text, ORIGIN17, [])[0];
  const block = lookup(tree, path.join("."));
  const tag = block?.kind === "map" ? block.entries.get("tag") : void 0;
  const written = tag?.value.kind === "scalar" ? nonEmpty(tag.value.text) : void 0;
  return tag && written ? { tag: written, at: { file: tag.file, line: tag.line } } : void 0;
}
function chartDependencies(file, ctx, components, problems) {
  const parsed = parseYaml(file.text, ORIGIN17, file.path);
  problems.push(...parsed.problems);
  const doc = parsed.docs[0];
  if (!doc) return;
  const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN17, file: file.path, problems });
  annotatedImages(y, file.path, components, problems);
  const deps2 = asSeq(y, entries(y, doc.contents).get("dependencies")?.value);
  if (!deps2 || deps2.items.length === 0) return;
  const locked = lockedVersions(dirOf(file.path), ctx);
  for (const item of deps2.items) {
    const e = entries(y, item);
    const nameNode = e.get("name")?.value;
    const name = nonEmpty(scalarText(y, nameNode));
    if (name === void 0) {
      problems.push(problem(ORIGIN17, file.path, "dependency without a name", lineOf(y, item), "warning"));
      continue;
    }
    const versionNode = e.get("version")?.value;
    const declared = nonEmpty(scalarText(y, versionNode));
    const repository = nonEmpty(scalarText(y, e.get("repository")?.value)) ?? "";
    const version = locked.get(`${name}\0${repository}`) ?? locked.get(name) ?? declared;
    if (version === void 0) {
      problems.push(problem(ORIGIN17, file.path, `dependency ${name}: no version and none in Chart.lock`, lineOf(y, nameNode), "warning"));
      continue;
    }
    components.push(helmChartComponent(name, version, repository, file.path, lineOf(y, versionNode ?? nameNode)));
  }
}
function annotatedImages(y, path, components, problems) {
  const node = resolve(y, get(y, get(y, y.doc.contents, "annotations"), "artifacthub.io/images"));
  if (!(0, import_yaml10.isScalar)(node) || typeof node.value !== "string") return;
  const inner = parseYaml(node.value, ORIGIN17, path);
  const base = lineOf(y, node);
  const lineIn = (n, iy) => node.type === "BLOCK_LITERAL" ? base + lineOf(iy, n) : base;
  if (inner.problems.length > 0) {
    problems.push(problem(ORIGIN17, path, `annotation artifacthub.io/images is not a YAML list: ${inner.problems[0].message}`, base, "warning"));
    return;
  }
  for (const doc of inner.docs) {
    const iy = yamlDoc(doc, inner.lines, { origin: ORIGIN17, file: path, problems });
    for (const item of asSeq(iy, doc.contents)?.items ?? []) {
      const imageNode = get(iy, item, "image");
      const image = nonEmpty(scalarText(iy, imageNode));
      if (image === void 0) continue;
      const made = imageComponent(image, path, lineIn(imageNode, iy), ORIGIN17);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
  }
}
function lockedVersions(dir, ctx) {
  const out = /* @__PURE__ */ new Map();
  const path = `${dir}Chart.lock`;
  const text = ctx.readFile(path);
  if (text === void 0) return out;
  const parsed = parseYaml(text, ORIGIN17, path);
  const doc = parsed.docs[0];
  if (!doc) return out;
  const y = yamlDoc(doc, parsed.lines);
  for (const item of asSeq(y, entries(y, doc.contents).get("dependencies")?.value)?.items ?? []) {
    const e = entries(y, item);
    const name = scalarText(y, e.get("name")?.value);
    const version = scalarText(y, e.get("version")?.value);
    if (!name || !version) continue;
    out.set(`${name}\0${scalarText(y, e.get("repository")?.value) ?? ""}`, version);
    if (!out.has(name)) out.set(name, version);
  }
  return out;
}
var helmCharts = {
  id: "helm",
  description: "Helm charts: images in values*.yaml (appVersion as default tag), dependencies of Chart.yaml (pinned by Chart.lock)",
  claims: isHelmFileName,
  extract(file, ctx) {
    const components = [];
    const problems = [];
    if (baseName2(file.path) === "Chart.yaml") chartDependencies(file, ctx, components, problems);
    else valuesImages(file, ctx, components, problems);
    return { components, problems };
  }
};

// src/extract/kubernetes/index.ts
var ORIGIN18 = "extract/kubernetes";
var POD_SPEC_PATH = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var CUSTOM_IMAGE_FIELDS = {
  Mattermost: { group: "installation.mattermost.com/", image: "image", tag: "version" },
  ClusterInstallation: { group: "mattermost.com/", image: "image", tag: "version" }
};
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
var LOCK_OR_TOOL_YAML = /(^|[-.])lock\.ya?ml$|^pnpm-workspace\.ya?ml$|^(mkdocs|codecov|dependabot|renovate|action)\.ya?ml$/i;
function isKubernetesCandidate(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (!/\.ya?ml$/i.test(base) || base.startsWith(".")) return false;
  if (/(^|\/)(templates|\.github|\.gitlab|\.circleci)\//.test(path)) return false;
  return !isComposeFileName(path) && !isHelmFileName(path) && !isKustomizationName(path) && base !== "Chart.lock" && !LOCK_OR_TOOL_YAML.test(base);
}
function at(y, node, path) {
  let cur = node;
  for (const key2 of path) {
    cur = get(y, cur, key2);
    if (cur === void 0) return void 0;
  }
  return cur;
}
function podSpecImages(y, spec, path, components, problems) {
  for (const list of CONTAINER_LISTS) {
    for (const container of asSeq(y, get(y, spec, list))?.items ?? []) {
      const imageNode = get(y, container, "image");
      const image = scalarText(y, imageNode);
      if (image === void 0 || image === "") continue;
      const made = imageComponent(image, path, lineOf(y, imageNode), ORIGIN18);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
  }
}
function objectImages(y, obj, path, components, problems, depth) {
  const apiVersion = scalarText(y, get(y, obj, "apiVersion"));
  const kind = scalarText(y, get(y, obj, "kind"));
  if (!kind || !apiVersion && depth === 0) return false;
  const items = asSeq(y, get(y, obj, "items"));
  if (items && (kind === "List" || kind.endsWith("List")) && depth < 4) {
    for (const item of items.items) objectImages(y, item, path, components, problems, depth + 1);
    return true;
  }
  const custom = CUSTOM_IMAGE_FIELDS[kind];
  if (custom && apiVersion?.startsWith(custom.group)) {
    const spec = get(y, obj, "spec");
    const imageNode = get(y, spec, custom.image);
    const image = scalarText(y, imageNode);
    if (image) {
      const tagNode = get(y, spec, custom.tag);
      const tag = scalarText(y, tagNode);
      const made = imageComponent(tag ? `${image}:${tag}` : image, path, lineOf(y, imageNode), ORIGIN18);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
    return true;
  }
  const specPath = Object.hasOwn(POD_SPEC_PATH, kind) ? POD_SPEC_PATH[kind] : void 0;
  if (specPath) {
    podSpecImages(y, at(y, obj, specPath), path, components, problems);
    return true;
  }
  const template = at(y, obj, ["spec", "template", "spec"]);
  if (template && asSeq(y, get(y, template, "containers"))) podSpecImages(y, template, path, components, problems);
  return true;
}
var kubernetesManifests = {
  id: "kubernetes",
  description: "Kubernetes manifests (*.yaml, *.yml): container, init and ephemeral container images of workloads, CronJobs and Lists",
  claims: isKubernetesCandidate,
  extract(file, ctx) {
    const components = [];
    const problems = [];
    const mayBeKubernetes = /^[ \t]*kind[ \t]*:/m.test(file.text) && /^[ \t]*apiVersion[ \t]*:/m.test(file.text);
    const mayBeCompose = /^services[ \t]*:/m.test(file.text);
    if (!mayBeKubernetes && !mayBeCompose) return { components, problems };
    const parsed = parseYaml(file.text, ORIGIN18, file.path);
    if (mayBeKubernetes) problems.push(...parsed.problems);
    for (const doc of parsed.docs) {
      const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN18, file: file.path, problems });
      if (objectImages(y, doc.contents, file.path, components, problems, 0)) continue;
      if (mayBeCompose && looksLikeCompose(y)) {
        composeImages(y, file.path, composeEnvironment(file.path, ctx), components, problems, ctx);
      }
    }
    return { components, problems };
  }
};

// src/extract/kustomize/index.ts
var ORIGIN19 = "extract/kustomize";
var kustomizations = {
  id: "kustomize",
  description: "Kustomize kustomization.yaml: images overrides (newName, newTag, digest), helmCharts (the chart, images of valuesFile and valuesInline)",
  claims: isKustomizationName,
  extract(file, ctx) {
    const parsed = parseYaml(file.text, ORIGIN19, file.path);
    const components = [];
    const problems = [...parsed.problems];
    for (const doc of parsed.docs) {
      const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN19, file: file.path, problems });
      helmCharts2(y, file, ctx, components, problems);
      for (const item of asSeq(y, entries(y, doc.contents).get("images")?.value)?.items ?? []) {
        const e = entries(y, item);
        const nameNode = e.get("name")?.value;
        const name = scalarText(y, nameNode);
        const newNameNode = e.get("newName")?.value;
        const newTagNode = e.get("newTag")?.value;
        const digestNode = e.get("digest")?.value;
        const newName = scalarText(y, newNameNode) || void 0;
        const newTag = scalarText(y, newTagNode) || void 0;
        const digest = scalarText(y, digestNode) || void 0;
        if (name === void 0 || name === "") {
          problems.push(problem(ORIGIN19, file.path, "images entry without a name", lineOf(y, item), "warning"));
          continue;
        }
        if (newTag === void 0 && digest === void 0) {
          if (newName !== void 0) {
            problems.push(
              problem(ORIGIN19, file.path, `images: ${name} \u2192 ${newName} keeps the tags of the resources; reported there`, lineOf(y, newNameNode), "notice")
            );
          }
          continue;
        }
        const reference = (newName ?? name) + (newTag !== void 0 ? `:${newTag}` : "") + (digest !== void 0 ? `@${digest}` : "");
        const line = lineOf(y, item);
        const made = imageComponent(reference, file.path, line, ORIGIN19);
        if (made.component) components.push(made.component);
        else problems.push(made.problem);
      }
    }
    return { components, problems };
  }
};
function helmCharts2(y, file, ctx, components, problems) {
  for (const item of asSeq(y, entries(y, y.doc.contents).get("helmCharts")?.value)?.items ?? []) {
    const e = entries(y, item);
    const nameNode = e.get("name")?.value;
    const name = scalarText(y, nameNode)?.trim();
    if (!name) {
      problems.push(problem(ORIGIN19, file.path, "helmCharts entry without a name", lineOf(y, item), "warning"));
      continue;
    }
    const versionNode = e.get("version")?.value;
    const version = scalarText(y, versionNode)?.trim();
    const repo = scalarText(y, e.get("repo")?.value)?.trim() ?? "";
    if (version) components.push(helmChartComponent(name, version, repo, file.path, lineOf(y, versionNode)));
    else if (repo !== "") {
      problems.push(problem(ORIGIN19, file.path, `helmCharts ${name}: no version, so kustomize pulls whatever ${repo} serves newest; chart not recorded`, lineOf(y, nameNode), "warning"));
    }
    const supplied = [];
    const fileNames = [e.get("valuesFile")?.value, ...asSeq(y, e.get("additionalValuesFiles")?.value)?.items ?? []];
    for (const node of fileNames) {
      const named = scalarText(y, node)?.trim();
      if (!named) continue;
      const values2 = readValuesFile(named, file.path, ctx, problems, lineOf(y, node));
      if (values2) supplied.push(values2);
    }
    const inlineNode = e.get("valuesInline")?.value;
    const inline = inlineNode ? valueTree(y, file.path, file.text, inlineNode, ORIGIN19, problems) : void 0;
    const merge = scalarText(y, e.get("valuesMerge")?.value)?.trim() ?? "override";
    let layers = supplied;
    if (inline) layers = merge === "replace" ? [inline] : merge === "merge" ? [inline, ...supplied] : [...supplied, inline];
    const values = layerValues(void 0, layers);
    if (!values) continue;
    imagesInValues(values, {
      onFound: (found) => {
        const first = found.locations[0] ?? { file: file.path, line: lineOf(y, item) };
        const made = imageComponent(found.reference, first.file, first.line, ORIGIN19);
        if (!made.component) {
          problems.push(made.problem);
          return;
        }
        made.component.locations.push(...found.locations.slice(1));
        components.push(made.component);
      }
    });
  }
}
function readValuesFile(named, from, ctx, problems, line) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(named)) {
    problems.push(problem(ORIGIN19, from, `helmCharts values file ${named} is remote; not read (its images are not seen)`, line, "notice"));
    return void 0;
  }
  const path = besideFile(from, named);
  if (path === void 0) {
    problems.push(problem(ORIGIN19, from, `helmCharts values file ${named} is outside the scanned folder; not read`, line, "warning"));
    return void 0;
  }
  const text = ctx.readFile(path);
  if (text === void 0) {
    problems.push(problem(ORIGIN19, from, `helmCharts values file ${named} (${path}) is missing or could not be read; its images are not seen`, line, "warning"));
    return void 0;
  }
  return valueDocuments(path, text, ORIGIN19, problems)[0];
}

// src/parse/xml-tree.ts
var import_saxes = __toESM(require_saxes(), 1);
var MAX_DEPTH3 = 64;
function parseXmlTree(text) {
  const parser = new import_saxes.SaxesParser({ position: true });
  const tree = {};
  const stack = [];
  let skipped = 0;
  parser.on("error", (err) => {
    if (tree.error) return;
    tree.error = { line: parser.line, message: err.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "") };
  });
  parser.on("opentagstart", (tag) => {
    if (tree.error) return;
    if (skipped > 0 || stack.length >= MAX_DEPTH3) {
      skipped++;
      return;
    }
    const el = { name: tag.name, line: parser.line, text: "", children: [], closed: false, attributes: {} };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (!tree.root) tree.root = el;
    stack.push(el);
  });
  parser.on("opentag", (tag) => {
    if (tree.error || skipped > 0) return;
    const el = stack[stack.length - 1];
    if (el) el.attributes = tag.attributes;
  });
  const addText = (t) => {
    if (tree.error || skipped > 0) return;
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    if (tree.error) return;
    if (skipped > 0) {
      skipped--;
      return;
    }
    const el = stack.pop();
    if (el) el.closed = true;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    tree.error ??= { line: parser.line, message: err.message };
  }
  return tree;
}
function childrenNamed(el, name) {
  return el ? el.children.filter((c) => c.name === name) : [];
}
function child(el, name) {
  return el?.children.find((c) => c.name === name);
}
function childText(el, name) {
  const c = el?.children.find((x) => x.name === name);
  if (!c || !c.closed) return void 0;
  return { text: c.text.trim(), line: c.line };
}

// src/extract/maven/index.ts
var ORIGIN20 = "extract/maven";
var MAX_REFERENCES = 64;
var MAX_VALUE_LENGTH = 1024;
var REFERENCE2 = /\$\{([^${}]*)\}/g;
var Properties = class {
  values = /* @__PURE__ */ new Map();
  constructor(project) {
    for (const p of child(project, "properties")?.children ?? []) {
      if (p.closed) this.values.set(p.name, p.text.trim());
    }
    const parent = child(project, "parent");
    const own = (name) => childText(project, name)?.text;
    const inherited = (name) => childText(parent, name)?.text;
    const builtins = {
      "project.version": own("version") ?? inherited("version"),
      "project.groupId": own("groupId") ?? inherited("groupId"),
      "project.artifactId": own("artifactId"),
      "project.parent.version": inherited("version"),
      "project.parent.groupId": inherited("groupId"),
      "project.parent.artifactId": inherited("artifactId")
    };
    for (const [key2, value] of Object.entries(builtins)) {
      if (value === void 0) continue;
      this.values.set(key2, value);
      this.values.set(key2.replace(/^project\./, "pom."), value);
    }
  }
  /** Every `${name}` replaced, recursively, within bounds; the first name that cannot be is reported. */
  resolve(raw) {
    let value = raw;
    for (let references = 0; ; ) {
      let unresolved;
      let replaced = 0;
      value = value.replace(REFERENCE2, (whole, name) => {
        const v = this.values.get(name);
        if (v === void 0) {
          unresolved ??= name;
          return whole;
        }
        replaced++;
        return v;
      });
      if (unresolved !== void 0) return { unresolved };
      if (replaced === 0) return { value };
      references += replaced;
      if (references > MAX_REFERENCES || value.length > MAX_VALUE_LENGTH) {
        return { tooLarge: true };
      }
    }
  }
};
function notLiteral(version) {
  if (version === "") return "an empty version";
  if (/^[[(]|[\])]$/.test(version) || version.includes(",")) return `the version range ${version}`;
  if (version === "LATEST" || version === "RELEASE") return `the meta-version ${version}`;
  if (/\s|\$\{/.test(version)) return `"${version}", which is not a version`;
  return void 0;
}
function extract10(file) {
  const components = [];
  const problems = [];
  const tree = parseXmlTree(file.text);
  if (tree.error) {
    problems.push(
      problem(ORIGIN20, file.path, `invalid XML: ${tree.error.message}; elements from this line on were not read`, tree.error.line)
    );
  }
  const project = tree.root;
  if (!project) return { components, problems };
  if (project.name !== "project") {
    problems.push(problem(ORIGIN20, file.path, `expected <project> as the root element, found <${project.name}>`, project.line));
    return { components, problems };
  }
  const props = new Properties(project);
  const skip = (line, what) => {
    problems.push(problem(ORIGIN20, file.path, `${what}; not matched`, line, "notice"));
  };
  const resolveField = (dep, field, label) => {
    const t = childText(dep, field);
    if (!t) return void 0;
    const r = props.resolve(t.text);
    if ("value" in r) return r.value;
    const why = "unresolved" in r ? `uses \${${r.unresolved}}, which this file does not define (a parent POM or the command line sets it)` : `nests property references too deeply or expands beyond ${MAX_VALUE_LENGTH} characters`;
    skip(t.line, `${label}: <${field}>${t.text}</${field}> ${why}`);
    return void 0;
  };
  const read3 = (dep, managed, isManagement) => {
    if (!dep.closed) return void 0;
    const line = childText(dep, "artifactId")?.line ?? dep.line;
    if (!childText(dep, "groupId") || !childText(dep, "artifactId")) {
      problems.push(problem(ORIGIN20, file.path, "dependency without <groupId> or <artifactId>; not read", dep.line, "warning"));
      return void 0;
    }
    const groupId = resolveField(dep, "groupId", "dependency");
    const artifactId = groupId === void 0 ? void 0 : resolveField(dep, "artifactId", `${groupId}:?`);
    if (groupId === void 0 || artifactId === void 0) return void 0;
    const name = `${groupId}:${artifactId}`;
    const scopeText = childText(dep, "scope")?.text;
    const scopeResolved = scopeText === void 0 ? void 0 : props.resolve(scopeText);
    let scope = scopeResolved && "value" in scopeResolved ? scopeResolved.value : void 0;
    let version;
    const versionField = childText(dep, "version");
    if (versionField) {
      version = resolveField(dep, "version", name);
      if (version === void 0) return void 0;
    } else if (!isManagement && managed.has(name)) {
      const pinned = managed.get(name);
      version = pinned.version;
      scope ??= pinned.scope;
    } else {
      skip(line, `${name}: no <version>, and none in this file's dependencyManagement (a parent POM or an imported BOM sets it)`);
      return void 0;
    }
    const why = notLiteral(version);
    if (why !== void 0) {
      skip(versionField?.line ?? line, `${name}: ${why}`);
      return void 0;
    }
    if (isManagement) return { name, version, scope };
    components.push(
      makeComponent({
        ecosystem: "Maven",
        name,
        version,
        file: file.path,
        line,
        dev: scope === "test",
        // A system-scoped jar is read from <systemPath> on disk, not from a repository.
        source: scope === "system" ? "path" : "registry",
        direct: true
      })
    );
    return { name, version, scope };
  };
  const readScope = (owner, inherited) => {
    const managed = new Map(inherited);
    for (const dep of childrenNamed(child(child(owner, "dependencyManagement"), "dependencies"), "dependency")) {
      const d = read3(dep, managed, true);
      if (d) managed.set(d.name, d);
    }
    for (const dep of childrenNamed(child(owner, "dependencies"), "dependency")) read3(dep, managed, false);
    return managed;
  };
  const projectManaged = readScope(project, /* @__PURE__ */ new Map());
  for (const profile of childrenNamed(child(project, "profiles"), "profile")) readScope(profile, projectManaged);
  return { components, problems };
}
var mavenPom = {
  id: "maven",
  description: "pom.xml (Maven): dependencies, with versions from dependencyManagement and the file\u2019s own properties",
  claims: (path) => /(^|\/)pom\.xml$/.test(path),
  extract: extract10
};

// src/extract/npm/index.ts
var ORIGIN21 = "extract/npm";
var NODE_MODULES = "node_modules/";
function nameFromKey(key2) {
  const i = key2.lastIndexOf(NODE_MODULES);
  return i === -1 ? void 0 : key2.slice(i + NODE_MODULES.length);
}
function sourceOf3(spec) {
  if (!spec) return "registry";
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(spec) || /^[^/@:]+\/[^/]+#/.test(spec)) return "git";
  if (spec.startsWith("file:")) return "path";
  if (spec.startsWith("link:")) return "link";
  if (/^https?:/.test(spec) && !/\/-\/[^/]+\.tgz(\?|#|$)/.test(spec)) return "url";
  return "registry";
}
function directNames2(entry, into) {
  for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
    const deps2 = entry[field];
    if (isRecord(deps2)) for (const name of Object.keys(deps2)) into.add(name);
  }
}
function npmComponent(file, name, version, line, direct, dev, source) {
  return makeComponent({ ecosystem: "npm", name, version, file: file.path, line, direct, dev, source });
}
function fromPackages(file, packages, components, problems) {
  const lines = locateJsonKeys(file.text, (p) => p.length === 2 && p[0] === "packages");
  const directByOwner = /* @__PURE__ */ new Map();
  for (const [key2, entry] of Object.entries(packages)) {
    if (!isRecord(entry) || key2.includes(NODE_MODULES) || key2.startsWith(NODE_MODULES.slice(0, -1))) continue;
    const names = /* @__PURE__ */ new Set();
    directNames2(entry, names);
    directByOwner.set(key2, names);
  }
  for (const [key2, entry] of Object.entries(packages)) {
    const name = nameFromKey(key2);
    if (name === void 0) continue;
    const line = lines.get(`packages${KEY_SEP}${key2}`) ?? 1;
    if (!isRecord(entry)) {
      problems.push(problem(ORIGIN21, file.path, `packages["${key2}"]: expected an object`, line));
      continue;
    }
    if (entry.link === true) continue;
    const realName = typeof entry.name === "string" ? entry.name : name;
    const version = entry.version;
    if (typeof version !== "string" || version === "") {
      problems.push(problem(ORIGIN21, file.path, `packages["${key2}"]: no version; not matched`, line, "warning"));
      continue;
    }
    const owner = key2.slice(0, key2.length - NODE_MODULES.length - name.length).replace(/\/$/, "");
    const direct = directByOwner.get(owner)?.has(name) ?? false;
    const resolved = typeof entry.resolved === "string" ? entry.resolved : void 0;
    components.push(npmComponent(file, realName, version, line, direct, entry.dev === true, sourceOf3(resolved ?? version)));
  }
}
function fromDependencies(file, root, components, problems) {
  const lines = locateJsonKeys(
    file.text,
    (p) => p.length % 2 === 0 && p.every((k, i) => i % 2 === 1 || k === "dependencies")
  );
  const direct = /* @__PURE__ */ new Set();
  directNames2(root, direct);
  const required = /* @__PURE__ */ new Set();
  const top = root.dependencies;
  if (isRecord(top)) {
    for (const entry of Object.values(top)) {
      if (isRecord(entry) && isRecord(entry.requires)) for (const r of Object.keys(entry.requires)) required.add(r);
    }
  }
  const walk = (deps2, path, depth) => {
    for (const [name, entry] of Object.entries(deps2)) {
      const keyPath = [...path, "dependencies", name];
      const line = lines.get(keyPath.join(KEY_SEP)) ?? 1;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN21, file.path, `dependencies["${name}"]: expected an object`, line));
        continue;
      }
      let version = typeof entry.version === "string" ? entry.version : "";
      let realName = name;
      const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
      if (alias) {
        realName = alias[1];
        version = alias[2];
      }
      if (version === "") {
        problems.push(problem(ORIGIN21, file.path, `dependencies["${name}"]: no version; not matched`, line, "warning"));
      } else {
        const isDirect = depth === 0 && (direct.size > 0 ? direct.has(name) : !required.has(name));
        const source = sourceOf3(typeof entry.resolved === "string" ? entry.resolved : version);
        components.push(npmComponent(file, realName, version, line, isDirect, entry.dev === true, source));
      }
      if (isRecord(entry.dependencies)) walk(entry.dependencies, keyPath, depth + 1);
    }
  };
  if (isRecord(top)) walk(top, [], 0);
}
function extract11(file, ctx) {
  const components = [];
  const problems = [];
  const lock = /(^|\/)package-lock\.json$/.exec(file.path);
  if (lock && ctx?.readFile(`${file.path.slice(0, lock.index + lock[1].length)}npm-shrinkwrap.json`) !== void 0) {
    return { components, problems: [problem(ORIGIN21, file.path, "not read: npm-shrinkwrap.json beside it wins (npm ignores package-lock.json when both exist)", 1, "notice")] };
  }
  const parsed = parseJson(file.text, ORIGIN21, file.path);
  if (parsed.problem) return { components, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root)) {
    return { components, problems: [problem(ORIGIN21, file.path, "expected a JSON object at the top level", 1)] };
  }
  const version = root.lockfileVersion;
  if (typeof version !== "number" || ![1, 2, 3].includes(version)) {
    problems.push(
      problem(ORIGIN21, file.path, `lockfileVersion ${JSON.stringify(version)} is not 1, 2 or 3; read as the closest known shape`, 1, "warning")
    );
  }
  if (isRecord(root.packages)) fromPackages(file, root.packages, components, problems);
  else if (isRecord(root.dependencies)) fromDependencies(file, root, components, problems);
  else if (version !== void 0) problems.push(problem(ORIGIN21, file.path, "no `packages` or `dependencies`: nothing installed", 1, "notice"));
  return { components, problems };
}
var npmLock = {
  id: "npm",
  description: "package-lock.json and npm-shrinkwrap.json, lockfile versions 1, 2 and 3",
  claims: (path) => /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(path),
  extract: extract11
};

// src/extract/nuget/index.ts
var ORIGIN22 = "extract/nuget";
var KNOWN_VERSIONS = /* @__PURE__ */ new Set([1, 2]);
function extract12(file) {
  const components = [];
  const { root, problems } = parseJsonObjectSalvaging(file.text, ORIGIN22, file.path);
  if (!root) return { components, problems };
  const lines = locateJsonKeys(file.text, (p) => p.length <= 3);
  const lineOf2 = (...path) => lines.get(path.join(KEY_SEP)) ?? 1;
  if (typeof root.version !== "number" || !KNOWN_VERSIONS.has(root.version)) {
    problems.push(
      problem(ORIGIN22, file.path, `lock file version ${JSON.stringify(root.version)} is not 1 or 2; read as version 2`, lineOf2("version"), "warning")
    );
  }
  const targets2 = root.dependencies;
  if (!isRecord(targets2)) {
    if (targets2 !== void 0) problems.push(problem(ORIGIN22, file.path, '"dependencies": expected an object of target frameworks', lineOf2("dependencies")));
    return { components, problems };
  }
  for (const [target, packages] of Object.entries(targets2)) {
    if (!isRecord(packages)) {
      problems.push(problem(ORIGIN22, file.path, `"dependencies"."${target}": expected an object of packages`, lineOf2("dependencies", target)));
      continue;
    }
    for (const [name, entry] of Object.entries(packages)) {
      const line = lineOf2("dependencies", target, name);
      const where = `${target} ${name}`;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN22, file.path, `${where}: expected an object`, line));
        continue;
      }
      const type = entry.type;
      const resolved = typeof entry.resolved === "string" ? entry.resolved : "";
      if (type === "Project") {
        components.push(makeComponent({ ecosystem: "NuGet", name, version: resolved, file: file.path, line, source: "path" }));
        continue;
      }
      if (resolved === "") {
        problems.push(problem(ORIGIN22, file.path, `${where}: no "resolved" version; not matched`, line, "warning"));
        continue;
      }
      if (type !== "Direct" && type !== "Transitive" && type !== "CentralTransitive") {
        problems.push(
          problem(ORIGIN22, file.path, `${where}: unknown type ${JSON.stringify(type)}; read as transitive`, line, "warning")
        );
      }
      components.push(
        makeComponent({ ecosystem: "NuGet", name, version: resolved, file: file.path, line, direct: type === "Direct" })
      );
    }
  }
  return { components, problems };
}
var nugetLock = {
  id: "nuget",
  description: "packages.lock.json (NuGet lock file, versions 1 and 2): every target framework, Direct/Transitive/Project",
  claims: (path) => /(^|\/)packages(\.[^/]+)?\.lock\.json$/.test(path),
  extract: extract12
};

// src/extract/pip/python.ts
var PYPI = "PyPI";
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
function pep508Name(spec) {
  const m = NAME.exec(spec.trimStart());
  return m ? m[0] : void 0;
}
var key = (name) => normaliseName(PYPI, name);
var extraNode = (name, extra) => `${key(name)}[${key(extra)}]`;
function pep508Nodes(spec) {
  const name = pep508Name(spec);
  if (!name) return [];
  const extras = /^\s*\[([^\]]*)\]/.exec(spec.trimStart().slice(name.length));
  const wanted = extras ? extras[1].split(",").map((e) => e.trim()).filter((e) => e !== "") : [];
  return [key(name), ...wanted.map((e) => extraNode(name, e))];
}
function dirOf2(path) {
  return path.slice(0, path.lastIndexOf("/") + 1);
}
function addSpecs(into, specs) {
  if (!Array.isArray(specs)) return;
  for (const s of specs) if (typeof s === "string") for (const n of pep508Nodes(s)) into.add(n);
}
function poetryExtras(value) {
  const tables = Array.isArray(value) ? value : [value];
  return tables.flatMap((t) => isRecord(t) && Array.isArray(t.extras) ? t.extras.filter((e) => typeof e === "string") : []);
}
function addKeys(into, table) {
  if (!isRecord(table)) return;
  for (const [name, value] of Object.entries(table)) {
    if (key(name) === "python") continue;
    into.add(key(name));
    for (const e of poetryExtras(value)) into.add(extraNode(name, e));
  }
}
function group(d, name) {
  let g = d.groups.get(name);
  if (!g) {
    g = /* @__PURE__ */ new Set();
    d.groups.set(name, g);
  }
  return g;
}
function readProject(ctx, lockPath, origin, problems) {
  const file = dirOf2(lockPath) + "pyproject.toml";
  const text = ctx.readFile(file);
  if (text === void 0) return void 0;
  const read3 = readTomlLock(text, origin, file);
  for (const p of read3.problems) problems.push({ ...p, level: "warning", message: `${p.message} (used only for direct/dev flags)` });
  const doc = read3.top;
  const d = { file, main: /* @__PURE__ */ new Set(), extras: /* @__PURE__ */ new Set(), extraNames: /* @__PURE__ */ new Set(), groups: /* @__PURE__ */ new Map() };
  const project = doc.project;
  if (isRecord(project)) {
    addSpecs(d.main, project.dependencies);
    if (isRecord(project["optional-dependencies"])) {
      for (const [name, specs] of Object.entries(project["optional-dependencies"])) {
        d.extraNames.add(name);
        addSpecs(d.extras, specs);
      }
    }
  }
  const groups = doc["dependency-groups"];
  if (isRecord(groups)) for (const [name, specs] of Object.entries(groups)) addSpecs(group(d, name), specs);
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = tool.poetry;
  if (isRecord(poetry)) {
    addKeys(d.main, poetry.dependencies);
    addKeys(group(d, "dev"), poetry["dev-dependencies"]);
    if (isRecord(poetry.group)) {
      for (const [name, g] of Object.entries(poetry.group)) {
        if (isRecord(g)) addKeys(name === "main" ? d.main : group(d, name), g.dependencies);
      }
    }
  }
  const pdm = tool.pdm;
  if (isRecord(pdm) && isRecord(pdm["dev-dependencies"])) {
    for (const [name, specs] of Object.entries(pdm["dev-dependencies"])) addSpecs(group(d, name), specs);
  }
  const uv = tool.uv;
  if (isRecord(uv)) addSpecs(group(d, "dev"), uv["dev-dependencies"]);
  return d;
}
function declaredNames(d) {
  const all = /* @__PURE__ */ new Set([...d.main, ...d.extras]);
  for (const g of d.groups.values()) for (const n of g) all.add(n);
  return new Set([...all].filter((n) => !n.includes("[")));
}
function appendAll(map, k, items) {
  let list = map.get(k);
  if (!list) map.set(k, list = []);
  for (const item of items) list.push(item);
}
function reachable(roots, edges) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const n = queue.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of edges.get(n) ?? []) if (!seen.has(m)) queue.push(m);
  }
  return seen;
}
function devByGraph(runtimeRoots, devRoots, edges) {
  const runtime2 = reachable(runtimeRoots, edges);
  const dev = reachable(devRoots, edges);
  return (name) => {
    const k = key(name);
    return runtime2.has(k) ? false : dev.has(k) ? true : void 0;
  };
}
var PythonComponents = class {
  constructor(file) {
    this.file = file;
  }
  file;
  byKey = /* @__PURE__ */ new Map();
  add(e) {
    const k = `${key(e.name)}\0${e.version}\0${e.source}`;
    const existing = this.byKey.get(k);
    if (!existing) {
      this.byKey.set(k, makeComponent({ ecosystem: PYPI, file: this.file, ...e }));
      return;
    }
    if (!existing.locations.some((l) => l.line === e.line)) existing.locations.push({ file: this.file, line: e.line });
    if (e.direct) existing.direct = true;
    if (existing.dev !== void 0 || e.dev !== void 0) existing.dev = (existing.dev ?? false) && (e.dev ?? false);
  }
  list() {
    return [...this.byKey.values()];
  }
};
function noVersion(origin, file, name, line, source = "registry") {
  return source === "registry" ? problem(origin, file, `package "${name}": no version; not matched`, line, "warning") : problem(origin, file, `package "${name}" (${source}): no version recorded; not listed`, line, "notice");
}
function namedPackages(packages, origin, file, problems) {
  const out = [];
  for (const p of packages) {
    const name = typeof p.table.name === "string" && p.table.name !== "" ? p.table.name : void 0;
    if (name) out.push({ ...p, name });
    else if (!p.partial) problems.push(problem(origin, file, "[[package]] without a name", p.line));
  }
  return out;
}

// src/extract/pdm/index.ts
var ORIGIN23 = "extract/pdm";
var DEFAULT_GROUP = "default";
function sourceOf4(table) {
  if (typeof table.git === "string" || typeof table.hg === "string") return "git";
  if (typeof table.path === "string") return "path";
  if (typeof table.url === "string") return table.url.startsWith("file:") ? "path" : "url";
  return "registry";
}
function extract13(file, ctx) {
  const lock = readTomlLock(file.text, ORIGIN23, file.path);
  const problems = [...lock.problems];
  const meta = isRecord(lock.top.metadata) ? lock.top.metadata : {};
  const lockVersion = str2(meta, "lock_version");
  if (lockVersion !== void 0 && !/^4(\.|$)/.test(lockVersion)) {
    problems.push(problem(ORIGIN23, file.path, `lock_version "${lockVersion}" is not 4.x; read as 4.x`, keyLine(file.text, "lock_version"), "notice"));
  }
  const project = readProject(ctx, file.path, ORIGIN23, problems);
  const extraGroups = project?.extraNames ?? /* @__PURE__ */ new Set();
  const declared = project ? declaredNames(project) : void 0;
  const locked = new Set(lock.packages.map((p) => str2(p.table, "name")).filter((n) => n !== void 0).map(key));
  const dangling = [];
  for (const { table, line } of lock.packages) {
    const from = str2(table, "name");
    if (!from) continue;
    for (const spec of strings(table.dependencies)) {
      const to = pep508Name(spec);
      if (to && !spec.includes(";") && !locked.has(key(to))) dangling.push({ from, to, line });
    }
  }
  const gap = incompleteLock(ORIGIN23, file.path, dangling);
  if (gap) problems.push(gap);
  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN23, file.path, problems)) {
    const version = str2(table, "version");
    const source = sourceOf4(table);
    if (!version) {
      problems.push(noVersion(ORIGIN23, file.path, name, line, source));
      continue;
    }
    let dev;
    if (Array.isArray(table.groups)) {
      const groups = strings(table.groups);
      if (groups.includes(DEFAULT_GROUP) || groups.some((g) => extraGroups.has(g))) dev = false;
      else if (project && groups.length > 0) dev = true;
    }
    out.add({ name, version, line, source, direct: declared?.has(key(name)), dev });
  }
  return { components: out.list(), problems };
}
var pdmLock = {
  id: "pdm",
  description: "pdm.lock (lock_version 4; dev from per-package groups with pyproject.toml, direct from pyproject.toml)",
  claims: (path) => /(^|\/)pdm\.lock$/.test(path),
  extract: extract13
};

// src/extract/pip/index.ts
var ORIGIN24 = "extract/pip";
var MAX_INCLUDE_DEPTH = 32;
var MAX_LINE_PROBLEMS = 25;
var SPEC3 = /^(===|==|!=|~=|<=|>=|<|>)\s*(\S+)$/;
var URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
var VCS = /^(git|hg|svn|bzr)\+/;
var ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz|tar)$/i;
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--no-binary",
  "--only-binary",
  "--trusted-host",
  "--use-feature",
  "--config-settings",
  "--global-option",
  "--install-option",
  "--hash"
]);
var FLAG_OPTIONS = /* @__PURE__ */ new Set(["--no-index", "--pre", "--prefer-binary", "--require-hashes", "-Z", "--always-unzip"]);
function commentStart(line) {
  for (let i = line.indexOf("#"); i !== -1; i = line.indexOf("#", i + 1)) {
    if (i === 0) return 0;
    if (/\s/.test(line[i - 1])) {
      let j = i - 1;
      while (j > 0 && /\s/.test(line[j - 1])) j--;
      return j;
    }
  }
  return -1;
}
function logicalLines(text) {
  const out = [];
  let pending = [];
  let start = 0;
  const emit = (line, raw) => {
    const c = commentStart(raw);
    const t = (c === -1 ? raw : raw.slice(0, c)).trim();
    if (t !== "") out.push({ line, text: t });
  };
  splitLines(text).forEach((raw, i) => {
    const isComment = commentStart(raw) !== -1;
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? " " + raw : raw;
      if (pending.length > 0) {
        pending.push(line);
        emit(start, pending.join(""));
        pending = [];
      } else {
        emit(i + 1, line);
      }
    } else {
      if (pending.length === 0) start = i + 1;
      pending.push(raw.replace(/^\\+|\\+$/g, ""));
    }
  });
  if (pending.length > 0) emit(start, pending.join(""));
  return out;
}
function resolveRelative(from, target) {
  const parts = (dirOf2(from) + target.replace(/\\/g, "/")).split("/");
  const out = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(p);
  }
  return out.join("/");
}
function optionValue(tokens, short, long) {
  const t = tokens[0];
  if (t === short || t === long) return tokens[1];
  if (t.startsWith(long + "=")) return t.slice(long.length + 1);
  if (t.startsWith(short) && !t.startsWith("--")) return t.slice(short.length);
  return void 0;
}
var clip = (text) => text.length > 120 ? `${text.slice(0, 117)}...` : text;
function parseRequirement(req) {
  const semi = req.indexOf(";");
  const main = (semi === -1 ? req : req.slice(0, semi)).trim();
  if (URL.test(main) || VCS.test(main)) {
    const egg = /[#&]egg=([^&\s]+)/.exec(main);
    return { kind: "skip", reason: `${egg ? `"${egg[1]}" comes from` : "requirement is"} a URL, not the registry` };
  }
  const name = pep508Name(main);
  let rest = name === void 0 ? "" : main.slice(name.length).trim();
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) return { kind: "bad", reason: `"${name}": unclosed extras bracket` };
    rest = rest.slice(close + 1).trim();
  }
  if (name !== void 0 && rest.startsWith("@")) return { kind: "skip", reason: `"${name}" is installed from a URL, not the registry` };
  if (/^[.~/\\]/.test(main) || /[/\\]/.test(main) || ARCHIVE.test(main)) return { kind: "skip", reason: `"${clip(main)}" is a local path, not the registry` };
  if (name === void 0) return { kind: "bad", reason: "expected a requirement such as name==1.2.3" };
  if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1).trim();
  if (rest === "") return { kind: "unpinned", name };
  let pinned;
  for (const clause of rest.split(",")) {
    const m = SPEC3.exec(clause.trim());
    if (!m) return { kind: "bad", reason: `"${name}": "${clip(clause.trim())}" is not a version specifier` };
    const [, op, version] = m;
    if (op === "===" || op === "==" && !version.endsWith(".*")) {
      if (pinned !== void 0 && pinned !== version) return { kind: "bad", reason: `"${name}" is pinned to two versions` };
      pinned = version;
    }
  }
  if (pinned === void 0) return { kind: "unpinned", name };
  if (pinned.includes("${")) return { kind: "skip", reason: `"${name}": version comes from an environment variable` };
  return { kind: "pinned", name, version: pinned };
}
function readFileLines(w, path, text, stack) {
  w.seen.add(path);
  const unpinned = [];
  let lineProblems = 0;
  let firstUnlisted = 0;
  let unlistedLevel = "notice";
  const note = (line, message, level) => {
    if (++lineProblems > MAX_LINE_PROBLEMS) {
      firstUnlisted ||= line;
      if (level !== "notice") unlistedLevel = "warning";
      return;
    }
    w.problems.push(problem(ORIGIN24, path, message, line, level));
  };
  const logical = logicalLines(text);
  const hashMode = logical.some((l) => /(^|\s)--(hash[=\s]|require-hashes\b)/.test(l.text));
  for (const { line, text: lineText } of logical) {
    const tokens = lineText.split(/\s+/);
    if (lineText.startsWith("-")) {
      readOption(w, path, line, tokens, stack, note);
      continue;
    }
    const firstOption = tokens.findIndex((t) => t.startsWith("-"));
    const req = (firstOption === -1 ? tokens : tokens.slice(0, firstOption)).join(" ");
    const hashed = firstOption !== -1 && tokens.slice(firstOption).some((t) => t.startsWith("--hash"));
    const parsed = parseRequirement(req);
    switch (parsed.kind) {
      case "pinned":
        if (hashMode && !hashed) {
          note(line, `"${parsed.name}" has no --hash while other requirements do: pip refuses it in hash-checking mode; not matched`, "warning");
          break;
        }
        w.components.push(makeComponent({ ecosystem: PYPI, name: parsed.name, version: parsed.version, file: path, line }));
        break;
      case "unpinned":
        unpinned.push({ name: parsed.name, line });
        break;
      case "skip":
        note(line, `skipped: ${parsed.reason}; not matched`, "notice");
        break;
      case "bad":
        note(line, `not read: ${parsed.reason}`, "warning");
        break;
    }
  }
  const physical = splitLines(text);
  let last = physical.length;
  while (last > 1 && physical[last - 1].trim() === "") last--;
  const lastLine = physical[last - 1];
  if (lastLine.endsWith("\\") && commentStart(lastLine) === -1) {
    note(last, 'the file ends inside a continued line (trailing "\\"): it may be cut short', "warning");
  }
  if (lineProblems > MAX_LINE_PROBLEMS) {
    w.problems.push(problem(ORIGIN24, path, `${lineProblems - MAX_LINE_PROBLEMS} more skipped or unreadable lines not listed`, firstUnlisted, unlistedLevel));
  }
  const first = unpinned[0];
  if (first) {
    const shown = unpinned.slice(0, 10).map((u) => u.name).join(", ") + (unpinned.length > 10 ? ", ..." : "");
    w.problems.push(
      problem(ORIGIN24, path, `${unpinned.length} requirement(s) not pinned with == and not matched: ${shown}`, first.line, "notice")
    );
  }
}
function readOption(w, path, line, tokens, stack, note) {
  const include = optionValue(tokens, "-r", "--requirement") ?? optionValue(tokens, "-c", "--constraint");
  if (include !== void 0 || ["-r", "--requirement", "-c", "--constraint"].includes(tokens[0])) {
    followInclude(w, path, line, include ?? "", [...stack, path], note);
    return;
  }
  const opt = tokens[0].split("=")[0];
  if (opt === "-e" || opt === "--editable") {
    const target = optionValue(tokens, "-e", "--editable") ?? "";
    note(line, `skipped: editable install "${clip(target)}" is not from the registry; not matched`, "notice");
    return;
  }
  if (VALUE_OPTIONS.has(opt) || FLAG_OPTIONS.has(opt) || /^-[if]./.test(opt)) return;
  note(line, `unknown pip option "${clip(opt)}" ignored`, "notice");
}
function followInclude(w, from, line, target, stack, note) {
  if (target === "") {
    note(line, "include without a file name", "warning");
    return;
  }
  if (URL.test(target)) {
    note(line, `skipped: include "${clip(target)}" is a URL; not read`, "notice");
    return;
  }
  const resolved = target.startsWith("/") ? void 0 : resolveRelative(from, target);
  if (resolved === void 0) {
    note(line, `include "${clip(target)}" is outside the repository; not read`, "warning");
    return;
  }
  if (stack.includes(resolved)) {
    note(line, `include "${clip(target)}" forms a cycle (${[...stack, resolved].join(" -> ")}); not followed`, "warning");
    return;
  }
  if (w.seen.has(resolved)) return;
  if (stack.length > MAX_INCLUDE_DEPTH) {
    note(line, `includes nested deeper than ${MAX_INCLUDE_DEPTH}; "${clip(target)}" not read`, "warning");
    return;
  }
  const text = w.ctx.readFile(resolved);
  if (text === void 0) {
    note(line, `included file "${resolved}" is missing or could not be read`, "warning");
    return;
  }
  readFileLines(w, resolved, text, stack);
}
function extract14(file, ctx) {
  const w = { ctx, components: [], problems: [], seen: /* @__PURE__ */ new Set() };
  readFileLines(w, file.path, file.text, []);
  return { components: w.components, problems: w.problems };
}
var requirementsTxt = {
  id: "pip",
  description: "pip requirements files (requirements*.txt, requirements/*.txt): == pins, hashes, extras, markers, -r/-c includes",
  claims: (path) => {
    const base = path.slice(path.lastIndexOf("/") + 1);
    if (!base.toLowerCase().endsWith(".txt")) return false;
    return /requirements/i.test(base) || /(^|\/)requirements\/[^/]+$/.test(path);
  },
  extract: extract14
};

// src/extract/rpm/index.ts
var ORIGIN25 = "extract/rpm";
var NEVER = /$^/;
function sourceName(srpm) {
  const m = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(srpm);
  return m?.[1];
}
function extract15(file, ctx) {
  const problems = [];
  const components = [];
  const rows = [];
  splitLines(file.text).forEach((raw, i) => {
    const text = raw.replace(/\r$/, "");
    if (text.trim() === "" || text.startsWith("#")) return;
    rows.push({ cols: text.split("	"), line: i + 1 });
  });
  if (rows.length === 0) return { components, problems };
  const os = distroOf(file.path, NEVER, ctx, ORIGIN25, "unknown", problems);
  for (const { cols, line } of rows) {
    const [name, evr, arch, srpm] = cols.map((c) => c.trim());
    if (cols.length !== 4 || !name || !evr || !/^(?:\(none\)|\d+):[^-\s]+-[^-\s]+$/.test(evr)) {
      problems.push(problem(ORIGIN25, file.path, "expected NAME<tab>EPOCH:VERSION-RELEASE<tab>ARCH<tab>SOURCERPM (see docs/os-packages.md); line skipped", line, "warning"));
      continue;
    }
    if (name === "gpg-pubkey") continue;
    const version = evr.startsWith("(none):") ? evr.slice("(none):".length) : evr;
    const source = srpm && srpm !== "(none)" ? sourceName(srpm) : void 0;
    components.push(osComponent({ manager: "rpm", distro: os.distro, release: os.release, name, version, arch: arch === "(none)" ? void 0 : arch, sourceName: source, file: file.path, line }));
  }
  return { components, problems };
}
var rpmList = {
  id: "rpm",
  description: "rpm package list (rpm -qa --qf '%{NAME}\\t%{EPOCH}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\n', saved as *.rpm-qa.tsv): installed RHEL/Rocky/AlmaLinux/SUSE packages",
  claims: (path) => path === "rpm-qa.tsv" || path.endsWith("/rpm-qa.tsv") || path.endsWith(".rpm-qa.tsv"),
  extract: extract15
};

// src/extract/sbom/index.ts
import { posix as posix3 } from "node:path";

// src/extract/sbom/cyclonedx.ts
var ORIGIN26 = "extract/sbom";
var MAX_NESTING = 32;
function distroOf3(nodes, meta) {
  const all = [];
  const walk = (list) => {
    for (const n of list) {
      all.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  if (meta) all.push(meta);
  const os = all.find((n) => n.type === "operating-system" && n.name);
  return os ? { id: os.name.toLowerCase(), ...os.version ? { version: os.version } : {} } : void 0;
}
function collect(file, nodes, meta, format) {
  const out = new PurlCollector(ORIGIN26, file, format, distroOf3(nodes, meta));
  const walk = (list, depth) => {
    for (const n of list) {
      if (n.purl) out.add(n.purl, n.line);
      else if (n.type !== "operating-system") out.skip("no purl", `${n.type ?? "component"} "${n.name ?? "(unnamed)"}${n.version ? `@${n.version}` : ""}" has no purl`, n.line);
      if (n.cut || n.children.length > 0 && depth >= MAX_NESTING) out.note(problem(ORIGIN26, file, `components nested more than ${MAX_NESTING} deep are not read`, n.line, "warning"));
      else walk(n.children, depth + 1);
    }
  };
  walk(nodes, 1);
  return out.result();
}
var str3 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
function readCycloneDxJson(file, text, doc) {
  const lines = objectLines(text, (p) => p[0] === "components" || p[0] === "metadata" && p[1] === "component" && p.length === 2);
  const toNodes = (v, path, depth) => {
    if (!Array.isArray(v)) return [];
    return v.flatMap((c, i) => {
      if (!isRecord(c)) return [];
      const at2 = [...path, i];
      return [
        {
          type: str3(c.type),
          name: str3(c.name),
          version: str3(c.version),
          purl: str3(c.purl),
          line: lines.get(jsonPathKey(at2)) ?? 1,
          children: depth < MAX_NESTING ? toNodes(c.components, [...at2, "components"], depth + 1) : [],
          ...depth >= MAX_NESTING && Array.isArray(c.components) && c.components.length > 0 ? { cut: true } : {}
        }
      ];
    });
  };
  const meta = isRecord(doc.metadata) && isRecord(doc.metadata.component) ? doc.metadata.component : void 0;
  const metaNode = meta ? { type: str3(meta.type), name: str3(meta.name), version: str3(meta.version), purl: void 0, line: lines.get(jsonPathKey(["metadata", "component"])) ?? 1, children: [] } : void 0;
  return collect(file, toNodes(doc.components, ["components"], 1), metaNode, `CycloneDX ${str3(doc.specVersion) ?? ""}`.trim());
}
function xmlNode(el) {
  return {
    type: el.attributes.type,
    name: childText(el, "name")?.text || void 0,
    version: childText(el, "version")?.text || void 0,
    purl: childText(el, "purl")?.text || void 0,
    line: el.line,
    children: childrenNamed(child(el, "components"), "component").map(xmlNode)
  };
}
function readCycloneDxXml(file, text) {
  const tree = parseXmlTree(text);
  const root = tree.root;
  if (!root || root.name !== "bom" || !/^http:\/\/cyclonedx\.org\/schema\/bom\//.test(root.attributes.xmlns ?? "")) {
    if (tree.error && !root) return { components: [], problems: [problem(ORIGIN26, file, `invalid XML: ${tree.error.message}`, tree.error.line)] };
    return { components: [], problems: [problem(ORIGIN26, file, "not a CycloneDX document (no <bom> root in the CycloneDX namespace); skipped", root?.line ?? 1, "notice")] };
  }
  const meta = child(child(root, "metadata"), "component");
  const result = collect(file, childrenNamed(child(root, "components"), "component").map(xmlNode), meta ? xmlNode(meta) : void 0, `CycloneDX ${(root.attributes.xmlns ?? "").replace(/^.*\//, "")} XML`);
  if (tree.error) {
    result.problems.unshift(problem(ORIGIN26, file, `invalid XML: ${tree.error.message}; components after this line are not read`, tree.error.line));
  }
  return result;
}

// src/extract/sbom/spdx.ts
var ORIGIN27 = "extract/sbom";
var str4 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
function purlOf(pkg) {
  if (!Array.isArray(pkg.externalRefs)) return void 0;
  for (const ref of pkg.externalRefs) {
    if (!isRecord(ref)) continue;
    const category = str4(ref.referenceCategory)?.toUpperCase().replace("_", "-");
    if (category === "PACKAGE-MANAGER" && str4(ref.referenceType) === "purl") return str4(ref.referenceLocator);
  }
  return void 0;
}
function readSpdxJson(file, text, doc) {
  const packages = Array.isArray(doc.packages) ? doc.packages : [];
  const lines = objectLines(text, (p) => p.length === 2 && p[0] === "packages");
  const os = packages.find((p) => isRecord(p) && str4(p.primaryPackagePurpose) === "OPERATING-SYSTEM" && str4(p.name));
  const hint = isRecord(os) ? { id: str4(os.name).toLowerCase(), ...str4(os.versionInfo) ? { version: str4(os.versionInfo) } : {} } : void 0;
  const out = new PurlCollector(ORIGIN27, file, str4(doc.spdxVersion) ?? "SPDX", hint);
  packages.forEach((pkg, i) => {
    if (!isRecord(pkg) || pkg === os) return;
    const line = lines.get(jsonPathKey(["packages", i])) ?? 1;
    const purl = purlOf(pkg);
    if (purl) out.add(purl, line);
    else out.skip("no purl", `package "${str4(pkg.name) ?? "(unnamed)"}${str4(pkg.versionInfo) ? `@${str4(pkg.versionInfo)}` : ""}" has no purl`, line);
  });
  return out.result();
}

// src/extract/sbom/syft.ts
var ORIGIN28 = "extract/sbom";
var str5 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
function isSyftJson(doc) {
  const schema = isRecord(doc.schema) ? str5(doc.schema.url) : void 0;
  const descriptor = isRecord(doc.descriptor) ? str5(doc.descriptor.name) : void 0;
  return Array.isArray(doc.artifacts) && (schema?.includes("anchore/syft") === true || descriptor === "syft");
}
function readSyftJson(file, text, doc) {
  const distro = isRecord(doc.distro) ? doc.distro : void 0;
  const id = distro ? str5(distro.id) ?? str5(distro.name) : void 0;
  const version = distro ? str5(distro.versionID) ?? str5(distro.version) ?? str5(distro.versionCodename) : void 0;
  const hint = id ? { id: id.toLowerCase(), ...version ? { version } : {} } : void 0;
  const schema = isRecord(doc.schema) ? str5(doc.schema.version) : void 0;
  const out = new PurlCollector(ORIGIN28, file, `syft JSON${schema ? ` (schema ${schema})` : ""}`, hint);
  const lines = objectLines(text, (p) => p.length === 2 && p[0] === "artifacts");
  const artifacts = doc.artifacts;
  artifacts.forEach((a, i) => {
    if (!isRecord(a)) return;
    const line = lines.get(jsonPathKey(["artifacts", i])) ?? 1;
    const purl = str5(a.purl);
    if (!purl) {
      out.skip("no purl", `${str5(a.type) ?? "artifact"} "${str5(a.name) ?? "(unnamed)"}${str5(a.version) ? `@${str5(a.version)}` : ""}" has no purl`, line);
      return;
    }
    const c = out.add(purl, line);
    const meta = isRecord(a.metadata) ? a.metadata : void 0;
    if (!c?.os || !meta) return;
    const source = str5(meta.source) ?? str5(meta.originPackage);
    if (c.os.sourceName === void 0 && source && source !== c.name) c.os.sourceName = source;
    const sourceVersion = str5(meta.sourceVersion);
    if (c.os.sourceVersion === void 0 && sourceVersion && sourceVersion !== c.version) c.os.sourceVersion = sourceVersion;
  });
  return out.result();
}

// src/extract/sbom/index.ts
var ORIGIN29 = "extract/sbom";
var JSON_NAMES = /^(bom|sbom.*|.+\.(cdx|cyclonedx|bom|spdx|syft|sbom))\.json$/i;
var XML_NAMES = /^(bom|.+\.(cdx|cyclonedx|bom))\.xml$/i;
function extract16(file) {
  if (/\.xml$/i.test(file.path)) return readCycloneDxXml(file.path, file.text);
  const parsed = parseJson(file.text, ORIGIN29, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (isRecord(doc)) {
    if (doc.bomFormat === "CycloneDX") return readCycloneDxJson(file.path, file.text, doc);
    if (typeof doc.spdxVersion === "string") return readSpdxJson(file.path, file.text, doc);
    if (isSyftJson(doc)) return readSyftJson(file.path, file.text, doc);
  }
  return {
    components: [],
    problems: [problem(ORIGIN29, file.path, "not a CycloneDX, SPDX or syft JSON document (no bomFormat, spdxVersion or syft schema); skipped", 1, "notice")]
  };
}
var sboms = {
  id: "sbom",
  description: "SBOMs: CycloneDX 1.4-1.6 JSON and XML, SPDX 2.2/2.3 JSON, syft JSON (OS and language packages by purl)",
  claims: (path) => {
    const base = posix3.basename(path);
    return JSON_NAMES.test(base) || XML_NAMES.test(base);
  },
  extract: extract16
};

// src/extract/scanner-report/index.ts
import { posix as posix4 } from "node:path";
var ORIGIN30 = "extract/scanner-report";
var NAMES2 = /^(trivy|grype)([-_.].*)?\.json$|^.+[-_.](trivy|grype)\.json$/i;
function extract17(file) {
  const parsed = parseJson(file.text, ORIGIN30, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const report = readScannerReport(file.text, parsed.value);
  if (!report) {
    return { components: [], problems: [problem(ORIGIN30, file.path, "not a Trivy (SchemaVersion, Results) or Grype (matches) JSON report; skipped", 1, "notice")] };
  }
  const tool = report.tool === "trivy" ? "Trivy report" : "Grype report";
  const out = new PurlCollector(ORIGIN30, file.path, tool, report.distro);
  for (const s of report.skipped) out.skip("no package", s.message, s.line);
  for (const pkg of report.packages) {
    const c = out.add(pkg.purl, pkg.line);
    if (!c?.os) continue;
    if (pkg.sourceName && c.os.sourceName === void 0 && pkg.sourceName !== c.name) c.os.sourceName = pkg.sourceName;
    if (pkg.sourceVersion && c.os.sourceVersion === void 0 && pkg.sourceVersion !== c.version) c.os.sourceVersion = pkg.sourceVersion;
  }
  return out.result();
}
var scannerReports = {
  id: "scanner-report",
  description: "Trivy and Grype JSON reports: the packages they list, OS and language (their findings are advisories when the report is also given with --db)",
  claims: (path) => NAMES2.test(posix4.basename(path)),
  extract: extract17
};

// src/extract/pipenv/index.ts
var ORIGIN31 = "extract/pipenv";
var SECTIONS2 = [
  ["default", false],
  ["develop", true]
];
function sourceOf5(entry) {
  if (typeof entry.git === "string" || typeof entry.hg === "string" || typeof entry.svn === "string") return "git";
  if (typeof entry.path === "string") return "path";
  if (typeof entry.file === "string") return /^[a-z]+:\/\//i.test(entry.file) && !entry.file.startsWith("file:") ? "url" : "path";
  return "registry";
}
function pipfileNames(ctx, lockPath, problems) {
  const file = dirOf2(lockPath) + "Pipfile";
  const text = ctx.readFile(file);
  if (text === void 0) return void 0;
  const read3 = readTomlLock(text, ORIGIN31, file);
  for (const p of read3.problems) problems.push({ ...p, level: "warning", message: `${p.message} (used only for direct flags)` });
  const names = /* @__PURE__ */ new Set();
  for (const section of ["packages", "dev-packages"]) {
    const t = read3.top[section];
    if (isRecord(t)) for (const n of Object.keys(t)) names.add(key(n));
  }
  return names;
}
function extract18(file, ctx) {
  let parsed;
  try {
    parsed = parseJsonSalvaging(file.text, ORIGIN31, file.path);
  } catch (err) {
    const why = err instanceof RangeError ? "nested too deeply to read" : `not read (${String(err)})`;
    return { components: [], problems: [problem(ORIGIN31, file.path, `invalid JSON: ${why}`, 1)] };
  }
  const problems = [...parsed.problems];
  const root = parsed.value;
  if (root === void 0) return { components: [], problems };
  if (!isRecord(root)) {
    problems.push(problem(ORIGIN31, file.path, "expected a JSON object at the top level", 1));
    return { components: [], problems };
  }
  const lines = locateJsonKeys(file.text, (p) => p.length <= 2 && (p[0] === "default" || p[0] === "develop"));
  const declared = pipfileNames(ctx, file.path, problems);
  const out = new PythonComponents(file.path);
  for (const [section, dev] of SECTIONS2) {
    const entries2 = root[section];
    if (entries2 === void 0) continue;
    if (!isRecord(entries2)) {
      problems.push(problem(ORIGIN31, file.path, `"${section}": expected an object`, lines.get(section) ?? 1));
      continue;
    }
    for (const [name, entry] of Object.entries(entries2)) {
      const line = lines.get(`${section}${KEY_SEP}${name}`) ?? 1;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN31, file.path, `${section}["${name}"]: expected an object`, line));
        continue;
      }
      const source = sourceOf5(entry);
      const spec = entry.version;
      if (typeof spec !== "string") {
        problems.push(noVersion(ORIGIN31, file.path, name, line, source));
        continue;
      }
      const m = /^\s*(===|==)\s*(\S+)\s*$/.exec(spec);
      if (!m) {
        problems.push(problem(ORIGIN31, file.path, `package "${name}": version "${spec}" is not an exact == pin; not matched`, line, "warning"));
        continue;
      }
      out.add({ name, version: m[2], line, source, direct: declared?.has(key(name)), dev });
    }
  }
  return { components: out.list(), problems };
}
var pipfileLock = {
  id: "pipenv",
  description: "Pipfile.lock (pipenv; default and develop sections, direct from the Pipfile)",
  claims: (path) => /(^|\/)Pipfile\.lock$/.test(path),
  extract: extract18
};

// src/extract/pnpm/index.ts
import { posix as posix5 } from "node:path";

// src/extract/pnpm/view.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/extract/pnpm/scan.ts
var MAX_KEY = 1e3;
var MAX_DEPTH4 = 12;
var OUTSIDE_SUBSET = /[^\n\x20-\x7e]/;
var ENTRY_SECTIONS = /* @__PURE__ */ new Set(["packages", "snapshots", "importers"]);
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
var ScannedMap = class {
  keys = [];
  values = [];
  /** 1-based line of each key (0 inside flow mappings, where nothing asks). */
  lines = [];
  seen;
  add(key2, value, line) {
    if (this.keys.length < 16) {
      if (this.keys.includes(key2)) throw GIVE_UP;
    } else {
      this.seen ??= new Set(this.keys);
      if (this.seen.has(key2)) throw GIVE_UP;
      this.seen.add(key2);
    }
    this.keys.push(key2);
    this.values.push(value);
    this.lines.push(line);
  }
  get(key2) {
    const i = this.keys.indexOf(key2);
    return i === -1 ? void 0 : this.values[i];
  }
  forEach(fn) {
    for (let i = 0; i < this.keys.length; i++) fn(this.keys[i], this.values[i]);
  }
};
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function plainStartOk(s, at2, end) {
  const c = s.charCodeAt(at2);
  switch (c) {
    case 44:
    // ,
    case 91:
    // [
    case 93:
    // ]
    case 123:
    // {
    case 125:
    // }
    case 35:
    // #
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case 124:
    // |
    case 62:
    // >
    case 39:
    // '
    case 34:
    // "
    case 37:
    // %
    case 64:
    // @
    case 96:
    // `
    case 32:
      return false;
    case 45:
    // -
    case 63:
    // ?
    case 58:
      return at2 + 1 < end && s.charCodeAt(at2 + 1) !== 32 && !isFlowIndicator(s.charCodeAt(at2 + 1));
    default:
      return true;
  }
}
function blockPlain(s, at2, end) {
  if (at2 >= end || !plainStartOk(s, at2, end)) throw GIVE_UP;
  for (let j = at2; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 58 && (j + 1 === end || s.charCodeAt(j + 1) === 32)) throw GIVE_UP;
    if (c === 35 && s.charCodeAt(j - 1) === 32) throw GIVE_UP;
  }
  return s.slice(at2, end);
}
function singleQuoted(s, at2, end) {
  let out = "";
  let from = at2 + 1;
  for (let j = from; j < end; j++) {
    if (s.charCodeAt(j) !== 39) continue;
    if (j + 1 < end && s.charCodeAt(j + 1) === 39) {
      out += s.slice(from, j + 1);
      from = j + 2;
      j++;
      continue;
    }
    return { value: out + s.slice(from, j), end: j + 1 };
  }
  throw GIVE_UP;
}
function doubleQuoted(s, at2, end) {
  for (let j = at2 + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 92) break;
    if (c === 34) return { value: s.slice(at2 + 1, j), end: j + 1 };
  }
  throw GIVE_UP;
}
function quoted(s, at2, end) {
  const c = s.charCodeAt(at2);
  if (c === 39) return singleQuoted(s, at2, end);
  if (c === 34) return doubleQuoted(s, at2, end);
  return void 0;
}
function skipSpaces(s, at2, end) {
  while (at2 < end && s.charCodeAt(at2) === 32) at2++;
  return at2;
}
function flowScalar(s, at2, end) {
  const q = quoted(s, at2, end);
  if (q) return q;
  if (!plainStartOk(s, at2, end)) throw GIVE_UP;
  let j = at2;
  for (; j < end; j++) {
    const c = s.charCodeAt(j);
    if (isFlowIndicator(c)) break;
    if (c === 58) {
      const next = j + 1 < end ? s.charCodeAt(j + 1) : 32;
      if (next === 32) break;
      if (isFlowIndicator(next)) throw GIVE_UP;
    }
    if (c === 35 && s.charCodeAt(j - 1) === 32) throw GIVE_UP;
  }
  let last = j;
  while (last > at2 && s.charCodeAt(last - 1) === 32) last--;
  return { value: s.slice(at2, last), end: j };
}
function flowMap(s, at2, end) {
  const map = new ScannedMap();
  let j = skipSpaces(s, at2 + 1, end);
  if (j < end && s.charCodeAt(j) === 125) return { value: "", map, end: j + 1 };
  for (; ; ) {
    const key2 = flowScalar(s, j, end);
    if (key2.value.length > MAX_KEY || s.charCodeAt(key2.end) !== 58 || s.charCodeAt(key2.end + 1) !== 32) throw GIVE_UP;
    j = skipSpaces(s, key2.end + 1, end);
    const c = s.charCodeAt(j);
    if (j >= end || c === 123 || c === 91 || isFlowIndicator(c)) throw GIVE_UP;
    const value = flowScalar(s, j, end);
    map.add(key2.value, value.value, 0);
    j = skipSpaces(s, value.end, end);
    const sep = s.charCodeAt(j);
    if (sep === 125) return { value: "", map, end: j + 1 };
    if (sep !== 44) throw GIVE_UP;
    j = skipSpaces(s, j + 1, end);
    if (j >= end || s.charCodeAt(j) === 125) throw GIVE_UP;
  }
}
function flowList(s, at2, end) {
  let j = skipSpaces(s, at2 + 1, end);
  if (j < end && s.charCodeAt(j) === 93) return j + 1;
  for (; ; ) {
    const c = s.charCodeAt(j);
    if (j >= end || c === 123 || c === 91 || isFlowIndicator(c)) throw GIVE_UP;
    const item = flowScalar(s, j, end);
    if (s.charCodeAt(item.end) === 58) throw GIVE_UP;
    j = skipSpaces(s, item.end, end);
    const sep = s.charCodeAt(j);
    if (sep === 93) return j + 1;
    if (sep !== 44) throw GIVE_UP;
    j = skipSpaces(s, j + 1, end);
    if (j >= end || s.charCodeAt(j) === 93) throw GIVE_UP;
  }
}
function inlineValue(s, at2, end) {
  const c = s.charCodeAt(at2);
  let after;
  let value;
  if (c === 123) {
    const m = flowMap(s, at2, end);
    value = m.map;
    after = m.end;
  } else if (c === 91) {
    after = flowList(s, at2, end);
    value = null;
  } else {
    const q = quoted(s, at2, end);
    if (!q) return blockPlain(s, at2, end);
    value = q.value;
    after = q.end;
  }
  if (after !== end) throw GIVE_UP;
  return value;
}
var Scanner = class {
  i = 0;
  lines;
  constructor(text) {
    this.lines = text.split("\n");
  }
  /** Index of the next line with content from `i`, or the number of lines; comments give up. */
  next(i) {
    const lines = this.lines;
    for (; i < lines.length; i++) {
      const line = lines[i];
      const indent = indentOf(line);
      if (indent === line.length) continue;
      if (line.charCodeAt(indent) === 35) throw GIVE_UP;
      return i;
    }
    return i;
  }
  /** The whole file as a mapping at column 0; undefined when it is empty. */
  root() {
    this.i = this.next(0);
    if (this.i >= this.lines.length) return void 0;
    if (indentOf(this.lines[this.i]) !== 0) throw GIVE_UP;
    const map = this.map(0, 0);
    if (this.i < this.lines.length) throw GIVE_UP;
    return map;
  }
  /** A block mapping whose keys stand at `indent`, from the current line. */
  map(indent, depth) {
    if (depth > MAX_DEPTH4) throw GIVE_UP;
    const map = new ScannedMap();
    const lines = this.lines;
    for (; ; ) {
      const i = this.next(this.i);
      this.i = i;
      if (i >= lines.length) return map;
      const line = lines[i];
      const at2 = indentOf(line);
      if (at2 < indent) return map;
      if (at2 > indent) throw GIVE_UP;
      if (at2 === 0 && (line.startsWith("---") || line.startsWith("..."))) throw GIVE_UP;
      let end = line.length;
      while (end > at2 && line.charCodeAt(end - 1) === 32) end--;
      let key2;
      let colon;
      const q = quoted(line, at2, end);
      if (q) {
        key2 = q.value;
        colon = q.end;
        if (line.charCodeAt(colon) !== 58) throw GIVE_UP;
      } else {
        if (!plainStartOk(line, at2, end)) throw GIVE_UP;
        colon = -1;
        for (let j = at2; j < end; j++) {
          const c = line.charCodeAt(j);
          if (c === 58 && (j + 1 === end || line.charCodeAt(j + 1) === 32)) {
            colon = j;
            break;
          }
          if (c === 35 && line.charCodeAt(j - 1) === 32) throw GIVE_UP;
        }
        if (colon === -1 || line.charCodeAt(colon - 1) === 32) throw GIVE_UP;
        key2 = line.slice(at2, colon);
        if (key2 === "<<") throw GIVE_UP;
      }
      if (colon - at2 > MAX_KEY) throw GIVE_UP;
      const valueAt = skipSpaces(line, colon + 1, end);
      if (colon + 1 < end && valueAt === colon + 1) throw GIVE_UP;
      let value;
      if (valueAt < end && line.charCodeAt(valueAt) === 124) {
        const header = line.slice(valueAt, end);
        if (header !== "|" && header !== "|-") throw GIVE_UP;
        value = this.literal(i + 1, indent, header === "|-");
      } else if (valueAt < end) {
        value = inlineValue(line, valueAt, end);
        this.i = i + 1;
      } else {
        const child2 = this.next(i + 1);
        const childIndent = child2 < lines.length ? indentOf(lines[child2]) : -1;
        if (childIndent <= indent) throw GIVE_UP;
        this.i = child2;
        if (lines[child2].charCodeAt(childIndent) === 45) {
          this.list(childIndent);
          value = null;
        } else {
          value = this.map(childIndent, depth + 1);
        }
      }
      map.add(key2, value, i + 1);
    }
  }
  /**
   * The lines of a literal block scalar from line `from`, more indented than its key (at
   * `indent`), as YAML reads them: the first line's indentation removed from each, one final
   * line end kept (`|`) or none (`|-`). A blank first line, or a blank line with spaces beyond
   * the indentation, is left to the YAML parser.
   */
  literal(from, indent, strip) {
    const lines = this.lines;
    const first = lines[from];
    const inner = first === void 0 ? 0 : indentOf(first);
    if (first === void 0 || inner === first.length || inner <= indent) throw GIVE_UP;
    const parts = [];
    let i = from;
    for (; i < lines.length; i++) {
      const line = lines[i];
      const at2 = indentOf(line);
      if (at2 === line.length) {
        if (at2 > inner) throw GIVE_UP;
        parts.push("");
        continue;
      }
      if (at2 < inner) break;
      parts.push(line.slice(inner));
    }
    while (parts[parts.length - 1] === "") parts.pop();
    this.i = i;
    return parts.join("\n") + (strip ? "" : "\n");
  }
  /** A block list of scalars (`- item`) at `indent`, from the current line. */
  list(indent) {
    const lines = this.lines;
    for (; ; ) {
      const i = this.next(this.i);
      this.i = i;
      if (i >= lines.length) return;
      const line = lines[i];
      const at2 = indentOf(line);
      if (at2 < indent) return;
      if (at2 > indent || line.charCodeAt(at2) !== 45 || line.charCodeAt(at2 + 1) !== 32) throw GIVE_UP;
      let end = line.length;
      while (end > at2 && line.charCodeAt(end - 1) === 32) end--;
      const item = skipSpaces(line, at2 + 2, end);
      if (item >= end) throw GIVE_UP;
      const q = quoted(line, item, end);
      if (!q) blockPlain(line, item, end);
      else if (q.end !== end) throw GIVE_UP;
      this.i = i + 1;
    }
  }
};
function indentOf(line) {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
function scanPnpmLock(text) {
  if (!text.endsWith("\n") || OUTSIDE_SUBSET.test(text)) return void 0;
  let root;
  try {
    root = new Scanner(text).root();
  } catch (err) {
    if (err === GIVE_UP) return void 0;
    throw err;
  }
  if (!root) return void 0;
  const version = root.get("lockfileVersion");
  if (typeof version !== "string" || !/^(?:5|6|9)\./.test(version)) return void 0;
  const view = { sections: /* @__PURE__ */ new Map(), entries: /* @__PURE__ */ new Map() };
  for (let k = 0; k < root.keys.length; k++) {
    const name = root.keys[k];
    const value = root.values[k];
    const isMap5 = value instanceof ScannedMap;
    if (ENTRY_SECTIONS.has(name)) {
      if (!isMap5) return void 0;
      const entries2 = [];
      for (let e = 0; e < value.keys.length; e++) {
        const v = value.values[e];
        entries2.push(v instanceof ScannedMap ? { key: value.keys[e], line: value.lines[e], value: v } : { key: value.keys[e], line: value.lines[e] });
      }
      view.entries.set(name, entries2);
    }
    view.sections.set(name, { value, line: root.lines[k], notMapping: !isMap5 });
  }
  return view;
}

// src/extract/pnpm/view.ts
var YamlLockMap = class {
  constructor(map) {
    this.map = map;
  }
  map;
  get(key2) {
    for (const pair of this.map.items) {
      if ((0, import_yaml14.isScalar)(pair.key) && pair.key.value === key2) return lockValue(pair.value);
    }
    return void 0;
  }
  forEach(fn) {
    for (const pair of this.map.items) fn(keyText(pair.key), lockValue(pair.value));
  }
};
function lockValue(node) {
  if ((0, import_yaml14.isScalar)(node) && typeof node.value === "string") return node.value;
  return (0, import_yaml14.isMap)(node) ? new YamlLockMap(node) : null;
}
var ENTRY_SECTIONS2 = /* @__PURE__ */ new Set(["packages", "snapshots", "importers"]);
var PARSE_OPTIONS = { schema: "failsafe", uniqueKeys: false, prettyErrors: false };
var MAX_PROBLEMS = 20;
function parseGuarded(text) {
  const stream = parseYamlStream(text, PARSE_OPTIONS, true);
  const doc = stream.docs?.[0];
  if (doc) return { doc, errors: doc.errors };
  const refused = stream.refused ?? { at: 0, reason: "not read" };
  return { errors: [{ message: refused.reason, pos: [refused.at, refused.at] }] };
}
function keyText(node) {
  return (0, import_yaml14.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function entriesOf(value, lineOf2) {
  const out = [];
  if (!(0, import_yaml14.isMap)(value)) return out;
  for (const pair of value.items) {
    const key2 = keyText(pair.key);
    if (key2 === void 0) continue;
    out.push({ key: key2, line: lineOf2(pair.key), ...(0, import_yaml14.isMap)(pair.value) ? { value: new YamlLockMap(pair.value) } : {} });
  }
  return out;
}
function addSections(view, root, lineOf2) {
  for (const pair of root.items) {
    const name = keyText(pair.key);
    if (name === void 0) continue;
    if (ENTRY_SECTIONS2.has(name)) view.entries.set(name, entriesOf(pair.value, lineOf2));
    const node = pair.value ?? void 0;
    view.sections.set(name, {
      value: node === void 0 ? void 0 : lockValue(node),
      line: lineOf2(pair.key),
      notMapping: node !== void 0 && !(0, import_yaml14.isMap)(node) && !((0, import_yaml14.isScalar)(node) && node.value === null)
    });
  }
}
function readPnpmView(text, file, origin, problems) {
  return scanPnpmLock(text) ?? parsePnpmView(text, file, origin, problems);
}
function parsePnpmView(text, file, origin, problems) {
  const view = { sections: /* @__PURE__ */ new Map(), entries: /* @__PURE__ */ new Map() };
  const lines = new LineIndex(text);
  const { doc, errors } = parseGuarded(text);
  const cutShort = text.trim() !== "" && !/[\r\n]$/.test(text);
  if (doc && errors.length === 0 && !cutShort) {
    if (!(0, import_yaml14.isMap)(doc.contents)) {
      if (doc.contents !== null || text.trim() !== "") {
        problems.push(problem(origin, file, "not a pnpm lockfile: expected a mapping with lockfileVersion and packages", 1));
      }
      return void 0;
    }
    addSections(view, doc.contents, (n) => n?.range ? lines.lineOf(n.range[0]) : 1);
    return view;
  }
  const first = errors[0];
  const all = splitLines(text);
  problems.push(
    first ? problem(
      origin,
      file,
      `invalid YAML: ${first.message.split("\n")[0]} (${errors.length} error(s)); read entry by entry`,
      lines.lineOf(first.pos[0])
    ) : problem(origin, file, "the file does not end with a line end, as pnpm writes it: its last line may be cut short", all.length, "warning")
  );
  recover(view, all, cutShort, file, origin, problems);
  return view;
}
function parseChunk(all, from, to) {
  const text = all.slice(from, to).join("\n");
  const local = new LineIndex(text);
  const lineOf2 = (n) => from + (n?.range ? local.lineOf(n.range[0]) : 1);
  const { doc, errors } = parseGuarded(text);
  const e = errors[0];
  if (e || !doc) return { lineOf: lineOf2, error: { message: e ? e.message.split("\n")[0] : "not read", line: from + local.lineOf(e ? e.pos[0] : 0) } };
  return { ...(0, import_yaml14.isMap)(doc.contents) ? { root: doc.contents } : {}, lineOf: lineOf2 };
}
function recover(view, lines, cutShort, file, origin, problems) {
  let reported = 0;
  let firstUnlisted = 0;
  const report = (message, line) => {
    if (reported < MAX_PROBLEMS) problems.push(problem(origin, file, message, line));
    else if (reported === MAX_PROBLEMS) firstUnlisted = line;
    reported++;
  };
  const starts = [];
  lines.forEach((l, i) => {
    if (/^[^\s#]/.test(l) && l !== "---") starts.push(i);
  });
  starts.forEach((start, s) => {
    const end = starts[s + 1] ?? lines.length;
    const name = /^([A-Za-z][\w-]*):\s*$/.exec(lines[start])?.[1];
    if (name !== void 0 && ENTRY_SECTIONS2.has(name)) {
      const entries2 = [];
      const keyLines = [];
      for (let i = start + 1; i < end; i++) if (/^ {2}[^\s#]/.test(lines[i])) keyLines.push(i);
      keyLines.forEach((from, k) => {
        const to = keyLines[k + 1] ?? end;
        const chunk2 = parseChunk(lines, from, to);
        const last = cutShort && to === lines.length;
        if (chunk2.error || !chunk2.root || last) {
          const why = chunk2.error ? `${chunk2.error.message} (line ${chunk2.error.line})` : last ? "the file ends inside it" : "not a mapping entry";
          report(`${name} entry "${lines[from].trim()}" not read: ${why}`, from + 1);
          return;
        }
        entries2.push(...entriesOf(chunk2.root, chunk2.lineOf));
      });
      view.entries.set(name, entries2);
      view.sections.set(name, { value: void 0, line: start + 1, notMapping: false });
      return;
    }
    const chunk = parseChunk(lines, start, end);
    if (chunk.error || !chunk.root || cutShort && end === lines.length) {
      const why = chunk.error ? chunk.error.message : chunk.root ? "the file ends inside it" : "not a mapping";
      report(`section "${lines[start].trim()}" not read: ${why}`, chunk.error?.line ?? start + 1);
      return;
    }
    addSections(view, chunk.root, chunk.lineOf);
  });
  if (reported > MAX_PROBLEMS) {
    problems.push(problem(origin, file, `${reported - MAX_PROBLEMS} more damaged entries not listed, the next at this line`, firstUnlisted));
  }
}

// src/extract/pnpm/index.ts
var ID2 = "pnpm";
var ORIGIN32 = `extract/${ID2}`;
function str6(value) {
  return typeof value === "string" ? value : void 0;
}
function mapOf(value) {
  return typeof value === "object" && value !== null ? value : void 0;
}
function stripParens(s) {
  const i = s.indexOf("(");
  return i === -1 ? s : s.slice(0, i);
}
function parseKey2(key2, style) {
  if (style === "v5") {
    if (!key2.startsWith("/")) return { ref: key2, ...tailNameVersion(key2) };
    const segs = key2.slice(1).split("/");
    const scoped = segs[0]?.startsWith("@") ?? false;
    const name = scoped ? `${segs[0]}/${segs[1] ?? ""}` : segs[0];
    const rest = segs.slice(scoped ? 2 : 1).join("/");
    const version = rest.split("_")[0];
    return name && version ? { name, version } : {};
  }
  const bare = style === "v6" ? key2.startsWith("/") ? key2.slice(1) : void 0 : key2;
  if (bare === void 0) return { ref: key2 };
  const d = splitDescriptor(stripParens(bare));
  if (!d || d.rest === "") return {};
  if (/^\d/.test(d.rest)) return { name: d.name, version: d.rest };
  return { name: d.name, ref: d.rest };
}
function tailNameVersion(key2) {
  const segs = key2.split("/");
  const version = segs[segs.length - 1]?.split("_")[0];
  if (!version || !/^\d+\.\d+\.\d+/.test(version) || segs.length < 3) return {};
  const last = segs[segs.length - 2];
  const scope = segs[segs.length - 3];
  return { name: scope.startsWith("@") ? `${scope}/${last}` : last, version };
}
function sourceOf6(entry, ref) {
  const resolution = entry ? mapOf(entry.get("resolution")) : void 0;
  if (resolution) {
    const type = str6(resolution.get("type"));
    if (type === "directory" || resolution.get("directory") !== void 0) return "path";
    if (type === "git" || resolution.get("repo") !== void 0) return "git";
    const tarball = str6(resolution.get("tarball"));
    if (tarball !== void 0) {
      if (tarball.startsWith("file:")) return "path";
      if (/^https?:\/\/codeload\.github\.com\//.test(tarball)) return "git";
      if (!tarball.includes("/-/")) return "url";
    }
  }
  if (ref === void 0) return "registry";
  const bySpec = sourceOfReference(ref);
  if (bySpec !== "registry") return bySpec;
  if (/^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(ref)) return "git";
  return "registry";
}
function candidates(name, ref, style) {
  if (style === "v5") return ref.startsWith("/") || ref.includes("/") ? [ref] : [`/${name}/${ref}`];
  if (style === "v6") return ref.startsWith("/") ? [ref] : /^\d/.test(ref) ? [`/${name}@${ref}`] : [ref, `/${name}@${ref}`];
  if (/^\d/.test(ref)) return [`${name}@${ref}`];
  const alias = splitDescriptor(ref);
  if (alias && !/^[a-z+]+:/.test(ref) && !alias.name.includes(":")) return [ref, `${name}@${ref}`];
  return [`${name}@${ref}`];
}
function depRefs(section) {
  const out = [];
  mapOf(section)?.forEach((name, value) => {
    const ref = str6(value) ?? str6(mapOf(value)?.get("version"));
    if (name !== void 0 && ref !== void 0 && !ref.startsWith("link:")) out.push([name, ref]);
  });
  return out;
}
function styleOf(version, firstKey) {
  const major = version === void 0 ? NaN : parseInt(version, 10);
  if (major === 5) return "v5";
  if (major === 6) return "v6";
  if (major === 9) return "v9";
  if (firstKey === void 0) return major >= 7 ? "v9" : void 0;
  if (!firstKey.startsWith("/")) return "v9";
  return splitDescriptor(firstKey.slice(1))?.rest.match(/^\d/) ? "v6" : "v5";
}
var pnpmLock = {
  id: ID2,
  description: "pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x, peer suffixes stripped, aliases resolved",
  claims: (path) => posix5.basename(path) === "pnpm-lock.yaml",
  extract: (file) => extractPnpmLock(file, "scan")
};
function extractPnpmLock(file, how) {
  const problems = [];
  const view = (how === "scan" ? readPnpmView : parsePnpmView)(file.text, file.path, ORIGIN32, problems);
  if (!view) return { components: [], problems };
  const versionSection = view.sections.get("lockfileVersion");
  const lockfileVersion = str6(versionSection?.value);
  const packages = view.entries.get("packages");
  const style = styleOf(lockfileVersion, packages?.[0]?.key);
  if (!/^(?:5|6|9)\./.test(lockfileVersion ?? "")) {
    problems.push(
      problem(
        ORIGIN32,
        file.path,
        lockfileVersion === void 0 ? `no lockfileVersion; read as ${style ?? "nothing"}` : `lockfileVersion ${lockfileVersion} is not one of 5.x, 6.x, 9.x; read with the ${style ?? "?"} rules`,
        versionSection?.line ?? 1,
        "warning"
      )
    );
  }
  const packagesNode = view.sections.get("packages");
  if (packagesNode?.notMapping) {
    problems.push(problem(ORIGIN32, file.path, "`packages` is not a mapping", packagesNode.line));
  }
  if (!packages || !style) return { components: [], problems };
  const out = new NpmComponents(file.path);
  const byKey = /* @__PURE__ */ new Map();
  let anyDevFlag = false;
  const devFlags = [];
  for (const { key: key2, line, value: entry } of packages) {
    const parts = parseKey2(key2, style);
    const name = str6(entry?.get("name")) ?? parts.name;
    const version = str6(entry?.get("version")) ?? parts.version;
    if (!name || !version) {
      problems.push(problem(ORIGIN32, file.path, `packages["${key2}"]: no package name and version in the key or the entry; not read`, line));
      continue;
    }
    const componentKey = out.add(name, version, sourceOf6(entry, parts.ref), line);
    byKey.set(key2, componentKey);
    const dev = str6(entry?.get("dev"));
    if (dev !== void 0) anyDevFlag = true;
    devFlags.push([componentKey, dev]);
  }
  const lookup2 = (name, ref) => {
    for (const c of candidates(name, ref, style)) {
      const hit = byKey.get(style === "v9" ? stripParens(c) : c);
      if (hit !== void 0) return hit;
    }
    return void 0;
  };
  const importerEntries = view.entries.get("importers");
  const importers = importerEntries ? importerEntries.map((e) => (field) => e.value?.get(field)) : [(field) => view.sections.get(field)?.value];
  const prodRefs = [];
  const devRefs = [];
  for (const imp of importers) {
    prodRefs.push(...depRefs(imp("dependencies")), ...depRefs(imp("optionalDependencies")));
    devRefs.push(...depRefs(imp("devDependencies")));
  }
  const directKnown = importerEntries !== void 0 || prodRefs.length + devRefs.length > 0;
  for (const [name, ref] of [...prodRefs, ...devRefs]) {
    const hit = lookup2(name, ref);
    if (hit !== void 0) out.markDirect(hit);
  }
  if (style !== "v9") {
    for (const [key2, dev] of devFlags) out.noteDev(key2, dev === "true" ? true : dev === "false" || anyDevFlag ? false : void 0);
  } else {
    deriveDevV9(view.entries.get("snapshots"), byKey, prodRefs, devRefs, out);
  }
  return { components: out.build(directKnown), problems };
}
function deriveDevV9(snapshots, componentOf, prodRefs, devRefs, out) {
  if (!snapshots) return;
  const index = /* @__PURE__ */ new Map();
  const nodes = [];
  for (const { key: key2, value: entry } of snapshots) {
    index.set(key2, nodes.length);
    nodes.push({
      component: componentOf.get(stripParens(key2)),
      deps: entry ? [...depRefs(entry.get("dependencies")), ...depRefs(entry.get("optionalDependencies"))] : []
    });
  }
  const find = (name, ref) => {
    for (const c of candidates(name, ref, "v9")) {
      const i = index.get(c);
      if (i !== void 0) return i;
    }
    return void 0;
  };
  const edges = nodes.map((n) => n.deps.map(([name, ref]) => find(name, ref)).filter((i) => i !== void 0));
  const roots = (refs) => refs.map(([name, ref]) => find(name, ref)).filter((i) => i !== void 0);
  const dev = devByReachability(nodes.length, edges, { prod: roots(prodRefs), dev: roots(devRefs), unknown: [] });
  nodes.forEach((n, i) => {
    const d = dev[i];
    if (n.component !== void 0 && d !== null) out.noteDev(n.component, d);
  });
}

// src/extract/poetry/index.ts
var ORIGIN33 = "extract/poetry";
function sourceOf7(table) {
  const src = table.source;
  if (!isRecord(src)) return "registry";
  switch (str2(src, "type")) {
    case "git":
      return "git";
    case "directory":
    case "file":
      return "path";
    case "url":
      return "url";
    default:
      return "registry";
  }
}
function optionalOnly(value) {
  const tables = Array.isArray(value) ? value : [value];
  return tables.length > 0 && tables.every((t) => isRecord(t) && t.optional === true);
}
function poetryEdges(name, table) {
  const own = [];
  if (isRecord(table.dependencies)) {
    for (const [dep, value] of Object.entries(table.dependencies)) {
      if (!optionalOnly(value)) own.push(key(dep), ...poetryExtras(value).map((e) => extraNode(dep, e)));
    }
  }
  const out = [[key(name), own]];
  if (isRecord(table.extras)) {
    for (const [extra, specs] of Object.entries(table.extras)) out.push([extraNode(name, extra), strings(specs).flatMap(pep508Nodes)]);
  }
  return out;
}
function extract19(file, ctx) {
  const lock = readTomlLock(file.text, ORIGIN33, file.path);
  const problems = [...lock.problems];
  const meta = lock.top.metadata;
  if (!(isRecord(meta) && typeof meta["content-hash"] === "string")) {
    const last = splitLines(file.text).length;
    problems.push(problem(ORIGIN33, file.path, "no [metadata] content-hash at the end: the lock is incomplete or was cut short", last, "warning"));
  }
  const lockVersion = isRecord(meta) ? str2(meta, "lock-version") : void 0;
  if (lockVersion !== void 0 && !/^[12]\./.test(lockVersion)) {
    problems.push(problem(ORIGIN33, file.path, `lock-version "${lockVersion}" is newer than 2.x; read as 2.x`, keyLine(file.text, "lock-version"), "notice"));
  }
  const project = readProject(ctx, file.path, ORIGIN33, problems);
  let graphDev;
  const recordsDev = lock.packages.some((p) => "category" in p.table || "groups" in p.table);
  if (!recordsDev && project) {
    const edges = /* @__PURE__ */ new Map();
    for (const { table } of lock.packages) {
      const name = str2(table, "name");
      if (name) for (const [from, to] of poetryEdges(name, table)) appendAll(edges, from, to);
    }
    const devRoots = [...project.groups.values()].flatMap((g) => [...g]);
    graphDev = devByGraph([...project.main, ...project.extras], devRoots, edges);
  }
  const declared = project ? declaredNames(project) : void 0;
  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN33, file.path, problems)) {
    const version = str2(table, "version");
    if (!version) {
      problems.push(noVersion(ORIGIN33, file.path, name, line));
      continue;
    }
    let dev;
    const category = str2(table, "category");
    if (category !== void 0) dev = category === "dev";
    else if (Array.isArray(table.groups)) dev = !strings(table.groups).includes("main");
    else dev = graphDev?.(name);
    out.add({ name, version, line, source: sourceOf7(table), direct: declared?.has(key(name)), dev });
  }
  return { components: out.list(), problems };
}
var poetryLock = {
  id: "poetry",
  description: "poetry.lock (Poetry 1.x and 2.x; dev from category/groups, direct from pyproject.toml)",
  claims: (path) => /(^|\/)poetry\.lock$/.test(path),
  extract: extract19
};

// src/extract/renovate/index.ts
var ORIGIN34 = "extract/renovate";
var CLAIMED2 = /(?:^|\/)(?:[^/]+\.(?:tf|tfvars|hcl|sh|bash|env|mk)|\.env(?:\.[^/]+)?|Makefile)$/;
var renovateAnnotations = {
  id: "renovate",
  description: "Renovate regex-manager annotations (`# renovate: datasource=... depName=...` above a version) in Terraform, shell, dotenv files and Makefiles",
  claims: (path) => CLAIMED2.test(path),
  extract(file, _ctx) {
    const r = readAnnotations(file.path, file.text, ORIGIN34);
    return { components: r.components, problems: r.problems };
  }
};

// src/extract/pub/index.ts
var ORIGIN35 = "extract/pub";
var SOURCES = { hosted: "registry", git: "git", path: "path" };
var KINDS = /* @__PURE__ */ new Set(["direct main", "direct dev", "direct overridden", "transitive"]);
function extract20(file) {
  const components = [];
  const { top, lines, problems, lastLine } = readYamlLock(file, ORIGIN35, "`packages`");
  if (!top) return { components, problems };
  const packagesEntry = top.find((e) => e.key === "packages");
  if (!top.some((e) => e.key === "sdks")) {
    problems.push(problem(ORIGIN35, file.path, "no `sdks` section, which pub writes last: the file looks truncated", lastLine, "warning"));
  }
  if (!packagesEntry) return { components, problems };
  const packages = mapEntries(packagesEntry.value, lines);
  if (!packages) {
    if (packagesEntry.value !== null) problems.push(problem(ORIGIN35, file.path, "`packages`: expected a mapping of package names", packagesEntry.line));
    return { components, problems };
  }
  const sdkPackages = [];
  for (const { key: name, line, value } of packages) {
    const fields2 = mapEntries(value, lines);
    if (!fields2) {
      problems.push(problem(ORIGIN35, file.path, `${name}: expected a mapping with dependency, source and version`, line));
      continue;
    }
    const get2 = (k) => writtenText(fields2.find((f) => f.key === k)?.value);
    const source = get2("source");
    const version = get2("version");
    const kind = get2("dependency");
    if (source === "sdk") {
      sdkPackages.push(name);
      continue;
    }
    if (version === void 0 || version === "") {
      problems.push(problem(ORIGIN35, file.path, `${name}: no version; not matched`, line, "warning"));
      continue;
    }
    let componentSource = source === void 0 ? void 0 : SOURCES[source];
    if (componentSource === void 0) {
      problems.push(problem(ORIGIN35, file.path, `${name}: unknown source ${JSON.stringify(source)}; not matched against pub.dev`, line, "warning"));
      componentSource = "url";
    }
    if (kind !== void 0 && !KINDS.has(kind)) {
      problems.push(problem(ORIGIN35, file.path, `${name}: unknown dependency kind ${JSON.stringify(kind)}`, line, "notice"));
    }
    const flags = {};
    if (kind !== void 0 && KINDS.has(kind)) {
      flags.direct = kind.startsWith("direct ");
      if (kind === "direct main") flags.dev = false;
      if (kind === "direct dev") flags.dev = true;
    }
    components.push(
      makeComponent({ ecosystem: "Pub", name, version, file: file.path, line, source: componentSource, ...flags })
    );
  }
  if (sdkPackages.length > 0) {
    problems.push(
      problem(
        ORIGIN35,
        file.path,
        `${sdkPackages.length} SDK package(s) (${sdkPackages.join(", ")}) ship with the Dart/Flutter SDK, not pub.dev; left out of the inventory`,
        packagesEntry.line,
        "notice"
      )
    );
  }
  return { components, problems };
}
var pubLock = {
  id: "pub",
  description: "pubspec.lock (Dart/Flutter pub): hosted, git and path packages, direct main/dev and transitive",
  claims: (path) => /(^|\/)pubspec\.lock$/.test(path),
  extract: extract20
};

// src/extract/uv/index.ts
var ORIGIN36 = "extract/uv";
var DEV_GROUP = "dev";
function sourceOf8(table) {
  const src = table.source;
  if (!isRecord(src)) return void 0;
  if ("registry" in src) return "registry";
  if ("git" in src) return "git";
  if ("url" in src) return "url";
  if ("editable" in src || "virtual" in src) return "workspace";
  if ("path" in src || "directory" in src) return "path";
  return void 0;
}
function deps(value) {
  if (!Array.isArray(value)) return [];
  const out = [];
  for (const d of value) {
    const name = isRecord(d) ? str2(d, "name") : void 0;
    if (name && isRecord(d)) out.push({ name: key(name), extras: strings(d.extra), conditional: "marker" in d });
  }
  return out;
}
function depTable(value) {
  const out = /* @__PURE__ */ new Map();
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) out.set(k, deps(v));
  return out;
}
var targets = (ds) => ds.flatMap((d) => [d.name, ...d.extras.map((e) => extraNode(d.name, e))]);
function extract21(file) {
  const lock = readTomlLock(file.text, ORIGIN36, file.path);
  const problems = [...lock.problems];
  const version = lock.top.version;
  if (version !== void 0 && version !== 1) {
    problems.push(problem(ORIGIN36, file.path, `uv.lock version ${JSON.stringify(version)} is not 1; read as version 1`, keyLine(file.text, "version"), "warning"));
  }
  const edges = /* @__PURE__ */ new Map();
  const runtimeRoots = [];
  const devRoots = [];
  const direct = /* @__PURE__ */ new Set();
  const dangling = [];
  const names = new Set(lock.packages.map((p) => str2(p.table, "name")).filter((n) => n !== void 0).map(key));
  for (const { table, line } of lock.packages) {
    const name = str2(table, "name");
    if (!name) continue;
    const own = deps(table.dependencies);
    appendAll(edges, key(name), targets(own));
    const extras = depTable(table["optional-dependencies"]);
    for (const [extra, ds] of extras) appendAll(edges, extraNode(key(name), extra), targets(ds));
    for (const d of own) if (!d.conditional && !names.has(d.name)) dangling.push({ from: name, to: d.name, line });
    if (sourceOf8(table) !== "workspace") continue;
    const groups = [[void 0, own], ...[...extras.values()].map((ds) => [void 0, ds])];
    groups.push(...depTable(table["dev-dependencies"]));
    for (const [group2, ds] of groups) {
      (group2 === DEV_GROUP ? devRoots : runtimeRoots).push(...targets(ds));
      for (const d of ds) direct.add(d.name);
    }
  }
  const gap = incompleteLock(ORIGIN36, file.path, dangling);
  if (gap) problems.push(gap);
  if (!lock.packages.some((p) => sourceOf8(p.table) === "workspace")) {
    const line = lock.packages[lock.packages.length - 1]?.line ?? 1;
    problems.push(problem(ORIGIN36, file.path, "no workspace member (editable or virtual source): the lock is incomplete or was cut short", line, "warning"));
  }
  const devOf = devByGraph(runtimeRoots, devRoots, edges);
  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN36, file.path, problems)) {
    const source = sourceOf8(table);
    if (source === void 0) {
      problems.push(problem(ORIGIN36, file.path, `package "${name}": no recognised source; not matched`, line, "warning"));
      continue;
    }
    const v = str2(table, "version");
    if (!v) {
      problems.push(noVersion(ORIGIN36, file.path, name, line, source));
      continue;
    }
    const isMember = source === "workspace";
    out.add({ name, version: v, line, source, direct: isMember ? void 0 : direct.has(key(name)), dev: isMember ? void 0 : devOf(name) });
  }
  return { components: out.list(), problems };
}
var uvLock = {
  id: "uv",
  description: "uv.lock (version 1; direct and dev from the workspace members' dependencies and groups)",
  claims: (path) => /(^|\/)uv\.lock$/.test(path),
  extract: extract21
};

// src/extract/version-files/index.ts
var ORIGIN37 = "extract/version-files";
var PRODUCTS = {
  nodejs: "nodejs",
  node: "nodejs",
  python: "python",
  ruby: "ruby",
  golang: "go",
  go: "go",
  rust: "rust"
};
var SINGLE = {
  ".nvmrc": "nodejs",
  ".node-version": "nodejs",
  ".python-version": "python",
  ".ruby-version": "ruby",
  "rust-toolchain": "rust"
};
var baseName3 = (path) => path.slice(path.lastIndexOf("/") + 1);
function runtime(product, written, file, line, components, problems) {
  runtimeComponent({ product, name: product, written, file, line, origin: ORIGIN37 }, components, problems);
}
function firstValue(text) {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].replace(/#.*$/, "").trim();
    if (t !== "") return [t.split(/\s+/)[0], i + 1];
  }
  return void 0;
}
var versionFiles = {
  id: "version-files",
  description: "Version-manager files (.nvmrc, .node-version, .python-version, .ruby-version, .tool-versions, rust-toolchain[.toml]): the runtime they pin",
  claims: (path) => baseName3(path) in SINGLE || baseName3(path) === ".tool-versions" || baseName3(path) === "rust-toolchain.toml",
  extract(file, _ctx) {
    const components = [];
    const problems = [];
    const name = baseName3(file.path);
    if (name === ".tool-versions") {
      file.text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        const [tool, first] = raw.replace(/#.*$/, "").trim().split(/\s+/);
        if (!tool || first === void 0) return;
        const product = PRODUCTS[tool] ?? (ENDOFLIFE_PRODUCT_IDS.has(tool) ? tool : void 0);
        if (product) runtime(product, first, file.path, i + 1, components, problems);
      });
    } else if (name === "rust-toolchain.toml") {
      const lines = file.text.split(/\r\n|\r|\n/);
      const i = lines.findIndex((l) => /^\s*channel\s*=/.test(l));
      const channel = i === -1 ? void 0 : /=\s*["']([^"']+)["']/.exec(lines[i])?.[1];
      if (channel === void 0) problems.push(problem(ORIGIN37, file.path, 'no [toolchain] channel = "..." found; not checked', 1, "notice"));
      else runtime("rust", channel, file.path, i + 1, components, problems);
    } else {
      const first = firstValue(file.text);
      if (first === void 0) problems.push(problem(ORIGIN37, file.path, "empty version file; not checked", 1, "notice"));
      else runtime(SINGLE[name], first[0], file.path, first[1], components, problems);
    }
    return { components, problems };
  }
};

// src/extract/yarn/index.ts
import { posix as posix6 } from "node:path";

// src/extract/yarn/scan.ts
var DEP_SECTIONS = /* @__PURE__ */ new Set(["dependencies", "optionalDependencies"]);
var MAX_PROBLEMS2 = 20;
function readQuoted(s, pos) {
  let j = pos + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) break;
    else j++;
  }
  if (j >= s.length) return void 0;
  try {
    return { value: JSON.parse(s.slice(pos, j + 1)), end: j + 1 };
  } catch {
    return void 0;
  }
}
function readSingleQuoted(s, pos) {
  let out = "";
  let j = pos + 1;
  while (j < s.length) {
    if (s[j] === "'") {
      if (s[j + 1] === "'") {
        out += "'";
        j += 2;
        continue;
      }
      return { value: out, end: j + 1 };
    }
    out += s[j];
    j++;
  }
  return void 0;
}
function readKey(s, pos) {
  if (s[pos] === '"') return readQuoted(s, pos);
  if (s[pos] === "'") return readSingleQuoted(s, pos);
  let j = pos;
  while (j < s.length && s[j] !== ":" && s[j] !== " " && s[j] !== "	") j++;
  return j === pos ? void 0 : { value: s.slice(pos, j), end: j };
}
function readValue(rest) {
  const v = rest.trim();
  if (v.startsWith('"') || v.startsWith("'")) {
    const t = v.startsWith('"') ? readQuoted(v, 0) : readSingleQuoted(v, 0);
    if (!t || v.slice(t.end).trim() !== "") return void 0;
    return t.value;
  }
  return v;
}
function readHeader(s) {
  const specs = [];
  let pos = 0;
  while (pos < s.length) {
    while (s[pos] === " ") pos++;
    if (pos >= s.length) break;
    let raw;
    if (s[pos] === '"' || s[pos] === "'") {
      const t = s[pos] === '"' ? readQuoted(s, pos) : readSingleQuoted(s, pos);
      if (!t) return void 0;
      raw = t.value;
      pos = t.end;
      while (s[pos] === " ") pos++;
      if (pos < s.length && s[pos] !== ",") return void 0;
    } else {
      const comma = s.indexOf(",", pos);
      const end = comma === -1 ? s.length : comma;
      raw = s.slice(pos, end);
      pos = end;
    }
    pos++;
    for (const part of raw.split(",")) {
      const spec = part.trim();
      if (spec !== "") specs.push(spec);
    }
  }
  return specs;
}
function scanYarnLock(text, file, origin) {
  const problems = [];
  let dropped = 0;
  let firstDropped = 0;
  const report = (message, line) => {
    if (problems.length < MAX_PROBLEMS2) problems.push(problem(origin, file, message, line));
    else if (dropped++ === 0) firstDropped = line;
  };
  const entries2 = [];
  let metadata;
  let style = "unknown";
  let current;
  let section;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = i + 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const content = raw.slice(indent).trimEnd();
    if (content === "" || content.startsWith("#")) continue;
    if (content.startsWith("	")) {
      report("unexpected tab in indentation", lineNo);
      continue;
    }
    if (indent === 0) {
      current = void 0;
      section = void 0;
      if (!content.endsWith(":")) {
        report(`expected an entry header ending in ":" (like "name@range:"), found "${clip2(content)}"`, lineNo);
        continue;
      }
      const specs = readHeader(content.slice(0, -1));
      if (!specs || specs.length === 0) {
        report(`entry header not readable (unbalanced quotes?): "${clip2(content)}"`, lineNo);
        continue;
      }
      current = { specs, line: lineNo, fields: /* @__PURE__ */ new Map(), deps: [] };
      if (specs.length === 1 && specs[0] === "__metadata") {
        metadata = current;
        style = "berry";
      } else {
        entries2.push(current);
      }
      continue;
    }
    if (!current) continue;
    if (indent === 2) {
      section = void 0;
      const key2 = readKey(content, 0);
      if (!key2) {
        report(`field not readable: "${clip2(content)}"`, lineNo);
        current.damaged = true;
        continue;
      }
      let rest = content.slice(key2.end);
      if (rest.startsWith(":")) {
        rest = rest.slice(1);
        if (rest.trim() !== "" && style === "unknown") style = "berry";
      } else if (style === "unknown" && rest.trim() !== "") {
        style = "v1";
      }
      if (rest.trim() === "") {
        section = key2.value;
        continue;
      }
      const value = readValue(rest);
      if (value === void 0) {
        report(`value of "${key2.value}" not readable (unclosed quote?)`, lineNo);
        current.damaged = true;
        continue;
      }
      current.fields.set(key2.value, value);
      continue;
    }
    if (indent === 4 && section !== void 0 && DEP_SECTIONS.has(section)) {
      const key2 = readKey(content, 0);
      const rest = key2 ? content.slice(key2.end).replace(/^:/, "") : "";
      const value = key2 ? readValue(rest) : void 0;
      if (!key2 || value === void 0 || value === "") {
        report(`dependency not readable: "${clip2(content)}"`, lineNo);
        continue;
      }
      current.deps.push([key2.value, value]);
      continue;
    }
    if (indent % 2 !== 0) report(`unexpected indentation of ${indent} spaces`, lineNo);
  }
  if (dropped > 0) {
    problems.push(problem(origin, file, `${dropped} more problems not listed, the next at this line`, firstDropped));
  }
  return { entries: entries2, ...metadata ? { metadata } : {}, style, problems };
}
function clip2(s) {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// src/extract/yarn/index.ts
var ID3 = "yarn";
var ORIGIN38 = `extract/${ID3}`;
var BERRY_VERSIONS = { min: 4, max: 8 };
function resolveClassic(entry) {
  const spec = entry.specs[0];
  const d = splitDescriptor(spec);
  if (!d && /^(?:@[^/@]+\/)?[^@/\s]+$/.test(spec)) return `descriptor "${spec}" has no version range (expected name@range)`;
  if (!d) return `descriptor "${spec}" has no package name`;
  let name = d.name;
  let range = d.rest;
  if (range.startsWith("npm:")) {
    const target = splitDescriptor(range.slice(4));
    if (target) {
      name = target.name;
      range = target.rest;
    } else {
      range = range.slice(4);
    }
  }
  const version = entry.fields.get("version");
  if (version === void 0 || version === "") return "entry has no version";
  let source = sourceOfReference(range);
  const resolved = entry.fields.get("resolved");
  if (source === "registry" && resolved !== void 0) {
    if (/^(?:git\+|git:|git@|ssh:)/.test(resolved) || /^https?:\/\/codeload\.github\.com\//.test(resolved)) source = "git";
    else if (resolved.startsWith("file:")) source = "path";
    else if (/^https?:/.test(resolved) && !resolved.includes("/-/") && /\.(?:tgz|tar\.gz)(?:#|$)/.test(resolved)) source = "url";
  }
  return { name, version, source };
}
function resolveBerry(entry) {
  const resolution = entry.fields.get("resolution");
  if (resolution === void 0) return "entry has no resolution";
  return parseLocator(resolution, entry.fields.get("version"), 0);
}
function parseLocator(locator, versionField, depth) {
  const d = splitDescriptor(locator);
  if (!d) return `resolution "${locator}" has no package name`;
  const ref = d.rest;
  if (ref.startsWith("npm:")) {
    const version = ref.slice(4);
    return version === "" ? `resolution "${locator}" has no version` : { name: d.name, version, source: "registry" };
  }
  if (ref.startsWith("patch:")) {
    const hash = ref.indexOf("#");
    const encoded = ref.slice("patch:".length, hash === -1 ? void 0 : hash);
    let inner;
    try {
      inner = decodeURIComponent(encoded);
    } catch {
      return `patch resolution "${locator}" is not URL-encoded as yarn writes it`;
    }
    if (depth > 2) return `patch resolution "${locator}" nests too deeply`;
    const param = /[:&]version=([^&]+)/.exec(ref.slice(hash === -1 ? ref.length : hash));
    return parseLocator(inner, param?.[1] ?? versionField, depth + 1);
  }
  const source = sourceOfReference(ref);
  if (source === "registry") return `resolution "${locator}" uses a protocol patchwarden does not know`;
  if (versionField === void 0 || versionField === "") return `entry "${locator}" has no version`;
  return { name: d.name, version: versionField, source };
}
function readManifest(ctx, lockfile, folder) {
  const path = posix6.join(posix6.dirname(lockfile), folder, "package.json");
  const text = ctx.readFile(path);
  return { path, deps: text === void 0 ? void 0 : manifestDeps(text) };
}
var yarnLock = {
  id: ID3,
  description: "yarn.lock, classic (v1) and berry (v2+, __metadata 4 to 8), with npm: aliases, workspace: and patch: entries",
  claims: (path) => posix6.basename(path) === "yarn.lock",
  extract(file, ctx) {
    const scan2 = scanYarnLock(file.text, file.path, ORIGIN38);
    const problems = [...scan2.problems];
    const berry = scan2.style === "berry";
    if (scan2.metadata) {
      const v = Number(scan2.metadata.fields.get("version"));
      if (!Number.isInteger(v) || v < BERRY_VERSIONS.min || v > BERRY_VERSIONS.max) {
        problems.push(
          problem(
            ORIGIN38,
            file.path,
            `__metadata version "${scan2.metadata.fields.get("version") ?? ""}" is outside the versions read (${BERRY_VERSIONS.min} to ${BERRY_VERSIONS.max}); read as berry`,
            scan2.metadata.line,
            "warning"
          )
        );
      }
    } else if (berry) {
      problems.push(problem(ORIGIN38, file.path, "berry lockfile without __metadata; read as berry", 1, "warning"));
    }
    const out = new NpmComponents(file.path);
    const keys = [];
    const workspaces = [];
    const specIndex = /* @__PURE__ */ new Map();
    const byName = /* @__PURE__ */ new Map();
    scan2.entries.forEach((entry, i) => {
      for (const spec of entry.specs) if (!specIndex.has(spec)) specIndex.set(spec, i);
      const r = entry.damaged ? "a field is damaged" : berry ? resolveBerry(entry) : resolveClassic(entry);
      if (typeof r === "string") {
        problems.push(problem(ORIGIN38, file.path, `${r}; entry "${entry.specs.join(", ")}" not read`, entry.line));
        keys.push(void 0);
        return;
      }
      keys.push(out.add(r.name, r.version, r.source, entry.line));
      if (r.source === "workspace") workspaces.push(i);
      const named = byName.get(r.name);
      if (named) named.push(i);
      else byName.set(r.name, [i]);
    });
    const resolveDep2 = (name, range) => {
      const exact = specIndex.get(`${name}@${range}`);
      if (exact !== void 0) return exact;
      if (berry && !/^[a-z]+:/.test(range)) {
        const npm = specIndex.get(`${name}@npm:${range}`);
        if (npm !== void 0) return npm;
      }
      const named = byName.get(name);
      return named?.length === 1 ? named[0] : void 0;
    };
    const wsSet = new Set(workspaces);
    const edges = scan2.entries.map((entry, i) => {
      if (wsSet.has(i)) return [];
      const targets2 = [];
      for (const [name, range] of entry.deps) {
        const t = resolveDep2(name, range);
        if (t !== void 0) targets2.push(t);
      }
      return targets2;
    });
    const roots = { prod: [], dev: [], unknown: [] };
    let directKnown = false;
    let devKnown = false;
    if (berry) {
      directKnown = workspaces.length > 0;
      const unread = [];
      for (const w of workspaces) {
        const entry = scan2.entries[w];
        const resolution = entry.fields.get("resolution") ?? "";
        const folder = resolution.slice(resolution.indexOf("@workspace:") + "@workspace:".length);
        const manifest = readManifest(ctx, file.path, folder);
        if (!manifest.deps) unread.push({ path: manifest.path, line: entry.line });
        for (const [name, range] of entry.deps) {
          const t = resolveDep2(name, range);
          if (t === void 0) continue;
          const key2 = keys[t];
          if (key2 !== void 0) out.markDirect(key2);
          if (manifest.deps?.prod.has(name)) roots.prod.push(t);
          else if (manifest.deps?.dev.has(name)) roots.dev.push(t);
          else roots.unknown.push(t);
        }
      }
      devKnown = workspaces.length > 0;
      if (unread.length > 0) {
        problems.push(
          problem(
            ORIGIN38,
            file.path,
            `dev flags not derived for the dependencies of ${unread.length} workspace(s) whose package.json was not readable (first: ${unread[0].path}, this entry)`,
            unread[0].line,
            "notice"
          )
        );
      }
    } else {
      const manifest = readManifest(ctx, file.path, ".");
      if (!manifest.deps || manifest.deps.hasWorkspaces) {
        problems.push(
          problem(
            ORIGIN38,
            file.path,
            manifest.deps ? `direct and dev flags not derived: ${manifest.path} declares workspaces, whose manifests a classic lockfile does not name` : `direct and dev flags not derived: ${manifest.path} not readable`,
            1,
            "notice"
          )
        );
      } else {
        directKnown = true;
        devKnown = true;
        for (const [kind, deps2] of [["prod", manifest.deps.prod], ["dev", manifest.deps.dev]]) {
          for (const [name, range] of deps2) {
            const t = resolveDep2(name, range);
            if (t === void 0) continue;
            const key2 = keys[t];
            if (key2 !== void 0) out.markDirect(key2);
            roots[kind].push(t);
          }
        }
      }
    }
    if (devKnown) {
      const dev = devByReachability(scan2.entries.length, edges, roots);
      keys.forEach((key2, i) => {
        const d = dev[i];
        if (key2 !== void 0 && d !== null) out.noteDev(key2, d);
      });
    }
    return { components: out.build(directKnown), problems };
  }
};

// src/extract/registry.ts
var EXTRACTORS = [
  npmLock,
  yarnLock,
  pnpmLock,
  bunLock,
  requirementsTxt,
  poetryLock,
  uvLock,
  pipfileLock,
  pdmLock,
  goMod,
  cargoLock,
  bundlerLock,
  composerLock,
  gradleLock,
  mavenPom,
  nugetLock,
  pubLock,
  cocoapodsLock,
  dpkgStatus,
  apkInstalled,
  rpmList,
  versionFiles,
  packageEngines,
  dockerfiles,
  composeFiles,
  kustomizations,
  helmCharts,
  sboms,
  scannerReports,
  ansiblePackageFacts,
  // Before the Kubernetes catch-all: Ansible's defaults/, vars/, group_vars/ and host_vars/ YAML.
  ansibleVars,
  renovateAnnotations,
  // Last: it claims any remaining *.yaml / *.yml and quietly ignores what is not Kubernetes.
  kubernetesManifests
];

export {
  chartDirOf,
  EXTRACTORS
};
/*! Bundled license information:

xmlchars/xml/1.0/ed5.js:
  (**
   * Character classes and associated utilities for the 5th edition of XML 1.0.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xml/1.1/ed2.js:
  (**
   * Character classes and associated utilities for the 2nd edition of XML 1.1.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xmlns/1.0/ed3.js:
  (**
   * Character class utilities for XML NS 1.0 edition 3.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
