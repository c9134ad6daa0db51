import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/model/os.ts
function parseOsRelease(text) {
  const fields = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(raw.trim());
    if (!m) continue;
    let value = m[2].trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) value = value.slice(1, -1).replace(/\\(["'$`\\])/g, "$1");
    fields.set(m[1], value);
  }
  const id = fields.get("ID")?.toLowerCase();
  if (!id) return void 0;
  const out = { id, idLike: (fields.get("ID_LIKE") ?? "").toLowerCase().split(/\s+/).filter(Boolean) };
  const versionId = fields.get("VERSION_ID");
  if (versionId) out.versionId = versionId;
  const codename = fields.get("VERSION_CODENAME");
  if (codename) out.codename = codename;
  const pretty = fields.get("PRETTY_NAME");
  if (pretty) out.prettyName = pretty;
  return out;
}
var BASES = {
  debian: "Debian",
  ubuntu: "Ubuntu",
  alpine: "Alpine",
  rhel: "Red Hat",
  redhat: "Red Hat",
  almalinux: "AlmaLinux",
  rocky: "Rocky Linux",
  opensuse: "openSUSE",
  "opensuse-leap": "openSUSE",
  "opensuse-tumbleweed": "openSUSE",
  sles: "SUSE",
  sled: "SUSE",
  suse: "SUSE",
  mageia: "Mageia",
  openeuler: "openEuler"
};
function osvRelease(distro, release) {
  if (release === void 0 || release === "") return void 0;
  const named = releaseOfCodename(release);
  const r = named && named.distro === distro.toLowerCase() ? named.release : release.trim();
  switch (distro.toLowerCase()) {
    case "debian":
      return /^\d+/.exec(r)?.[0];
    case "ubuntu":
      return /^\d{2}\.\d{2}/.exec(r)?.[0];
    case "alpine": {
      const m = /^v?(\d+)\.(\d+)/.exec(r);
      return m ? `v${m[1]}.${m[2]}` : void 0;
    }
    case "almalinux":
    case "rocky":
      return /^\d+/.exec(r)?.[0];
    case "mageia":
      return /^\d+/.exec(r)?.[0];
    default:
      return void 0;
  }
}
function osEcosystem(distro, release) {
  const key = distro.toLowerCase();
  const base = BASES[key] ?? Object.values(BASES).find((b) => b.toLowerCase() === key);
  if (base === void 0) return void 0;
  const id = Object.keys(BASES).find((k) => BASES[k] === base);
  const r = osvRelease(id, release);
  if (r === void 0) return base;
  if (base === "Ubuntu") return /^\d[02468]\.04$/.test(r) ? `Ubuntu:${r}:LTS` : `Ubuntu:${r}`;
  return `${base}:${r}`;
}
function parseDistro(value) {
  const [id = "", release] = value.split(":", 2);
  const distro = id.trim().toLowerCase();
  if (osEcosystem(distro) === void 0) return { error: `expected ID[:RELEASE] with an ID such as debian, ubuntu, alpine, rocky, almalinux, rhel, opensuse, sles; got '${value}'` };
  return release === void 0 || release.trim() === "" ? { distro } : { distro, release: release.trim() };
}
var PURL_TYPES = { dpkg: "deb", apk: "apk", rpm: "rpm" };
var enc = (s) => encodeURIComponent(s).replace(/%3A/gi, ":");
function osPurl(info, name, version) {
  const q = {};
  let v = version;
  if (info.manager === "rpm") {
    const m = /^(\d+):(.*)$/.exec(version);
    if (m) {
      if (m[1] !== "0") q.epoch = m[1];
      v = m[2];
    }
  }
  if (info.arch) q.arch = info.arch;
  if (info.release) q.distro = `${info.distro}-${info.release.replace(/^v/, "")}`;
  const qs = Object.keys(q).sort().map((k) => `${k}=${enc(q[k])}`).join("&");
  return `pkg:${PURL_TYPES[info.manager]}/${enc(info.distro)}/${enc(name)}@${enc(v)}${qs ? `?${qs}` : ""}`;
}
function osAdvisoryName(c) {
  return { name: c.os?.sourceName ?? c.name, version: c.os?.sourceVersion ?? c.version };
}
function osComponent(init) {
  const release = osvRelease(init.distro, init.release);
  const info = { manager: init.manager, distro: init.distro };
  if (release !== void 0) info.release = release;
  if (init.sourceName !== void 0 && init.sourceName !== init.name) info.sourceName = init.sourceName;
  if (init.sourceVersion !== void 0 && init.sourceVersion !== init.version) info.sourceVersion = init.sourceVersion;
  if (init.arch) info.arch = init.arch;
  return {
    ecosystem: osEcosystem(init.distro, init.release) ?? init.distro,
    name: init.name,
    version: init.version,
    purl: osPurl(info, init.name, init.version),
    layer: "os",
    locations: [{ file: init.file, line: init.line }],
    os: info
  };
}
var CODENAMES = {
  woody: ["debian", "3"],
  sarge: ["debian", "3"],
  etch: ["debian", "4"],
  lenny: ["debian", "5"],
  squeeze: ["debian", "6"],
  wheezy: ["debian", "7"],
  jessie: ["debian", "8"],
  stretch: ["debian", "9"],
  buster: ["debian", "10"],
  bullseye: ["debian", "11"],
  bookworm: ["debian", "12"],
  trixie: ["debian", "13"],
  forky: ["debian", "14"],
  trusty: ["ubuntu", "14.04"],
  xenial: ["ubuntu", "16.04"],
  bionic: ["ubuntu", "18.04"],
  focal: ["ubuntu", "20.04"],
  jammy: ["ubuntu", "22.04"],
  kinetic: ["ubuntu", "22.10"],
  lunar: ["ubuntu", "23.04"],
  mantic: ["ubuntu", "23.10"],
  noble: ["ubuntu", "24.04"],
  oracular: ["ubuntu", "24.10"],
  plucky: ["ubuntu", "25.04"],
  questing: ["ubuntu", "25.10"]
};
function releaseOfCodename(suite) {
  const hit = CODENAMES[suite.trim().toLowerCase().split("-")[0]];
  return hit ? { distro: hit[0], release: hit[1] } : void 0;
}
function osManager(distro) {
  switch (distro.trim().toLowerCase()) {
    case "debian":
    case "ubuntu":
      return "dpkg";
    case "alpine":
    case "wolfi":
    case "chainguard":
      return "apk";
    case "rhel":
    case "rocky":
    case "almalinux":
    case "centos":
    case "fedora":
    case "amzn":
    case "ol":
    case "opensuse-leap":
    case "opensuse-tumbleweed":
    case "sles":
    case "mariner":
    case "azurelinux":
      return "rpm";
    default:
      return void 0;
  }
}

export {
  parseOsRelease,
  osvRelease,
  osEcosystem,
  parseDistro,
  osAdvisoryName,
  osComponent,
  releaseOfCodename,
  osManager
};
