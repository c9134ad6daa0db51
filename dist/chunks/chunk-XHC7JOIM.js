import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/notify/escape.ts
var ZWSP = "\u200B";
function clip(value, max) {
  const s = value.replace(/[\r\n\u2028\u2029\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
  return s.length > max ? s.slice(0, max - 1) + "\u2026" : s;
}
function defuse(s) {
  return s.replace(/@/g, `@${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\.(?=[A-Za-z0-9])/g, `.${ZWSP}`);
}
function slackText(value, max = 500) {
  return defuse(clip(value, max)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
}
function slackCode(value, max = 200) {
  const s = clip(value, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/`/g, "\u02CB");
  return s === "" ? "` `" : `\`${s}\``;
}
function slackLink(url, label) {
  return `<${url}|${slackText(label, 200).replace(/\|/g, "\xA6")}>`;
}
function cardText(value, max = 500) {
  return defuse(clip(value, max).replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`));
}
function cardLink(url, label) {
  return `[${cardText(label, 200)}](${url})`;
}
var ADVISORY_HOSTS = [
  /^https:\/\/osv\.dev\/vulnerability\/[A-Za-z0-9._:-]+$/,
  /^https:\/\/github\.com\/advisories\/GHSA(-[a-z0-9]{4}){3}$/,
  /^https:\/\/nvd\.nist\.gov\/vuln\/detail\/CVE-\d{4}-\d+$/,
  /^https:\/\/www\.cve\.org\/CVERecord\?id=CVE-\d{4}-\d+$/,
  /^https:\/\/rustsec\.org\/advisories\/RUSTSEC-\d{4}-\d+(\.html)?$/,
  /^https:\/\/pkg\.go\.dev\/vuln\/GO-\d{4}-\d+$/,
  /^https:\/\/security-tracker\.debian\.org\/tracker\/[A-Za-z0-9._-]+$/,
  /^https:\/\/ubuntu\.com\/security\/[A-Za-z0-9._/-]+$/,
  /^https:\/\/security\.alpinelinux\.org\/vuln\/[A-Za-z0-9._-]+$/,
  /^https:\/\/endoflife\.date\/[a-z0-9._-]+$/
];
function safeAdvisoryUrl(url) {
  if (!url) return void 0;
  return ADVISORY_HOSTS.some((r) => r.test(url)) ? url : void 0;
}
function safeFileUrl(url) {
  return url && /^https:\/\/[^\s()<>|"`]+$/.test(url) ? url : void 0;
}
function safeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  slackText,
  slackCode,
  slackLink,
  cardText,
  cardLink,
  safeAdvisoryUrl,
  safeFileUrl,
  safeJson
};
