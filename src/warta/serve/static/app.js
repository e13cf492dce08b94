// warta dashboard. Article text is untrusted: it only ever reaches the page as text nodes
// (textContent / createTextNode), never as HTML; Leaflet and Cytoscape get DOM nodes or plain
// strings they draw on canvas. No inline script or style (the server's CSP): look is in app.css, and the
// colours that come from the data are set through element.style (the CSSOM, which the CSP allows).
"use strict";

const MOD_LABEL = { asserted: "terjadi", future: "direncanakan", hypothetical: "mungkin", negated: "dibantah/tidak", historical: "sejarah" };
const MOD_DASH = { asserted: null, future: "6 4", hypothetical: "2 4", negated: "8 3 2 3", historical: "1 2" };
const MODALITIES = ["asserted", "future", "hypothetical", "negated", "historical"];
// One colour per event type, used by the map and the timeline: greens and blues for the cooperative
// types, reds, oranges and purples for the conflictual ones (PLOVER's two halves).
const TYPE_COLOR = {
  AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#4daf4a", CONCEDE: "#a6d854", COOPERATE: "#1f78b4", AID: "#6baed6", RETREAT: "#8dd3c7", REQUEST: "#80b1d3",
  ACCUSE: "#fdb462", REJECT: "#fb8072", THREATEN: "#ff7f00", PROTEST: "#e7298a", SANCTION: "#984ea3", MOBILIZE: "#bc80bd", COERCE: "#e31a1c", ASSAULT: "#67000d",
};
const SOURCE_LABEL = { sentence: "kalimat", participant: "negara pelaku", dateline: "dateline", context: "konteks artikel" };
const FILTER_KEYS = ["q", "type", "modality", "actor", "country", "place", "date_from", "date_to", "min_confidence"];
const PAGE = 50; // events per page of the list
cytoscape.use(cytoscapeFcose); // the force-directed layout of the network (vendored UMD build)
const state = { filters: {}, offset: 0, map: null, mapLayer: null, cy: null, meta: null, article: null, names: {}, seq: 0 };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
  return node;
}

function query(extra) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state.filters, ...(extra || {}) })) if (v !== "" && v != null) p.set(k, v);
  return p.toString();
}

async function getJSON(path) {
  const r = await fetch(path);
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    throw new Error((body.error && body.error.message) || `${r.status}`);
  }
  return r.json();
}

function readForm() {
  const form = document.getElementById("filters");
  state.filters = {};
  for (const k of FILTER_KEYS) {
    const v = form.elements[k].value.trim();
    if (v) state.filters[k] = k === "country" ? v.toUpperCase() : v;
  }
}

function writeForm() {
  const form = document.getElementById("filters");
  for (const k of FILTER_KEYS) form.elements[k].value = state.filters[k] || "";
}

function setFilter(key, value, label) {
  state.filters[key] = value;
  if (label) state.names[value] = label;
  writeForm();
  refresh();
}

// -- loading and empty states ------------------------------------------------------------
// A view is busy (aria-busy, a "memuat…" overlay from app.css) from the request until it is drawn.
async function load(viewId, work) {
  const view = document.getElementById(viewId);
  view.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    view.setAttribute("aria-busy", "false");
  }
}

function empty(viewId, isEmpty) {
  const view = document.getElementById(viewId);
  view.classList.toggle("is-empty", isEmpty);
  const note = view.querySelector(".empty-note");
  if (note) note.hidden = !isEmpty;
}

// -- views -----------------------------------------------------------------------------
async function refresh() {
  state.offset = 0; // new filters: back to the first page
  const seq = ++state.seq;
  const summary = document.getElementById("summary");
  summary.textContent = "memuat…";
  history.replaceState(null, "", "?" + query());
  updateExports();
  try {
    const [events] = await Promise.all([load("list-view", loadEvents), load("map-view", loadMap), load("graph-view", loadGraph),
      load("timeline-view", loadTimeline)]);
    if (seq !== state.seq) return;
    const active = Object.entries(state.filters).map(([k, v]) => `${k}=${v}` + (state.names[v] ? ` (${state.names[v]})` : "")).join(", ");
    summary.textContent = active ? `Filter: ${active}` : "Semua peristiwa";
    await followSelection(events);
  } catch (e) {
    if (seq === state.seq) summary.textContent = `Galat: ${e.message}`;
  }
}

function updateExports() {
  for (const a of document.querySelectorAll("#export-links a.export")) {
    const format = a.dataset.format;
    a.href = `/api/export?${query({ format })}`;
    a.setAttribute("download", `warta-events.${format}`);
  }
}

// "Makassar (dari kalimat)": a place with where it came from
function placeLabel(loc) {
  return `${loc.name || loc.text} (dari ${SOURCE_LABEL[loc.source] || loc.source})`;
}

function confidenceText(confidence) {
  return confidence == null ? "" : confidence.toFixed(2);
}

function who(parties) {
  // a resolved actor by its name, an unresolved one by the words of the article
  return parties.map((p) => p.name || p.text).filter(Boolean).join(", ");
}

async function loadEvents() {
  const data = await getJSON(`/api/events?${query({ limit: PAGE, offset: state.offset })}`);
  document.getElementById("event-count").textContent = `(${data.total})`;
  const first = data.total ? data.offset + 1 : 0, last = data.offset + data.items.length;
  document.getElementById("page-info").textContent = data.total > PAGE ? `${first}–${last} dari ${data.total}` : "";
  document.getElementById("prev-page").disabled = data.offset === 0;
  document.getElementById("next-page").disabled = last >= data.total;
  const list = document.getElementById("events");
  list.start = first || 1;
  list.replaceChildren();
  empty("list-view", !data.items.length);
  if (!data.items.length) list.append(el("li", { class: "empty" }, "tidak ada peristiwa untuk filter ini"));
  for (const e of data.items) {
    const day = (e.date && e.date.value) || (e.document.published || "").slice(0, 10) || "tanpa tanggal";
    const loc = e.location[0];
    const place = loc ? placeLabel(loc) : "tanpa lokasi";
    const actor = who(e.actor), recipient = who(e.recipient);
    const parties = actor || recipient ? `${actor || "?"} → ${recipient || "?"}` : `“${e.sentence.text.slice(0, 110)}${e.sentence.text.length > 110 ? "…" : ""}”`;
    list.append(el("li", { class: `mod-${e.modality}`, "data-event": e.event_id, "data-doc": e.doc_id, tabindex: "0",
      onclick: () => openArticle(e.doc_id, e.event_id), onkeydown: (ev) => { if (ev.key === "Enter") openArticle(e.doc_id, e.event_id); } },
      el("span", { class: "ev-type" }, e.type),
      el("span", { class: `mod mod-${e.modality}` }, MOD_LABEL[e.modality]),
      el("span", { class: "ev-parties" }, parties),
      el("div", { class: "ev-meta" }, `${day} · ${place} · ${e.document.outlet || ""} · “${e.trigger.text}” · `,
        el("span", { class: "ev-confidence", title: "keyakinan ekstraksi (0–1)" }, `keyakinan ${confidenceText(e.confidence)}`))));
  }
  return data;
}

async function initMap() {
  const map = L.map("map", { worldCopyJump: true, attributionControl: false, minZoom: 1, maxZoom: 11, zoomSnap: 0.25 }).setView([-2.5, 118], 4);
  const world = await getJSON("/static/vendor/countries-110m.json");
  const countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter((f) => f.id !== "010").map(unwrapAntimeridian);
  state.countries = L.geoJSON(countries, { style: { color: "#9aa", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  const provinces = await getJSON("/static/geo/id-provinces.json");
  L.geoJSON(provinces, {
    style: { color: "#7a8", weight: 0.6, fillColor: "#eef4ea", fillOpacity: 1 },
    onEachFeature: (f, layer) => layer.bindTooltip(el("span", {}, f.properties.name)),
  }).addTo(map);
  document.getElementById("map-legend").replaceChildren(
    el("div", {}, el("span", { class: "src-sentence" }, sampleCircle("asserted", "sentence"), "tempat di kalimat peristiwa"),
      el("span", { class: "src-other" }, sampleCircle("asserted", "dateline"), "hanya dari negara pelaku, dateline, konteks"),
      el("span", {}, el("i", { class: "cluster-sample" }, "12"), "kelompok (klik: perbesar)")),
    el("div", { class: "mod-samples" }, ...MODALITIES.map((m) => el("span", { "data-modality": m }, sampleCircle(m, "sentence"), MOD_LABEL[m])),
      el("span", {}, "· warna = jenis (bawah) · ukuran = jumlah")));
  state.map = map;
}

// The look of a place on the map, shared by the points and the legend's samples: colour = the
// event type, stroke pattern = modality, filled = named in the event's sentence, a ring = placed
// only by a participant's country, the dateline or the article's context.
function pointStyle(type, mod, source) {
  const colour = TYPE_COLOR[type] || "#555";
  const inSentence = source === "sentence";
  return { color: colour, weight: inSentence ? 2 : 3, dashArray: MOD_DASH[mod], opacity: mod === "negated" ? 0.55 : 1,
    fillColor: mod === "negated" ? "#ffffff" : colour, fillOpacity: inSentence ? (mod === "asserted" ? 0.55 : 0.2) : 0 };
}

function sampleCircle(mod, source, type) {
  const ns = "http://www.w3.org/2000/svg", st = pointStyle(type || "COOPERATE", mod, source);
  const svg = document.createElementNS(ns, "svg"), c = document.createElementNS(ns, "circle");
  for (const [k, v] of Object.entries({ width: 16, height: 16, viewBox: "0 0 16 16", class: "sample" })) svg.setAttribute(k, v);
  for (const [k, v] of Object.entries({ cx: 8, cy: 8, r: 6, stroke: st.color, "stroke-width": st.weight, "stroke-opacity": st.opacity,
    fill: st.fillColor, "fill-opacity": st.fillOpacity })) c.setAttribute(k, v);
  if (st.dashArray) c.setAttribute("stroke-dasharray", st.dashArray);
  svg.append(c);
  return svg;
}

// Rings that cross 180° (Russia's Chukotka, Fiji) jump from +180 to -180 in the data, and Leaflet
// would draw that jump as a band across the whole map: continue them past 180 instead.
function unwrapAntimeridian(feature) {
  const ring = (r) => (r.some(([x]) => x > 170) && r.some(([x]) => x < -170) ? r.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : r);
  const g = feature.geometry;
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(ring);
  else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(ring));
  return feature;
}

function mainKey(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1])[0]?.[0];
}

// Longitudes as one stretch of the globe: cut the circle at the widest empty arc, so that places
// on both sides of 180° (Fiji and Samoa) sit side by side and the extent does not span the world.
function unwrapLongitudes(lons) {
  const sorted = [...lons].sort((a, b) => a - b);
  let widest = sorted.length ? sorted[0] + 360 - sorted[sorted.length - 1] : 0, cut = null; // the arc across 180° first
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > widest) { widest = sorted[i] - sorted[i - 1]; cut = sorted[i]; }
  return cut === null ? lons.slice() : lons.map((x) => (x < cut ? x + 360 : x));
}

// The extent to show: where the events are, leaving out the few far ones, so that one report from
// Washington does not shrink Indonesia to a dot. The bulk is what remains after cutting at most 5%
// of the events on each side in latitude and in longitude; places near the bulk (within half its
// size, or 20°) are then taken back in. The ones left out are counted, and "tampilkan semua" fits them all.
function eventExtent(points) {
  const total = points.reduce((a, p) => a + p.n, 0), trim = total * 0.05;
  const range = (key) => {
    const s = [...points].sort((a, b) => a[key] - b[key]);
    let lo = 0, hi = s.length - 1, cut = 0;
    while (lo < hi && cut + s[lo].n <= trim) cut += s[lo++].n;
    cut = 0;
    while (hi > lo && cut + s[hi].n <= trim) cut += s[hi--].n;
    const [a, b] = [s[lo][key], s[hi][key]], near = Math.max(20, (b - a) / 2);
    return [a - near, b + near];
  };
  const [south, north] = range("lat"), [west, east] = range("lon");
  const kept = points.filter((p) => p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east);
  return L.latLngBounds(kept.map((p) => [p.lat, p.lon]));
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const n = children.reduce((a, m) => a + m.options.n, 0);
  const byType = {};
  for (const m of children) for (const [t, k] of Object.entries(m.options.byType)) byType[t] = (byType[t] || 0) + k;
  const size = n < 10 ? 28 : n < 50 ? 34 : 42;
  const badge = el("span", { class: "cluster-count", "data-n": n, title: `${n} peristiwa di ${children.length} tempat: klik untuk memperbesar` }, String(n));
  badge.style.borderColor = TYPE_COLOR[mainKey(byType)] || "#555"; // CSSOM, which the CSP allows (no style attribute)
  return L.divIcon({ html: badge, className: "event-cluster", iconSize: L.point(size, size) });
}

async function loadMap() {
  const [data] = await Promise.all([getJSON(`/api/places?${query({ limit: 2000 })}`), state.mapReady]);
  if (state.mapLayer) state.mapLayer.remove();
  const lons = unwrapLongitudes(data.items.map((p) => p.lon));
  const points = data.items.map((p, i) => ({ ...p, lon: lons[i] }));
  // dense points become one badge with their number of events; a click zooms to them, and at the
  // closest zoom they spread out (spiderfy) so each can be clicked
  const layer = L.markerClusterGroup({ maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon });
  for (const p of points) {
    const type = mainKey(p.by_type) || "", mod = mainKey(p.by_modality) || "asserted", source = mainKey(p.by_source) || "sentence";
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: 4 + Math.min(14, Math.sqrt(p.n) * 2), ...pointStyle(type, mod, source),
      className: `place-marker type-${type} mod-${mod} src-${source}`, n: p.n, byType: p.by_type || {}, type, modality: mod, source,
    });
    const sources = Object.entries(p.by_source || {}).map(([s, n]) => `${SOURCE_LABEL[s] || s} ${n}`).join(", ");
    const types = Object.entries(p.by_type || {}).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(", ");
    marker.bindTooltip(el("span", {}, `${p.name || p.place_id}: ${p.n} peristiwa (${types}; lokasi dari ${sources})`));
    marker.on("click", () => setFilter("place", p.place_id || "", p.name));
    layer.addLayer(marker);
  }
  layer.addTo(state.map);
  state.mapLayer = layer;
  state.mapPoints = points;
  empty("map-view", !points.length);
  fitMap(false);
}

// Fits the map to the events (all of them with everything = true); says how many are left outside.
function fitMap(everything) {
  const points = state.mapPoints || [], note = document.getElementById("map-outside");
  note.hidden = true;
  if (!points.length) return;
  const all = L.latLngBounds(points.map((p) => [p.lat, p.lon]));
  const bounds = everything ? all : eventExtent(points);
  state.map.fitBounds(bounds.pad(0.08), { maxZoom: 7, animate: false });
  const shown = state.map.getBounds();
  const outside = points.filter((p) => !shown.contains([p.lat, p.lon])).reduce((a, p) => a + p.n, 0);
  if (outside) {
    note.hidden = false;
    document.getElementById("map-outside-n").textContent = `${outside} peristiwa di luar tampilan`;
  }
}

async function loadGraph() {
  const g = await getJSON(`/api/graph?${query({ max_nodes: 150 })}`);
  // actors with no partner in the filtered events say nothing about relations: hidden, and counted
  const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  const nodes = g.nodes.filter((n) => linked.has(n.id));
  const isolated = g.nodes.filter((n) => !linked.has(n.id));
  const details = document.getElementById("graph-isolated");
  details.hidden = !isolated.length;
  document.getElementById("graph-hidden").textContent = `${isolated.length} aktor tanpa interaksi (disembunyikan)`;
  details.querySelector("ul").replaceChildren(...isolated.map((n) => el("li", {},
    el("a", { href: "#", "data-actor": n.id, onclick: (ev) => { ev.preventDefault(); setFilter("actor", n.id, n.name); } }, n.name), ` ${n.n_events}`)));
  const elements = [];
  for (const n of nodes) elements.push({ data: { id: n.id, label: n.name, n: n.n_events } });
  for (const e of g.edges) {
    const asserted = (e.by_modality.asserted || 0) > 0;
    elements.push({ data: { id: `${e.source}→${e.target}`, source: e.source, target: e.target, n: e.n, sign: e.sign, asserted } });
  }
  if (state.cy) state.cy.destroy();
  empty("graph-view", !nodes.length);
  state.cy = cytoscape({
    container: document.getElementById("graph"), elements, maxZoom: 1.6, minZoom: 0.2,
    // force-directed (fcose), started from a grid so that the same data give the same picture; the
    // labels count as part of their node, so that no two labels overlap, and the separate groups of
    // actors are packed into the box rather than strung along a row
    layout: { name: "grid", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 12, "text-wrap": "ellipsis", "text-max-width": 100, "text-valign": "bottom",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1,
        width: "mapData(n, 1, 40, 10, 44)", height: "mapData(n, 1, 40, 10, 44)", "background-color": "#1d5fa8" } },
      { selector: "edge", style: { width: "mapData(n, 1, 10, 1, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#999", "target-arrow-color": "#999" } },
      { selector: "edge[sign > 0]", style: { "line-color": "#2e7d32", "target-arrow-color": "#2e7d32" } },
      { selector: "edge[sign < 0]", style: { "line-color": "#c62828", "target-arrow-color": "#c62828" } },
      { selector: "edge[!asserted]", style: { "line-style": "dashed" } },
    ],
  });
  if (nodes.length > 1)
    state.cy.layout({ name: "fcose", quality: "proof", randomize: false, animate: false, nodeRepulsion: () => 4500, idealEdgeLength: () => 50,
      nodeSeparation: 40, packComponents: true, tile: true, nodeDimensionsIncludeLabels: true, padding: 10 }).run();
  separateLabels(state.cy);
  state.cy.on("tap", "node", (evt) => setFilter("actor", evt.target.id(), evt.target.data("label")));
}

// The force-directed layout keeps labels apart only approximately: where two label boxes still
// touch, the lower node steps down until none does (a few passes; the same picture every time).
function separateLabels(cy, gap = 2, passes = 30) {
  const nodes = cy.nodes().toArray();
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeNodes: false }));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (Math.min(a.x2, b.x2) <= Math.max(a.x1, b.x1) || Math.min(a.y2, b.y2) <= Math.max(a.y1, b.y1)) continue;
        const [upper, lower, lowerBox] = a.y1 <= b.y1 ? [a, nodes[j], b] : [b, nodes[i], a];
        const step = upper.y2 - lowerBox.y1 + gap;
        lower.position({ x: lower.position("x"), y: lower.position("y") + step });
        lowerBox.y1 += step; lowerBox.y2 += step;
        moved = true;
      }
    }
    if (!moved) break;
  }
  cy.fit(undefined, 10);
}

// Every period from the first to the last, empty ones included, so that gaps show as gaps.
function periodsBetween(first, last, interval) {
  const out = [];
  const d = new Date(first + "T00:00:00Z"), end = new Date(last + "T00:00:00Z");
  while (d <= end && out.length < 5000) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  }
  return out;
}

function niceMax(n) {
  const step = Math.pow(10, Math.floor(Math.log10(Math.max(1, n))));
  return Math.ceil(n / step) * step;
}

// The last day of the period that starts on `first`.
function periodEnd(first, interval) {
  const end = new Date(first + "T00:00:00Z");
  if (interval === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  else end.setUTCDate(end.getUTCDate() + (interval === "week" ? 6 : 0));
  return end.toISOString().slice(0, 10);
}

function setDates(from, to) {
  state.filters.date_from = from;
  state.filters.date_to = to;
  writeForm();
  refresh();
}

// The timeline is drawn with every filter but the dates, so that the range chosen (by the brush,
// a bar or the form) shows within all the time there is; bars outside it are faded.
async function loadTimeline() {
  const { date_from, date_to, ...others } = state.filters;
  const ask = (interval) => getJSON(`/api/timeline?${new URLSearchParams({ ...others, interval })}`);
  let interval = "week";
  let t = await ask(interval);
  const box = document.getElementById("timeline");
  box.replaceChildren();
  document.getElementById("clear-dates").hidden = !(date_from || date_to);
  const undated = document.getElementById("timeline-undated");
  undated.textContent = t.undated ? `${t.undated} peristiwa tanpa tanggal (tidak di linimasa)` : "";
  undated.hidden = !t.undated;
  empty("timeline-view", !t.items.length);
  const note = document.getElementById("timeline-note");
  note.textContent = "";
  if (!t.items.length) { box.append(el("p", { class: "empty" }, "tidak ada peristiwa bertanggal untuk filter ini")); return; }
  let seen = [...new Set(t.items.map((r) => r.period))].sort();
  const weeks = periodsBetween(seen[0], seen[seen.length - 1], "week").length;
  const better = weeks > 160 ? "month" : weeks <= 8 ? "day" : interval; // years: months; a few weeks: days
  if (better !== interval) {
    interval = better;
    t = await ask(interval);
    seen = [...new Set(t.items.map((r) => r.period))].sort();
  }
  const periods = periodsBetween(seen[0], seen[seen.length - 1], interval);
  const types = [...state.meta.types];
  const stacks = new Map(periods.map((p) => [p, {}]));
  for (const r of t.items) stacks.get(r.period)[r.type] = (stacks.get(r.period)[r.type] || 0) + r.n;
  const totals = periods.map((p) => Object.values(stacks.get(p)).reduce((a, b) => a + b, 0));
  const dated = totals.reduce((a, b) => a + b, 0);
  const max = niceMax(Math.max(...totals));
  const unit = { day: "hari", week: "minggu", month: "bulan" }[interval];
  note.textContent = `(${dated} peristiwa bertanggal, per ${unit}, ${periods.length} ${unit}; seret untuk memilih rentang tanggal)`;
  const ns = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs, text) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text != null) n.textContent = text; return n; };
  const W = box.clientWidth || 800, H = 170, left = 36, bottom = 22, top = 8;
  const slot = Math.min(48, (W - left - 6) / periods.length), bw = Math.max(1, slot - (slot > 4 ? 2 : 0));
  const y = (n) => H - bottom - (n / max) * (H - bottom - top);
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, "data-periods": periods.length, "data-interval": interval, "data-max": max });
  for (const v of [0, max / 2, max]) { // y axis: counts
    svg.append(svgEl("line", { x1: left, x2: W - 4, y1: y(v), y2: y(v), class: v ? "grid" : "axis" }));
    svg.append(svgEl("text", { x: left - 4, y: y(v) + 3, class: "y-label", "text-anchor": "end" }, String(v)));
  }
  const inRange = (p) => (!date_from || periodEnd(p, interval) >= date_from) && (!date_to || p <= date_to);
  periods.forEach((p, i) => {
    let base = 0;
    const detail = Object.entries(stacks.get(p)).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
    for (const type of types) {
      const n = stacks.get(p)[type] || 0;
      if (!n) continue;
      const rect = svgEl("rect", { x: left + i * slot, y: y(base + n), width: bw, height: y(base) - y(base + n), fill: TYPE_COLOR[type] || "#555",
        class: `bar type-${type}` + (inRange(p) ? "" : " outside"), "data-period": p, "data-type": type, "data-n": n });
      rect.append(svgEl("title", {}, `${p} · ${type}: ${n} (jumlah ${totals[i]}: ${detail})`));
      rect.addEventListener("click", () => { if (!state.brushed) setDates(p, periodEnd(p, interval)); });
      svg.append(rect);
      base += n;
    }
  });
  const step = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor((W - left) / 80))));
  for (let i = 0; i < periods.length; i += step) svg.append(svgEl("text", { x: left + i * slot, y: H - 6, class: "x-label" }, periods[i]));
  // the chosen range, and the brush: press, drag over the periods, release
  const index = (x) => Math.max(0, Math.min(periods.length - 1, Math.floor((x - left) / slot)));
  const chosen = periods.map((p, i) => (inRange(p) ? i : -1)).filter((i) => i >= 0);
  if ((date_from || date_to) && chosen.length)
    svg.append(svgEl("rect", { class: "date-range", x: left + chosen[0] * slot, y: top, width: (chosen[chosen.length - 1] - chosen[0] + 1) * slot, height: H - bottom - top }));
  const brush = svgEl("rect", { class: "brush", x: 0, y: top, width: 0, height: H - bottom - top, visibility: "hidden" });
  svg.append(brush);
  const toX = (ev) => { const r = svg.getBoundingClientRect(); return ((ev.clientX - r.left) / r.width) * W; };
  let start = null;
  const move = (ev) => {
    const x = toX(ev);
    if (Math.abs(x - start) < 4) return;
    state.brushed = true;
    const a = index(Math.min(start, x)), b = index(Math.max(start, x));
    brush.setAttribute("x", left + a * slot); brush.setAttribute("width", (b - a + 1) * slot); brush.setAttribute("visibility", "visible");
  };
  const up = (ev) => {
    window.removeEventListener("pointermove", move);
    window.removeEventListener("pointerup", up);
    const x = toX(ev), from = start;
    start = null;
    if (!state.brushed) return; // a click: the bar's own handler sets its period
    setTimeout(() => { state.brushed = false; }, 0); // after the click that may follow this release
    const a = index(Math.min(from, x)), b = index(Math.max(from, x));
    setDates(periods[a], periodEnd(periods[b], interval));
  };
  svg.addEventListener("pointerdown", (ev) => {
    ev.preventDefault(); // no text selection while dragging
    start = toX(ev);
    state.brushed = false;
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  });
  box.append(svg);
  return dated;
}

// -- article view: follows the selection and the filters ---------------------------------
async function followSelection(events) {
  if (!state.article) return;
  const shown = events.items.find((e) => e.event_id === state.article.eventId);
  if (shown) return; // the event read is still in the list: keep it
  if (events.items.length) await openArticle(events.items[0].doc_id, events.items[0].event_id);
  else closeArticle("Tidak ada peristiwa untuk filter ini.");
}

function closeArticle(message) {
  state.article = null;
  document.getElementById("article").replaceChildren(el("p", { class: "empty" }, message || ""));
  document.getElementById("article-view").hidden = !message;
  for (const li of document.querySelectorAll("#events li.selected")) li.classList.remove("selected");
}

async function openArticle(docId, eventId) {
  state.article = { docId, eventId };
  for (const li of document.querySelectorAll("#events li[data-event]")) li.classList.toggle("selected", li.dataset.event === eventId);
  const view = document.getElementById("article-view");
  const doc = await load("article-view", () => getJSON(`/api/documents/${encodeURIComponent(docId)}`));
  if (!state.article || state.article.eventId !== eventId) return; // another selection came first
  const box = document.getElementById("article");
  box.replaceChildren();
  box.append(el("h3", {}, doc.title || doc.doc_id), el("div", { class: "ev-meta" }, `${doc.outlet || ""} · ${doc.published || ""}`));
  if (doc.url && /^https?:\/\//i.test(doc.url)) box.append(el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.url));
  else if (doc.url) box.append(el("div", { class: "ev-meta" }, doc.url));
  // spans to highlight: triggers (with their event's modality) over mentions
  const marks = [];
  for (const m of doc.mentions) marks.push({ start: m.start, end: m.end, cls: "mention", title: m.name || m.actor_id || m.text });
  for (const e of doc.events) marks.push({ start: e.trigger.start, end: e.trigger.end, cls: `trigger mod-${e.modality}`, title: `${e.type} (${MOD_LABEL[e.modality]})`, current: e.event_id === eventId });
  marks.sort((a, b) => a.start - b.start || (a.cls.startsWith("trigger") ? -1 : 1));
  const text = doc.text || "";
  const body = el("div", { class: "doc-text" });
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue; // overlapping: the first (trigger first) wins
    body.append(document.createTextNode(text.slice(pos, m.start)));
    const mark = el("mark", { class: m.cls, title: m.title }, text.slice(m.start, m.end));
    if (m.current) mark.id = "current-trigger";
    body.append(mark);
    pos = m.end;
  }
  body.append(document.createTextNode(text.slice(pos)));
  box.append(body);
  const list = el("ol", { class: "doc-events" });
  for (const e of doc.events) {
    const parties = `${who(e.actor) || "?"} → ${who(e.recipient) || "?"}`;
    const loc = e.location[0];
    list.append(el("li", { class: `mod-${e.modality}` + (e.event_id === eventId ? " current" : "") }, el("span", { class: "ev-type" }, e.type),
      el("span", { class: `mod mod-${e.modality}` }, MOD_LABEL[e.modality]), `${parties}: “${e.trigger.text}”`,
      el("span", { class: "ev-meta" }, ` · keyakinan ${confidenceText(e.confidence)}` + (loc ? ` · ${placeLabel(loc)}` : ""))));
  }
  box.append(el("h4", {}, "Peristiwa dalam artikel"), list);
  view.hidden = false;
  const current = document.getElementById("current-trigger");
  if (current) current.scrollIntoView({ block: "center" });
}

// -- actor and place search with autocomplete (/api/suggest) ---------------------------------
function autocomplete(kind) {
  const input = document.querySelector(`#filters input[name=${kind}]`);
  const box = document.getElementById(`suggest-${kind}`);
  let timer = null, seq = 0, active = -1, items = [];
  const show = (open) => { box.hidden = !open; input.setAttribute("aria-expanded", String(open)); };
  const mark = () => box.querySelectorAll("li[role=option]").forEach((li, i) => li.classList.toggle("active", i === active));
  const choose = (it) => {
    state.names[it.id] = it.name;
    input.value = it.id;
    show(false);
    readForm();
    refresh();
  };
  async function suggest() {
    const q = input.value.trim(), mine = ++seq;
    if (!q) { show(false); return; }
    const data = await getJSON(`/api/suggest?${new URLSearchParams({ kind, q, limit: 8 })}`).catch(() => ({ items: [] }));
    if (mine !== seq) return; // a later keystroke already asked
    items = data.items;
    active = -1;
    box.replaceChildren(...items.map((it) => el("li", { role: "option", "data-id": it.id, onmousedown: (ev) => { ev.preventDefault(); choose(it); } },
      el("span", { class: "s-name" }, it.name), it.alias ? el("span", { class: "s-alias" }, ` ${it.alias}`) : "",
      el("span", { class: "s-n" }, ` ${it.n_events} peristiwa`))));
    if (!items.length) box.append(el("li", { class: "s-none" }, "tidak ditemukan"));
    show(true);
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener("blur", () => show(false));
  input.addEventListener("keydown", (ev) => {
    if (box.hidden || !items.length) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      mark();
    } else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault();
      choose(items[active]);
    } else if (ev.key === "Escape") show(false);
  });
}

// The colours of the types (map points and timeline bars), cooperative ones first.
function typeLegend() {
  const box = document.getElementById("type-legend");
  box.replaceChildren("Jenis: ");
  for (const t of state.meta.types) {
    const swatch = el("i", { class: "type-swatch" });
    swatch.style.backgroundColor = TYPE_COLOR[t] || "#555"; // CSSOM: allowed by the CSP
    box.append(el("span", { class: "type-key", "data-type": t }, swatch, t));
  }
}

// -- start -------------------------------------------------------------------------------
async function main() {
  state.meta = await getJSON("/api/meta");
  const select = document.querySelector("#filters select[name=type]");
  for (const t of state.meta.types) select.append(el("option", { value: t }, t));
  typeLegend();
  const params = new URLSearchParams(location.search);
  for (const k of FILTER_KEYS) if (params.get(k)) state.filters[k] = params.get(k);
  writeForm();
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); readForm(); refresh(); });
  document.getElementById("clear").addEventListener("click", () => { state.filters = {}; writeForm(); refresh(); });
  document.getElementById("close-article").addEventListener("click", () => closeArticle());
  document.getElementById("map-all").addEventListener("click", () => fitMap(true));
  document.getElementById("clear-dates").addEventListener("click", () => { delete state.filters.date_from; delete state.filters.date_to; writeForm(); refresh(); });
  const page = (offset) => {
    state.offset = Math.max(0, offset);
    load("list-view", loadEvents).catch((e) => { document.getElementById("summary").textContent = `Galat: ${e.message}`; });
  };
  document.getElementById("prev-page").addEventListener("click", () => page(state.offset - PAGE));
  document.getElementById("next-page").addEventListener("click", () => page(state.offset + PAGE));
  autocomplete("actor");
  autocomplete("place");
  state.mapReady = initMap(); // the base layers load while the data views fill
  await refresh();
  document.body.dataset.ready = "1";
}

main().catch((e) => { document.getElementById("summary").textContent = `Galat: ${e.message}`; });
