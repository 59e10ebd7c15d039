// sitrep dashboard: timeline, map, table and event pages, drawn from /api. The map is Leaflet with
// marker clustering (vendored in /static/vendor, see scripts/vendor_web.sh) over the Natural Earth
// outlines that sitrep ships; no tiles. Nothing is loaded from anywhere but this server.
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
// events the map draws one by one at most (the API's "most"); more are grouped by place on the server.
// Each symbol costs the browser its clustering at every zoom: 1,000 keep a filter change quick
const MAP_MOST = 1000;
const MAX_BARS = 300;  // bars on the timeline at most (a longer span puts several days in a bar)
const FIT = { maxZoom: 6, animate: false };  // how the map fits the events drawn: a region at most, at once
// the filters of the one filter set (sitrep.store.filters), in the order the form shows them
const FILTERS = ["since", "until", "type", "status", "country", "admin1", "actor", "claimant", "text"];
const MEASURES = { killed: "killed", injured: "injured", largest: "largest count" };
// how precise a place is -> the symbol drawn for it: towns and points are dots, regions and countries
// (a count "over Russia" drawn at its centre) a ring and a square, never clustered with towns
const AREA = { admin1: "region", country: "country" };

const state = { filters: {}, offset: 0, sort: "-date", stats: null, basemap: null, map: null };

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
// text for markup built as a string (names from reports may hold <, & or quotes)
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
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
async function api(path, signal) {
  const r = await fetch(path, { signal });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || `${r.status} ${r.statusText}`);
  return body;
}
// Each stage of a redraw is a performance measure ("sitrep:fetch", "sitrep:timeline", ...): the
// browser's own profiler shows them, and benchmarks/bench_dashboard.py reads them to say where a
// filter change's time goes.
function timed(name, fn) {
  const t0 = performance.now();
  try { return fn(); } finally { performance.measure(`sitrep:${name}`, { start: t0 }); }
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
function counts(ev, withWho = true) {
  return ev.quantities.map((q) => {
    const who = withWho && q.claim != null && ev.claims[q.claim] ? ` (${ev.claims[q.claim].claimant.name})` : "";
    return `${q.value} ${q.item} ${q.role}${who}`;
  }).join("; ");
}

// -- filters and routing ----------------------------------------------------------------------------
function readFilters() {
  const f = {};
  for (const name of FILTERS) {
    const v = document.getElementById(`f-${name}`).value.trim();
    if (v) f[name] = v;
  }
  return f;
}
function writeFilters(f) {
  for (const name of FILTERS) document.getElementById(`f-${name}`).value = f[name] || "";
}
function go(filters) {
  const q = new URLSearchParams(filters).toString();
  const next = "#/" + (q ? "?" + q : "");
  // what is shown is stale from now on: "hashchange" comes a task later, and a reader who sees the new
  // address must not take the old table for the filtered one
  document.body.dataset.ready = "";
  if (location.hash === next) route(); else location.hash = next;
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
function pageQuery() {
  const order = state.sort === "-date" ? { order: "newest" } : state.sort === "date" ? { order: "oldest" } : { sort: state.sort };
  return `/api/events?${query({ limit: PAGE, offset: state.offset, ...order })}`;
}
function mapQuery(bbox) {
  const measure = document.getElementById("map-measure").value;
  return `/api/map?${query({ measure, most: MAP_MOST, ...(bbox ? { bbox } : {}) })}`;
}

async function refresh() {
  const started = performance.now();
  document.body.dataset.ready = "";
  // a new filter cancels the requests of the one before: its answers would be drawn over
  if (state.inflight) state.inflight.abort();
  const inflight = state.inflight = new AbortController();
  try {
    const t0 = performance.now();
    const [stats, page, points] = await Promise.all([
      api(`/api/stats?${query({ daily: "family,side" })}`, inflight.signal),
      api(pageQuery(), inflight.signal),
      api(mapQuery(), inflight.signal),
      loadBasemap(),
    ]);
    performance.measure("sitrep:fetch", { start: t0 });
    if (state.inflight !== inflight) return;  // answered just before a newer filter came: not drawn
    state.stats = stats;
    document.getElementById("summary").textContent =
      `${stats.total} events` + (stats.first_day ? `, ${stats.first_day} to ${stats.last_day}` : "") +
      ` · drones and missiles launched ${stats.launched}, intercepted ${stats.intercepted}`;
    // the map first: Leaflet may read the layout, which is then still clean (read after the timeline's
    // thousands of new bars, it would have to be worked out there and then, and again for the frame)
    timed("map", () => drawMap(points, stats.total, true));
    timed("table", () => drawTable(page));
    timed("timeline", () => drawTimeline(stats, document.getElementById("timeline-by").value));
    drawDownloads();
  } catch (e) {
    if (inflight.signal.aborted) return;  // a newer filter is being drawn and will say when it is ready
    showError(e);
  }
  performance.measure("sitrep:redraw", { start: started });
  document.body.dataset.ready = "overview";
}

// -- timeline ---------------------------------------------------------------------------------------
function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function drawTimeline(stats, by) {
  const box = document.getElementById("timeline");
  const legend = document.getElementById("timeline-legend");
  box.replaceChildren(); legend.replaceChildren();
  const W = 1000, H = 170, L = 34, B = 18;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `events per day by ${by}; drag across days to choose them` });
  box.append(svg);
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, fill: "transparent", class: "brush-area" }));
  const daily = stats.daily;
  if (!daily.date.length) {
    const t = s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" });
    t.textContent = "no dated events"; svg.append(t); return;
  }
  const series = daily[by] || {};
  const keys = Object.keys(series).sort((a, b) => stats[`by_${by}`][b] - stats[`by_${by}`][a] || a.localeCompare(b));
  const first = dayNumber(daily.date[0]), last = dayNumber(daily.date[daily.date.length - 1]);
  const span = last - first + 1;
  // over a long span, a bar is several days (at most MAX_BARS bars): thousands of one-day bars
  // thinner than a pixel would cost the page a second to draw and show nothing more
  const per = Math.max(1, Math.ceil(span / MAX_BARS));
  const bins = new Map();
  for (let k = 0; k < daily.date.length; k++) {
    const bin = Math.floor((dayNumber(daily.date[k]) - first) / per);
    if (!bins.has(bin)) bins.set(bin, { total: 0, counts: {} });
    const b = bins.get(bin);
    b.total += daily.events[k];
    for (const key of keys) if (series[key][k]) b.counts[key] = (b.counts[key] || 0) + series[key][k];
  }
  const max = Math.max(...[...bins.values()].map((b) => b.total));
  const bw = (W - L) / span;
  const y = (v) => (H - B) - v * (H - B - 6) / max;
  const iso = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
  // the bars as one piece of markup, parsed at once: thousands of createElementNS and setAttribute
  // calls cost a filter change tens of milliseconds more
  const bars = [];
  for (const [bin, b] of bins) {
    const x = (L + bin * per * bw).toFixed(2), from = iso(first + bin * per);
    const width = Math.max(per * bw - (per * bw > 3 ? 1 : 0), 0.6).toFixed(2);
    let acc = 0;
    for (const key of keys) {
      const n = b.counts[key];
      if (!n) continue;
      const k = esc(key);
      bars.push(`<rect x="${x}" y="${y(acc + n).toFixed(2)}" width="${width}" height="${(y(acc) - y(acc + n)).toFixed(2)}" ` +
        `fill="${keyColor(by, key, keys)}" class="bar" data-day="${from}" data-days="${per}" data-key="${k}" data-count="${n}"></rect>`);
      acc += n;
    }
  }
  svg.insertAdjacentHTML("beforeend", bars.join(""));
  // a bar's tooltip (an SVG <title>) is made when the pointer first comes over it: thousands of
  // <title> elements made up front would double what each redraw builds
  svg.addEventListener("pointerover", (e) => {
    const bar = e.target;
    if (!bar.classList.contains("bar") || bar.firstChild) return;
    const { day, count, key } = bar.dataset;
    const to = iso(Math.min(dayNumber(day) + per - 1, last));
    const tip = s("title");
    tip.textContent = `${per > 1 ? day + " to " + to : day}: ${count} ${key}`;
    bar.append(tip);
  });
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
  addBrush(svg, first, span, L, W, H - B);
  for (const key of keys) legend.append(h("span", { style: `--c:${keyColor(by, key, keys)}`, "data-key": key }, `${key} ${stats[`by_${by}`][key] || ""}`));
}

// Brushing: a drag across the timeline sets since and until to the days it covers.
function addBrush(svg, first, span, left, width, height) {
  const bw = (width - left) / span;
  const dayAt = (clientX) => {
    const pt = svg.createSVGPoint(); pt.x = clientX; pt.y = 0;
    const x = pt.matrixTransform(svg.getScreenCTM().inverse()).x;
    return first + Math.min(span - 1, Math.max(0, Math.floor((x - left) / bw)));
  };
  const iso = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
  const band = s("rect", { class: "brush", y: 0, height, x: 0, width: 0 });
  svg.append(band);
  let from = null;
  const show = (a, b) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    band.setAttribute("x", (left + (lo - first) * bw).toFixed(2));
    band.setAttribute("width", ((hi - lo + 1) * bw).toFixed(2));
    return [lo, hi];
  };
  svg.addEventListener("pointerdown", (e) => { from = dayAt(e.clientX); show(from, from); svg.setPointerCapture(e.pointerId); e.preventDefault(); });
  svg.addEventListener("pointermove", (e) => { if (from !== null) show(from, dayAt(e.clientX)); });
  svg.addEventListener("pointerup", (e) => {
    if (from === null) return;
    const [lo, hi] = show(from, dayAt(e.clientX));
    from = null;
    go({ ...state.filters, since: iso(lo), until: iso(hi) });
  });
}

// -- map --------------------------------------------------------------------------------------------
async function loadBasemap() {
  if (!state.basemap) state.basemap = await api("/static/countries.json");
  return state.basemap;
}
function basemapGeoJSON(basemap) {
  // each ring of Natural Earth's outlines (flat [lon, lat, lon, lat, ...]) as a polygon of its own
  return { type: "FeatureCollection", features: basemap.countries.map((c) => ({
    type: "Feature", properties: { iso: c.iso, name: c.name },
    geometry: { type: "MultiPolygon", coordinates: c.rings.map((r) => {
      const ring = [];
      for (let i = 0; i < r.length; i += 2) ring.push([r[i], r[i + 1]]);
      return [ring];
    }) } })) };
}
function ensureMap(bounds) {
  if (state.map) return state.map;
  // zoom 2 (the world) to 11 (a town): markercluster groups the symbols once for every zoom in between
  const map = L.map("map", { minZoom: 2, maxZoom: 11, zoomSnap: 0.5, worldCopyJump: true, attributionControl: false,
    preferCanvas: false });
  // the first view before the outlines: each change of zoom projects all of them again
  if (bounds) map.fitBounds(bounds, FIT); else map.setView([35, 25], 2);
  timed("basemap", () => L.geoJSON(basemapGeoJSON(state.basemap), { interactive: false,
    style: { color: "#a9a39a", weight: 0.6, fillColor: "#f2efe6", fillOpacity: 1 } }).addTo(map));
  // no animation: clusters split and join at once, so what is drawn is what the data says at every moment
  const towns = L.markerClusterGroup({ maxClusterRadius: 45, showCoverageOnHover: false, iconCreateFunction: clusterIcon,
    animate: false });
  const areas = L.featureGroup();
  onSymbols(towns); onSymbols(areas);
  map.addLayer(towns); map.addLayer(areas);
  state.map = { map, towns, areas, aggregated: false, fitting: false };
  map.on("moveend", refineMap);
  document.getElementById("map").dataset.zoom = map.getZoom();
  map.on("zoomend", () => { document.getElementById("map").dataset.zoom = map.getZoom(); });
  return state.map;
}
function clusterIcon(cluster) {
  const n = cluster.getAllChildMarkers().reduce((sum, m) => sum + (m.options.events || 1), 0);
  const d = Math.round(Math.min(26 + 6 * Math.log10(n), 48));
  return L.divIcon({ className: "ev-cluster", iconSize: [d, d],
    html: `<span data-events="${n}" style="width:${d}px;height:${d}px;line-height:${d}px">${n}</span>` });
}
// colour by the measure: grey for none, then from yellow to dark red as it grows (log scale)
function measureColor(value, most) {
  if (!value) return "#8a94a0";
  const t = Math.min(1, Math.log1p(value) / Math.log1p(Math.max(most, 1)));
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(253, 165)},${mix(208, 0)},${mix(73, 38)})`;
}
const symbolSize = (value) => Math.round(Math.min(10 + 3 * Math.sqrt(value), 40));
function marker(p, most, measure) {
  // the symbol carries its event's facts as data-* (for the tests and for styles); its tooltip and its
  // click are handled by the layer it is in (one handler for all, not one per symbol)
  const kind = AREA[p.precision] || "town";
  const d = symbolSize(p.value);
  const html = `<span class="sym sym-${kind}" style="width:${d}px;height:${d}px;--c:${measureColor(p.value, most)}" ` +
    `data-id="${p.id || ""}" data-kind="${kind}" data-precision="${p.precision}" data-value="${p.value}" data-events="${p.n}"></span>`;
  return L.marker([p.lat, p.lon], { events: p.n, point: p, keyboard: false, riseOnHover: true,
    icon: L.divIcon({ className: "ev-icon", html, iconSize: [d, d] }) });
}
function tooltipText(p, measure) {
  const kind = AREA[p.precision];
  const what = p.id ? `${p.day || "undated"} ${p.type} – ${p.place || "?"}` : `${p.n} events around here`;
  const where = kind ? ` (placed at the ${kind}: only the ${kind} is known)` : "";
  return `${what}${where} – ${MEASURES[measure]}: ${p.value}${p.id ? "" : " in all"}`;
}
function onSymbols(group) {
  group.on("mouseover", (e) => {
    const m = e.layer;
    if (!m.options.point) return;  // a cluster: markercluster shows its own
    if (!m.getTooltip()) m.bindTooltip(tooltipText(m.options.point, state.mapMeasure));
    m.openTooltip();
  });
  group.on("click", (e) => {
    const p = e.layer.options.point;
    if (!p) return;
    if (p.id) location.hash = `#/event/${encodeURIComponent(p.id)}`;
    else state.map.map.setView([p.lat, p.lon], Math.min(state.map.map.getZoom() + 3, 11));
  });
}
function drawMap(points, total, fit) {
  const bounds = fit && points.points.length ? L.latLngBounds(points.points.map((p) => [p.lat, p.lon])).pad(0.2) : null;
  const view = ensureMap(bounds);
  const measure = points.measure;
  state.mapMeasure = measure;
  if (view.hidden) view.map.invalidateSize({ animate: false });  // the overview was hidden (an event page)
  view.hidden = false;
  timed("map-clear", () => { view.towns.clearLayers(); view.areas.clearLayers(); });
  view.aggregated = points.aggregated;
  // the view first, then the symbols: clusters are made once, for the zoom they are seen at
  if (bounds) {
    view.fitting = true;
    timed("map-fit", () => view.map.fitBounds(bounds, FIT));
    view.fitting = false;
  }
  const most = Math.max(0, ...points.points.map((p) => p.value));
  const towns = [], areas = [], kinds = new Set();
  for (const p of points.points) {
    const kind = AREA[p.precision] || "town";
    kinds.add(kind);
    (kind === "town" ? towns : areas).push(marker(p, most, measure));
  }
  timed("map-cluster", () => view.towns.addLayers(towns));
  timed("map-areas", () => { for (const m of areas) view.areas.addLayer(m); });
  document.getElementById("map").dataset.aggregated = points.aggregated;
  document.getElementById("map-note").textContent = `${points.placed} placed of ${total} events` +
    (points.aggregated ? " (grouped by place; zoom in for each event)" : "");
  drawMapLegend(measure, most, kinds);
}
// Zoomed in on a grouped map: ask again for the events within the view, which may now be few enough
// to draw one by one.
async function refineMap() {
  const view = state.map;
  if (!view || view.fitting || !view.aggregated) return;
  const b = view.map.getBounds();
  const bbox = [b.getWest(), Math.max(b.getSouth(), -90), b.getEast(), Math.min(b.getNorth(), 90)].map((v) => v.toFixed(4)).join(",");
  try { drawMap(await api(mapQuery(bbox)), state.stats ? state.stats.total : 0, false); } catch (e) { showError(e); }
}
function drawMapLegend(measure, most, kinds) {
  const legend = document.getElementById("map-legend");
  const sym = (kind, label) => h("span", { class: "key-sym" }, h("i", { class: `sym sym-${kind}`, style: "--c:#e0902f" }), label);
  legend.replaceChildren(
    h("span", { class: "ramp" }, `${MEASURES[measure]}: `, h("i", { class: "swatch", style: "background:#8a94a0" }), "none ",
      h("i", { class: "swatch", style: `background:${measureColor(1, most)}` }), "few ",
      h("i", { class: "swatch", style: `background:${measureColor(most, most)}` }), `${most} (size grows too)`),
    sym("town", "town or point"), sym("region", "only the region is known"), sym("country", "only the country is known"),
    h("span", {}, "numbered circles: groups of events, click to zoom"));
  legend.dataset.kinds = [...kinds].sort().join(",");
}

// -- table ------------------------------------------------------------------------------------------
const COLUMNS = [  // [heading, sort key or null, cell]
  ["Date", "date", (ev) => when(ev.date)],
  ["Type", "type", (ev) => [h("span", { class: "swatch", style: `background:${familyColor(familyOf(ev.type))}` }),
    ev.type.replace(".", ".\u200b")]],  // may break after the dot, nowhere else
  ["Status", "status", (ev) => ev.status],
  ["Place", "place", (ev) => (ev.location ? ev.location.name : "–")],
  ["Country", "country", (ev) => (ev.location && ev.location.country) || "–"],
  ["Killed", "killed", (ev) => largest(ev, "killed")],
  ["Injured", "injured", (ev) => largest(ev, "injured")],
  ["Side", null, (ev) => side(ev)],
  ["Counts", null, (ev) => counts(ev, false)],
  ["Who says so", null, (ev) => [...new Set(ev.claims.map((c) => c.claimant.name))].join("; ") || "reporter"],
];
function largest(ev, role) {
  const found = ev.quantities.filter((q) => q.role === role).map((q) => q.value);
  return found.length ? String(Math.max(...found)) : "";
}
function drawHead() {
  const row = document.querySelector("#events thead tr");
  row.replaceChildren(...COLUMNS.map(([label, key]) => {
    if (!key) return h("th", { scope: "col" }, label);
    const on = state.sort.replace("-", "") === key;
    const down = state.sort.startsWith("-");
    return h("th", { scope: "col", "data-sort": key, "aria-sort": on ? (down ? "descending" : "ascending") : "none" },
      h("button", { type: "button", onclick: () => sortBy(key) }, label, on ? (down ? " ▼" : " ▲") : ""));
  }));
}
async function sortBy(key) {
  // a new column starts with its largest (or latest) first; the same column again turns the order round
  state.sort = state.sort === `-${key}` ? key : `-${key}`;
  state.offset = 0;
  document.body.dataset.ready = "";
  try { drawTable(await api(pageQuery())); } catch (e) { showError(e); }
  document.body.dataset.ready = "overview";
}
function drawTable(page) {
  drawHead();
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const ev of page.events) {
    body.append(h("tr", { "data-id": ev.id, onclick: () => { location.hash = `#/event/${encodeURIComponent(ev.id)}`; } },
      COLUMNS.map(([label, , cell]) => h("td", { "data-label": label }, cell(ev)))));
  }
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.events.length;
  document.getElementById("page").textContent = `${from}–${to} of ${page.total}`;
  document.getElementById("table-note").textContent = "click a heading to sort, a row for its sources";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = to >= page.total;
}
async function turnPage(delta) {
  state.offset = Math.max(0, state.offset + delta);
  document.body.dataset.ready = "";
  try { drawTable(await api(pageQuery())); } catch (e) { showError(e); }
  document.body.dataset.ready = "overview";
}
function drawDownloads() {
  for (const fmt of ["csv", "geojson", "acled-csv"]) {
    document.getElementById(`dl-${fmt}`).href = `/api/export?${query({ format: fmt })}`;
  }
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
  if (state.map) state.map.hidden = true;  // its size is read again when it is shown
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
  performance.measure("sitrep:scripts", { start: 0 });  // from the navigation until this script runs
  const sel = document.getElementById("f-type");
  for (const t of TYPES) sel.append(h("option", { value: t }, t.includes(".") ? `  ${t}` : t));
  document.getElementById("filters").addEventListener("submit", (e) => { e.preventDefault(); go(readFilters()); });
  document.getElementById("f-reset").addEventListener("click", () => { location.hash = "#/"; });
  document.getElementById("timeline-by").addEventListener("change", (e) => state.stats && drawTimeline(state.stats, e.target.value));
  document.getElementById("map-measure").addEventListener("change", async () => {
    document.body.dataset.ready = "";
    try { drawMap(await api(mapQuery()), state.stats ? state.stats.total : 0, false); } catch (e) { showError(e); }
    document.body.dataset.ready = "overview";
  });
  document.getElementById("prev").addEventListener("click", () => turnPage(-PAGE));
  document.getElementById("next").addEventListener("click", () => turnPage(PAGE));
  window.addEventListener("hashchange", route);
  route();
}
init();
