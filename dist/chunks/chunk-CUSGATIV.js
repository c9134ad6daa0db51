import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// node_modules/@renovatebot/ruby-semver/dist/ruby/version.js
var copystr = (x) => (" " + x).slice(1);
var Version = class _Version {
  //   VERSION_PATTERN =     '[0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?'.freeze # :nodoc:
  //   ANCHORED_VERSION_PATTERN =                /\A\s*(#{VERSION_PATTERN})?\s*\z/.freeze # :nodoc:
  static ANCHORED_VERSION_PATTERN = /^\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*$/;
  _version;
  //   ##
  //   # A string representation of this Version.
  //
  //   def version
  //     @version.dup
  //   end
  version() {
    return this._version;
  }
  //   alias to_s version
  toString() {
    return this.version();
  }
  //   ##
  //   # True if the +version+ string matches RubyGems' requirements.
  //
  //   def self.correct?(version)
  //     unless Gem::Deprecate.skip
  //       warn "nil versions are discouraged and will be deprecated in Rubygems 4" if version.nil?
  //     end
  //
  //     !!(version.to_s =~ ANCHORED_VERSION_PATTERN)
  //   end
  static isCorrect(version) {
    let versionStr;
    try {
      versionStr = copystr(version.toString());
    } catch {
      return false;
    }
    return _Version.ANCHORED_VERSION_PATTERN.test(versionStr);
  }
  //   ##
  //   # Factory method to create a Version object. Input may be a Version
  //   # or a String. Intended to simplify client code.
  //   #
  //   #   ver1 = Version.create('1.3.17')   # -> (Version object)
  //   #   ver2 = Version.create(ver1)       # -> (ver1)
  //   #   ver3 = Version.create(nil)        # -> nil
  //
  //   def self.create(input)
  //     if self === input  # check yourself before you wreck yourself
  //       input
  //     elsif input.nil?
  //       nil
  //     else
  //       new input
  //     end
  //   end
  static create(input) {
    if (input instanceof _Version)
      return input;
    if (input === null)
      return null;
    try {
      return new _Version(input);
    } catch {
      return null;
    }
  }
  //   @@all = {}
  //
  //   def self.new(version) # :nodoc:
  //     return super unless Gem::Version == self
  //
  //     @@all[version] ||= super
  //   end
  //
  //   ##
  //   # Constructs a Version from the +version+ string.  A version string is a
  //   # series of digits or ASCII letters separated by dots.
  //
  //   def initialize(version)
  //     unless self.class.correct?(version)
  //       raise ArgumentError, "Malformed version number string #{version}"
  //     end
  //
  //     # If version is an empty string convert it to 0
  //     version = 0 if version.is_a?(String) && version =~ /\A\s*\Z/
  //
  //     @version = version.to_s.strip.gsub("-",".pre.")
  //     @segments = nil
  //   end
  constructor(version) {
    if (!_Version.isCorrect(version)) {
      throw new Error(`Malformed version number string ${version}`);
    }
    let versionStr = copystr(version.toString());
    if (/^\s*$/.test(versionStr)) {
      versionStr = "0";
    }
    this._version = versionStr.trim().replace(/-/g, ".pre.");
  }
  //   ##
  //   # Return a new version object where the next to the last revision
  //   # number is one greater (e.g., 5.3.1 => 5.4).
  //   #
  //   # Pre-release (alpha) parts, e.g, 5.3.1.b.2 => 5.4, are ignored.
  //
  //   def bump
  //     @bump ||= begin
  //                 segments = self.segments
  //                 segments.pop while segments.any? { |s| String === s }
  //                 segments.pop if segments.size > 1
  //
  //                 segments[-1] = segments[-1].succ
  //                 self.class.new segments.join(".")
  //               end
  //   end
  bump() {
    const segments = this.getSegments();
    while (segments.findIndex((x) => typeof x === "string") !== -1)
      segments.pop();
    let lastIdx = segments.length - 2;
    if (lastIdx >= 0) {
      segments.pop();
    } else {
      lastIdx = 0;
    }
    segments[lastIdx] = segments[lastIdx] + 1;
    return new _Version(segments.join("."));
  }
  //   ##
  //   # A Version is only eql? to another version if it's specified to the
  //   # same precision. Version "1.0" is not the same as version "1".
  //
  //   def eql?(other)
  //     self.class === other and @version == other._version
  //   end
  strictEql(other) {
    return other.version() === this._version;
  }
  //
  //   def hash # :nodoc:
  //     canonical_segments.hash
  //   end
  //
  //   def init_with(coder) # :nodoc:
  //     yaml_initialize coder.tag, coder.map
  //   end
  //
  //   def inspect # :nodoc:
  //     "#<#{self.class} #{version.inspect}>"
  //   end
  //
  //   ##
  //   # Dump only the raw version string, not the complete object. It's a
  //   # string for backwards (RubyGems 1.3.5 and earlier) compatibility.
  //
  //   def marshal_dump
  //     [version]
  //   end
  //
  //   ##
  //   # Load custom marshal format. It's a string for backwards (RubyGems
  //   # 1.3.5 and earlier) compatibility.
  //
  //   def marshal_load(array)
  //     initialize array[0]
  //   end
  //
  //   def yaml_initialize(tag, map) # :nodoc:
  //     @version = map['version']
  //     @segments = nil
  //     @hash = nil
  //   end
  //
  //   def to_yaml_properties # :nodoc:
  //     ["@version"]
  //   end
  //
  //   def encode_with(coder) # :nodoc:
  //     coder.add 'version', @version
  //   end
  //
  //   ##
  //   # A version is considered a prerelease if it contains a letter.
  //
  //   def prerelease?
  //     unless instance_variable_defined? :@prerelease
  //       @prerelease = !!(@version =~ /[a-zA-Z]/)
  //     end
  //     @prerelease
  //   end
  isPrerelease() {
    return /[a-zA-Z]/.test(this._version);
  }
  //   def pretty_print(q) # :nodoc:
  //     q.text "Gem::Version.new(#{version.inspect})"
  //   end
  //
  //   ##
  //   # The release for this version (e.g. 1.2.0.a -> 1.2.0).
  //   # Non-prerelease versions return themselves.
  //   def release
  //     @release ||= if prerelease?
  //                    segments = self.segments
  //                    segments.pop while segments.any? { |s| String === s }
  //                    self.class.new segments.join('.')
  //                  else
  //                    self
  //                  end
  //   end
  release() {
    if (this.isPrerelease()) {
      const segments = this.getSegments();
      while (segments.findIndex((x) => typeof x === "string") !== -1)
        segments.pop();
      return new _Version(segments.join("."));
    }
    return this;
  }
  //   def segments # :nodoc:
  //     _segments.dup
  //   end
  //
  //   ##
  //   # A recommended version for use with a ~> Requirement.
  //
  //   def approximate_recommendation
  //     segments = self.segments
  //
  //     segments.pop    while segments.any? { |s| String === s }
  //     segments.pop    while segments.size > 2
  //     segments.push 0 while segments.size < 2
  //
  //     recommendation = "~> #{segments.join(".")}"
  //     recommendation += ".a" if prerelease?
  //     recommendation
  //   end
  approximateRecommendation() {
    const segments = this.getSegments();
    while (segments.findIndex((x) => typeof x === "string") !== -1)
      segments.pop();
    while (segments.length > 2)
      segments.pop();
    while (segments.length < 2)
      segments.push(0);
    let recommendation = `~> ${segments.join(".")}`;
    if (this.isPrerelease())
      recommendation += ".a";
    return recommendation;
  }
  //   ##
  //   # Compares this version with +other+ returning -1, 0, or 1 if the
  //   # other version is larger, the same, or smaller than this
  //   # one. Attempts to compare to something that's not a
  //   # <tt>Gem::Version</tt> return +nil+.
  //
  //   def <=>(other)
  //     return unless Gem::Version === other
  //     return 0 if @version == other._version || canonical_segments == other.canonical_segments
  //
  //     lhsegments = canonical_segments
  //     rhsegments = other.canonical_segments
  //
  //     lhsize = lhsegments.size
  //     rhsize = rhsegments.size
  //     limit  = (lhsize > rhsize ? lhsize : rhsize) - 1
  //
  //     i = 0
  //
  //     while i <= limit
  //       lhs, rhs = lhsegments[i] || 0, rhsegments[i] || 0
  //       i += 1
  //
  //       next      if lhs == rhs
  //       return -1 if String  === lhs && Numeric === rhs
  //       return  1 if Numeric === lhs && String  === rhs
  //
  //       return lhs <=> rhs
  //     end
  //
  //     return 0
  //   end
  compare(other) {
    if (other === null)
      return null;
    const segEq = (x, y) => {
      if (x.length !== y.length)
        return false;
      for (let idx = 0; idx < x.length; idx += 1) {
        if (x[idx] !== y[idx])
          return false;
      }
      return true;
    };
    if (this._version === other._version || segEq(this.canonicalSegments(), other.canonicalSegments())) {
      return 0;
    }
    const lhsegments = this.canonicalSegments();
    const rhsegments = other.canonicalSegments();
    const lhsize = lhsegments.length;
    const rhsize = rhsegments.length;
    const limit = (lhsize > rhsize ? lhsize : rhsize) - 1;
    let i = 0;
    while (i <= limit) {
      let lhs = lhsegments[i] || 0;
      let rhs = rhsegments[i] || 0;
      i += 1;
      if (lhs === rhs)
        continue;
      const isLeftStr = typeof lhs === "string";
      const isRightStr = typeof rhs === "string";
      if (isLeftStr && !isRightStr)
        return -1;
      if (!isLeftStr && isRightStr)
        return 1;
      lhs = lhs.toString();
      rhs = rhs.toString();
      return lhs.localeCompare(rhs, void 0, { numeric: true });
    }
    return 0;
  }
  //   def canonical_segments
  //     @canonical_segments ||=
  //       _split_segments.map! do |segments|
  //         segments.reverse_each.drop_while {|s| s == 0 }.reverse
  //       end.reduce(&:concat)
  //   end
  canonicalSegments() {
    const canonicals = this.splitSegments().map((segments) => {
      const segmentsReverse = segments.reverse();
      const sliceIdx = segmentsReverse.findIndex((s) => s !== 0);
      return segmentsReverse.slice(sliceIdx).reverse();
    });
    return Array.prototype.concat.apply([], canonicals);
  }
  //
  //   protected
  //
  //   def _version
  //     @version
  //   end
  //   def _segments
  //     # segments is lazy so it can pick up version values that come from
  //     # old marshaled versions, which don't go through marshal_load.
  //     # since this version object is cached in @@all, its @segments should be frozen
  //
  //     @segments ||= @version.scan(/[0-9]+|[a-z]+/i).map do |s|
  //       /^\d+$/ =~ s ? s.to_i : s
  //     end.freeze
  //   end
  getSegments() {
    return this._version.match(/[0-9]+|[a-z]+/gi).map((s) => /^\d+$/.test(s) ? parseInt(s, 10) : copystr(s));
  }
  //   def _split_segments
  //     string_start = _segments.index {|s| s.is_a?(String) }
  //     string_segments = segments
  //     numeric_segments = string_segments.slice!(0, string_start || string_segments.size)
  //     return numeric_segments, string_segments
  //   end
  splitSegments() {
    let stringStart = this.getSegments().findIndex((x) => typeof x === "string");
    stringStart = stringStart === -1 ? null : stringStart;
    const stringSegments = this.getSegments();
    const numericSegments = stringSegments.splice(0, stringStart || stringSegments.length);
    return [numericSegments, stringSegments];
  }
};

// node_modules/@renovatebot/ruby-semver/dist/ruby/requirement.js
var defaultEql = (x, y) => x === y;
function uniq(array, eql = defaultEql) {
  return array.filter((x, idx, arr) => arr.findIndex((y) => eql(x, y)) === idx);
}
function reqsEql(xReqs, yReqs, eql) {
  if (xReqs.length !== yReqs.length)
    return false;
  for (let idx = 0; idx < xReqs.length; idx += 1) {
    if (!eql(xReqs[idx], yReqs[idx]))
      return false;
  }
  return true;
}
var copystr2 = (x) => (" " + x).slice(1);
var Requirement = class _Requirement {
  _requirements;
  //   OPS = { #:nodoc:
  //     "="  =>  lambda { |v, r| v == r },
  //     "!=" =>  lambda { |v, r| v != r },
  //     ">"  =>  lambda { |v, r| v >  r },
  //     "<"  =>  lambda { |v, r| v <  r },
  //     ">=" =>  lambda { |v, r| v >= r },
  //     "<=" =>  lambda { |v, r| v <= r },
  //     "~>" =>  lambda { |v, r| v >= r && v.release < r.bump }
  //   }.freeze
  //
  //   SOURCE_SET_REQUIREMENT = Struct.new(:for_lockfile).new "!" # :nodoc:
  //
  //   quoted = OPS.keys.map { |k| Regexp.quote k }.join "|"
  //   PATTERN_RAW = "\\s*(#{quoted})?\\s*(#{Gem::Version::VERSION_PATTERN})\\s*".freeze # :nodoc:
  //   ##
  //   # A regular expression that matches a requirement
  //
  //   PATTERN = /\A#{PATTERN_RAW}\z/.freeze
  static PATTERN = /^\s*(=|!=|>|<|>=|<=|~>)?\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)\s*$/;
  //   ##
  //   # The default requirement matches any non-prerelease version
  //   DefaultRequirement = [">=", Gem::Version.new(0)].freeze
  static DEFAULT_REQUIREMENT = [">=", new Version("0")];
  //   ##
  //   # The default requirement matches any version
  //
  //   DefaultPrereleaseRequirement = [">=", Gem::Version.new("0.a")].freeze
  // static DEFAULT_PRERELEASE_REQUIREMENT: ParsedRequirement = [
  //   '>=',
  //   new Version('0.a'),
  // ];
  //   ##
  //   # Raised when a bad requirement is encountered
  //
  //   class BadRequirementError < ArgumentError; end
  //   ##
  //   # Factory method to create a Gem::Requirement object.  Input may be
  //   # a Version, a String, or nil.  Intended to simplify client code.
  //   #
  //   # If the input is "weird", the default version requirement is
  //   # returned.
  //
  //   def self.create(*inputs)
  //     return new inputs if inputs.length > 1
  //
  //     input = inputs.shift
  //
  //     case input
  //     when Gem::Requirement then
  //       input
  //     when Gem::Version, Array then
  //       new input
  //     when '!' then
  //       source_set
  //     else
  //       if input.respond_to? :to_str
  //         new [input.to_str]
  //       else
  //         default
  //       end
  //     end
  //   end
  static create(...inputs) {
    if (inputs.length > 1)
      return new _Requirement(...inputs);
    const input = inputs.shift();
    if (input instanceof _Requirement)
      return input;
    if (input instanceof Array)
      return new _Requirement(...input);
    if (input instanceof Version)
      return new _Requirement(input);
    try {
      return new _Requirement(copystr2(input.toString()));
    } catch {
      return _Requirement.default();
    }
  }
  //   def self.default
  //     new '>= 0'
  //   end
  static default() {
    return new _Requirement(">= 0");
  }
  //   def self.default_prerelease
  //     new '>= 0.a'
  //   end
  //
  //   ###
  //   # A source set requirement, used for Gemfiles and lockfiles
  //
  //   def self.source_set # :nodoc:
  //     SOURCE_SET_REQUIREMENT
  //   end
  //   ##
  //   # Parse +obj+, returning an <tt>[op, version]</tt> pair. +obj+ can
  //   # be a String or a Gem::Version.
  //   #
  //   # If +obj+ is a String, it can be either a full requirement
  //   # specification, like <tt>">= 1.2"</tt>, or a simple version number,
  //   # like <tt>"1.2"</tt>.
  //   #
  //   #     parse("> 1.0")                 # => [">", Gem::Version.new("1.0")]
  //   #     parse("1.0")                   # => ["=", Gem::Version.new("1.0")]
  //   #     parse(Gem::Version.new("1.0")) # => ["=,  Gem::Version.new("1.0")]
  //
  //   def self.parse(obj)
  //     return ["=", obj] if Gem::Version === obj
  //
  //     unless PATTERN =~ obj.to_s
  //       raise BadRequirementError, "Illformed requirement [#{obj.inspect}]"
  //     end
  //
  //     if $1 == ">=" && $2 == "0"
  //       DefaultRequirement
  //     elsif $1 == ">=" && $2 == "0.a"
  //       DefaultPrereleaseRequirement
  //     else
  //       [$1 || "=", Gem::Version.new($2)]
  //     end
  //   end
  static parse(obj) {
    const err = () => {
      throw new Error(`Illformed requirement [${obj}]`);
    };
    if (obj instanceof Version)
      return ["=", obj];
    let objStr;
    try {
      objStr = copystr2(obj.toString());
    } catch {
      err();
    }
    const match = objStr.match(_Requirement.PATTERN);
    if (!match)
      err();
    const [, $1, $2] = match;
    return [$1 || "=", new Version($2)];
  }
  //   ##
  //   # An array of requirement pairs. The first element of the pair is
  //   # the op, and the second is the Gem::Version.
  //
  //   attr_reader :requirements #:nodoc:
  //   ##
  //   # Constructs a requirement from +requirements+. Requirements can be
  //   # Strings, Gem::Versions, or Arrays of those. +nil+ and duplicate
  //   # requirements are ignored. An empty set of +requirements+ is the
  //   # same as <tt>">= 0"</tt>.
  //
  //   def initialize(*requirements)
  //     requirements = requirements.flatten
  //     requirements.compact!
  //     requirements.uniq!
  //
  //     if requirements.empty?
  //       @requirements = [DefaultRequirement]
  //     else
  //       @requirements = requirements.map! { |r| self.class.parse r }
  //     end
  //   end
  constructor(...requirements) {
    const flattened = requirements.flat();
    const compacted = flattened.filter((x) => x !== null);
    const unique = uniq(compacted);
    if (unique.length === 0) {
      this._requirements = [_Requirement.DEFAULT_REQUIREMENT];
    } else {
      this._requirements = unique.map((r) => _Requirement.parse(r));
    }
  }
  //   ##
  //   # Concatenates the +new+ requirements onto this requirement.
  //
  //   def concat(new)
  //     new = new.flatten
  //     new.compact!
  //     new.uniq!
  //     new = new.map { |r| self.class.parse r }
  //
  //     @requirements.concat new
  //   end
  concat(newReqs) {
    const flattened = newReqs.flat();
    const compacted = flattened.filter((x) => x !== null);
    const unique = uniq(compacted);
    const parsed = unique.map((x) => _Requirement.parse(x));
    parsed.forEach((x) => this._requirements.push(x));
  }
  //
  //   ##
  //   # Formats this requirement for use in a Gem::RequestSet::Lockfile.
  //
  //   def for_lockfile # :nodoc:
  //     return if [DefaultRequirement] == @requirements
  //
  //     list = requirements.sort_by do |_, version|
  //       version
  //     end.map do |op, version|
  //       "#{op} #{version}"
  //     end.uniq
  //
  //     " (#{list.join ', '})"
  //   end
  //   ##
  //   # true if this gem has no requirements.
  //
  //   def none?
  //     if @requirements.size == 1
  //       @requirements[0] == DefaultRequirement
  //     else
  //       false
  //     end
  //   end
  isNone() {
    if (this._requirements.length === 1) {
      const [op, v] = this._requirements[0];
      return op === _Requirement.DEFAULT_REQUIREMENT[0] && v.compare(_Requirement.DEFAULT_REQUIREMENT[1]) === 0;
    }
    return false;
  }
  //   ##
  //   # true if the requirement is for only an exact version
  //
  //   def exact?
  //     return false unless @requirements.size == 1
  //     @requirements[0][0] == "="
  //   end
  //
  //   def as_list # :nodoc:
  //     requirements.map { |op, version| "#{op} #{version}" }
  //   end
  //
  //   def hash # :nodoc:
  //     requirements.sort.hash
  //   end
  //
  //   def marshal_dump # :nodoc:
  //     fix_syck_default_key_in_requirements
  //
  //     [@requirements]
  //   end
  //
  //   def marshal_load(array) # :nodoc:
  //     @requirements = array[0]
  //
  //     fix_syck_default_key_in_requirements
  //   end
  //
  //   def yaml_initialize(tag, vals) # :nodoc:
  //     vals.each do |ivar, val|
  //       instance_variable_set "@#{ivar}", val
  //     end
  //
  //     Gem.load_yaml
  //     fix_syck_default_key_in_requirements
  //   end
  //
  //   def init_with(coder) # :nodoc:
  //     yaml_initialize coder.tag, coder.map
  //   end
  //
  //   def to_yaml_properties # :nodoc:
  //     ["@requirements"]
  //   end
  //
  //   def encode_with(coder) # :nodoc:
  //     coder.add 'requirements', @requirements
  //   end
  //
  //   ##
  //   # A requirement is a prerelease if any of the versions inside of it
  //   # are prereleases
  //   def prerelease?
  //     requirements.any? { |r| r.last.prerelease? }
  //   end
  isPrerelease() {
    return this._requirements.some(([, ver]) => ver.isPrerelease());
  }
  //   def pretty_print(q) # :nodoc:
  //     q.group 1, 'Gem::Requirement.new(', ')' do
  //       q.pp as_list
  //     end
  //   end
  //   ##
  //   # True if +version+ satisfies this Requirement.
  //
  //   def satisfied_by?(version)
  //     raise ArgumentError, "Need a Gem::Version: #{version.inspect}" unless
  //       Gem::Version === version
  //     # #28965: syck has a bug with unquoted '=' YAML.loading as YAML::DefaultKey
  //     requirements.all? { |op, rv| (OPS[op] || OPS["="]).call version, rv }
  //   end
  isSatisfiedBy(v) {
    return this._requirements.every(([op, r]) => {
      switch (op) {
        case "=":
          return v.compare(r) === 0;
        case "!=":
          return v.compare(r) !== 0;
        case ">":
          return v.compare(r) === 1;
        case "<":
          return v.compare(r) === -1;
        case ">=":
          return v.compare(r) !== -1;
        case "<=":
          return v.compare(r) !== 1;
        case "~>":
          return v.compare(r) !== -1 && v.release().compare(r.bump()) === -1;
        /* c8 ignore next 2 */
        default:
          return false;
      }
    });
  }
  //   alias :=== :satisfied_by?
  //   alias :=~ :satisfied_by?
  //   ##
  //   # True if the requirement will not always match the latest version.
  //
  //   def specific?
  //     return true if @requirements.length > 1 # GIGO, > 1, > 2 is silly
  //
  //     not %w[> >=].include? @requirements.first.first # grab the operator
  //   end
  isSpecific() {
    if (this._requirements.length > 1)
      return true;
    const firstOp = this._requirements[0][0];
    return !(firstOp === ">" || firstOp === ">=");
  }
  //   def to_s # :nodoc:
  //     as_list.join ", "
  //   end
  //   def ==(other) # :nodoc:
  //     return unless Gem::Requirement === other
  //
  //     # An == check is always necessary
  //     return false unless requirements == other.requirements
  //
  //     # An == check is sufficient unless any requirements use ~>
  //     return true unless _tilde_requirements.any?
  //
  //     # If any requirements use ~> we use the stricter `#eql?` that also checks
  //     # that version precision is the same
  //     _tilde_requirements.eql?(other._tilde_requirements)
  //   end
  eql(other) {
    if (!reqsEql(this._requirements, other._requirements, ([xOp, xVer], [yOp, yVer]) => xOp === yOp && xVer.compare(yVer) === 0)) {
      return false;
    }
    const tildeReqs = this._tildeRequirements();
    if (tildeReqs.length === 0)
      return true;
    return reqsEql(tildeReqs, other._tildeRequirements(), ([, xVer], [, yVer]) => xVer.strictEql(yVer));
  }
  //   protected
  //
  //   def _tilde_requirements
  //     requirements.select { |r| r.first == "~>" }
  //   end
  _tildeRequirements() {
    return this._requirements.filter(([op]) => op === "~>");
  }
};

// node_modules/@renovatebot/ruby-semver/dist/index.js
function gt(v1, v2) {
  const x = Version.create(v1);
  const y = Version.create(v2);
  return x.compare(y) === 1;
}
function lt(v1, v2) {
  const x = Version.create(v1);
  const y = Version.create(v2);
  return x.compare(y) === -1;
}
function valid(version) {
  if (!version)
    return null;
  return Version.isCorrect(version) ? version : null;
}

export {
  gt,
  lt,
  valid
};
