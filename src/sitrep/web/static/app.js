// sitrep dashboard: timeline, map, table and event pages, drawn as plain SVG and HTML from /api.
// Nothing is loaded from anywhere but this server.
"use strict";

const FAMILY_COLORS = {
  attack: "#d62728", territory: "#8c564b", diplomacy: "#1f77b4", prisoners: "#17becf", statement: "#9467bd",
  disruption: "#ff7f0e", military: "#555555", humanitarian: "#2ca02c", protest: "#e377c2", arrest: "#bcbd22",
};
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];
const TYPES = ["attack", "attack.drone", "attack.missile", "attack.air", "attack.artillery", "attack.ground",
  "attack.explosive", "attack.civilians", "territory", "territory.change", "diplomacy", "diplomacy.talks",
  "diplomacy.call", "diplomacy.proposal", "diplomacy.agreement", "diplomacy.rejection", "diplomacy.ceasefire",
  "diplomacy.sanctions", "diplomacy.aid", "prisoners", "prisoners.exchange", "statement", "statement.accusation",
  "statement.denial", "statement.threat", "disruption", "disruption.transport", "disruption.communications",
  "disruption.power", "military", "military.mobilization", "humanitarian", "humanitarian.evacuation", "protest",
  "protest.demonstration", "protest.riot", "arrest"];
const SVGNS = "http://www.w3.org/2000/svg";
const PAGE = 25;
const MAP_LIMIT = 1000;

const state = { filters: {}, offset: 0, stats: null, basemap: null };

// -- small helpers --------------------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") el.className = v; else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}
// A report's URL becomes a link only when it is a web address (http or https): a "javascript:" or
// "data:" URL in a report would run script when clicked. Gives the parsed address, or null.
function webLink(url) {
  if (typeof url !== "string") return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (_) {
    return null;
  }
}
function s(tag, attrs) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
}
const familyOf = (type) => type.split(".")[0];
const familyColor = (f) => FAMILY_COLORS[f] || "#7f7f7f";
function keyColor(by, key, keys) {
  return by === "family" ? familyColor(key) : PALETTE[keys.indexOf(key) % PALETTE.length];
}
function query(extra) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state.filters, ...extra })) if (v !== "" && v != null) p.set(k, v);
  return p.toString();
}
async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || `${r.status} ${r.statusText}`);
  return body;
}
function showError(e) {
  const el = document.getElementById("error");
  el.hidden = !e;
  el.textContent = e ? String(e.message || e) : "";
}
const side = (ev) => [...new Set(ev.actors.filter((a) => a.role === "initiator").map((a) => a.country || a.name))]
  .join(", ") || "unattributed";
const when = (d) => (d.start === d.end || !d.end ? d.start || "?" : `${d.start} – ${d.end}`) +
  (d.precision === "night" ? " (night)" : "");
const place = (ev) => (ev.location ? `${ev.location.name}${ev.location.country ? " (" + ev.location.country + ")" : ""}` : "–");
const size = (ev) => Math.max(1, ...ev.quantities.map((q) => q.value));
function counts(ev, withWho = true) {
  return ev.quantities.map((q) => {
    const who = withWho && q.claim != null && ev.claims[q.claim] ? ` (${ev.claims[q.claim].claimant.name})` : "";
    return `${q.value} ${q.item} ${q.role}${who}`;
  }).join("; ");
}

// -- filters and routing ----------------------------------------------------------------------------
function readFilters() {
  const f = {};
  for (const name of ["type", "country", "since", "until", "text"]) {
    const v = document.getElementById(`f-${name}`).value.trim();
    if (v) f[name] = name === "country" ? v.toUpperCase() : v;
  }
  return f;
}
function writeFilters(f) {
  for (const name of ["type", "country", "since", "until", "text"]) document.getElementById(`f-${name}`).value = f[name] || "";
}
function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, qs] = hash.split("?");
  showError(null);
  if (path.startsWith("/event/")) return showEvent(decodeURIComponent(path.slice(7)));
  state.filters = Object.fromEntries(new URLSearchParams(qs || ""));
  writeFilters(state.filters);
  state.offset = 0;
  document.getElementById("event").hidden = true;
  document.getElementById("overview").hidden = false;
  return refresh();
}

async function refresh() {
  document.body.dataset.ready = "";
  try {
    const [stats, page, geo] = await Promise.all([
      api(`/api/stats?${query({ daily: "family,side" })}`),
      api(`/api/events?${query({ limit: PAGE, offset: state.offset, order: "newest" })}`),
      api(`/api/events?${query({ limit: MAP_LIMIT, order: "newest", format: "geojson" })}`),
      loadBasemap(),
    ]);
    state.stats = stats;
    document.getElementById("summary").textContent =
      `${stats.total} events` + (stats.first_day ? `, ${stats.first_day} to ${stats.last_day}` : "") +
      ` · drones and missiles launched ${stats.launched}, intercepted ${stats.intercepted}`;
    drawTimeline(stats, document.getElementById("timeline-by").value);
    drawMap(geo);
    drawTable(page);
  } catch (e) {
    showError(e);
  }
  document.body.dataset.ready = "overview";
}

// -- timeline ---------------------------------------------------------------------------------------
function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function drawTimeline(stats, by) {
  const box = document.getElementById("timeline");
  const legend = document.getElementById("timeline-legend");
  box.replaceChildren(); legend.replaceChildren();
  const W = 1000, H = 170, L = 34, B = 18;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `events per day by ${by}` });
  box.append(svg);
  const daily = stats.daily;
  if (!daily.date.length) {
    const t = s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" });
    t.textContent = "no dated events"; svg.append(t); return;
  }
  const series = daily[by] || {};
  const keys = Object.keys(series).sort((a, b) => stats[`by_${by}`][b] - stats[`by_${by}`][a] || a.localeCompare(b));
  const first = dayNumber(daily.date[0]), last = dayNumber(daily.date[daily.date.length - 1]);
  const span = last - first + 1;
  const max = Math.max(...daily.events);
  const bw = (W - L) / span;
  const y = (v) => (H - B) - v * (H - B - 6) / max;
  for (let k = 0; k < daily.date.length; k++) {
    const x = L + (dayNumber(daily.date[k]) - first) * bw;
    let acc = 0;
    for (const key of keys) {
      const n = series[key][k];
      if (!n) continue;
      const r = s("rect", { x: x.toFixed(2), y: y(acc + n).toFixed(2), width: Math.max(bw - (bw > 3 ? 1 : 0), 0.6).toFixed(2),
        height: (y(acc) - y(acc + n)).toFixed(2), fill: keyColor(by, key, keys), class: "bar",
        "data-day": daily.date[k], "data-key": key, "data-count": n });
      const tip = s("title"); tip.textContent = `${daily.date[k]}: ${n} ${key}`; r.append(tip);
      svg.append(r);
      acc += n;
    }
  }
  const axis = (x, y0, text, anchor) => { const t = s("text", { x, y: y0, class: "axis", "text-anchor": anchor }); t.textContent = text; svg.append(t); };
  svg.append(s("line", { x1: L, x2: W, y1: H - B, y2: H - B, stroke: "#9aa3ad" }));
  // month ticks (every n months, at most about ten labels), between the first and the last day
  const months = [];
  const d0 = new Date(first * 86400000), d1 = new Date(last * 86400000);
  for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth() + 1; y < d1.getUTCFullYear() || (y === d1.getUTCFullYear() && m <= d1.getUTCMonth()); m++) {
    if (m === 12) { y++; m = 0; }
    months.push(Date.UTC(y, m, 1) / 86400000);
  }
  const every = Math.max(1, Math.ceil(months.length / 10));
  months.forEach((day, k) => {
    if (k % every) return;
    const x = L + (day - first) * bw;
    if (x < L + 75 || x > W - 95) return;  // clear of the first and last day written at the ends
    svg.append(s("line", { x1: x, x2: x, y1: H - B, y2: H - B + 4, stroke: "#9aa3ad" }));
    const label = new Date(day * 86400000).toISOString().slice(0, 7);
    axis(x, H - 4, label, "middle");
  });
  axis(L, H - 4, daily.date[0], "start");
  axis(W, H - 4, daily.date[daily.date.length - 1], "end");
  axis(L - 4, y(max) + 4, String(max), "end");
  axis(L - 4, H - B, "0", "end");
  for (const key of keys) legend.append(h("span", { style: `--c:${keyColor(by, key, keys)}`, "data-key": key }, `${key} ${stats[`by_${by}`][key] || ""}`));
}

// -- map --------------------------------------------------------------------------------------------
async function loadBasemap() {
  if (!state.basemap) state.basemap = await api("/static/countries.json");
  return state.basemap;
}
function drawMap(geo) {
  const box = document.getElementById("map");
  const legend = document.getElementById("map-legend");
  box.replaceChildren(); legend.replaceChildren();
  const placed = geo.features.filter((f) => f.geometry);
  document.getElementById("map-note").textContent =
    `${placed.length} placed of ${geo.total} events` + (geo.total > MAP_LIMIT ? ` (the ${MAP_LIMIT} newest)` : "");
  // Equirectangular: x = lon, y = -lat; the view fits the events (at least 24 degrees across).
  let [x0, x1, y0, y1] = [-180, 180, -75, 85];
  if (placed.length) {
    const xs = placed.map((f) => f.geometry.coordinates[0]), ys = placed.map((f) => f.geometry.coordinates[1]);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2, cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const w = Math.max(Math.max(...xs) - Math.min(...xs), 24) * 1.25, hgt = Math.max(Math.max(...ys) - Math.min(...ys), 14) * 1.3;
    [x0, x1, y0, y1] = [cx - w / 2, cx + w / 2, cy - hgt / 2, cy + hgt / 2];
  }
  const width = x1 - x0, height = Math.max(y1 - y0, width * 0.5);
  const vy = -(y0 + y1) / 2 - height / 2;
  const svg = s("svg", { viewBox: `${x0} ${vy} ${width} ${height}`, preserveAspectRatio: "xMidYMid meet",
    role: "img", "aria-label": "map of events" });
  const land = s("g", { class: "land" });
  for (const c of state.basemap.countries) {
    let d = "";
    for (const ring of c.rings) {
      d += "M" + ring[0] + " " + -ring[1];
      for (let i = 2; i < ring.length; i += 2) d += "L" + ring[i] + " " + -ring[i + 1];
      d += "Z";
    }
    const p = s("path", { d, class: "country", "data-iso": c.iso });
    const t = s("title"); t.textContent = c.name; p.append(t);
    land.append(p);
  }
  svg.append(land);
  const unit = width / 600; // one pixel of a 600-pixel-wide map, in degrees
  const dots = s("g", { class: "dots" });
  const families = new Set();
  // big circles first, so that small ones stay clickable on top
  for (const f of [...placed].sort((a, b) => size(b.properties) - size(a.properties))) {
    const ev = f.properties, fam = familyOf(ev.type);
    families.add(fam);
    const r = Math.min(3 + 1.6 * Math.sqrt(size(ev)), 22) * unit;
    const c = s("circle", { cx: f.geometry.coordinates[0], cy: -f.geometry.coordinates[1], r: r.toFixed(4),
      fill: familyColor(fam), class: "event-dot", "data-id": f.id, "data-family": fam, "data-size": size(ev) });
    const t = s("title"); t.textContent = `${when(ev.date)} ${ev.type} – ${place(ev)}${counts(ev) ? " – " + counts(ev) : ""}`;
    c.append(t);
    c.addEventListener("click", () => { location.hash = `#/event/${encodeURIComponent(f.id)}`; });
    dots.append(c);
  }
  svg.append(dots);
  box.append(svg);
  for (const fam of [...families].sort()) legend.append(h("span", { style: `--c:${familyColor(fam)}` }, fam));
  legend.append(h("span", { style: "--c:transparent" }, "circle size: the largest count the event gives"));
}

// -- table ------------------------------------------------------------------------------------------
function drawTable(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const ev of page.events) {
    const who = [...new Set(ev.claims.map((c) => c.claimant.name))].join("; ") || "reporter";
    body.append(h("tr", { "data-id": ev.id, onclick: () => { location.hash = `#/event/${encodeURIComponent(ev.id)}`; } },
      h("td", {}, when(ev.date)),
      h("td", {}, h("span", { class: "swatch", style: `background:${familyColor(familyOf(ev.type))}` }),
        ev.type.replace(".", ".\u200b")),  // may break after the dot, nowhere else
      h("td", {}, ev.status), h("td", {}, place(ev)), h("td", {}, side(ev)), h("td", {}, counts(ev, false)), h("td", {}, who)));
  }
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.events.length;
  document.getElementById("page").textContent = `${from}–${to} of ${page.total}`;
  document.getElementById("table-note").textContent = "newest first; click a row for its sources";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = to >= page.total;
}
async function turnPage(delta) {
  state.offset = Math.max(0, state.offset + delta);
  try { drawTable(await api(`/api/events?${query({ limit: PAGE, offset: state.offset, order: "newest" })}`)); }
  catch (e) { showError(e); }
}

// -- event page -------------------------------------------------------------------------------------
function highlight(text, ev) {
  // Mark the words the record's fields came from wherever they occur in the sentence.
  const marks = [];
  const add = (needle, kind) => {
    if (!needle) return;
    const letter = /[\p{L}\p{N}]/u;
    let at = text.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;  // whole words only: "Russia" is not marked inside "Russian"
      if (!letter.test(text[at - 1] || "") && !letter.test(text[end] || "")) marks.push([at, end, kind]);
      at = text.indexOf(needle, end);
    }
  };
  if (ev.location) add(ev.location.text, "place");
  add(ev.date.text, "date");
  for (const a of ev.actors) add(a.text, "actor");
  for (const q of ev.quantities) add(q.text, "count");
  for (const d of ev.damage) add(d.text, "damage");
  for (const c of ev.claims) add(c.claimant.name, "claimant");
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  let pos = 0;
  for (const [a, b, kind] of marks) {
    if (a < pos) continue;
    out.push(text.slice(pos, a), h("mark", { class: kind, title: kind }, text.slice(a, b)));
    pos = b;
  }
  out.push(text.slice(pos));
  return out;
}
function claimCard(ev, c, k) {
  const qs = ev.quantities.filter((q) => q.claim === k);
  return h("div", { class: "claim", "data-claim": k },
    h("h4", {}, c.claimant.name, " ", h("span", { class: `stance ${c.stance}` }, c.stance)),
    h("div", {}, [c.claimant.kind, c.claimant.country, c.verb, c.channel ? `on ${c.channel}` : null].filter(Boolean).join(" · ")),
    h("blockquote", {}, c.text),
    qs.length ? h("ul", {}, qs.map((q) => h("li", {}, `${q.value} ${q.item} ${q.role}`))) : null);
}
async function showEvent(id) {
  document.body.dataset.ready = "";
  const box = document.getElementById("event");
  document.getElementById("overview").hidden = true;
  box.hidden = false;
  box.replaceChildren(h("p", {}, "loading…"));
  try {
    const d = await api(`/api/events/${encodeURIComponent(id)}`);
    const ev = d.event;
    const reporter = ev.quantities.filter((q) => q.claim == null);
    const dl = h("dl", { class: "facts" });
    const fact = (k, v) => dl.append(h("dt", {}, k), h("dd", {}, v || "–"));
    fact("Date", `${when(ev.date)}${ev.date.text ? ` ("${ev.date.text}")` : ""}`);
    fact("Place", ev.location ? `${place(ev)}, ${ev.location.precision}${ev.location.admin1 ? ", " + ev.location.admin1 : ""}` : "");
    fact("Actors", ev.actors.map((a) => `${a.role}: ${a.name}${a.country ? " (" + a.country + ")" : ""}`).join("; "));
    fact("Counts", counts(ev));
    if (ev.ranges) fact("Where claims differ", ev.ranges.map((r) => `${r.item} ${r.role}: ${r.low} to ${r.high}`).join("; "));
    fact("Damage", ev.damage.map((x) => x.object).join(", "));
    fact("Confidence", String(ev.confidence));
    fact("Reports", h("span", {}, d.articles.map((a, i) => [i ? "; " : "",
      webLink(a.url) ? h("a", { href: webLink(a.url), rel: "noreferrer noopener" }, a.title || a.outlet || a.id) : (a.title || a.outlet || a.id),
      ` (${[a.outlet, a.published].filter(Boolean).join(", ")})`])));
    box.replaceChildren(...[
      h("p", {}, h("a", { href: "#/" + (Object.keys(state.filters).length ? "?" + query({}) : "") }, "← back")),
      h("h2", {}, `${ev.type} (${ev.status})`, h("small", {}, ` ${ev.id}`)),
      d.redirected_from ? h("p", { class: "redirected" }, `${d.redirected_from} was merged into this event`) : null,
      dl,
      h("h3", {}, "Evidence"),
      h("p", { class: "key" }, ["place", "date", "actor", "count", "damage", "claimant"].map((k) => h("mark", { class: k }, k))),
      h("div", { class: "evidence" }, ev.evidence.map((e) => h("p", { "data-article": e.article, "data-start": e.start }, highlight(e.text, ev)))),
      h("h3", {}, `Claims (${ev.claims.length})`),
      h("div", { class: "claims" }, ev.claims.map((c, k) => claimCard(ev, c, k)),
        ev.claims.length === 0 || reporter.length ? h("div", { class: "claim reporter" }, h("h4", {}, "In the reporter's voice"),
          reporter.length ? h("ul", {}, reporter.map((q) => h("li", {}, `${q.value} ${q.item} ${q.role}`))) : "no claimant named") : null),
      h("h3", {}, `Merged from ${d.records.length} record(s)`),
      h("ul", { class: "records" }, d.records.map((r) => h("li", { "data-record": r.id },
        `${r.id}: ${r.type}, ${when(r.date)}, ${place(r)}, from ${r.articles.join(", ")}${counts(r) ? " – " + counts(r) : ""}`))),
      d.pairs.length ? h("ul", {}, d.pairs.map((p) => h("li", {}, `${p.a} + ${p.b}: ${p.ok ? "one event" : "apart"} (${p.reasons.join("; ")})`))) : null,
    ].filter(Boolean));
  } catch (e) {
    box.replaceChildren(h("p", {}, h("a", { href: "#/" }, "← back")));
    showError(e);
  }
  document.body.dataset.ready = "event";
}

// -- wiring -----------------------------------------------------------------------------------------
function init() {
  const sel = document.getElementById("f-type");
  for (const t of TYPES) sel.append(h("option", { value: t }, t.includes(".") ? `  ${t}` : t));
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams(readFilters()).toString();
    location.hash = "#/" + (q ? "?" + q : "");
  });
  document.getElementById("f-reset").addEventListener("click", () => { location.hash = "#/"; });
  document.getElementById("timeline-by").addEventListener("change", (e) => state.stats && drawTimeline(state.stats, e.target.value));
  document.getElementById("prev").addEventListener("click", () => turnPage(-PAGE));
  document.getElementById("next").addEventListener("click", () => turnPage(PAGE));
  window.addEventListener("hashchange", route);
  route();
}
init();
