import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  canonicalState,
  emptyState,
  parseState
} from "./chunk-NLGF7TI4.js";
import {
  safeJson
} from "./chunk-XHC7JOIM.js";
import "./chunk-X2NN6BVW.js";

// src/notify/issue-state.ts
var ALERT_STATE_MARKER = "<!-- patchwarden:alerts v1 ";
var END = " -->";
var NOTE = "<sub>patchwarden remembers here which alerts it has sent, so that it says each change once. Please leave this comment.</sub>";
var COMMENT_LIMIT = 65536;
function renderStateComment(state) {
  return `${ALERT_STATE_MARKER}${safeJson(canonicalState(state))}${END}
${NOTE}
`;
}
function readStateComment(body) {
  if (!body.startsWith(ALERT_STATE_MARKER)) return void 0;
  const end = body.indexOf(END, ALERT_STATE_MARKER.length);
  if (end < 0) return { error: "the marker is not closed" };
  let value;
  try {
    value = JSON.parse(body.slice(ALERT_STATE_MARKER.length, end));
  } catch (err) {
    return { error: `not JSON (${err.message})` };
  }
  return parseState(value);
}
function issueStore(opts) {
  let comment;
  const where = `the alert comment on #${opts.issue}`;
  return {
    async load() {
      const problems = [];
      let comments;
      try {
        comments = await opts.client.paginate(opts.client.rest.issues.listComments, { ...opts.repo, issue_number: opts.issue, per_page: 100 });
      } catch (err) {
        return { problems: [{ level: "warning", origin: "notify", message: `${where} could not be read (${err.message}); no alerts are sent this run` }] };
      }
      for (const c of comments) {
        const got = readStateComment(c.body ?? "");
        if (got === void 0) continue;
        comment = { id: c.id, body: c.body ?? "" };
        if ("error" in got) {
          problems.push({ level: "warning", origin: "notify", message: `${where} is not a patchwarden alert state (${got.error}); starting afresh` });
          return { state: emptyState(), problems };
        }
        return { state: got.state, problems };
      }
      return opts.fallback ? opts.fallback.load() : { state: emptyState(), problems };
    },
    async save(state) {
      const body = renderStateComment(state);
      if (body.length > COMMENT_LIMIT) {
        const problems = opts.fallback ? await opts.fallback.save(state) : [];
        return [{ level: "warning", origin: "notify", message: `the alert state (${body.length} characters) is over GitHub's comment limit; ${opts.fallback ? "it is kept in the alert state file instead" : "give an alert-state file to keep it"}` }, ...problems];
      }
      if (comment && comment.body === body) return [];
      try {
        if (comment) {
          const id = comment.id;
          await opts.throttle.write(`update ${where}`, () => opts.client.rest.issues.updateComment({ ...opts.repo, comment_id: id, body }));
        } else {
          const res = await opts.throttle.write(`write ${where}`, () => opts.client.rest.issues.createComment({ ...opts.repo, issue_number: opts.issue, body }));
          if (res) comment = { id: res.data.id, body };
        }
      } catch (err) {
        return [{ level: "warning", origin: "notify", message: `${where} could not be written (${err.message}); the next run may repeat this run's alerts` }];
      }
      return [];
    }
  };
}
export {
  ALERT_STATE_MARKER,
  COMMENT_LIMIT,
  issueStore,
  readStateComment,
  renderStateComment
};
